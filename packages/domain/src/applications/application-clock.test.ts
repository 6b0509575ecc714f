import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueDateOf } from '../calendar/deadline.js';
import { createWorkingDayCalendar, isWorkingDay, type WorkingDayCalendar } from '../calendar/working-days.js';
import { addCalendarDays, type CalendarDate } from '../shared/calendar-date.js';
import { applicationReplyDeadline, type ApplicationClockEvent } from './application-clock.js';

/**
 * Property test (fixed, printed seed): applications received across 2025–2027 with 补正 restarts,
 * overlapping consultations, fee notices and one extension give the due date a plain reference count gives:
 * the working days after the last (re)start, with every day covered by some stop struck out.
 */
const SEED = 20261127;
const calendar: WorkingDayCalendar = createWorkingDayCalendar();

interface Model {
  start: CalendarDate;
  total: number;
  /** Stops since the last (re)start: (from, to], `to` null while open. */
  stops: Array<{ cause: string; from: CalendarDate; to: CalendarDate | null }>;
}

function referenceDueDate(model: Model): CalendarDate | null {
  if (model.stops.some((stop) => stop.to === null)) return null;
  let counted = 0;
  for (let offset = 1; offset <= 1200; offset += 1) {
    const date = addCalendarDays(model.start, offset);
    const stopped = model.stops.some((stop) => date > stop.from && date <= stop.to!);
    if (!stopped && isWorkingDay(calendar, date)) counted += 1;
    if (counted === model.total) return date;
  }
  throw new Error('horizon too short');
}

type Op =
  | { op: 'open'; cause: 'A' | 'B' | 'FEE'; gap: number }
  | { op: 'close'; cause: 'A' | 'B' | 'FEE'; gap: number }
  | { op: 'correction'; noticeGap: number; answerGap: number }
  | { op: 'extend'; days: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant('open' as const),
    cause: fc.constantFrom('A', 'B', 'FEE'),
    gap: fc.integer({ min: 0, max: 10 }),
  }),
  fc.record({
    op: fc.constant('close' as const),
    cause: fc.constantFrom('A', 'B', 'FEE'),
    gap: fc.integer({ min: 0, max: 25 }),
  }),
  fc.record({
    op: fc.constant('correction' as const),
    noticeGap: fc.integer({ min: 0, max: 9 }),
    answerGap: fc.integer({ min: 0, max: 40 }),
  }),
  fc.record({ op: fc.constant('extend' as const), days: fc.integer({ min: 1, max: 20 }) }),
);

describe(`application reply clock against a reference count (seed ${SEED})`, () => {
  it('counts 20 working days after receipt, without the stopped days, from the corrected application', () => {
    console.info(`fast-check seed: ${SEED}`);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 * 365 - 1 }),
        fc.array(op, { maxLength: 10 }),
        (offset, ops) => {
          const received = addCalendarDays('2025-01-01', offset);
          const model: Model = { start: received, total: 20, stops: [] };
          const events: ApplicationClockEvent[] = [];
          let last = received;
          let corrected = false;
          let extended = false;
          for (const next of ops) {
            const openStop = (cause: string) =>
              model.stops.find((stop) => stop.cause === cause && stop.to === null);
            if (next.op === 'open' && !openStop(next.cause)) {
              last = addCalendarDays(last, next.gap);
              events.push({ kind: 'PAUSE_STARTED', on: last, cause: next.cause });
              model.stops.push({ cause: next.cause, from: last, to: null });
            } else if (next.op === 'close' && openStop(next.cause)) {
              last = addCalendarDays(last, next.gap);
              events.push({ kind: 'PAUSE_ENDED', on: last, cause: next.cause });
              openStop(next.cause)!.to = last;
            } else if (
              next.op === 'correction' &&
              !corrected &&
              model.stops.every((stop) => stop.to !== null)
            ) {
              // Art. 30: told once, while nothing else stops the clock; the corrected application restarts it.
              corrected = true;
              last = addCalendarDays(last, next.noticeGap);
              events.push({ kind: 'CORRECTION_REQUESTED', on: last });
              model.stops.push({ cause: 'CORRECTION', from: last, to: null });
              expect(dueDateOf(calendar, applicationReplyDeadline(received, events))).toBeNull();
              last = addCalendarDays(last, next.answerGap);
              events.push({ kind: 'CORRECTION_RECEIVED', on: last });
              model.start = last;
              model.stops = [];
            } else if (next.op === 'extend' && !extended) {
              extended = true;
              events.push({ kind: 'EXTENDED', byWorkingDays: next.days });
              model.total += next.days;
            } else {
              continue;
            }
            const deadline = applicationReplyDeadline(received, events);
            const expected = referenceDueDate(model);
            if (expected !== null) expect(dueDateOf(calendar, deadline)).toBe(expected);
            else expect(deadline.suspensions.some((stop) => stop.to === null)).toBe(true);
          }
        },
      ),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('keeps the clock stopped until the last of two overlapping consultations ends', () => {
    // Received Mon 2026-03-02; letters out 03-04 and 03-06; answers 03-10 and 03-20 (Fri).
    const events: ApplicationClockEvent[] = [
      { kind: 'PAUSE_STARTED', on: '2026-03-04', cause: 'A' },
      { kind: 'PAUSE_STARTED', on: '2026-03-06', cause: 'B' },
      { kind: 'PAUSE_ENDED', on: '2026-03-10', cause: 'A' },
    ];
    expect(dueDateOf(calendar, applicationReplyDeadline('2026-03-02', events))).toBeNull();
    events.push({ kind: 'PAUSE_ENDED', on: '2026-03-20', cause: 'B' });
    // 2 working days counted (03-03, 03-04), 18 more from 03-23, skipping 清明 (04-04…06) → Thu 2026-04-16.
    expect(dueDateOf(calendar, applicationReplyDeadline('2026-03-02', events))).toBe('2026-04-16');
    expect(dueDateOf(calendar, applicationReplyDeadline('2026-03-02', []))).toBe('2026-03-30');
  });
});
