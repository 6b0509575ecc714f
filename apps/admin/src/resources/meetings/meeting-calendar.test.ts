import { describe, expect, it } from 'vitest';
import { gridRange, meetingsByDay, monthGrid, monthOf, shanghaiDateOf, shiftMonth } from './meeting-calendar';

describe('the meetings calendar', () => {
  it('lays a month out in whole weeks from Monday, with the neighbours’ days around it', () => {
    // November 2026 begins on a Sunday and ends on a Monday.
    const grid = monthGrid({ year: 2026, month: 11 });
    expect(grid).toHaveLength(6);
    expect(grid[0]![0]).toEqual({ date: '2026-10-26', day: 26, inMonth: false });
    expect(grid[0]![6]).toEqual({ date: '2026-11-01', day: 1, inMonth: true });
    expect(grid[5]![0]).toEqual({ date: '2026-11-30', day: 30, inMonth: true });
    expect(grid[5]![6]).toEqual({ date: '2026-12-06', day: 6, inMonth: false });
    // February 2027 begins on a Monday: four weeks exactly.
    expect(monthGrid({ year: 2027, month: 2 })).toHaveLength(4);
  });

  it('asks for the grid’s days from Shanghai midnight to Shanghai midnight', () => {
    expect(gridRange(monthGrid({ year: 2026, month: 11 }))).toEqual({
      from: '2026-10-25T16:00:00.000Z',
      to: '2026-12-06T16:00:00.000Z',
    });
  });

  it('places a meeting on the Shanghai day it starts, across the month’s boundary', () => {
    const meetings = [
      { id: 'late', startsAt: '2026-11-30T15:59:00.000Z' }, // 23:59 on 30 November in Shanghai
      { id: 'early', startsAt: '2026-11-30T16:30:00.000Z' }, // 00:30 on 1 December in Shanghai
      { id: 'morning', startsAt: '2026-11-30T01:00:00.000Z' }, // 09:00 on 30 November
    ];
    const byDay = meetingsByDay(meetings);
    expect(byDay.get('2026-11-30')?.map((meeting) => meeting.id)).toEqual(['morning', 'late']);
    expect(byDay.get('2026-12-01')?.map((meeting) => meeting.id)).toEqual(['early']);
    // 1 December shows in November's grid (its last week) and in December's.
    expect(
      monthGrid({ year: 2026, month: 11 })
        .flat()
        .some((day) => day.date === '2026-12-01'),
    ).toBe(true);
    expect(monthGrid({ year: 2026, month: 12 })[0]![1]).toEqual({
      date: '2026-12-01',
      day: 1,
      inMonth: true,
    });
  });

  it('takes the current month and moves between months in Shanghai time', () => {
    expect(monthOf(new Date('2026-12-31T16:30:00Z'))).toEqual({ year: 2027, month: 1 });
    expect(shanghaiDateOf('2026-12-31T16:30:00Z')).toBe('2027-01-01');
    expect(shiftMonth({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(shiftMonth({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
  });
});
