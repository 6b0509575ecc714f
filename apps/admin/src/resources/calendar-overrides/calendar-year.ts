import { CALENDAR_EDITABLE_YEARS, CALENDAR_OVERRIDE_KINDS } from '@gdp/domain';
import type {
  CalendarChangeFieldsFragment,
  CalendarYearFieldsFragment,
  DayStatusSource,
} from '../../graphql/generated/graphql';

/**
 * How the console shows a year of the working-day calendar (SPEC §2.3). The API decides every fact
 * (official data, confirmation, which days are off); this file only names and orders them for the page.
 */
export type CalendarYearStanding = 'OFFICIAL' | 'CONFIRMED' | 'PROVISIONAL';

/** 官方数据 / 已确认 / 待确认（暂定）: the year's standing as the API answers it. */
export function calendarYearStanding(
  year: Pick<CalendarYearFieldsFragment, 'hasOfficialData' | 'isProvisional'>,
): CalendarYearStanding {
  if (year.hasOfficialData) return 'OFFICIAL';
  return year.isProvisional ? 'PROVISIONAL' : 'CONFIRMED';
}

export const YEAR_STANDING_COLORS = {
  OFFICIAL: 'success',
  CONFIRMED: 'info',
  PROVISIONAL: 'warning',
} as const satisfies Record<CalendarYearStanding, 'success' | 'info' | 'warning'>;

/** Label keys: the day's arrangement and where it comes from (官方 / 本局调整 / 推算). */
export const overrideKindKey = (kind: string) => `gdp.calendar.kind.${kind}`;
export const daySourceKey = (source: DayStatusSource | string) => `gdp.calendar.source.${source}`;
export const yearStandingKey = (standing: CalendarYearStanding) => `gdp.calendar.standing.${standing}`;

/** Choices of the override form's kind (放假 / 调休上班), translated by react-admin. */
export const OVERRIDE_KIND_CHOICES = CALENDAR_OVERRIDE_KINDS.map((kind) => ({
  id: kind,
  name: overrideKindKey(kind),
}));

export const currentYearOf = (today: string): number => Number(today.slice(0, 4));

/**
 * The years the page offers: a few before and after this one (the next year's arrangement is entered
 * when the State Council publishes it, usually in the autumn), plus the year shown if it lies outside.
 */
export function yearChoices(currentYear: number, shown?: number | null): Array<{ id: number; name: string }> {
  const years = new Set<number>();
  for (let year = currentYear - 3; year <= currentYear + 3; year += 1) years.add(year);
  if (typeof shown === 'number' && Number.isInteger(shown)) years.add(shown);
  return [...years]
    .filter((year) => year >= CALENDAR_EDITABLE_YEARS.min && year <= CALENDAR_EDITABLE_YEARS.max)
    .sort((a, b) => a - b)
    .map((year) => ({ id: year, name: `${year} 年` }));
}

/** The list filter's year as a number (react-admin may keep it as text after a URL round trip). */
export function yearOfFilter(filter: Record<string, unknown>, fallback: number): number {
  const year = Number(filter.year);
  return Number.isInteger(year) && year >= CALENDAR_EDITABLE_YEARS.min && year <= CALENDAR_EDITABLE_YEARS.max
    ? year
    : fallback;
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'] as const;

/** 星期一 … 星期日 of a calendar date (a day, no time zone involved). */
export function weekdayOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return Number.isNaN(day) ? '' : `星期${WEEKDAYS[day]}`;
}

export type SpecialDay = CalendarYearFieldsFragment['specialDays'][number];

/** The year's special days by month (1–12), in date order: the page's month grid. */
export function specialDaysByMonth(
  days: readonly SpecialDay[],
): Array<{ month: number; days: SpecialDay[] }> {
  const months = Array.from({ length: 12 }, (_, index) => ({ month: index + 1, days: [] as SpecialDay[] }));
  for (const day of [...days].sort((a, b) => a.date.localeCompare(b.date))) {
    const month = Number(day.date.slice(5, 7));
    months[month - 1]?.days.push(day);
  }
  return months;
}

export type DeadlineMove = CalendarChangeFieldsFragment['movedDeadlines'][number];

/** What the page says after a change: which deadlines moved, or that none did. */
export function movedDeadlinesMessage(moves: readonly DeadlineMove[]): {
  key: string;
  options: { count: number };
  severity: 'info' | 'success';
} {
  return moves.length === 0
    ? { key: 'gdp.calendar.moved_none', options: { count: 0 }, severity: 'success' }
    : { key: 'gdp.calendar.moved_some', options: { count: moves.length }, severity: 'info' };
}

/** The flag's change of one moved deadline: gained, lost or kept (for the 暂定 column). */
export function provisionalChange(move: Pick<DeadlineMove, 'provisionalBefore' | 'provisionalAfter'>) {
  if (move.provisionalBefore === move.provisionalAfter) return move.provisionalAfter ? 'kept' : 'none';
  return move.provisionalAfter ? 'gained' : 'lost';
}
