import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  addCalendarDays,
  calendarDateRangeSchema,
  calendarDateSchema,
  isCalendarDate,
  optionalCalendarDateSchema,
  shanghaiDateOf,
} from './calendar-date.js';

function messagesOf(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  expect(result.success, `expected ${JSON.stringify(input)} to be refused`).toBe(false);
  const messages: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? []) (messages[issue.path.join('.')] ??= []).push(issue.message);
  return messages;
}

describe('isCalendarDate', () => {
  const cases: Array<[string, boolean]> = [
    ['2026-11-26', true],
    ['2019-02-27', true],
    ['2024-02-29', true], // leap year
    ['2000-02-29', true], // divisible by 400
    ['1900-01-01', true],
    ['2199-12-31', true],
    ['2025-02-29', false], // not a leap year
    ['1900-02-29', false], // divisible by 100, not by 400
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['1899-12-31', false],
    ['2200-01-01', false],
    ['2026-1-5', false],
    ['2026/01/05', false],
    ['20260105', false],
    ['2026-01-05T00:00:00Z', false],
    [' 2026-01-05', false],
    ['', false],
    ['二〇二六年一月五日', false],
  ];
  it.each(cases)('%s → %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});

describe('shanghaiDateOf: the bureau’s calendar date whatever the server’s zone', () => {
  const cases: Array<[string, string]> = [
    ['2026-11-26T02:00:00.000Z', '2026-11-26'],
    ['2026-11-26T15:59:59.999Z', '2026-11-26'], // 23:59:59 in Shanghai
    ['2026-11-26T16:00:00.000Z', '2026-11-27'], // midnight in Shanghai, still the 26th in UTC
    ['2026-11-25T16:00:00.000Z', '2026-11-26'],
    ['2026-12-31T16:00:00.000Z', '2027-01-01'], // new year in Shanghai first
    ['2028-02-28T16:30:00.000Z', '2028-02-29'], // leap day
    ['2019-02-26T16:00:00.000Z', '2019-02-27'], // the seed's issue date begins
  ];
  it.each(cases)('%s → %s', (instant, expected) => {
    expect(shanghaiDateOf(new Date(instant))).toBe(expected);
  });
});

describe('addCalendarDays', () => {
  const cases: Array<[string, number, string]> = [
    ['2026-11-26', 1, '2026-11-27'],
    ['2026-11-30', 1, '2026-12-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-11-26', 0, '2026-11-26'],
    ['2026-11-26', 36, '2027-01-01'],
  ];
  it.each(cases)('%s %+d → %s', (date, days, expected) => {
    expect(addCalendarDays(date, days)).toBe(expected);
  });
});

describe('calendar date schemas', () => {
  const required = calendarDateSchema('施行日期');
  const optional = optionalCalendarDateSchema('废止日期');

  it('accepts and trims a date', () => {
    expect(required.parse(' 2026-11-26 ')).toBe('2026-11-26');
    expect(optional.parse('2026-11-26')).toBe('2026-11-26');
  });

  it('treats empty optional dates as none', () => {
    expect(optional.parse('')).toBeNull();
    expect(optional.parse('  ')).toBeNull();
    expect(optional.parse(null)).toBeNull();
    expect(optional.parse(undefined)).toBeUndefined();
  });

  const rejected: Array<[string, z.ZodType, unknown, string]> = [
    ['missing required date', required, undefined, '请填写施行日期'],
    ['empty required date', required, '', '请填写施行日期'],
    ['number', required, 20261126, '请填写施行日期'],
    ['impossible day', required, '2026-02-30', '施行日期须为有效日期，格式 YYYY-MM-DD'],
    ['wrong format', required, '2026/11/26', '施行日期须为有效日期，格式 YYYY-MM-DD'],
    ['optional, impossible day', optional, '2026-02-30', '废止日期须为有效日期，格式 YYYY-MM-DD'],
    ['optional, not text', optional, 5, '废止日期须为有效日期，格式 YYYY-MM-DD'],
  ];
  it.each(rejected)('rejects %s', (_name, schema, input, message) => {
    expect(messagesOf(schema, input)).toEqual({ '': [message] });
  });

  const ranges: Array<[string, Record<string, unknown>, Record<string, string[]> | null]> = [
    ['open range', {}, null],
    ['from only', { dateFrom: '2026-01-01' }, null],
    ['to only', { dateTo: '2026-01-01' }, null],
    ['one day', { dateFrom: '2026-01-01', dateTo: '2026-01-01' }, null],
    ['a year', { dateFrom: '2026-01-01', dateTo: '2026-12-31' }, null],
    ['reversed', { dateFrom: '2026-12-31', dateTo: '2026-01-01' }, { dateTo: ['结束日期不能早于开始日期'] }],
    ['bad from', { dateFrom: '2026-13-01' }, { dateFrom: ['开始日期须为有效日期，格式 YYYY-MM-DD'] }],
    ['bad to', { dateTo: 'yesterday' }, { dateTo: ['结束日期须为有效日期，格式 YYYY-MM-DD'] }],
  ];
  it.each(ranges)('date range: %s', (_name, input, expected) => {
    if (expected === null) expect(calendarDateRangeSchema.safeParse(input).success).toBe(true);
    else expect(messagesOf(calendarDateRangeSchema, input)).toEqual(expected);
  });
});
