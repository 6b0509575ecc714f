import EventNoteIcon from '@mui/icons-material/EventNote';
import { formatCalendarDate } from '../../shared/dates';
import type { CalendarOverride } from './calendar-override.resource';
import { CalendarOverrideList } from './CalendarOverrideList';

/** One page: the year, its overrides (changed in dialogs, which report the deadlines that moved), its days. */
export default {
  list: CalendarOverrideList,
  icon: EventNoteIcon,
  recordRepresentation: (record: CalendarOverride) => `${formatCalendarDate(record.date)} ${record.note}`,
};
