import ScheduleIcon from '@mui/icons-material/Schedule';
import { JobRunList } from './JobRunList';
import type { JobRun } from './job-run.resource';

/** Read-only: the scheduler writes the runs; the console only lists and exports them. */
export default {
  list: JobRunList,
  edit: undefined,
  create: undefined,
  show: undefined,
  icon: ScheduleIcon,
  recordRepresentation: (record: JobRun) => `${record.label} ${record.slot}`,
};
