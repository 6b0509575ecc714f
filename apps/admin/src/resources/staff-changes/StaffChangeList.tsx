import {
  AutocompleteInput,
  CreateButton,
  Datagrid,
  DateInput,
  FunctionField,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
} from 'react-admin';
import { CalendarDateField } from '../../shared/CalendarDateField';
import { ChinaDateField } from '../../shared/ChinaDateField';
import { ExportButtons } from '../../shared/ExportButtons';
import { defaultSortOf } from '../../providers/resource-definition';
import { STAFF_CHANGE_KIND_CHOICES, staffChangeKindLabel } from '../../shared/labels';
import { STAFF_CHANGE_EXPORT_COLUMNS } from './staff-change.export';
import type { StaffChange } from './staff-change.resource';

const staffChangeFilters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="姓名或文号" />,
  <ReferenceInput key="departmentId" source="departmentId" reference="departments" perPage={100} alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} sx={{ minWidth: 200 }} />
  </ReferenceInput>,
  <SelectInput key="kind" source="kind" choices={STAFF_CHANGE_KIND_CHOICES} alwaysOn />,
  <DateInput key="dateFrom" source="dateFrom" alwaysOn />,
  <DateInput key="dateTo" source="dateTo" alwaysOn />,
];

const StaffChangeListActions = () => (
  <TopToolbar>
    <CreateButton />
    <ExportButtons columns={STAFF_CHANGE_EXPORT_COLUMNS} />
  </TopToolbar>
);

/** Newest change first (the API's default); the columns the API can sort by sort. */
export const StaffChangeList = () => (
  <List
    filters={staffChangeFilters}
    actions={<StaffChangeListActions />}
    exporter={false}
    perPage={25}
    sort={defaultSortOf('staffChanges')}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <CalendarDateField source="effectiveDate" />
      <FunctionField<StaffChange> source="kind" render={(record) => staffChangeKindLabel(record.kind)} />
      <TextField source="personName" />
      <ReferenceField
        source="departmentId"
        reference="departments"
        sortable={false}
        emptyText="gdp.staff_changes.bureau_level"
        link={false}
      />
      <TextField source="documentNumber" emptyText="—" />
      <TextField
        source="description"
        sortable={false}
        emptyText="—"
        sx={{
          display: '-webkit-box',
          WebkitLineClamp: 2,
          WebkitBoxOrient: 'vertical',
          overflow: 'hidden',
          maxWidth: 360,
        }}
      />
      <ChinaDateField source="recordedAt" />
    </Datagrid>
  </List>
);
