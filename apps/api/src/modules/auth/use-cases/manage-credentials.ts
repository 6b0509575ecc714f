import { DomainError, type SessionStage } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { unauthenticated } from '../../../shared/errors/app-errors.js';
import { RoleGrant } from '../../organisation/grant.entity.js';
import { assertPasswordAcceptable } from '../../organisation/use-cases/save-user.js';
import { User } from '../../organisation/user.entity.js';
import { hashPassword, verifyPassword } from '../credentials.js';
import { Session } from '../session.entity.js';
import { createTotpSecret, totpUri, verifyTotp } from '../totp.js';
import { initialStage } from './sign-in.js';

async function currentUser(context: RequestContext): Promise<{ user: User; sessionId: string }> {
  if (context.actor.kind !== 'staff' || !context.sessionId) throw unauthenticated();
  const user = await requireMutationScope(context)
    .manager.getRepository(User)
    .createQueryBuilder('account')
    .setLock('pessimistic_write')
    .where('account.id = :id', { id: context.actor.userId })
    .getOne();
  if (!user) throw unauthenticated();
  return { user, sessionId: context.sessionId };
}

async function advanceStage(context: RequestContext, user: User, sessionId: string): Promise<SessionStage> {
  const { manager } = requireMutationScope(context);
  const roles = (await manager.findBy(RoleGrant, { userId: user.id })).map((grant) => grant.role);
  const stage = initialStage(user, roles);
  await manager.update(Session, { id: sessionId }, { stage });
  return stage;
}

export async function signOut(context: RequestContext): Promise<void> {
  if (!context.sessionId) return;
  const { manager } = requireMutationScope(context);
  await manager.update(Session, { id: context.sessionId }, { endedAt: context.services.clock.now(), endReason: 'LOGOUT' });
  requireMutationScope(context).subject = { entityType: 'Session', entityId: context.sessionId };
}

/** Changes one's own password; the other sessions of the user end. Returns the session's new stage. */
export async function changeOwnPassword(context: RequestContext, currentPassword: string, newPassword: string): Promise<SessionStage> {
  const { user, sessionId } = await currentUser(context);
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new DomainError('BAD_USER_INPUT', 'AUTH.CURRENT_PASSWORD_WRONG', '当前密码不正确', { fields: { currentPassword: ['当前密码不正确'] } });
  }
  assertPasswordAcceptable(newPassword, user.username, 'newPassword');
  if (await verifyPassword(user.passwordHash, newPassword)) {
    throw new DomainError('BAD_USER_INPUT', 'AUTH.PASSWORD_REUSED', '新密码不能与当前密码相同', { fields: { newPassword: ['新密码不能与当前密码相同'] } });
  }
  const { manager } = requireMutationScope(context);
  const now = context.services.clock.now();
  const before = { ...user };
  Object.assign(user, { passwordHash: await hashPassword(newPassword), mustChangePassword: false, passwordChangedAt: now, updatedAt: now });
  await manager.save(user);
  await manager.query(
    `UPDATE session SET ended_at = $3, end_reason = 'PASSWORD_CHANGED' WHERE user_id = $1 AND id <> $2 AND ended_at IS NULL`,
    [user.id, sessionId, now],
  );
  recordChange(context, 'User', user.id, before, user);
  return advanceStage(context, user, sessionId);
}

/** Offers a new TOTP secret; it takes effect only when a first code from it is confirmed. */
export async function beginTotpEnrolment(context: RequestContext): Promise<{ secret: string; otpauthUri: string }> {
  const { user } = await currentUser(context);
  if (user.totpEnabled) throw new DomainError('CONFLICT', 'AUTH.TOTP_ALREADY_ENABLED', '已启用动态验证码');
  const secret = createTotpSecret();
  const before = { ...user };
  user.totpPendingSecret = secret;
  user.updatedAt = context.services.clock.now();
  await requireMutationScope(context).manager.save(user);
  recordChange(context, 'User', user.id, before, user);
  return { secret, otpauthUri: totpUri(secret, user.username) };
}

export async function confirmTotpEnrolment(context: RequestContext, code: string): Promise<SessionStage> {
  const { user, sessionId } = await currentUser(context);
  if (!user.totpPendingSecret) throw new DomainError('CONFLICT', 'AUTH.TOTP_NOT_STARTED', '请先获取动态验证码密钥');
  const step = await verifyTotp(user.totpPendingSecret, code.trim(), context.services.clock.now());
  if (step === null) {
    throw new DomainError('BAD_USER_INPUT', 'AUTH.TOTP_INVALID', '动态验证码错误或已过期', { fields: { code: ['动态验证码错误或已过期'] } });
  }
  const before = { ...user };
  Object.assign(user, {
    totpSecret: user.totpPendingSecret,
    totpPendingSecret: null,
    totpEnabled: true,
    totpLastStep: step,
    updatedAt: context.services.clock.now(),
  });
  await requireMutationScope(context).manager.save(user);
  recordChange(context, 'User', user.id, before, user);
  return advanceStage(context, user, sessionId);
}
