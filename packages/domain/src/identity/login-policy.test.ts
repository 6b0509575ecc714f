import { describe, expect, it } from 'vitest';
import type { FailedAttempt } from './login-policy.js';
import { LOGIN_POLICY, isSessionExpired, lockedUntil } from './login-policy.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const T0 = new Date('2025-03-01T09:00:00+08:00');
const at = (ms: number) => new Date(T0.getTime() + ms);

/** `count` failures one minute apart, the first at T0. */
const failures = (count: number): FailedAttempt[] =>
  Array.from({ length: count }, (_, index) => ({ at: at(index * MINUTE) }));

describe('LOGIN_POLICY (SPEC §2.1)', () => {
  it('locks after 5 failures for 15 minutes, idles out after 30 minutes, lives at most 12 hours', () => {
    expect(LOGIN_POLICY.maxFailedAttempts).toBe(5);
    expect(LOGIN_POLICY.lockoutMinutes).toBe(15);
    expect(LOGIN_POLICY.idleTimeoutMinutes).toBe(30);
    expect(LOGIN_POLICY.sessionMaxHours).toBe(12);
    expect(LOGIN_POLICY.maxFailedAttemptsPerIp).toBeGreaterThan(LOGIN_POLICY.maxFailedAttempts);
  });
});

describe('lockedUntil', () => {
  const cases: Array<{ count: number; expected: Date | null }> = [
    { count: 0, expected: null },
    { count: 1, expected: null },
    { count: 4, expected: null },
    // The 5th failure is at T0 + 4 min: locked for 15 minutes from it.
    { count: 5, expected: at(4 * MINUTE + 15 * MINUTE) },
  ];

  it.each(cases)('$count failures → $expected', ({ count, expected }) => {
    expect(lockedUntil(failures(count))).toEqual(expected);
  });

  it('counts from the last failure', () => {
    const attempts: FailedAttempt[] = [
      { at: at(0) },
      { at: at(1_000) },
      { at: at(2_000) },
      { at: at(3_000) },
      { at: at(10 * MINUTE) },
    ];
    expect(lockedUntil(attempts)?.getTime()).toBe(at(10 * MINUTE).getTime() + 15 * MINUTE);
  });

  it('a lock runs from the threshold failure; later failures inside it do not extend it', () => {
    expect(lockedUntil(failures(7))).toEqual(at(4 * MINUTE + 15 * MINUTE));
  });

  it('after a lock runs out the count starts again', () => {
    const attempts: FailedAttempt[] = [
      ...failures(5),
      { at: at(4 * MINUTE + 15 * MINUTE) },
      { at: at(4 * MINUTE + 16 * MINUTE) },
    ];
    expect(lockedUntil(attempts)).toBeNull();
    const fiveMore = Array.from({ length: 5 }, (_, index) => ({ at: at(30 * MINUTE + index * MINUTE) }));
    expect(lockedUntil([...failures(5), ...fiveMore])).toEqual(at(34 * MINUTE + 15 * MINUTE));
  });

  it('honours a configured policy', () => {
    const policy = { maxFailedAttempts: 3, lockoutMinutes: 60 };
    expect(lockedUntil(failures(2), policy)).toBeNull();
    expect(lockedUntil(failures(3), policy)).toEqual(at(2 * MINUTE + 60 * MINUTE));
  });
});

describe('isSessionExpired', () => {
  const cases: Array<{ name: string; createdAt: Date; lastSeenAt: Date; now: Date; expected: boolean }> = [
    { name: 'just seen', createdAt: T0, lastSeenAt: T0, now: T0, expected: false },
    {
      name: 'idle 29 min 59.999 s',
      createdAt: T0,
      lastSeenAt: T0,
      now: at(30 * MINUTE - 1),
      expected: false,
    },
    { name: 'idle exactly 30 min', createdAt: T0, lastSeenAt: T0, now: at(30 * MINUTE), expected: false },
    { name: 'idle 30 min + 1 ms', createdAt: T0, lastSeenAt: T0, now: at(30 * MINUTE + 1), expected: true },
    { name: 'idle 2 hours', createdAt: T0, lastSeenAt: T0, now: at(2 * HOUR), expected: true },
    {
      name: 'active, 11 h 59 min old',
      createdAt: T0,
      lastSeenAt: at(11 * HOUR + 50 * MINUTE),
      now: at(11 * HOUR + 59 * MINUTE),
      expected: false,
    },
    {
      name: 'active, exactly 12 h old',
      createdAt: T0,
      lastSeenAt: at(12 * HOUR - MINUTE),
      now: at(12 * HOUR),
      expected: false,
    },
    {
      name: 'active, 12 h + 1 ms old',
      createdAt: T0,
      lastSeenAt: at(12 * HOUR - MINUTE),
      now: at(12 * HOUR + 1),
      expected: true,
    },
    {
      name: 'seen this very moment, 13 h old',
      createdAt: T0,
      lastSeenAt: at(13 * HOUR),
      now: at(13 * HOUR),
      expected: true,
    },
  ];

  it.each(cases)('$name → expired: $expected', ({ createdAt, lastSeenAt, now, expected }) => {
    expect(isSessionExpired({ createdAt, lastSeenAt }, now)).toBe(expected);
  });

  it('honours a configured policy', () => {
    const policy = { idleTimeoutMinutes: 5, sessionMaxHours: 1 };
    expect(isSessionExpired({ createdAt: T0, lastSeenAt: T0 }, at(5 * MINUTE), policy)).toBe(false);
    expect(isSessionExpired({ createdAt: T0, lastSeenAt: T0 }, at(5 * MINUTE + 1), policy)).toBe(true);
    expect(isSessionExpired({ createdAt: T0, lastSeenAt: at(HOUR) }, at(HOUR + 1), policy)).toBe(true);
  });
});
