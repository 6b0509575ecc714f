import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../shared/calendar-date.js';
import { isDomainError } from '../shared/domain-error.js';
import {
  addWorkingDays,
  createWorkingDayCalendar,
  dayStatusOf,
  derivedHolidaysOf,
  hasOfficialData,
  isProvisional,
  isWorkingDay,
  workingDaysBetween,
} from './working-days.js';

const calendar = createWorkingDayCalendar();

/** Every day of [from, to] with the status expected: 'W' working, 'O' off. */
function daysOf(from: string, pattern: string): Array<[string, boolean]> {
  return [...pattern].map((mark, index) => [addCalendarDays(from, index), mark === 'W']);
}

describe('isWorkingDay — official data (2026 notice)', () => {
  it.each([
    // 元旦: 01-01…03 off, 01-04 (Sun) worked.
    ...daysOf('2025-12-31', 'WOOOWW'),
    // 春节: 02-14 (Sat) worked, 02-15…23 off, 02-28 (Sat) worked, 03-01 (Sun) off.
    ...daysOf('2026-02-13', 'WWOOOOOOOOOWW'),
    ['2026-02-28', true],
    ['2026-03-01', false],
    // 清明 04-04…06.
    ...daysOf('2026-04-03', 'WOOOW'),
    // 劳动节: 05-01…05 off, 05-09 (Sat) worked, 05-10 (Sun) off.
    ...daysOf('2026-04-30', 'WOOOOOWWWWO'),
    // 端午 06-19…21, 中秋 09-25…27.
    ...daysOf('2026-06-18', 'WOOOW'),
    ...daysOf('2026-09-24', 'WOOOW'),
    // 国庆: 09-20 (Sun) worked, 10-01…07 off, 10-10 (Sat) worked, 10-11 (Sun) off.
    ['2026-09-19', false],
    ['2026-09-20', true],
    ...daysOf('2026-09-30', 'WOOOOOOOWWWO'),
  ] as Array<[string, boolean]>)('%s working: %s', (date, expected) => {
    expect(isWorkingDay(calendar, date)).toBe(expected);
    expect(dayStatusOf(calendar, date).source).toBe('OFFICIAL');
  });
});

describe('isWorkingDay — derived legal holidays (2027, no official data)', () => {
  it.each([
    // 元旦 2027-01-01 (Fri); the weekend after is an ordinary weekend.
    ...daysOf('2026-12-31', 'WOOOW'),
    // 春节: 除夕 02-05 (Fri), 初一 02-06 (Sat), 初二 02-07 (Sun), 初三 02-08 (Mon), 补假 02-09 and 02-10.
    ...daysOf('2027-02-04', 'WOOOOOOW'),
    // 清明 2027-04-05 (Mon).
    ...daysOf('2027-04-02', 'WOOOW'),
    // 劳动节 05-01 (Sat), 05-02 (Sun) → 补假 05-03 and 05-04.
    ...daysOf('2027-04-30', 'WOOOOW'),
    // 端午 (五月初五) 2027-06-09 (Wed); 中秋 (八月十五) 2027-09-15 (Wed).
    ...daysOf('2027-06-08', 'WOW'),
    ...daysOf('2027-09-14', 'WOW'),
    // 国庆 10-01 (Fri), 10-02 (Sat), 10-03 (Sun) → 补假 10-04 and 10-05.
    ...daysOf('2027-09-30', 'WOOOOOW'),
  ] as Array<[string, boolean]>)('%s working: %s', (date, expected) => {
    expect(isWorkingDay(calendar, date)).toBe(expected);
    expect(dayStatusOf(calendar, date).source).toBe(date < '2027' ? 'OFFICIAL' : 'DERIVED');
  });

  it('names the 2027 holidays and their 补假', () => {
    expect([...derivedHolidaysOf(2027)]).toEqual([
      ['2027-01-01', '元旦'],
      ['2027-02-05', '春节'],
      ['2027-02-06', '春节'],
      ['2027-02-07', '春节'],
      ['2027-02-08', '春节'],
      ['2027-02-09', '春节补假'],
      ['2027-02-10', '春节补假'],
      ['2027-04-05', '清明'],
      ['2027-05-01', '劳动节'],
      ['2027-05-02', '劳动节'],
      ['2027-05-03', '劳动节补假'],
      ['2027-05-04', '劳动节补假'],
      ['2027-06-09', '端午'],
      ['2027-09-15', '中秋'],
      ['2027-10-01', '国庆'],
      ['2027-10-02', '国庆'],
      ['2027-10-03', '国庆'],
      ['2027-10-04', '国庆补假'],
      ['2027-10-05', '国庆补假'],
    ]);
  });

  // 除夕 is the last day of the 12th lunar month, the 29th when that month is short (2026: 腊月廿九 = 02-16).
  it.each([
    [2026, '2026-02-16'],
    [2027, '2027-02-05'],
    [2028, '2028-01-25'],
    [2030, '2030-02-02'],
  ])('春节 %i starts on 除夕 %s', (year, eve) => {
    const springFestival = [...derivedHolidaysOf(year)]
      .filter(([, name]) => name === '春节')
      .map(([date]) => date);
    expect(springFestival[0]).toBe(eve);
    expect(springFestival).toHaveLength(4);
  });

  // The derivation agrees with the official data where both exist (holidays fixed by the notices).
  it.each([2015, 2020, 2024, 2025, 2026])(
    '清明, 端午, 中秋 and 春节 derived for %i are official days off',
    (year) => {
      for (const [date, name] of derivedHolidaysOf(year)) {
        if (name.endsWith('补假') || !['清明', '端午', '中秋', '春节'].some((n) => name.includes(n)))
          continue;
        // 2015–2024 had a 3-day 春节 without 除夕 under the old rules: check 初一…初三 only there.
        if (
          year < 2025 &&
          name === '春节' &&
          date === [...derivedHolidaysOf(year)].find(([, n]) => n === '春节')?.[0]
        )
          continue;
        expect([date, isWorkingDay(calendar, date)]).toEqual([date, false]);
      }
    },
  );
});

describe('addWorkingDays and workingDaysBetween', () => {
  it.each([
    // National Day 2026: 09-29, 09-30, 10-08, 10-09, 10-10 (make-up Saturday).
    ['2026-09-28', 5, '2026-10-10'],
    ['2026-09-28', 1, '2026-09-29'],
    ['2026-09-30', 1, '2026-10-08'],
    ['2026-09-18', 1, '2026-09-20'],
    ['2026-10-01', 0, '2026-10-01'],
    // Spring Festival 2026: 02-13 (Fri) → 02-14 (Sat, worked) → 02-24.
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-02-13', 2, '2026-02-24'],
    ['2026-02-27', 1, '2026-02-28'],
    // 劳动节 2026: 04-30 → 05-06, 05-07, 05-08, 05-09 (Sat, worked).
    ['2026-04-30', 4, '2026-05-09'],
    // Disclosure application received 2026-12-10: 20 working days cross 2027-01-01 (a legal holiday).
    ['2026-12-10', 20, '2027-01-08'],
    ['2026-12-31', 1, '2027-01-04'],
    // 2027 春节: 02-04 (Thu) → 02-11.
    ['2027-02-04', 1, '2027-02-11'],
    ['2027-02-01', 5, '2027-02-12'],
  ] as Array<[string, number, string]>)('addWorkingDays(%s, %i) = %s', (start, n, due) => {
    expect(addWorkingDays(calendar, start, n)).toBe(due);
    expect(workingDaysBetween(calendar, start, due)).toBe(n);
  });

  it.each([
    ['2026-09-28', '2026-10-10', 5],
    ['2026-10-10', '2026-09-28', -5],
    ['2026-10-01', '2026-10-07', 0],
    ['2026-10-01', '2026-10-01', 0],
    ['2026-12-31', '2027-01-31', 20],
  ] as Array<[string, string, number]>)('workingDaysBetween(%s, %s) = %i', (from, to, expected) => {
    expect(workingDaysBetween(calendar, from, to)).toBe(expected);
  });

  it.each([
    ['2026-02-30', 1],
    ['2026-9-28', 1],
    ['2026-09-28', -1],
    ['2026-09-28', 1.5],
  ] as Array<[string, number]>)('rejects addWorkingDays(%s, %s)', (start, n) => {
    expect(() => addWorkingDays(calendar, start, n)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
  });
});

describe('isProvisional', () => {
  const confirmed = createWorkingDayCalendar({ confirmedYears: [2027] });
  it.each([
    ['2004-06-01', calendar, false],
    ['2026-12-31', calendar, false],
    ['2027-01-01', calendar, true],
    ['2030-05-01', calendar, true],
    ['2027-01-01', confirmed, false],
    ['2028-01-01', confirmed, true],
  ] as const)('%s provisional: %s', (date, cal, expected) => {
    expect(isProvisional(cal, date)).toBe(expected);
  });

  it('knows which years chinese-days 1.5.7 has official data for', () => {
    expect([2003, 2004, 2026, 2027].map(hasOfficialData)).toEqual([false, true, true, false]);
  });
});

describe('overrides win over official and derived days', () => {
  const overridden = createWorkingDayCalendar({
    overrides: [
      { date: '2026-10-10', kind: 'OFF', note: '测试：取消调休上班' },
      { date: '2026-10-05', kind: 'WORK', note: '测试：国庆期间上班' },
      { date: '2027-02-10', kind: 'WORK', note: '2027 年通知：补假调整' },
      { date: '2027-02-13', kind: 'WORK', note: '2027 年通知：调休上班' },
      { date: '2027-03-03', kind: 'OFF', note: '测试：工作日放假' },
    ],
    confirmedYears: [2027],
  });

  it.each([
    ['2026-10-10', false],
    ['2026-10-05', true],
    ['2027-02-10', true],
    ['2027-02-13', true],
    ['2027-03-03', false],
    ['2027-02-09', false],
  ] as Array<[string, boolean]>)('%s working: %s', (date, expected) => {
    expect(isWorkingDay(overridden, date)).toBe(expected);
  });

  it('reports the override and its note', () => {
    expect(dayStatusOf(overridden, '2027-02-13')).toEqual({
      date: '2027-02-13',
      isWorkingDay: true,
      source: 'OVERRIDE',
      name: '2027 年通知：调休上班',
    });
  });

  it('changes deadlines: 10-05 now counts and the cancelled 10-10 does not', () => {
    expect(addWorkingDays(overridden, '2026-09-28', 5)).toBe('2026-10-09');
    expect(addWorkingDays(overridden, '2026-09-28', 6)).toBe('2026-10-12');
  });

  it.each([
    [[{ date: '2027-02-30', kind: 'OFF', note: '' }], 'CALENDAR.INVALID_DATE'],
    [[{ date: '2027-02-10', kind: 'HOLIDAY', note: '' }], 'CALENDAR.INVALID_KIND'],
    [
      [
        { date: '2027-02-10', kind: 'OFF', note: '' },
        { date: '2027-02-10', kind: 'WORK', note: '' },
      ],
      'CALENDAR.DUPLICATE_OVERRIDE',
    ],
  ])('rejects bad overrides (%#)', (overrides, reason) => {
    try {
      createWorkingDayCalendar({ overrides: overrides as never });
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error) && error.reason).toBe(reason);
    }
  });
});

describe('addWorkingDays property (fixed seed)', () => {
  const SEED = 20260928;
  const overridden = createWorkingDayCalendar({
    overrides: [
      { date: '2027-02-13', kind: 'WORK', note: '' },
      { date: '2026-11-11', kind: 'OFF', note: '' },
    ],
  });

  /** Reference: walk day by day and count working days. */
  function referenceAdd(cal: typeof calendar, start: string, n: number): string {
    let date = start;
    let counted = 0;
    while (counted < n) {
      date = addCalendarDays(date, 1);
      if (dayStatusOf(cal, date).isWorkingDay) counted += 1;
    }
    return date;
  }

  it(`matches a day-by-day count (seed ${SEED})`, () => {
    console.info(`fast-check seed: ${SEED}`);
    const start = fc.integer({ min: 0, max: 3 * 366 }).map((offset) => addCalendarDays('2025-06-01', offset));
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 45 }), fc.boolean(), (from, n, useOverrides) => {
        const cal = useOverrides ? overridden : calendar;
        const due = addWorkingDays(cal, from, n);
        expect(due).toBe(referenceAdd(cal, from, n));
        expect(workingDaysBetween(cal, from, due)).toBe(n);
        if (n > 0) expect(isWorkingDay(cal, due)).toBe(true);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
