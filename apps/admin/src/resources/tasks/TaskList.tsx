import {
  AutocompleteInput,
  Datagrid,
  List,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  TextField,
} from 'react-admin';
import { defaultSortOf } from '../../providers/resource-definition';
import { TASK_KIND_CHOICES, TASK_STATE_CHOICES } from '../../shared/labels';
import { ReassignTaskButton } from './ReassignTaskButton';
import {
  TaskDueDateField,
  TaskKindField,
  TaskRecordLink,
  TaskStateField,
  TaskWorkingDaysField,
  overdueRowSx,
} from './TaskFields';
import type { Task } from './task.resource';

const taskFilters = [
  <ReferenceInput key="departmentId" source="departmentId" reference="departments" perPage={100} alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} sx={{ minWidth: 200 }} />
  </ReferenceInput>,
  <ReferenceInput key="assigneeId" source="assigneeId" reference="users" perPage={50}>
    <AutocompleteInput filterToQuery={(q) => ({ q })} sx={{ minWidth: 200 }} />
  </ReferenceInput>,
  <SelectInput key="state" source="state" choices={TASK_STATE_CHOICES} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={TASK_KIND_CHOICES} sx={{ minWidth: 220 }} />,
  <NullableBooleanInput key="overdue" source="overdue" alwaysOn />,
  <NullableBooleanInput key="unassigned" source="unassigned" />,
];

/**
 * 待办总览: every task of the departments the user oversees, the most urgent first, with who holds it.
 * Department heads and the two offices hand tasks on (分派) — to a member of the task's department.
 */
export const TaskList = () => (
  <List
    filters={taskFilters}
    filterDefaultValues={{ state: 'OPEN' }}
    exporter={false}
    perPage={25}
    sort={defaultSortOf('tasks')}
  >
    <Datagrid
      bulkActionButtons={false}
      rowClick={false}
      rowSx={(record) => overdueRowSx(record as Task)}
      sx={{
        '& .column-departmentId': { whiteSpace: 'nowrap' },
        '& .column-title': { minWidth: 180 },
      }}
    >
      <TaskKindField source="kind" />
      <TextField source="title" />
      <ReferenceField
        source="departmentId"
        reference="departments"
        link={false}
        emptyText="gdp.tasks.bureau_level"
      />
      <ReferenceField source="assigneeId" reference="users" link={false} emptyText="gdp.tasks.unassigned" />
      <TaskDueDateField source="dueDate" />
      <TaskWorkingDaysField source="workingDaysLeft" sortable={false} />
      <TaskStateField source="state" />
      <TaskRecordLink label="resources.tasks.fields.record" sortable={false} />
      <ReassignTaskButton />
    </Datagrid>
  </List>
);
