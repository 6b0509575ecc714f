import type { EntityManager } from 'typeorm';
import {
  DomainError,
  lockedUntil,
  requiresSecondFactor,
  type Role,
  type SessionStage,
} from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope } from '../../../context.js';
import { recentFailures } from '../../organisation/organisation.queries.js';
import { RoleGrant } from '../../organisation/grant.entity.js';
import { User } from '../../organisation/user.entity.js';
import { dummyPasswordHash, generateSecretToken, SESSION_TOKEN_PREFIX, sha256Hex, verifyPassword } from '../credentials.js';
import { Session } from '../session.entity.js';
import { verifyTotp } from '../totp.js';

export type SignInStatus = 'SIGNED_IN' | 'TOTP_REQUIRED';

export interface SignInResult {
  status: SignInStatus;
  /** Set only when a session was opened; the resolver turns it into the HttpOnly cookie. */
  sessionToken?: string;
  stage?: SessionStage;
}

const shanghaiTime = (date: Date) =>
  date.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });

/** The stage a fresh session starts in: forced password change first, then second-factor enrolment. */
export function initialStage(user: User, roles: readonly Role[]): SessionStage {
  if (user.isDemo) return 'FULL';
  if (user.mustChangePassword) return 'PASSWORD_CHANGE';
  if (requiresSecondFactor(roles) && !user.totpEnabled) return 'TOTP_ENROLMENT';
  return 'FULL';
}

export async function openSession(
  context: RequestContext,
  manager: EntityManager,
  userId: string,
  stage: SessionStage,
): Promise<string> {
  const token = generateSecretToken(SESSION_TOKEN_PREFIX);
  const now = context.services.clock.now();
  await manager.insert(Session, {
    userId,
    tokenHash: sha256Hex(token),
    stage,
    ip: context.ip,
    userAgent: context.userAgent.slice(0, 256) || null,
    createdAt: now,
    lastSeenAt: now,
    endedAt: null,
    endReason: null,
  });
  return token;
}

/**
 * Username + password (+ TOTP when enrolled). Failures are counted per account and per client IP in the
 * database, so every replica sees the same lockout; a locked account is refused before its password is
 * checked. Unknown users cost the same time as known ones.
 */
export async function signIn(
  context: RequestContext,
  rawUsername: string,
  password: string,
  totpCode: string | undefined,
): Promise<SignInResult> {
  const { manager, onFailure } = requireMutationScope(context);
  const { config, clock } = context.services;
  const now = clock.now();
  const username = rawUsername.trim().toLowerCase().slice(0, 64);
  if (!username || !password || password.length > 256) {
    throw new DomainError('BAD_USER_INPUT', 'AUTH.CREDENTIALS_REQUIRED', '请输入用户名和密码', {
      fields: { ...(!username ? { username: ['请输入用户名'] } : {}), ...(!password ? { password: ['请输入密码'] } : {}) },
    });
  }
  const recordAttempt = (userId: string | null, reason: string) =>
    onFailure.push(async (failureManager) => {
      await failureManager.query(
        'INSERT INTO login_attempt (username, user_id, ip, succeeded, reason, at) VALUES ($1, $2, $3, false, $4, $5)',
        [username, userId, context.ip, reason, now],
      );
    });

  const [{ count: ipFailures }] = (await manager.query(
    `SELECT count(*)::int AS count FROM login_attempt WHERE ip = $1 AND NOT succeeded AND at > $2`,
    [context.ip, new Date(now.getTime() - 15 * 60_000)],
  )) as Array<{ count: number }>;
  if (ipFailures >= config.loginMaxFailuresPerIp) {
    throw new DomainError('RATE_LIMITED', 'AUTH.IP_RATE_LIMITED', '该网络地址登录失败次数过多，请 15 分钟后再试');
  }

  const user = await manager.findOneBy(User, { username });
  // Refused attempts are audited against the account they targeted, not only successes.
  if (user) requireMutationScope(context).subject = { entityType: 'User', entityId: user.id };
  const policy = { maxFailedAttempts: config.loginMaxFailures, lockoutMinutes: config.loginLockoutMinutes };
  const failures = (await recentFailures(context.services, manager, [username])).get(username) ?? [];
  const lockEnd = lockedUntil(failures.map((at) => ({ at })), policy);
  if (lockEnd && lockEnd > now) {
    recordAttempt(user?.id ?? null, 'LOCKED');
    throw new DomainError(
      'RATE_LIMITED',
      'AUTH.ACCOUNT_LOCKED',
      `账号因连续 ${policy.maxFailedAttempts} 次登录失败已被锁定，请于 ${shanghaiTime(lockEnd)} 后再试，或联系系统管理员解锁`,
      { details: { lockedUntil: lockEnd.toISOString() } },
    );
  }

  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !user.isActive || !passwordOk) {
    recordAttempt(user?.id ?? null, 'BAD_PASSWORD');
    const nowLocked = lockedUntil([...failures, now].map((at) => ({ at })), policy);
    throw new DomainError(
      'UNAUTHENTICATED',
      nowLocked ? 'AUTH.ACCOUNT_LOCKED' : 'AUTH.INVALID_CREDENTIALS',
      nowLocked
        ? `用户名或密码错误。连续失败 ${policy.maxFailedAttempts} 次，账号已锁定 ${policy.lockoutMinutes} 分钟`
        : '用户名或密码错误',
    );
  }

  if (user.totpEnabled && !user.isDemo) {
    if (!totpCode) return { status: 'TOTP_REQUIRED' };
    const step = user.totpSecret ? await verifyTotp(user.totpSecret, totpCode.trim(), now, user.totpLastStep) : null;
    if (step === null) {
      recordAttempt(user.id, 'BAD_TOTP');
      throw new DomainError('UNAUTHENTICATED', 'AUTH.TOTP_INVALID', '动态验证码错误或已过期', {
        fields: { totpCode: ['动态验证码错误或已过期'] },
      });
    }
    await manager.update(User, { id: user.id }, { totpLastStep: step });
  }

  const roles = (await manager.findBy(RoleGrant, { userId: user.id })).map((grant) => grant.role);
  const stage = initialStage(user, roles);
  await manager.query(
    'INSERT INTO login_attempt (username, user_id, ip, succeeded, reason, at) VALUES ($1, $2, $3, true, NULL, $4)',
    [username, user.id, context.ip, now],
  );
  const sessionToken = await openSession(context, manager, user.id, stage);
  requireMutationScope(context).subject = { entityType: 'User', entityId: user.id };
  return { status: 'SIGNED_IN', sessionToken, stage };
}
