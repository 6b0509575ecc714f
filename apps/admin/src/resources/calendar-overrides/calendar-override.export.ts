import { formatCalendarDate } from '../../shared/dates';
import type { ExportColumn } from '../../shared/exporter';
import type { CalendarOverride } from './calendar-override.resource';
import { overrideKindKey, weekdayOf } from './calendar-year';

/** The bureau's overrides of the year shown, as the general office files them. */
export const CALENDAR_OVERRIDE_EXPORT_COLUMNS: ExportColumn<CalendarOverride>[] = [
  { source: 'date', value: (record) => formatCalendarDate(record.date) },
  { source: 'weekday', value: (record) => weekdayOf(record.date) },
  { source: 'kind', value: (record, { translate }) => translate(overrideKindKey(record.kind)) },
  { source: 'note' },
  {
    source: 'isActive',
    value: (record, { translate }) =>
      translate(record.isActive ? 'gdp.calendar.active' : 'gdp.calendar.inactive'),
  },
  { source: 'createdAt' },
  { source: 'updatedAt' },
];
