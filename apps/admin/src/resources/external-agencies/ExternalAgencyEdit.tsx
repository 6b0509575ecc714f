import { externalAgencyInputSchema } from '@gdp/domain';
import { Edit, ListButton, ShowButton, SimpleForm, TopToolbar } from 'react-admin';
import { ActiveToggleButton } from '../../shared/ActiveToggleButton';
import { FormToolbar, KEEP_EDITS_ON_REFRESH } from '../../shared/FormToolbar';
import { RecordVersion } from '../../shared/RecordVersion';
import { validateWith } from '../../shared/zod-validation';
import { ExternalAgencyInputs } from './ExternalAgencyInputs';

const ExternalAgencyEditActions = () => (
  <TopToolbar>
    <ListButton />
    <ShowButton />
    <ActiveToggleButton />
  </TopToolbar>
);

/**
 * Pessimistic save with the record's version: a stale version is refused with the API's CONFLICT message
 * and the form keeps what the user typed (the refresh button then loads the current version).
 */
export const ExternalAgencyEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" actions={<ExternalAgencyEditActions />}>
    <SimpleForm
      validate={validateWith(externalAgencyInputSchema)}
      toolbar={<FormToolbar />}
      resetOptions={KEEP_EDITS_ON_REFRESH}
    >
      <RecordVersion />
      <ExternalAgencyInputs />
    </SimpleForm>
  </Edit>
);
