import { Divider, Typography } from '@mui/material';
import {
  AutocompleteInput,
  Datagrid,
  DateInput,
  FunctionField,
  List,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  TopToolbar,
  FilterButton,
  useTranslate,
} from 'react-admin';
import { defaultSortOf } from '../../providers/resource-definition';
import { CalendarDateField } from '../../shared/CalendarDateField';
import { ExportButtons } from '../../shared/ExportButtons';
import {
  CASE_KIND_CHOICES,
  DEADLINE_KIND_CHOICES,
  DEADLINE_STATE_CHOICES,
  caseKindLabel,
  deadlineKindLabel,
} from '../../shared/labels';
import { DEADLINE_EXPORT_COLUMNS } from './deadline.export';
import type { Deadline } from './deadline.resource';
import { STANDING_CHOICES } from './deadline-standing';
import { DeadlineStateField, DueDateField, WorkingDaysLeftField } from './DeadlineFields';
import { DeadlineSummaryPanel } from './DeadlineSummaryPanel';

const deadlineFilters = [
  <SelectInput key="standing" source="standing" choices={STANDING_CHOICES} alwaysOn sx={{ minWidth: 140 }} />,
  <ReferenceInput key="departmentId" source="departmentId" reference="departments" perPage={100} alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} sx={{ minWidth: 200 }} />
  </ReferenceInput>,
  <ReferenceInput key="assigneeId" source="assigneeId" reference="users" perPage={25} alwaysOn>
    <AutocompleteInput optionText="displayName" filterToQuery={(q) => ({ q })} sx={{ minWidth: 180 }} />
  </ReferenceInput>,
  <DateInput key="dueFrom" source="dueFrom" alwaysOn />,
  <DateInput key="dueTo" source="dueTo" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={DEADLINE_KIND_CHOICES} sx={{ minWidth: 200 }} />,
  <SelectInput key="caseKind" source="caseKind" choices={CASE_KIND_CHOICES} sx={{ minWidth: 160 }} />,
  <NullableBooleanInput
    key="isProvisional"
    source="isProvisional"
    trueLabel="gdp.deadlines.provisional_only"
    falseLabel="gdp.deadlines.not_provisional"
    nullLabel="全部"
  />,
  <SelectInput key="state" source="state" choices={DEADLINE_STATE_CHOICES} sx={{ minWidth: 140 }} />,
];

const DeadlineListActions = () => (
  <TopToolbar>
    <FilterButton />
    <ExportButtons columns={DEADLINE_EXPORT_COLUMNS} />
  </TopToolbar>
);

const EmptyDeadlines = () => {
  const translate = useTranslate();
  return (
    <Typography sx={{ p: 2 }} color="text.secondary" data-testid="deadlines-empty">
      {translate('gdp.deadlines.list_empty')}
    </Typography>
  );
};

/**
 * 办理时限: open deadlines soonest due first (the API's default, suspended ones last), under the summary of
 * the same filters. Deadlines change only through their cases; this page reads and points at what is late.
 */
export const DeadlineList = () => (
  <List
    filters={deadlineFilters}
    actions={<DeadlineListActions />}
    exporter={false}
    perPage={25}
    empty={false}
    sort={defaultSortOf('deadlines')}
  >
    <DeadlineSummaryPanel />
    <Divider />
    <Datagrid
      rowClick="show"
      bulkActionButtons={false}
      empty={<EmptyDeadlines />}
      sx={{ '& .column-startDate, & .column-dueDate, & .column-kind': { whiteSpace: 'nowrap' } }}
    >
      <FunctionField<Deadline>
        source="title"
        sortable={false}
        render={(record) => (
          <>
            <Typography component="span" variant="body2" display="block">
              {record.title}
            </Typography>
            <Typography component="span" variant="caption" color="text.secondary">
              {caseKindLabel(record.caseKind)}
            </Typography>
          </>
        )}
      />
      <FunctionField<Deadline> source="kind" render={(record) => deadlineKindLabel(record.kind)} />
      <ReferenceField
        source="departmentId"
        reference="departments"
        sortable={false}
        link={false}
        emptyText="gdp.deadlines.unassigned_department"
      />
      <ReferenceField
        source="assigneeId"
        reference="users"
        sortable={false}
        link={false}
        emptyText="gdp.deadlines.unassigned_person"
      >
        <FunctionField<{ displayName: string }> render={(user) => user.displayName} />
      </ReferenceField>
      <CalendarDateField source="startDate" />
      <DueDateField source="dueDate" />
      <WorkingDaysLeftField source="workingDaysLeft" sortable={false} />
      <DeadlineStateField source="state" />
    </Datagrid>
  </List>
);
