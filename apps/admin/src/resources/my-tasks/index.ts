import AssignmentIcon from '@mui/icons-material/Assignment';
import type { Task } from '../tasks/task.resource';
import { MyTaskList } from './MyTaskList';

/** Read-only: tasks are opened and closed by their modules; the work happens on the record. */
export default {
  list: MyTaskList,
  edit: undefined,
  create: undefined,
  show: undefined,
  icon: AssignmentIcon,
  recordRepresentation: (record: Task) => record.title,
};
