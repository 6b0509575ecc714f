import {
  CreateButton,
  Datagrid,
  FunctionField,
  List,
  NullableBooleanInput,
  NumberField,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
} from 'react-admin';
import { ActiveField } from '../../shared/ActiveField';
import { ChinaDateField } from '../../shared/ChinaDateField';
import { ExportButtons } from '../../shared/ExportButtons';
import { defaultSortOf } from '../../providers/resource-definition';
import { DEPARTMENT_KIND_CHOICES, departmentKindLabel } from '../../shared/labels';
import { DEPARTMENT_EXPORT_COLUMNS } from './department.export';
import type { Department } from './department.resource';

const departmentFilters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="名称或代码" />,
  <SelectInput key="kind" source="kind" choices={DEPARTMENT_KIND_CHOICES} alwaysOn />,
  <NullableBooleanInput
    key="isActive"
    source="isActive"
    label="resources.departments.fields.isActive"
    trueLabel="gdp.status.active"
    falseLabel="gdp.status.inactive"
    nullLabel="全部"
    alwaysOn
  />,
];

const DepartmentListActions = () => (
  <TopToolbar>
    <CreateButton />
    <ExportButtons columns={DEPARTMENT_EXPORT_COLUMNS} />
  </TopToolbar>
);

/** By sort order (the API's default); the columns the API can sort by (the domain's LIST_SORTING) sort. */
export const DepartmentList = () => (
  <List
    filters={departmentFilters}
    actions={<DepartmentListActions />}
    exporter={false}
    perPage={25}
    sort={defaultSortOf('departments')}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="code" />
      <TextField source="name" />
      <FunctionField<Department> source="kind" render={(record) => departmentKindLabel(record.kind)} />
      <NumberField source="sortOrder" />
      <TextField source="phone" sortable={false} emptyText="—" />
      <ActiveField source="isActive" />
      <ChinaDateField source="updatedAt" />
    </Datagrid>
  </List>
);
