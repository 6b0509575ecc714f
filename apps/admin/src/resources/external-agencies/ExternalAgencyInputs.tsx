import { SelectInput, TextInput, useTranslate } from 'react-admin';
import { EXTERNAL_AGENCY_KIND_CHOICES } from '../../shared/labels';

/** The fields of ExternalAgencyInput, shared by create and edit. */
export const ExternalAgencyInputs = () => {
  const translate = useTranslate();
  return (
    <>
      <TextInput source="name" sx={{ width: 480 }} />
      <SelectInput
        source="kind"
        choices={EXTERNAL_AGENCY_KIND_CHOICES}
        helperText={translate('gdp.external_agencies.kind_hint')}
        sx={{ width: 480 }}
      />
      <TextInput source="address" sx={{ width: 480 }} />
      <TextInput
        source="contactPerson"
        helperText={translate('gdp.personal_data.hint')}
        sx={{ width: 480 }}
      />
      <TextInput source="phone" helperText={translate('gdp.personal_data.hint')} sx={{ width: 480 }} />
      <TextInput source="notes" multiline minRows={3} sx={{ width: 480 }} />
    </>
  );
};
