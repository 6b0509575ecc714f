import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../shared/calendar-date.js';
import { isDomainError } from '../shared/domain-error.js';
import {
  deadlineStatus,
  dueDateOf,
  extend,
  restart,
  resume,
  startDeadline,
  suspend,
  type Deadline,
} from './deadline.js';
import { addWorkingDays, createWorkingDayCalendar, workingDaysBetween } from './working-days.js';

const calendar = createWorkingDayCalendar();

/** A 20-working-day application received 2026-09-25 (中秋 09-25…27, 国庆 10-01…07, 10-10 worked). */
const application = startDeadline('2026-09-25', 20);
/** Consultation: sent 2026-10-20 (the 13th counted day), answered after 15 working days (11-10). */
const consulted = resume(suspend(application, '2026-10-20'), '2026-11-10');

describe('dueDateOf', () => {
  it.each<[string, Deadline, string | null]>([
    // 09-28…30 (3), 10-08…10 (6, 10-10 Sat worked), 10-12…16 (11), 10-19…23 (16), 10-26…29 (20).
    ['received on 中秋 across 国庆', application, '2026-10-29'],
    // 09-20 (Sun) worked is counted: 09-20…24 (5), 09-28…30 (8), 10-08…10 (11), 10-12…16, 10-19…22.
    ['received 09-18, 09-20 and 10-10 worked', startDeadline('2026-09-18', 20), '2026-10-22'],
    ['a 1-day period from a Friday before 国庆', startDeadline('2026-09-30', 1), '2026-10-08'],
    // 补正 (art. 30): the corrected application received 10-09 restarts the count.
    ['restart on 10-09 after 补正', restart(application, '2026-10-09'), '2026-11-05'],
    ['restart clears suspensions', restart(suspend(application, '2026-10-20'), '2026-10-21'), '2026-11-18'],
    // (10-20, 11-10] paused = 15 working days: 13 counted before, 7 after (11-11…13, 11-16…19).
    ['consultation of 15 working days', consulted, '2026-11-19'],
    ['while consulting', suspend(application, '2026-10-20'), null],
    [
      'suspended on the due date itself: that day still counts',
      suspend(application, '2026-10-29'),
      '2026-10-29',
    ],
    ['suspended after the due date: stays due', suspend(application, '2026-10-30'), '2026-10-29'],
    [
      'suspended on the start day: 09-28…30 paused',
      resume(suspend(application, '2026-09-25'), '2026-09-30'),
      '2026-11-03',
    ],
    [
      'suspended and resumed on the same day',
      resume(suspend(application, '2026-10-20'), '2026-10-20'),
      '2026-10-29',
    ],
    ['suspended over a holiday only', resume(suspend(application, '2026-09-30'), '2026-10-07'), '2026-10-29'],
    // 10-29 + 20: 10-30, 11-02…06, 11-09…13, 11-16…20, 11-23…26.
    ['one extension of 20', extend(application, 20), '2026-11-26'],
    ['extension and consultation', extend(consulted, 20), '2026-12-17'],
    [
      'two suspensions',
      resume(suspend(resume(suspend(application, '2026-10-12'), '2026-10-14'), '2026-10-14'), '2026-10-16'),
      '2026-11-04',
    ],
  ])('%s', (_name, deadline, expected) => {
    expect(dueDateOf(calendar, deadline)).toBe(expected);
  });

  it('follows the bureau calendar: a day off added recomputes the due date', () => {
    const withOverride = createWorkingDayCalendar({
      overrides: [{ date: '2026-10-12', kind: 'OFF', note: '临时停工' }],
    });
    expect(dueDateOf(withOverride, application)).toBe('2026-10-30');
  });

  it('a closed suspension before the due date moves it by exactly the working days it pauses', () => {
    const day = fc.integer({ min: 0, max: 700 }).map((n) => addCalendarDays('2025-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 40 }), fc.nat(60), fc.nat(40), (start, period, a, b) => {
        const from = addCalendarDays(start, a);
        const to = addCalendarDays(from, b);
        const deadline = resume(suspend(startDeadline(start, period), from), to);
        const plain = addWorkingDays(calendar, start, period);
        const expected =
          from < plain
            ? addWorkingDays(calendar, start, period + workingDaysBetween(calendar, from, to))
            : plain;
        expect(dueDateOf(calendar, deadline)).toBe(expected);
      }),
      { numRuns: 100 },
    );
  });
});

describe('deadlineStatus', () => {
  it.each<
    [
      string,
      Deadline,
      string,
      { dueDate: string | null; workingDaysLeft: number; isOverdue: boolean; isSuspended: boolean },
    ]
  >([
    [
      'on the start day',
      application,
      '2026-09-25',
      { dueDate: '2026-10-29', workingDaysLeft: 20, isOverdue: false, isSuspended: false },
    ],
    [
      'the day before the due date',
      application,
      '2026-10-28',
      { dueDate: '2026-10-29', workingDaysLeft: 1, isOverdue: false, isSuspended: false },
    ],
    [
      'on the due date: runs to its end',
      application,
      '2026-10-29',
      { dueDate: '2026-10-29', workingDaysLeft: 0, isOverdue: false, isSuspended: false },
    ],
    [
      'the day after the due date',
      application,
      '2026-10-30',
      { dueDate: '2026-10-29', workingDaysLeft: -1, isOverdue: true, isSuspended: false },
    ],
    [
      'the Saturday after: still -1',
      application,
      '2026-10-31',
      { dueDate: '2026-10-29', workingDaysLeft: -1, isOverdue: true, isSuspended: false },
    ],
    [
      'the Monday after',
      application,
      '2026-11-02',
      { dueDate: '2026-10-29', workingDaysLeft: -2, isOverdue: true, isSuspended: false },
    ],
    // Due Fri 11-20; overdue on the weekend after, though no working day has passed.
    [
      'the Sunday after a Friday due date',
      startDeadline('2026-10-23', 20),
      '2026-11-22',
      { dueDate: '2026-11-20', workingDaysLeft: -1, isOverdue: true, isSuspended: false },
    ],
    [
      'while consulting: 7 days still to count',
      suspend(application, '2026-10-20'),
      '2026-10-30',
      { dueDate: null, workingDaysLeft: 7, isOverdue: false, isSuspended: true },
    ],
    [
      'after resuming',
      consulted,
      '2026-11-10',
      { dueDate: '2026-11-19', workingDaysLeft: 7, isOverdue: false, isSuspended: false },
    ],
    [
      'suspended after expiry: stays overdue',
      suspend(application, '2026-10-30'),
      '2026-11-02',
      { dueDate: '2026-10-29', workingDaysLeft: -2, isOverdue: true, isSuspended: true },
    ],
    [
      'extended: not overdue the day after the old due date',
      extend(application, 20),
      '2026-10-30',
      { dueDate: '2026-11-26', workingDaysLeft: 19, isOverdue: false, isSuspended: false },
    ],
  ])('%s', (_name, deadline, today, expected) => {
    expect(deadlineStatus(calendar, deadline, today)).toEqual({ ...expected, isProvisional: false });
  });

  it.each<[string, Deadline, string, boolean, boolean]>([
    // [name, deadline, today, provisional, provisional once 2027 is confirmed]
    ['within 2026', startDeadline('2026-12-01', 20), '2026-12-01', false, false],
    // 2027-01-01 元旦 is derived: 12-11…31 (15), 2027-01-04…08 (20).
    ['crossing into 2027', startDeadline('2026-12-10', 20), '2026-12-10', true, false],
    ['extended into 2027', extend(startDeadline('2026-12-01', 20), 20), '2026-12-01', true, false],
    [
      'suspended and today in 2027',
      suspend(startDeadline('2026-12-01', 20), '2026-12-10'),
      '2027-01-05',
      true,
      false,
    ],
    [
      'suspended and today in 2026',
      suspend(startDeadline('2026-12-01', 20), '2026-12-10'),
      '2026-12-20',
      false,
      false,
    ],
  ])('provisional: %s', (_name, deadline, today, provisional, confirmed) => {
    expect(deadlineStatus(calendar, deadline, today).isProvisional).toBe(provisional);
    const confirmedCalendar = createWorkingDayCalendar({ confirmedYears: [2027] });
    expect(deadlineStatus(confirmedCalendar, deadline, today).isProvisional).toBe(confirmed);
  });

  it('due across 2027 is derived: 2026-12-10 + 20 → 2027-01-08', () => {
    expect(dueDateOf(calendar, startDeadline('2026-12-10', 20))).toBe('2027-01-08');
  });
});

describe('operations', () => {
  it('return new plain data and leave the input unchanged', () => {
    const suspended = suspend(application, '2026-10-20');
    expect(suspended).toEqual({
      start: '2026-09-25',
      periodWorkingDays: 20,
      extensionsWorkingDays: 0,
      suspensions: [{ from: '2026-10-20', to: null }],
    });
    expect(application.suspensions).toEqual([]);
    expect(consulted.suspensions).toEqual([{ from: '2026-10-20', to: '2026-11-10' }]);
    expect(suspended.suspensions).toEqual([{ from: '2026-10-20', to: null }]);
    expect(restart(extend(consulted, 20), '2026-10-09')).toEqual({
      start: '2026-10-09',
      periodWorkingDays: 20,
      extensionsWorkingDays: 20,
      suspensions: [],
    });
    expect(extend(extend(application, 5), 15).extensionsWorkingDays).toBe(20);
  });

  it.each<[string, () => unknown, string, string]>([
    [
      'a second open suspension',
      () => suspend(suspend(application, '2026-10-20'), '2026-10-21'),
      'INVALID_TRANSITION',
      'DEADLINE.ALREADY_SUSPENDED',
    ],
    [
      'resume with none open',
      () => resume(application, '2026-10-20'),
      'INVALID_TRANSITION',
      'DEADLINE.NOT_SUSPENDED',
    ],
    ['resume twice', () => resume(consulted, '2026-11-11'), 'INVALID_TRANSITION', 'DEADLINE.NOT_SUSPENDED'],
    [
      'resume before the suspension',
      () => resume(suspend(application, '2026-10-20'), '2026-10-19'),
      'INVALID_TRANSITION',
      'DEADLINE.RESUME_BEFORE_SUSPEND',
    ],
    [
      'suspend before the start',
      () => suspend(application, '2026-09-24'),
      'INVALID_TRANSITION',
      'DEADLINE.SUSPEND_BEFORE_START',
    ],
    [
      'suspend inside the last suspension',
      () => suspend(consulted, '2026-11-09'),
      'INVALID_TRANSITION',
      'DEADLINE.SUSPEND_BEFORE_LAST_RESUME',
    ],
    [
      'restart before the start',
      () => restart(application, '2026-09-24'),
      'INVALID_TRANSITION',
      'DEADLINE.RESTART_BEFORE_START',
    ],
    ['extend by 0', () => extend(application, 0), 'BAD_USER_INPUT', 'DEADLINE.INVALID_PERIOD'],
    ['extend by -20', () => extend(application, -20), 'BAD_USER_INPUT', 'DEADLINE.INVALID_PERIOD'],
    ['extend by 1.5', () => extend(application, 1.5), 'BAD_USER_INPUT', 'DEADLINE.INVALID_PERIOD'],
    ['a period of 0', () => startDeadline('2026-09-25', 0), 'BAD_USER_INPUT', 'DEADLINE.INVALID_PERIOD'],
    [
      'a period of NaN',
      () => startDeadline('2026-09-25', Number.NaN),
      'BAD_USER_INPUT',
      'DEADLINE.INVALID_PERIOD',
    ],
    ['an invalid start', () => startDeadline('2026-02-30', 20), 'BAD_USER_INPUT', 'DEADLINE.INVALID_DATE'],
    [
      'an invalid suspension date',
      () => suspend(application, '2026/10/20'),
      'BAD_USER_INPUT',
      'DEADLINE.INVALID_DATE',
    ],
    [
      'an invalid today',
      () => deadlineStatus(calendar, application, ''),
      'BAD_USER_INPUT',
      'DEADLINE.INVALID_DATE',
    ],
  ])('refuses %s', (_name, operation, code, reason) => {
    let caught: unknown;
    try {
      operation();
    } catch (error) {
      caught = error;
    }
    expect(isDomainError(caught)).toBe(true);
    expect(caught).toMatchObject({ code, reason });
  });

  it('names the allowed actions on a refused transition', () => {
    expect(() => suspend(suspend(application, '2026-10-20'), '2026-10-21')).toThrow(
      expect.objectContaining({ allowedActions: ['RESUME'] }),
    );
  });
});
