import {
  AutocompleteInput,
  DateInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { STAFF_CHANGE_KIND_CHOICES } from '../../shared/labels';

const userOption = (user: RaRecord) => `${String(user.displayName)}（${String(user.username)}）`;

/**
 * The fields of StaffChangeInput, shared by create and edit. The person is free text (a new colleague or
 * another body's leader may have no account); choosing a linked account fills in the name and department
 * when they are still empty. Inactive departments and accounts can be chosen: the ledger records history.
 */
export const StaffChangeInputs = () => {
  const translate = useTranslate();
  const { getValues, setValue } = useFormContext();

  const onUserChosen = (_value: unknown, user: RaRecord | '') => {
    if (!user) return;
    if (!String(getValues('personName') ?? '').trim())
      setValue('personName', user.displayName, { shouldDirty: true, shouldValidate: true });
    if (!getValues('departmentId') && user.departmentId)
      setValue('departmentId', user.departmentId, { shouldDirty: true });
  };

  return (
    <>
      <DateInput source="effectiveDate" sx={{ width: 240 }} />
      <SelectInput source="kind" choices={STAFF_CHANGE_KIND_CHOICES} sx={{ width: 360 }} />
      <ReferenceInput source="userId" reference="users" perPage={100}>
        <AutocompleteInput
          optionText={userOption}
          filterToQuery={(q) => ({ q })}
          onChange={onUserChosen}
          helperText={translate('gdp.staff_changes.user_hint')}
          emptyText="gdp.staff_changes.no_user"
          sx={{ width: 360 }}
        />
      </ReferenceInput>
      <TextInput
        source="personName"
        helperText={translate('gdp.staff_changes.person_hint')}
        sx={{ width: 360 }}
      />
      <ReferenceInput source="departmentId" reference="departments" perPage={100}>
        <AutocompleteInput
          optionText="name"
          filterToQuery={(q) => ({ q })}
          helperText={translate('gdp.staff_changes.department_hint')}
          emptyText="gdp.staff_changes.bureau_level"
          sx={{ width: 360 }}
        />
      </ReferenceInput>
      <TextInput source="documentNumber" sx={{ width: 360 }} />
      <TextInput source="description" multiline minRows={3} sx={{ width: 560 }} />
    </>
  );
};
