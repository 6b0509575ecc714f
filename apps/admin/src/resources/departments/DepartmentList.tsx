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

/** The API lists departments by sort order then code; there is no sorting argument, so columns do not sort. */
export const DepartmentList = () => (
  <List filters={departmentFilters} actions={<DepartmentListActions />} exporter={false} perPage={25}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="code" sortable={false} />
      <TextField source="name" sortable={false} />
      <FunctionField<Department>
        source="kind"
        sortable={false}
        render={(record) => departmentKindLabel(record.kind)}
      />
      <NumberField source="sortOrder" sortable={false} />
      <TextField source="phone" sortable={false} emptyText="—" />
      <ActiveField source="isActive" sortable={false} />
      <ChinaDateField source="updatedAt" sortable={false} />
    </Datagrid>
  </List>
);
