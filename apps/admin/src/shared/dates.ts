/** Dates in the console: shown as Chinese dates in Asia/Shanghai (SPEC §1 "Time"), sent as ISO instants. */
export const CHINA_TIME_ZONE = 'Asia/Shanghai';

export const DATE_TIME_OPTIONS: Intl.DateTimeFormatOptions = {
  timeZone: CHINA_TIME_ZONE,
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
};

export const formatChinaDateTime = (value: string | number | Date | null | undefined): string =>
  value === null || value === undefined || value === ''
    ? ''
    : new Date(value).toLocaleString('zh-CN', DATE_TIME_OPTIONS);

/** A date input's value (Date or text) as an ISO instant; empty → null. */
export function toIsoInstant(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date of the bureau (`YYYY-MM-DD`, SPEC §1 Time) as a Chinese date, e.g. 2019年2月27日. It is a
 * day, not an instant: no time-zone conversion. Anything else is returned as it is.
 */
export function formatCalendarDate(value: string | null | undefined): string {
  if (!value) return '';
  const match = CALENDAR_DATE.exec(value);
  if (!match) return value;
  return `${Number(match[1])}年${Number(match[2])}月${Number(match[3])}日`;
}

/** A date input's value as the API's calendar date (`YYYY-MM-DD`); empty → null. */
export function toCalendarDate(value: unknown): string | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? null
      : value.toLocaleDateString('sv-SE', { timeZone: CHINA_TIME_ZONE });
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text === '' ? null : text;
}
