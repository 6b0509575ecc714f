import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { formatCalendarDate } from '../../shared/dates';
import { staffChangeKindLabel } from '../../shared/labels';
import { StaffChangeCreate } from './StaffChangeCreate';
import { StaffChangeEdit } from './StaffChangeEdit';
import { StaffChangeList } from './StaffChangeList';
import { StaffChangeShow } from './StaffChangeShow';
import type { StaffChange } from './staff-change.resource';

/** No delete: ledger records are corrected by editing. */
export default {
  list: StaffChangeList,
  edit: StaffChangeEdit,
  create: StaffChangeCreate,
  show: StaffChangeShow,
  icon: SwapHorizIcon,
  recordRepresentation: (record: StaffChange) =>
    `${formatCalendarDate(record.effectiveDate)} ${record.personName}（${staffChangeKindLabel(record.kind)}）`,
};
