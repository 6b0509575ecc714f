import { DateInput, SelectInput, TextInput, useTranslate } from 'react-admin';
import { RULE_CATEGORY_CHOICES } from '../../shared/labels';

/** The fields of RuleInput (a rule's metadata), shared by create and edit. */
export const RuleInputs = () => (
  <>
    <TextInput source="title" sx={{ width: 560 }} />
    <TextInput source="documentNumber" sx={{ width: 360 }} />
    <TextInput source="issuingBody" sx={{ width: 360 }} />
    <SelectInput source="category" choices={RULE_CATEGORY_CHOICES} sx={{ width: 360 }} />
  </>
);

/**
 * The fields of RuleVersionInput: the new rule's first version (`prefix="firstVersion."`) or a version
 * added to a rule. The text is kept as typed: line breaks are the rule's articles.
 */
export const RuleVersionInputs = ({ prefix = '' }: { prefix?: string }) => {
  const translate = useTranslate();
  return (
    <>
      <DateInput
        source={`${prefix}effectiveDate`}
        label="resources.rules.fields.effectiveDate"
        sx={{ width: 240 }}
      />
      <DateInput
        source={`${prefix}repealDate`}
        label="resources.rules.fields.repealDate"
        helperText={translate('gdp.rules.repeal_hint')}
        sx={{ width: 240 }}
      />
      <TextInput
        source={`${prefix}note`}
        label="resources.rules.fields.note"
        helperText={translate('gdp.rules.note_hint')}
        sx={{ width: 560 }}
      />
      <TextInput
        source={`${prefix}text`}
        label="resources.rules.fields.text"
        multiline
        minRows={12}
        maxRows={30}
        fullWidth
        helperText={translate('gdp.rules.text_hint')}
        sx={{ '& textarea': { lineHeight: 1.8 } }}
      />
    </>
  );
};
