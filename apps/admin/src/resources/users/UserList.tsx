import {
  AutocompleteInput,
  BooleanField,
  CreateButton,
  Datagrid,
  FilterButton,
  List,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
} from 'react-admin';
import { ActiveField } from '../../shared/ActiveField';
import { ExportButtons } from '../../shared/ExportButtons';
import { defaultSortOf } from '../../providers/resource-definition';
import { ROLE_CHOICES } from '../../shared/labels';
import { USER_EXPORT_COLUMNS } from './user.export';
import { UserLockField, UserRolesField } from './UserFields';

const userFilters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="用户名或姓名" />,
  <ReferenceInput key="departmentId" source="departmentId" reference="departments" perPage={100} alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} sx={{ minWidth: 200 }} />
  </ReferenceInput>,
  <SelectInput key="role" source="role" choices={ROLE_CHOICES} alwaysOn />,
  <NullableBooleanInput
    key="isActive"
    source="isActive"
    trueLabel="gdp.status.active"
    falseLabel="gdp.status.inactive"
    nullLabel="全部"
    alwaysOn
  />,
];

const UserListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButtons columns={USER_EXPORT_COLUMNS} />
  </TopToolbar>
);

/** By username (the API's default); the columns the API can sort by (the domain's LIST_SORTING) sort. */
export const UserList = () => (
  <List
    filters={userFilters}
    actions={<UserListActions />}
    exporter={false}
    perPage={25}
    sort={defaultSortOf('users')}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="username" />
      <TextField source="displayName" />
      <ReferenceField source="departmentId" reference="departments" sortable={false} emptyText="—" />
      <UserRolesField source="roles" sortable={false} />
      <ActiveField source="isActive" />
      <BooleanField source="totpEnabled" sortable={false} />
      <UserLockField source="lockedUntil" sortable={false} />
    </Datagrid>
  </List>
);
