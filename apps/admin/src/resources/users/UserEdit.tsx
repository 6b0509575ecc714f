import { userInputSchema } from '@gdp/domain';
import { Edit, ListButton, ShowButton, SimpleForm, TopToolbar } from 'react-admin';
import { ActiveToggleButton } from '../../shared/ActiveToggleButton';
import { FormToolbar, KEEP_EDITS_ON_REFRESH } from '../../shared/FormToolbar';
import { RecordVersion } from '../../shared/RecordVersion';
import { validateWith } from '../../shared/zod-validation';
import { UserInputs } from './UserInputs';

const UserEditActions = () => (
  <TopToolbar>
    <ListButton />
    <ShowButton />
    <ActiveToggleButton nameField="displayName" />
  </TopToolbar>
);

export const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" actions={<UserEditActions />}>
    <SimpleForm
      validate={validateWith(userInputSchema)}
      toolbar={<FormToolbar />}
      resetOptions={KEEP_EDITS_ON_REFRESH}
    >
      <RecordVersion />
      <UserInputs isEdit />
    </SimpleForm>
  </Edit>
);
