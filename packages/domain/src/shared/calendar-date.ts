import { z } from 'zod';

/**
 * Calendar dates (SPEC §1 Time): a date of the bureau's calendar is a `YYYY-MM-DD` string read in
 * Asia/Shanghai, whatever the server's time zone. Strings compare in calendar order.
 */
export type CalendarDate = string;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Asia/Shanghai has kept UTC+8 without daylight saving since 1991. */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** True for a real day written `YYYY-MM-DD` between the years 1900 and 2199 (no 2月30日). */
export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2199) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The Asia/Shanghai calendar date of an instant: "today" for the bureau is `shanghaiDateOf(clock.now())`. */
export function shanghaiDateOf(instant: Date): CalendarDate {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** The calendar date `days` after (or before, when negative) `date`. */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** A required calendar date field: `label` names it in the zh-CN message. */
export const calendarDateSchema = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, { error: `请填写${label}`, abort: true })
    .refine(isCalendarDate, `${label}须为有效日期，格式 YYYY-MM-DD`);

/** An optional calendar date field: empty text means no date. */
export const optionalCalendarDateSchema = (label: string) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? value.trim() || null : value),
    z
      .string({ error: `${label}须为有效日期，格式 YYYY-MM-DD` })
      .refine(isCalendarDate, `${label}须为有效日期，格式 YYYY-MM-DD`)
      .nullish(),
  );

/** A range of calendar dates, both ends included and either open; the start must not be after the end. */
export const calendarDateRangeSchema = z
  .object({
    dateFrom: optionalCalendarDateSchema('开始日期'),
    dateTo: optionalCalendarDateSchema('结束日期'),
  })
  .refine((range) => !range.dateFrom || !range.dateTo || range.dateFrom <= range.dateTo, {
    path: ['dateTo'],
    message: '结束日期不能早于开始日期',
  });
