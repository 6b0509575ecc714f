import {
  BooleanField,
  CanAccess,
  Labeled,
  EditButton,
  EmailField,
  ListButton,
  NumberField,
  ReferenceField,
  Show,
  Tab,
  TabbedShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { ActiveField } from '../../shared/ActiveField';
import { ActiveToggleButton } from '../../shared/ActiveToggleButton';
import { ChinaDateField } from '../../shared/ChinaDateField';
import { ResetPasswordButton, UnlockButton } from './UserAdminActions';
import { UserLockField } from './UserFields';
import { UserGrants } from './UserGrants';

const UserShowActions = () => (
  <TopToolbar>
    <ListButton />
    <EditButton />
    <UnlockButton />
    <ResetPasswordButton />
    <ActiveToggleButton nameField="displayName" />
  </TopToolbar>
);

export const UserShow = () => (
  <Show actions={<UserShowActions />}>
    <TabbedShowLayout>
      <Tab label="resources.users.name">
        <TextField source="username" />
        <TextField source="displayName" />
        <ReferenceField source="departmentId" reference="departments" emptyText="未归属处室" />
        {/* Personal data (SPEC §2.4): the API answers it only to organisation managers and the user. */}
        <CanAccess resource="users" action="edit">
          <Labeled>
            <TextField source="phone" emptyText="—" />
          </Labeled>
        </CanAccess>
        <CanAccess resource="users" action="edit">
          <Labeled>
            <EmailField source="email" emptyText="—" />
          </Labeled>
        </CanAccess>
        <ActiveField source="isActive" />
        <BooleanField source="totpEnabled" />
        <BooleanField source="mustChangePassword" />
        <UserLockField source="lockedUntil" />
        <BooleanField source="isDemo" />
        <NumberField source="version" />
        <ChinaDateField source="createdAt" />
        <ChinaDateField source="updatedAt" />
      </Tab>
      <Tab label="gdp.users.grants" path="grants">
        <UserGrants />
      </Tab>
    </TabbedShowLayout>
  </Show>
);
