import { formatCalendarDate } from '../../shared/dates';
import type { ExportColumn } from '../../shared/exporter';
import { correctionOrderStateLabel } from '../../shared/labels';
import type { CorrectionOrder } from './correction-order.resource';

/** The orders as the list shows them: the case number and the requirement, nothing of the complaint. */
export const CORRECTION_ORDER_EXPORT_COLUMNS: ExportColumn<CorrectionOrder>[] = [
  { source: 'caseNumber' },
  { source: 'departmentId', reference: 'departments' },
  { source: 'requirement' },
  { source: 'dueDate', value: (record) => formatCalendarDate(record.dueDate) },
  { source: 'state', value: (record) => correctionOrderStateLabel(record.state) },
  { source: 'reportText' },
  { source: 'reportedAt' },
  { source: 'verifiedAt' },
];
