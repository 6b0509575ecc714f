import { formatCalendarDate } from '../../shared/dates';
import type { ExportColumn } from '../../shared/exporter';
import { caseKindLabel, deadlineKindLabel, deadlineStateLabel } from '../../shared/labels';
import type { Deadline } from './deadline.resource';
import { workingDaysLeftLabel } from './deadline-standing';

/** The dashboard as a sheet: the rows under the current filters, with the words the page shows. */
export const DEADLINE_EXPORT_COLUMNS: ExportColumn<Deadline>[] = [
  { source: 'title' },
  { source: 'kind', value: (record) => deadlineKindLabel(record.kind) },
  { source: 'caseKind', value: (record) => caseKindLabel(record.caseKind) },
  { source: 'departmentId', reference: 'departments' },
  { source: 'assigneeId', reference: 'users' },
  { source: 'startDate', value: (record) => formatCalendarDate(record.startDate) },
  { source: 'periodWorkingDays' },
  { source: 'extensionsWorkingDays' },
  { source: 'dueDate', value: (record) => formatCalendarDate(record.dueDate) },
  {
    source: 'isProvisional',
    value: (record, { translate }) => (record.isProvisional ? translate('gdp.deadlines.provisional') : ''),
  },
  {
    source: 'workingDaysLeft',
    value: (record, { translate }) => {
      const { key, options } = workingDaysLeftLabel(record);
      return translate(key, options);
    },
  },
  { source: 'state', value: (record) => deadlineStateLabel(record.state) },
  { source: 'closedAt' },
];
