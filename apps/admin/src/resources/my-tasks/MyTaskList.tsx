import { Datagrid, DateInput, List, NullableBooleanInput, SelectInput, TextField } from 'react-admin';
import { defaultSortOf } from '../../providers/resource-definition';
import { TASK_KIND_CHOICES, TASK_STATE_CHOICES } from '../../shared/labels';
import {
  TaskDueDateField,
  TaskKindField,
  TaskRecordLink,
  TaskStateField,
  TaskWorkingDaysField,
  overdueRowSx,
} from '../tasks/TaskFields';
import type { Task } from '../tasks/task.resource';

const myTaskFilters = [
  <SelectInput key="state" source="state" choices={TASK_STATE_CHOICES} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={TASK_KIND_CHOICES} alwaysOn sx={{ minWidth: 220 }} />,
  <NullableBooleanInput key="overdue" source="overdue" alwaysOn />,
  <DateInput key="dueBefore" source="dueBefore" />,
];

/**
 * 待办: what the signed-in user has to do — assigned to them, or waiting in their department's queue —
 * the most urgent first. Each row links to the record, where the work is done.
 */
export const MyTaskList = () => (
  <List
    filters={myTaskFilters}
    filterDefaultValues={{ state: 'OPEN' }}
    exporter={false}
    perPage={25}
    sort={defaultSortOf('myTasks')}
    empty={false}
  >
    <Datagrid bulkActionButtons={false} rowClick={false} rowSx={(record) => overdueRowSx(record as Task)}>
      <TaskKindField source="kind" />
      <TextField source="title" />
      <TaskDueDateField source="dueDate" />
      <TaskWorkingDaysField source="workingDaysLeft" sortable={false} />
      <TaskStateField source="state" />
      <TaskRecordLink label="resources.myTasks.fields.record" sortable={false} />
    </Datagrid>
  </List>
);
