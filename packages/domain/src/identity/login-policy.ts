/** Sign-in limits (SPEC §2.1); the API reads overrides from configuration, tests shorten nothing but the clock. */
export const LOGIN_POLICY = {
  maxFailedAttempts: 5,
  lockoutMinutes: 15,
  idleTimeoutMinutes: 30,
  /** A whole bureau often shares one outgoing IP: the per-IP limit is far above the per-account one. */
  maxFailedAttemptsPerIp: 50,
  ipWindowMinutes: 15,
  /** Absolute lifetime of a session, however active. */
  sessionMaxHours: 12,
} as const;

export interface FailedAttempt {
  at: Date;
}

/**
 * An account is locked for `lockoutMinutes` from its `maxFailedAttempts`-th consecutive failure; once a
 * lock has run out the count starts again. `failuresSinceLastSuccess` are the failed attempts after the
 * last successful sign-in (or unlock), oldest first; attempts refused during a lock are not among them.
 */
export function lockedUntil(
  failuresSinceLastSuccess: readonly FailedAttempt[],
  policy: { maxFailedAttempts: number; lockoutMinutes: number } = LOGIN_POLICY,
): Date | null {
  let count = 0;
  let until: Date | null = null;
  for (const failure of failuresSinceLastSuccess) {
    if (until && failure.at.getTime() >= until.getTime()) {
      count = 0;
      until = null;
    }
    if (until) continue;
    count += 1;
    if (count >= policy.maxFailedAttempts) {
      until = new Date(failure.at.getTime() + policy.lockoutMinutes * 60_000);
    }
  }
  return until;
}

export function isSessionExpired(
  session: { lastSeenAt: Date; createdAt: Date },
  now: Date,
  policy: { idleTimeoutMinutes: number; sessionMaxHours: number } = LOGIN_POLICY,
): boolean {
  return (
    now.getTime() - session.lastSeenAt.getTime() > policy.idleTimeoutMinutes * 60_000 ||
    now.getTime() - session.createdAt.getTime() > policy.sessionMaxHours * 3_600_000
  );
}
