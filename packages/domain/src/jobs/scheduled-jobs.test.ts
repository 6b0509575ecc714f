import { describe, expect, it } from 'vitest';
import {
  JOB_NAME_MAX,
  JOB_RUN_OUTCOMES,
  JOB_RUN_OUTCOME_LABELS,
  SCHEDULED_JOBS,
  SCHEDULED_JOB_LABELS,
  describeJobSchedule,
  dueJobSlot,
  scheduleProblem,
  type JobSchedule,
} from './scheduled-jobs.js';

describe('dueJobSlot', () => {
  const daily = (at: string): JobSchedule => ({ kind: 'daily', at });
  const every = (seconds: number): JobSchedule => ({ kind: 'interval', seconds });

  // Instants in UTC; Asia/Shanghai is UTC+8.
  it.each([
    // 01:00 in Shanghai is 17:00 UTC the day before.
    [daily('01:00'), '2026-11-25T16:59:59.999Z', '2026-11-25'],
    [daily('01:00'), '2026-11-25T17:00:00.000Z', '2026-11-26'],
    [daily('01:00'), '2026-11-26T02:00:00.000Z', '2026-11-26'],
    // Before today's time: yesterday's slot (run now if it was missed).
    [daily('18:00'), '2026-11-26T02:00:00.000Z', '2026-11-25'],
    [daily('18:00'), '2026-11-26T10:00:00.000Z', '2026-11-26'],
    // Midnight in Shanghai, across a month and a year end.
    [daily('00:00'), '2026-12-31T15:59:00.000Z', '2026-12-31'],
    [daily('00:00'), '2026-12-31T16:00:00.000Z', '2027-01-01'],
    [daily('23:59'), '2027-01-01T15:58:59.000Z', '2026-12-31'],
    [daily('23:59'), '2027-01-01T15:59:00.000Z', '2027-01-01'],
    // Whole minutes: the Shanghai start of the period.
    [every(60), '2026-11-26T02:05:59.999Z', '2026-11-26T10:05'],
    [every(300), '2026-11-26T02:09:00.000Z', '2026-11-26T10:05'],
    [every(3600), '2026-11-26T16:30:00.000Z', '2026-11-27T00:00'],
    // Seconds when the period is not whole minutes.
    [every(1), '2026-11-26T02:05:07.400Z', '2026-11-26T10:05:07'],
    [every(15), '2026-11-26T02:05:59.000Z', '2026-11-26T10:05:45'],
  ] as const)('%o at %s → %s', (schedule, now, slot) => {
    expect(dueJobSlot(schedule, new Date(now))).toBe(slot);
  });

  it('gives every instant of a period the same slot, and the next period the next one', () => {
    const schedule = every(60);
    const start = Date.parse('2026-11-26T02:05:00.000Z');
    const slots = new Set(
      [0, 1, 30_000, 59_999].map((offset) => dueJobSlot(schedule, new Date(start + offset))),
    );
    expect([...slots]).toEqual(['2026-11-26T10:05']);
    expect(dueJobSlot(schedule, new Date(start + 60_000))).toBe('2026-11-26T10:06');
  });

  it('does not depend on the server time zone (slots are Asia/Shanghai dates)', () => {
    // The same instant must give the same slot whatever TZ the process runs in: only UTC arithmetic is used.
    expect(dueJobSlot(daily('00:30'), new Date('2026-11-25T16:45:00+00:00'))).toBe('2026-11-26');
    expect(dueJobSlot(daily('00:30'), new Date('2026-11-26T00:45:00+08:00'))).toBe('2026-11-26');
  });

  it.each([[daily('24:00')], [daily('7:00')], [daily('07:60')], [every(0)], [every(1.5)], [every(86_401)]])(
    'refuses the invalid schedule %o',
    (schedule) => {
      expect(scheduleProblem(schedule)).not.toBeNull();
      expect(() => dueJobSlot(schedule, new Date('2026-11-26T02:00:00Z'))).toThrow();
    },
  );
});

describe('describeJobSchedule', () => {
  it.each([
    [{ kind: 'daily', at: '00:05' }, '每天 00:05（北京时间）'],
    [{ kind: 'interval', seconds: 60 }, '每分钟'],
    [{ kind: 'interval', seconds: 600 }, '每 10 分钟'],
    [{ kind: 'interval', seconds: 5 }, '每 5 秒'],
  ] as const)('%o → %s', (schedule, text) => {
    expect(describeJobSchedule(schedule)).toBe(text);
  });
});

describe('labels', () => {
  it.each([
    ['SCHEDULED_JOBS', SCHEDULED_JOBS, SCHEDULED_JOB_LABELS],
    ['JOB_RUN_OUTCOMES', JOB_RUN_OUTCOMES, JOB_RUN_OUTCOME_LABELS],
  ] as const)('%s: one distinct zh-CN label per value', (_name, values, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    expect(new Set(Object.values(labels)).size).toBe(values.length);
  });

  it('job names fit their column', () => {
    for (const name of SCHEDULED_JOBS) expect(name.length).toBeLessThanOrEqual(JOB_NAME_MAX);
  });
});
