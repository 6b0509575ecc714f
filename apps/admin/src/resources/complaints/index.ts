import ReportIcon from '@mui/icons-material/Report';
import type { Complaint } from './complaint.resource';
import { ComplaintCreate } from './ComplaintCreate';
import { ComplaintList } from './ComplaintList';
import { ComplaintShow } from './ComplaintShow';

/** No edit page: a case changes only through its workflow steps. */
export default {
  list: ComplaintList,
  create: ComplaintCreate,
  show: ComplaintShow,
  icon: ReportIcon,
  recordRepresentation: (record: Complaint) => record.caseNumber,
};
