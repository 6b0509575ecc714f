import BuildCircleIcon from '@mui/icons-material/BuildCircle';
import type { CorrectionOrder } from './correction-order.resource';
import { CorrectionOrderList } from './CorrectionOrderList';
import { CorrectionOrderShow } from './CorrectionOrderShow';

/** No create or edit page: orders come from a complaint's findings and move by their two steps. */
export default {
  list: CorrectionOrderList,
  show: CorrectionOrderShow,
  icon: BuildCircleIcon,
  recordRepresentation: (record: CorrectionOrder) => record.caseNumber,
};
