import { checkPasswordPolicy, DomainError, userInputSchema, badInput } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope, staffIdOf } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { loadForUpdate } from '../../../shared/persistence/versioned-update.js';
import { notFound } from '../../../shared/errors/app-errors.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { hashPassword } from '../../auth/credentials.js';
import { reassignOpenTasksOf, taskAuditOf } from '../../task/index.js';
import { Department } from '../department.entity.js';
import { isUuid } from '../../../shared/persistence/query-helpers.js';
import { isUniqueViolation } from '../../../db/database.js';
import type { UserInput } from '../organisation.types.js';
import { User } from '../user.entity.js';

async function assertDepartmentUsable(context: RequestContext, departmentId: string | null | undefined) {
  if (!departmentId) return;
  const department = await requireMutationScope(context).manager.findOneBy(Department, { id: departmentId });
  if (!department || !department.isActive) {
    throw badInput('USER.DEPARTMENT_INVALID', '所选处室不存在或已停用', { departmentId: ['所选处室不存在或已停用'] });
  }
}

const duplicateUsername = () =>
  new DomainError('CONFLICT', 'USER.DUPLICATE_USERNAME', '用户名已被使用', { fields: { username: ['用户名已被使用'] } });

export function assertPasswordAcceptable(password: string, username: string, field = 'password'): void {
  const violations = checkPasswordPolicy(password, { username });
  if (violations.length > 0) throw badInput('AUTH.PASSWORD_POLICY', violations[0], { [field]: violations });
}

/** Creates a staff account with an initial password that must be changed at first sign-in. */
export async function createUser(context: RequestContext, rawInput: UserInput, initialPassword: string): Promise<User> {
  const input = parseInput(userInputSchema, rawInput);
  const username = input.username.toLowerCase();
  assertPasswordAcceptable(initialPassword, username, 'initialPassword');
  const { manager } = requireMutationScope(context);
  await assertDepartmentUsable(context, input.departmentId);
  if (await manager.existsBy(User, { username })) throw duplicateUsername();
  const now = context.services.clock.now();
  const user = manager.create(User, {
    username,
    displayName: input.displayName,
    departmentId: input.departmentId ?? null,
    phone: input.phone || null,
    email: input.email ?? null,
    passwordHash: await hashPassword(initialPassword),
    mustChangePassword: true,
    passwordChangedAt: null,
    totpEnabled: false,
    isDemo: false,
    isActive: true,
    createdAt: now,
    updatedAt: now,
  });
  try {
    await manager.save(user);
  } catch (error) {
    // Two requests with the same username at once both pass the check above; the unique index decides.
    if (isUniqueViolation(error)) throw duplicateUsername();
    throw error;
  }
  recordChange(context, 'User', user.id, null, user);
  return user;
}

export async function updateUser(context: RequestContext, id: string, version: number, rawInput: UserInput): Promise<User> {
  const input = parseInput(userInputSchema, rawInput);
  const { manager } = requireMutationScope(context);
  const user = await loadForUpdate(manager, User, id, version, '用户');
  if (input.username.toLowerCase() !== user.username) {
    throw badInput('USER.USERNAME_IMMUTABLE', '用户名创建后不能修改', { username: ['用户名创建后不能修改'] });
  }
  await assertDepartmentUsable(context, input.departmentId);
  const before = { ...user };
  Object.assign(user, {
    displayName: input.displayName,
    departmentId: input.departmentId ?? null,
    phone: input.phone || null,
    email: input.email ?? null,
    updatedAt: context.services.clock.now(),
  });
  await manager.save(user);
  recordChange(context, 'User', id, before, user);
  // A member of staff moving to another department leaves that department's open tasks in its queue.
  if (before.departmentId !== null && before.departmentId !== user.departmentId) {
    await reassignOpenTasksOf(manager, context.services.clock, id, staffIdOf(context), taskAuditOf(context), {
      leavingDepartmentFor: user.departmentId,
    });
  }
  return user;
}

/** Users are deactivated, never deleted; a deactivated user's sessions end at once. */
export async function setUserActive(context: RequestContext, id: string, version: number, isActive: boolean): Promise<User> {
  const { manager } = requireMutationScope(context);
  const user = await loadForUpdate(manager, User, id, version, '用户');
  if (context.actor.kind === 'staff' && context.actor.userId === id && !isActive) {
    throw new DomainError('CONFLICT', 'USER.CANNOT_DEACTIVATE_SELF', '不能停用自己的账号');
  }
  const before = { ...user };
  const now = context.services.clock.now();
  user.isActive = isActive;
  user.updatedAt = now;
  await manager.save(user);
  if (!isActive) {
    await manager.query(`UPDATE session SET ended_at = $2, end_reason = 'DEACTIVATED' WHERE user_id = $1 AND ended_at IS NULL`, [id, now]);
  }
  recordChange(context, 'User', id, before, user);
  // SPEC §2.4: a deactivated user's open tasks go back to their department's queue, in the same transaction.
  if (!isActive && before.isActive) {
    await reassignOpenTasksOf(manager, context.services.clock, id, staffIdOf(context), taskAuditOf(context));
  }
  return user;
}

/** Sets a new initial password: the user must change it at next sign-in; other sessions end. */
export async function resetUserPassword(context: RequestContext, id: string, version: number, initialPassword: string): Promise<User> {
  const { manager } = requireMutationScope(context);
  const user = await loadForUpdate(manager, User, id, version, '用户');
  assertPasswordAcceptable(initialPassword, user.username, 'initialPassword');
  const before = { ...user };
  const now = context.services.clock.now();
  Object.assign(user, { passwordHash: await hashPassword(initialPassword), mustChangePassword: true, updatedAt: now });
  await manager.save(user);
  await manager.query(`UPDATE session SET ended_at = $2, end_reason = 'PASSWORD_RESET' WHERE user_id = $1 AND ended_at IS NULL`, [id, now]);
  recordChange(context, 'User', id, before, user);
  return user;
}

/** Clears a lockout early: recorded as an attempt that resets the failure count. */
export async function unlockUser(context: RequestContext, id: string): Promise<User> {
  const { manager } = requireMutationScope(context);
  const user = isUuid(id) ? await manager.findOneBy(User, { id }) : null;
  if (!user) throw notFound('用户');
  await manager.query(
    `INSERT INTO login_attempt (username, user_id, ip, succeeded, reason, at) VALUES ($1, $2, $3, true, 'UNLOCKED', $4)`,
    [user.username, user.id, context.ip, context.services.clock.now()],
  );
  requireMutationScope(context).subject = { entityType: 'User', entityId: id };
  return user;
}
