import ListAltIcon from '@mui/icons-material/ListAlt';
import { TaskList } from './TaskList';
import type { Task } from './task.resource';

/** The overview for overseers; reassigning is its one action (in the list's rows). */
export default {
  list: TaskList,
  edit: undefined,
  create: undefined,
  show: undefined,
  icon: ListAltIcon,
  recordRepresentation: (record: Task) => record.title,
};
