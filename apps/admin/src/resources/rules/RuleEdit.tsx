import { ruleInputSchema } from '@gdp/domain';
import { Alert } from '@mui/material';
import { Edit, ListButton, ShowButton, SimpleForm, TopToolbar, useTranslate } from 'react-admin';
import { ActiveToggleButton } from '../../shared/ActiveToggleButton';
import { FormToolbar, KEEP_EDITS_ON_REFRESH } from '../../shared/FormToolbar';
import { RecordVersion } from '../../shared/RecordVersion';
import { validateWith } from '../../shared/zod-validation';
import { RuleInputs } from './RuleInputs';

const RuleEditActions = () => (
  <TopToolbar>
    <ListButton />
    <ShowButton />
    <ActiveToggleButton nameField="title" />
  </TopToolbar>
);

const MetadataOnlyNotice = () => {
  const translate = useTranslate();
  return (
    <Alert severity="info" sx={{ mb: 1 }}>
      {translate('gdp.rules.metadata_only')}
    </Alert>
  );
};

/**
 * The rule's metadata only (updateRule) with optimistic locking: adding a version or a repeal date moves
 * the rule's version on, so an edit begun before is refused as stale and keeps what was typed.
 */
export const RuleEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" actions={<RuleEditActions />}>
    <SimpleForm
      validate={validateWith(ruleInputSchema)}
      toolbar={<FormToolbar />}
      resetOptions={KEEP_EDITS_ON_REFRESH}
    >
      <MetadataOnlyNotice />
      <RecordVersion />
      <RuleInputs />
    </SimpleForm>
  </Edit>
);
