import { CHINA_TIME_ZONE } from '../../shared/dates';

/**
 * The month grid of the meetings calendar, in the bureau's time (Asia/Shanghai, UTC+8 all year, no daylight
 * saving): weeks start on Monday, the grid covers whole weeks around the month, and a meeting sits on the
 * Shanghai calendar day of its start — a meeting at 01:00 on the 1st (17:00 UTC the day before) is on the 1st.
 */
export interface CalendarMonth {
  year: number;
  /** 1–12. */
  month: number;
}

export interface CalendarDay {
  /** YYYY-MM-DD in Asia/Shanghai. */
  date: string;
  day: number;
  inMonth: boolean;
}

const SHANGHAI_OFFSET = '+08:00';
const DAY_MS = 86_400_000;

const pad = (value: number) => String(value).padStart(2, '0');

/** The Shanghai calendar day of an instant. */
export const shanghaiDateOf = (instant: string | Date): string =>
  new Date(instant).toLocaleDateString('sv-SE', { timeZone: CHINA_TIME_ZONE });

/** The Shanghai time of day of an instant, e.g. 09:30. */
export const shanghaiTimeOf = (instant: string | Date): string =>
  new Date(instant).toLocaleTimeString('zh-CN', {
    timeZone: CHINA_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });

/** The month holding `now` in Shanghai. */
export function monthOf(now: Date): CalendarMonth {
  const [year, month] = shanghaiDateOf(now).split('-').map(Number);
  return { year: year!, month: month! };
}

export function shiftMonth({ year, month }: CalendarMonth, by: number): CalendarMonth {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The days shown for a month: whole weeks, Monday first, leading and trailing days of the neighbours. */
export function monthGrid({ year, month }: CalendarMonth): CalendarDay[][] {
  // Dates as UTC midnights: pure calendar arithmetic, no time zone involved.
  const first = Date.UTC(year, month - 1, 1);
  const mondayBased = (new Date(first).getUTCDay() + 6) % 7;
  const start = first - mondayBased * DAY_MS;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const weeks = Math.ceil((mondayBased + daysInMonth) / 7);
  return Array.from({ length: weeks }, (_week, week) =>
    Array.from({ length: 7 }, (_day, weekday) => {
      const date = new Date(start + (week * 7 + weekday) * DAY_MS);
      return {
        date: date.toISOString().slice(0, 10),
        day: date.getUTCDate(),
        inMonth: date.getUTCMonth() === month - 1,
      };
    }),
  );
}

/** The instants [from, to) the grid covers, for `meetingsCalendar(from, to)`: Shanghai midnights. */
export function gridRange(grid: CalendarDay[][]): { from: string; to: string } {
  const firstDay = grid[0]![0]!.date;
  const lastDay = grid[grid.length - 1]![6]!.date;
  const from = new Date(`${firstDay}T00:00:00${SHANGHAI_OFFSET}`);
  const to = new Date(new Date(`${lastDay}T00:00:00${SHANGHAI_OFFSET}`).getTime() + DAY_MS);
  return { from: from.toISOString(), to: to.toISOString() };
}

/** Meetings by the Shanghai day they start, each day in start order. */
export function meetingsByDay<T extends { startsAt: string }>(meetings: readonly T[]): Map<string, T[]> {
  const byDay = new Map<string, T[]>();
  for (const meeting of [...meetings].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))) {
    const day = shanghaiDateOf(meeting.startsAt);
    byDay.set(day, [...(byDay.get(day) ?? []), meeting]);
  }
  return byDay;
}

export const monthTitle = ({ year, month }: CalendarMonth) => `${year}年${month}月`;
export const monthKey = ({ year, month }: CalendarMonth) => `${year}-${pad(month)}`;
