import { createRuleInputSchema, shanghaiDateOf } from '@gdp/domain';
import { Typography } from '@mui/material';
import { Create, SimpleForm, useTranslate } from 'react-admin';
import { FormToolbar } from '../../shared/FormToolbar';
import { validateWith } from '../../shared/zod-validation';
import { RuleInputs, RuleVersionInputs } from './RuleInputs';

const FirstVersionHeading = () => {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" sx={{ mt: 2 }}>
      {translate('gdp.rules.first_version')}
    </Typography>
  );
};

/** A new rule with its first version (createRule); revisions are added later as versions. */
export const RuleCreate = () => (
  <Create redirect="show" mutationMode="pessimistic">
    <SimpleForm
      defaultValues={() => ({
        category: 'OTHER',
        firstVersion: { effectiveDate: shanghaiDateOf(new Date()) },
      })}
      validate={validateWith(createRuleInputSchema)}
      toolbar={<FormToolbar />}
    >
      <RuleInputs />
      <FirstVersionHeading />
      <RuleVersionInputs prefix="firstVersion." />
    </SimpleForm>
  </Create>
);
