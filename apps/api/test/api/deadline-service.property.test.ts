import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  createWorkingDayCalendar,
  isWorkingDay,
  type CalendarDate,
  type CalendarOverride as DomainOverride,
  type WorkingDayCalendar,
} from '@gdp/domain';
import { ManualClock } from '../../src/clock.js';
import { Deadline } from '../../src/modules/deadline/deadline.entity.js';
import {
  extendCaseDeadline,
  recomputeOpenDeadlines,
  restartCaseDeadline,
  resumeCaseDeadline,
  startCaseDeadline,
  suspendCaseDeadline,
} from '../../src/modules/deadline/deadline.service.js';
import { CalendarOverride } from '../../src/modules/calendar/calendar-override.entity.js';
import { loadWorkingDayCalendar } from '../../src/modules/calendar/calendar.service.js';
import { createTestDatabase, type TestDatabase } from '../support/backend.js';

/**
 * The persisted deadline service against a plain reference count (fixed, printed seed): random histories
 * of suspensions, resumptions, restarts, extensions and calendar overrides, each step through the service
 * on the real database; after each, the stored due date is the N-th unpaused working day after the start.
 */
const SEED = 20261127;

type Step =
  | { op: 'suspend' | 'resume' | 'restart'; gap: number }
  | { op: 'extend'; days: number }
  | { op: 'override'; offset: number; off: boolean };

interface Model {
  start: CalendarDate;
  total: number;
  pauses: Array<{ from: CalendarDate; to: CalendarDate | null }>;
  last: CalendarDate;
  overrides: DomainOverride[];
}

/** While a suspension is open the due date is unknown — unless the deadline had fallen due before it began. */
function reference(calendar: WorkingDayCalendar, model: Model): CalendarDate | null {
  const open = model.pauses.find((pause) => pause.to === null);
  if (open) {
    const closed = reference(calendar, { ...model, pauses: model.pauses.filter((pause) => pause !== open) });
    return closed !== null && closed <= open.from ? closed : null;
  }
  let counted = 0;
  for (let offset = 1; offset <= 900; offset += 1) {
    const date = addCalendarDays(model.start, offset);
    const paused = model.pauses.some((pause) => date > pause.from && date <= pause.to!);
    if (!paused && isWorkingDay(calendar, date)) counted += 1;
    if (counted === model.total) return date;
  }
  throw new Error('horizon too short');
}

describe(`deadline service against a reference count (seed ${SEED})`, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('stores the due date a plain count gives, after every step', async () => {
    console.info(`fast-check seed: ${SEED}`);
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.record({ op: fc.constantFrom('suspend' as const, 'resume' as const, 'restart' as const), gap: fc.integer({ min: 0, max: 30 }) }),
      fc.record({ op: fc.constant('extend' as const), days: fc.integer({ min: 1, max: 15 }) }),
      fc.record({ op: fc.constant('override' as const), offset: fc.integer({ min: 1, max: 60 }), off: fc.boolean() }),
    );
    const history = fc.record({
      startOffset: fc.integer({ min: 0, max: 2 * 366 }),
      steps: fc.array(step, { minLength: 1, maxLength: 6 }),
    });
    const manager = db.database.dataSource.manager;
    await fc.assert(
      fc.asyncProperty(history, async ({ startOffset, steps }) => {
        await manager.query(`UPDATE deadline SET state = 'CANCELLED' WHERE state = 'OPEN'`);
        await manager.query('DELETE FROM calendar_override');
        const start = addCalendarDays('2025-09-01', startOffset);
        const clock = new ManualClock(`${start}T02:00:00.000Z`);
        const by = { clock, actorId: null };
        const model: Model = { start, total: 15, pauses: [], last: start, overrides: [] };
        const deadline = await manager.transaction((tx) =>
          startCaseDeadline(tx, by, { kind: 'COMPLAINT_HANDLING', caseId: randomUUID(), title: '性质测试', startDate: start }),
        );
        for (const next of steps) {
          const open = model.pauses.find((pause) => pause.to === null);
          await manager.transaction(async (tx) => {
            if (next.op === 'suspend' && !open) {
              const on = addCalendarDays(model.last, next.gap);
              await suspendCaseDeadline(tx, by, deadline.id, { on, reason: '征求意见' });
              model.pauses.push({ from: on, to: null });
              model.last = on;
            } else if (next.op === 'resume' && open) {
              const on = addCalendarDays(model.last, next.gap);
              await resumeCaseDeadline(tx, by, deadline.id, { on });
              open.to = on;
              model.last = on;
            } else if (next.op === 'restart') {
              const from = addCalendarDays(model.last, next.gap);
              await restartCaseDeadline(tx, by, deadline.id, { from, reason: '补正' });
              Object.assign(model, { start: from, pauses: [], last: from });
            } else if (next.op === 'extend') {
              await extendCaseDeadline(tx, by, deadline.id, {
                byWorkingDays: next.days,
                reason: '需核查',
                approverId: null,
                approverHasPermission: false,
                noticeId: randomUUID(),
              });
              model.total += next.days;
            } else if (next.op === 'override') {
              const date = addCalendarDays(model.start, next.offset);
              if (model.overrides.some((override) => override.date === date)) return;
              const override = { date, kind: next.off ? ('OFF' as const) : ('WORK' as const), note: '性质测试' };
              await tx.insert(CalendarOverride, { ...override, isActive: true, createdAt: clock.now(), updatedAt: clock.now() });
              model.overrides.push(override);
              await recomputeOpenDeadlines(tx, clock, await loadWorkingDayCalendar(tx));
            }
          });
          const stored = await manager.findOneByOrFail(Deadline, { id: deadline.id });
          expect(stored.dueDate).toBe(reference(createWorkingDayCalendar({ overrides: model.overrides }), model));
        }
      }),
      { seed: SEED, numRuns: 25 },
    );
  });
});
