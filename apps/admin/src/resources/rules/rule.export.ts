import { formatCalendarDate } from '../../shared/dates';
import type { ExportColumn } from '../../shared/exporter';
import { ruleCategoryLabel, ruleStatusLabel } from '../../shared/labels';
import type { Rule } from './rule.resource';

/** The library's catalogue (the texts themselves are read on each rule's page). */
export const RULE_EXPORT_COLUMNS: ExportColumn<Rule>[] = [
  { source: 'title' },
  { source: 'documentNumber' },
  { source: 'issuingBody' },
  { source: 'category', value: (record) => ruleCategoryLabel(record.category) },
  { source: 'status', value: (record) => ruleStatusLabel(record.status) },
  {
    source: 'currentEffectiveDate',
    value: (record) => formatCalendarDate(record.currentVersion?.effectiveDate),
  },
  {
    source: 'currentRepealDate',
    value: (record) => formatCalendarDate(record.currentVersion?.repealDate),
  },
  { source: 'versionCount' },
  {
    source: 'isActive',
    value: (record, { translate }) =>
      translate(record.isActive ? 'gdp.status.active' : 'gdp.status.inactive'),
  },
  { source: 'updatedAt' },
];
