import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, type CalendarDate } from '../shared/calendar-date.js';
import { deadlineStatus, dueDateOf, extend, restart, resume, startDeadline, suspend, type Deadline } from './deadline.js';
import { createWorkingDayCalendar, isWorkingDay, type WorkingDayCalendar } from './working-days.js';

/**
 * Property test (fixed, printed seed): random histories of suspensions, resumptions, restarts and
 * extensions, over real 2025–2028 dates (official, derived and overridden days), give the due date a
 * plain reference count gives — a list of the calendar's working days with the paused ones struck out.
 */
const SEED = 20261126;

const calendars: Record<string, WorkingDayCalendar> = {
  official: createWorkingDayCalendar(),
  overridden: createWorkingDayCalendar({
    overrides: [
      { date: '2027-01-04', kind: 'OFF', note: '' },
      { date: '2027-02-20', kind: 'WORK', note: '' },
      { date: '2026-12-31', kind: 'OFF', note: '' },
    ],
  }),
  confirmed: createWorkingDayCalendar({ confirmedYears: [2027] }),
};

type Step =
  | { op: 'suspend'; gap: number }
  | { op: 'resume'; gap: number }
  | { op: 'restart'; gap: number }
  | { op: 'extend'; days: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant('suspend' as const), gap: fc.integer({ min: 0, max: 25 }) }),
  fc.record({ op: fc.constant('resume' as const), gap: fc.integer({ min: 0, max: 40 }) }),
  fc.record({ op: fc.constant('restart' as const), gap: fc.integer({ min: 0, max: 30 }) }),
  fc.record({ op: fc.constant('extend' as const), days: fc.integer({ min: 1, max: 20 }) }),
);

/** The plain model: what happened, as dates; no use of the module's counting. */
interface Model {
  start: CalendarDate;
  total: number;
  /** Paused days: (from, to] of each suspension; `to` null while open. */
  pauses: Array<{ from: CalendarDate; to: CalendarDate | null }>;
  /** The last date any operation happened on (operations are recorded in time order). */
  lastEvent: CalendarDate;
}

function referenceDueDate(calendar: WorkingDayCalendar, model: Model): CalendarDate | null {
  const open = model.pauses.find((pause) => pause.to === null);
  // Every working day after the start, in order, over a horizon long enough for any history here.
  const counted: CalendarDate[] = [];
  for (let offset = 1; offset <= 800 && counted.length < model.total; offset += 1) {
    const date = addCalendarDays(model.start, offset);
    if (open && date > open.from) break;
    const paused = model.pauses.some((pause) => pause.to !== null && date > pause.from && date <= pause.to);
    if (!paused && isWorkingDay(calendar, date)) counted.push(date);
  }
  return counted.length === model.total ? counted[counted.length - 1]! : null;
}

describe(`deadline histories against a reference count (seed ${SEED})`, () => {
  it('gives the same due date after every step', () => {
    console.info(`fast-check seed: ${SEED}`);
    const history = fc.record({
      startOffset: fc.integer({ min: 0, max: 3 * 366 }),
      period: fc.integer({ min: 1, max: 30 }),
      calendar: fc.constantFrom(...Object.keys(calendars)),
      steps: fc.array(step, { maxLength: 8 }),
    });
    fc.assert(
      fc.property(history, ({ startOffset, period, calendar: calendarName, steps }) => {
        const calendar = calendars[calendarName]!;
        const start = addCalendarDays('2025-03-01', startOffset);
        let deadline: Deadline = startDeadline(start, period);
        const model: Model = { start, total: period, pauses: [], lastEvent: start };
        for (const next of steps) {
          const open = model.pauses.find((pause) => pause.to === null);
          if (next.op === 'suspend' && !open) {
            const at = addCalendarDays(model.lastEvent, next.gap);
            deadline = suspend(deadline, at);
            model.pauses.push({ from: at, to: null });
            model.lastEvent = at;
          } else if (next.op === 'resume' && open) {
            const at = addCalendarDays(model.lastEvent, next.gap);
            deadline = resume(deadline, at);
            open.to = at;
            model.lastEvent = at;
          } else if (next.op === 'restart') {
            const from = addCalendarDays(model.lastEvent, next.gap);
            deadline = restart(deadline, from);
            model.start = from;
            model.pauses = [];
            model.lastEvent = from;
          } else if (next.op === 'extend') {
            deadline = extend(deadline, next.days);
            model.total += next.days;
          } else {
            continue;
          }
          const expected = referenceDueDate(calendar, model);
          const open2 = model.pauses.find((pause) => pause.to === null);
          if (open2) {
            // While suspended the due date is unknown — unless it had fallen due before the suspension.
            const before = referenceDueDate(calendar, { ...model, pauses: model.pauses.filter((pause) => pause !== open2) });
            const expectedWhileOpen = before !== null && before <= open2.from ? before : null;
            expect(dueDateOf(calendar, deadline)).toBe(expectedWhileOpen);
          } else {
            expect(dueDateOf(calendar, deadline)).toBe(expected);
            const status = deadlineStatus(calendar, deadline, model.lastEvent);
            expect(status.dueDate).toBe(expected);
            expect(status.isOverdue).toBe(expected !== null && model.lastEvent > expected);
          }
        }
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
});
