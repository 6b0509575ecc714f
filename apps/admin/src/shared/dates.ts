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
