import { CALENDAR_OVERRIDE_KINDS } from '@gdp/domain';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../i18n/zh-CN';
import {
  calendarYearStanding,
  daySourceKey,
  overrideKindKey,
  yearStandingKey,
  movedDeadlinesMessage,
  provisionalChange,
  specialDaysByMonth,
  weekdayOf,
  yearChoices,
  yearOfFilter,
  type DeadlineMove,
} from './calendar-year';

const move = (overrides: Partial<DeadlineMove> = {}): DeadlineMove => ({
  deadline: { id: 'd1', title: 'YS-2026-000001 答复', dueDate: '2027-01-05', isProvisional: true },
  dueDateBefore: '2027-01-04',
  dueDateAfter: '2027-01-05',
  provisionalBefore: true,
  provisionalAfter: true,
  ...overrides,
});

describe('the working-day calendar page', () => {
  it('names a year by its standing: official data, confirmed, or provisional until confirmed', () => {
    expect(calendarYearStanding({ hasOfficialData: true, isProvisional: false })).toBe('OFFICIAL');
    expect(calendarYearStanding({ hasOfficialData: false, isProvisional: true })).toBe('PROVISIONAL');
    expect(calendarYearStanding({ hasOfficialData: false, isProvisional: false })).toBe('CONFIRMED');
  });

  it('says which deadlines moved after a change, or that none did', () => {
    expect(movedDeadlinesMessage([])).toEqual({
      key: 'gdp.calendar.moved_none',
      options: { count: 0 },
      severity: 'success',
    });
    expect(movedDeadlinesMessage([move(), move({ deadline: { ...move().deadline, id: 'd2' } })])).toEqual({
      key: 'gdp.calendar.moved_some',
      options: { count: 2 },
      severity: 'info',
    });
  });

  it('tells whether a moved deadline gained, lost or kept the provisional flag', () => {
    expect(provisionalChange(move({ provisionalBefore: true, provisionalAfter: false }))).toBe('lost');
    expect(provisionalChange(move({ provisionalBefore: false, provisionalAfter: true }))).toBe('gained');
    expect(provisionalChange(move())).toBe('kept');
    expect(provisionalChange(move({ provisionalBefore: false, provisionalAfter: false }))).toBe('none');
  });

  it('offers the years around this one and keeps a year shown from further away', () => {
    expect(yearChoices(2026).map((choice) => choice.id)).toEqual([2023, 2024, 2025, 2026, 2027, 2028, 2029]);
    expect(yearChoices(2026)[4]).toEqual({ id: 2027, name: '2027 年' });
    expect(yearChoices(2026, 2035).at(-1)?.id).toBe(2035);
  });

  it('reads the year from the list filter (text after a URL round trip), this year otherwise', () => {
    expect(yearOfFilter({ year: '2027' }, 2026)).toBe(2027);
    expect(yearOfFilter({ year: 2025 }, 2026)).toBe(2025);
    expect(yearOfFilter({}, 2026)).toBe(2026);
    expect(yearOfFilter({ year: 'abc' }, 2026)).toBe(2026);
    expect(yearOfFilter({ year: 1900 }, 2026)).toBe(2026);
  });

  it('groups special days by month in date order, with the weekday of real holiday dates', () => {
    const months = specialDaysByMonth([
      { date: '2026-10-10', isWorkingDay: true, source: 'OFFICIAL', name: '国庆节调休' },
      { date: '2026-09-25', isWorkingDay: true, source: 'OVERRIDE', name: '本局安排' },
      { date: '2026-10-01', isWorkingDay: false, source: 'OFFICIAL', name: '国庆节' },
    ]);
    expect(months).toHaveLength(12);
    expect(months[8].days.map((day) => day.date)).toEqual(['2026-09-25']);
    expect(months[9].days.map((day) => day.date)).toEqual(['2026-10-01', '2026-10-10']);
    expect(months[0].days).toEqual([]);
    expect(weekdayOf('2026-10-01')).toBe('星期四');
    expect(weekdayOf('2027-01-04')).toBe('星期一');
    expect(weekdayOf('2026-10-10')).toBe('星期六'); // the make-up working Saturday after National Day
  });
});

describe('the page speaks Chinese for every value it can show', () => {
  const messages = zhCN as unknown as Record<string, unknown>;
  const lookup = (key: string) =>
    key
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);

  it('has a label for every standing, kind, source and flag change', () => {
    const keys = [
      ...(['OFFICIAL', 'CONFIRMED', 'PROVISIONAL'] as const).flatMap((standing) => [
        yearStandingKey(standing),
        `gdp.calendar.explain.${standing}`,
      ]),
      ...CALENDAR_OVERRIDE_KINDS.flatMap((kind) => [
        overrideKindKey(kind),
        `gdp.calendar.kind_short.${kind}`,
      ]),
      ...(['OFFICIAL', 'OVERRIDE', 'DERIVED'] as const).flatMap((source) => [
        daySourceKey(source),
        `gdp.calendar.source_hint.${source}`,
      ]),
      ...(['gained', 'lost', 'kept'] as const).map((change) => `gdp.calendar.provisional_${change}`),
      movedDeadlinesMessage([]).key,
      movedDeadlinesMessage([move()]).key,
    ];
    expect(keys.filter((key) => typeof lookup(key) !== 'string')).toEqual([]);
  });
});
