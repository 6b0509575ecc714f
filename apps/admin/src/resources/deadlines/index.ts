import AlarmIcon from '@mui/icons-material/Alarm';
import type { Deadline } from './deadline.resource';
import { DeadlineList } from './DeadlineList';
import { DeadlineShow } from './DeadlineShow';

/** Read only: deadlines are started, suspended, extended and closed by their cases. */
export default {
  list: DeadlineList,
  show: DeadlineShow,
  icon: AlarmIcon,
  recordRepresentation: (record: Deadline) => record.title,
};
