import { departmentInputSchema } from '@gdp/domain';
import { Edit, ListButton, SimpleForm, TopToolbar, ShowButton } from 'react-admin';
import { ActiveToggleButton } from '../../shared/ActiveToggleButton';
import { FormToolbar, KEEP_EDITS_ON_REFRESH } from '../../shared/FormToolbar';
import { validateWith } from '../../shared/zod-validation';
import { RecordVersion } from '../../shared/RecordVersion';
import { DepartmentInputs } from './DepartmentInputs';

const DepartmentEditActions = () => (
  <TopToolbar>
    <ListButton />
    <ShowButton />
    <ActiveToggleButton />
  </TopToolbar>
);

/**
 * Pessimistic save with the record's version: a stale version is refused with the API's CONFLICT message
 * and the form keeps what the user typed; field errors land on their fields.
 */
export const DepartmentEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" actions={<DepartmentEditActions />}>
    <SimpleForm
      validate={validateWith(departmentInputSchema)}
      toolbar={<FormToolbar />}
      resetOptions={KEEP_EDITS_ON_REFRESH}
    >
      <RecordVersion />
      <DepartmentInputs />
    </SimpleForm>
  </Edit>
);
