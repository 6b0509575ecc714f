import chineseDays from 'chinese-days';
// The official data as chinese-days 1.5.7 ships it pre-built (the same data its functions use).
import OFFICIAL_DATA from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { addCalendarDays, isCalendarDate, type CalendarDate } from '../shared/calendar-date.js';
import { badInput, DomainError } from '../shared/domain-error.js';

/**
 * The bureau's working-day calendar (SPEC §2.3, REGULATIONS.md "Working days and holidays").
 *
 * A day's status comes from the first source that knows it:
 * 1. an **override** entered by the bureau (e.g. the State Council's notice for a new year) —
 *    `OFF` or `WORK` wins over everything else;
 * 2. the **official data** of `chinese-days` (2004–2026 in 1.5.7) for a year it has data for;
 * 3. for any other year, the **derived** legal holidays of 全国年节及纪念日放假办法 (2024 revision):
 *    元旦, 春节 (除夕 + 初一…初三), 清明, 劳动节 (05-01…02), 端午, 中秋, 国庆 (10-01…03), each one on a
 *    Saturday or Sunday giving one 补假 on the next Monday–Friday that is neither a holiday nor
 *    already a 补假; otherwise Monday–Friday work.
 *
 * A year is **provisional** when it has no official data and is not listed in `confirmedYears`.
 * Confirming a year is a separate set rather than an override kind, because an override is a fact
 * about one date while confirmation is a fact about a whole year ("the notice for 2027 has been
 * entered completely") — confirming does not itself change any day.
 *
 * `chinese-days` mixes UTC and local time: it parses `YYYY-MM-DD` as UTC midnight and reads dates
 * back with local fields, so in a zone west of UTC (e.g. America/New_York) even its own holiday
 * table at load time is shifted one day early (`isWorkday('2026-10-10')` is false there). This
 * module therefore reads the official data from the package's pre-built JSON
 * (`dist/chinese-days.json`, keyed by correct dates), passes the lunar conversion local-midnight
 * `Date`s, and corrects the solar-term answer (see `qingmingOf`): answers do not depend on the
 * server's zone (the suite passes under TZ=America/New_York, UTC, Asia/Shanghai).
 */

export const CALENDAR_OVERRIDE_KINDS = ['OFF', 'WORK'] as const;
export type CalendarOverrideKind = (typeof CALENDAR_OVERRIDE_KINDS)[number];
export const CALENDAR_OVERRIDE_KIND_LABELS: Record<CalendarOverrideKind, string> = {
  OFF: '休息日（放假）',
  WORK: '工作日（调休上班）',
};

export interface CalendarOverride {
  date: CalendarDate;
  kind: CalendarOverrideKind;
  note: string;
}

export interface WorkingDayCalendarInput {
  overrides?: readonly CalendarOverride[];
  /** Years without official data whose arrangement the bureau has entered completely. */
  confirmedYears?: readonly number[];
}

export interface WorkingDayCalendar {
  readonly overrides: ReadonlyMap<CalendarDate, CalendarOverride>;
  readonly confirmedYears: ReadonlySet<number>;
}

/** Where a day's status came from. */
export const DAY_STATUS_SOURCES = ['OVERRIDE', 'OFFICIAL', 'DERIVED'] as const;
export type DayStatusSource = (typeof DAY_STATUS_SOURCES)[number];
export const DAY_STATUS_SOURCE_LABELS: Record<DayStatusSource, string> = {
  OVERRIDE: '本局调整',
  OFFICIAL: '国务院办公厅安排',
  DERIVED: '按法定节日推算（待确认）',
};

export interface DayStatus {
  date: CalendarDate;
  isWorkingDay: boolean;
  source: DayStatusSource;
  /** Holiday name (e.g. 春节, 春节补假), override note, or null for an ordinary day. */
  name: string | null;
}

/** Builds a calendar; rejects malformed dates, unknown kinds and one date overridden twice. */
export function createWorkingDayCalendar(input: WorkingDayCalendarInput = {}): WorkingDayCalendar {
  const overrides = new Map<CalendarDate, CalendarOverride>();
  for (const override of input.overrides ?? []) {
    if (!isCalendarDate(override.date)) {
      throw badInput('CALENDAR.INVALID_DATE', `调整日期无效：${override.date}`, {
        date: ['须为有效日期，格式 YYYY-MM-DD'],
      });
    }
    if (!CALENDAR_OVERRIDE_KINDS.includes(override.kind)) {
      throw badInput('CALENDAR.INVALID_KIND', `调整类型无效：${String(override.kind)}`, {
        kind: ['须为 OFF 或 WORK'],
      });
    }
    if (overrides.has(override.date)) {
      throw new DomainError(
        'CONFLICT',
        'CALENDAR.DUPLICATE_OVERRIDE',
        `同一日期不能重复调整：${override.date}`,
      );
    }
    overrides.set(override.date, { ...override });
  }
  for (const year of input.confirmedYears ?? []) {
    if (!Number.isInteger(year) || year < 1900 || year > 2199) {
      throw badInput('CALENDAR.INVALID_YEAR', `确认年份无效：${year}`, {
        confirmedYears: ['须为 1900–2199 之间的年份'],
      });
    }
  }
  return { overrides, confirmedYears: new Set(input.confirmedYears ?? []) };
}

/** The status of one day and where it came from. */
export function dayStatusOf(calendar: WorkingDayCalendar, date: CalendarDate): DayStatus {
  assertCalendarDate(date);
  const override = calendar.overrides.get(date);
  if (override)
    return { date, isWorkingDay: override.kind === 'WORK', source: 'OVERRIDE', name: override.note };
  const year = yearOf(date);
  if (hasOfficialData(year)) {
    // Entries are named "English,中文,days"; a day with no entry follows the week.
    const entry = OFFICIAL_WORKDAYS.get(date) ?? OFFICIAL_HOLIDAYS.get(date);
    const isWorking = OFFICIAL_WORKDAYS.has(date) || (!OFFICIAL_HOLIDAYS.has(date) && !isWeekend(date));
    return {
      date,
      isWorkingDay: isWorking,
      source: 'OFFICIAL',
      name: entry ? (entry.split(',')[1] ?? entry) : null,
    };
  }
  const holiday = derivedHolidaysOf(year).get(date);
  if (holiday) return { date, isWorkingDay: false, source: 'DERIVED', name: holiday };
  return { date, isWorkingDay: !isWeekend(date), source: 'DERIVED', name: null };
}

export function isWorkingDay(calendar: WorkingDayCalendar, date: CalendarDate): boolean {
  return dayStatusOf(calendar, date).isWorkingDay;
}

/** True when `date`'s year has no official data and the bureau has not confirmed it. */
export function isProvisional(calendar: WorkingDayCalendar, date: CalendarDate): boolean {
  assertCalendarDate(date);
  const year = yearOf(date);
  return !hasOfficialData(year) && !calendar.confirmedYears.has(year);
}

/**
 * The `n`-th working day after `start` (民法典 art. 201: the starting day is not counted);
 * `n = 0` gives `start` itself.
 */
export function addWorkingDays(calendar: WorkingDayCalendar, start: CalendarDate, n: number): CalendarDate {
  assertCalendarDate(start);
  if (!Number.isInteger(n) || n < 0) {
    throw badInput('CALENDAR.INVALID_PERIOD', `工作日数须为非负整数：${n}`, { n: ['须为非负整数'] });
  }
  let date = start;
  for (let counted = 0; counted < n;) {
    date = addCalendarDays(date, 1);
    if (isWorkingDay(calendar, date)) counted += 1;
  }
  return date;
}

/**
 * Working days in the interval (from, to] — `from` not counted, `to` counted — so that
 * `workingDaysBetween(c, s, addWorkingDays(c, s, n)) === n`. Negative when `to` is before `from`.
 */
export function workingDaysBetween(
  calendar: WorkingDayCalendar,
  from: CalendarDate,
  to: CalendarDate,
): number {
  assertCalendarDate(from);
  assertCalendarDate(to);
  if (to < from) return -workingDaysBetween(calendar, to, from);
  let count = 0;
  for (let date = addCalendarDays(from, 1); date <= to; date = addCalendarDays(date, 1)) {
    if (isWorkingDay(calendar, date)) count += 1;
  }
  return count;
}

/** True when `chinese-days` has official holiday data for `year` (2004–2026 in 1.5.7). */
export function hasOfficialData(year: number): boolean {
  return OFFICIAL_YEARS.has(year);
}

/**
 * The legal holidays of `year` derived from the 2024 revision of 全国年节及纪念日放假办法, with 补假,
 * ignoring official data and overrides: date → name, in date order.
 */
export function derivedHolidaysOf(year: number): ReadonlyMap<CalendarDate, string> {
  const cached = DERIVED_HOLIDAYS.get(year);
  if (cached) return cached;
  const springFestival = solarDateOfLunar(year, 1, 1);
  const legal: Array<[CalendarDate, string]> = [
    [`${year}-01-01`, '元旦'],
    ...[-1, 0, 1, 2].map((offset): [CalendarDate, string] => [
      addCalendarDays(springFestival, offset),
      '春节',
    ]),
    [qingmingOf(year), '清明'],
    [`${year}-05-01`, '劳动节'],
    [`${year}-05-02`, '劳动节'],
    [solarDateOfLunar(year, 5, 5), '端午'],
    [solarDateOfLunar(year, 8, 15), '中秋'],
    [`${year}-10-01`, '国庆'],
    [`${year}-10-02`, '国庆'],
    [`${year}-10-03`, '国庆'],
  ];
  legal.sort(([a], [b]) => a.localeCompare(b));
  const holidays = new Map<CalendarDate, string>();
  // 中秋 may fall on 10-01…03: one day off either way, named after both.
  for (const [date, name] of legal)
    holidays.set(date, holidays.has(date) ? `${holidays.get(date)}、${name}` : name);
  const compensatory = new Map<CalendarDate, string>();
  for (const [date, name] of holidays) {
    if (!isWeekend(date)) continue;
    let day = addCalendarDays(date, 1);
    while (isWeekend(day) || holidays.has(day) || compensatory.has(day)) day = addCalendarDays(day, 1);
    compensatory.set(day, `${name}补假`);
  }
  const all = new Map([...holidays, ...compensatory].sort(([a], [b]) => a.localeCompare(b)));
  DERIVED_HOLIDAYS.set(year, all);
  return all;
}

const OFFICIAL_HOLIDAYS: ReadonlyMap<CalendarDate, string> = new Map(Object.entries(OFFICIAL_DATA.holidays));
const OFFICIAL_WORKDAYS: ReadonlyMap<CalendarDate, string> = new Map(Object.entries(OFFICIAL_DATA.workdays));
/** A year has official data when the package lists any holiday in it. */
const OFFICIAL_YEARS: ReadonlySet<number> = new Set([...OFFICIAL_HOLIDAYS.keys()].map(yearOf));
// A cache of facts that depend only on the package's data, never on a calendar or the clock.
const DERIVED_HOLIDAYS = new Map<number, ReadonlyMap<CalendarDate, string>>();

function assertCalendarDate(date: CalendarDate): void {
  if (!isCalendarDate(date)) {
    throw badInput('CALENDAR.INVALID_DATE', `日期无效：${date}`, { date: ['须为有效日期，格式 YYYY-MM-DD'] });
  }
}

function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}

function isWeekend(date: CalendarDate): boolean {
  const [year, month, day] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/**
 * The solar date of a day of a regular (non-leap) lunar month of lunar year `lunarYear`.
 * The lunar date goes in as a local-midnight `Date`, which chinese-days reads with local fields.
 */
function solarDateOfLunar(lunarYear: number, lunarMonth: number, lunarDay: number): CalendarDate {
  return chineseDays.getSolarDateFromLunar(new Date(lunarYear, lunarMonth - 1, lunarDay)).date;
}

/**
 * 清明 (the solar term 'pure_brightness', 4–6 April). `getSolarTermDate` formats a UTC-midnight
 * instant with local fields, which west of UTC gives the day before: undo that shift.
 */
function qingmingOf(year: number): CalendarDate {
  const answer = chineseDays.getSolarTermDate(year, 4, 'pure_brightness');
  const isWestOfUtc = new Date(Date.UTC(year, 3, 5)).getTimezoneOffset() > 0;
  return isWestOfUtc ? addCalendarDays(answer, 1) : answer;
}
