import {
  EditButton,
  ListButton,
  NumberField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  FunctionField,
} from 'react-admin';
import { ActiveField } from '../../shared/ActiveField';
import { ActiveToggleButton } from '../../shared/ActiveToggleButton';
import { ChinaDateField } from '../../shared/ChinaDateField';
import { departmentKindLabel } from '../../shared/labels';
import type { Department } from './department.resource';

const DepartmentShowActions = () => (
  <TopToolbar>
    <ListButton />
    <EditButton />
    <ActiveToggleButton />
  </TopToolbar>
);

export const DepartmentShow = () => (
  <Show actions={<DepartmentShowActions />}>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name" />
      <FunctionField<Department> source="kind" render={(record) => departmentKindLabel(record.kind)} />
      <NumberField source="sortOrder" />
      <TextField source="phone" emptyText="—" />
      <ActiveField source="isActive" />
      <NumberField source="version" />
      <ChinaDateField source="createdAt" />
      <ChinaDateField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
