import { formatCalendarDate } from '../../shared/dates';
import type { ExportColumn } from '../../shared/exporter';
import { staffChangeKindLabel } from '../../shared/labels';
import type { StaffChange } from './staff-change.resource';

/** The ledger's first item as the general office files it: one row per change, newest first. */
export const STAFF_CHANGE_EXPORT_COLUMNS: ExportColumn<StaffChange>[] = [
  { source: 'effectiveDate', value: (record) => formatCalendarDate(record.effectiveDate) },
  { source: 'kind', value: (record) => staffChangeKindLabel(record.kind) },
  { source: 'personName' },
  { source: 'departmentId', reference: 'departments' },
  { source: 'userId', reference: 'users' },
  { source: 'documentNumber' },
  { source: 'description' },
  { source: 'recordedById', reference: 'users' },
  { source: 'recordedAt' },
  { source: 'updatedById', reference: 'users' },
  { source: 'updatedAt' },
];
