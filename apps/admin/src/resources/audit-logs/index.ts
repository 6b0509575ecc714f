import HistoryEduIcon from '@mui/icons-material/HistoryEdu';
import { AuditLogList } from './AuditLogList';
import { AuditLogShow } from './AuditLogShow';
import type { AuditLog } from './audit-log.resource';

/** Read-only: the audit log is append-only (no create, edit or deactivate). */
export default {
  list: AuditLogList,
  edit: undefined,
  create: undefined,
  show: AuditLogShow,
  icon: HistoryEduIcon,
  recordRepresentation: (record: AuditLog) => `#${record.seq}`,
};
