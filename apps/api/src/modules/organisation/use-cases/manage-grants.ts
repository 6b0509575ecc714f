import { assertGrantsValid, DomainError, type FineGrainedPermission, type Grant, type Role } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { notFound } from '../../../shared/errors/app-errors.js';
import { Department } from '../department.entity.js';
import { PermissionGrant, RoleGrant } from '../grant.entity.js';
import { isUuid } from '../../../shared/persistence/query-helpers.js';
import { User } from '../user.entity.js';

async function loadUserForGrants(context: RequestContext, userId: string): Promise<User> {
  const { manager } = requireMutationScope(context);
  const user = isUuid(userId)
    ? await manager.getRepository(User).createQueryBuilder('account').setLock('pessimistic_write').where('account.id = :userId', { userId }).getOne()
    : null;
  if (!user) throw notFound('用户');
  return user;
}

/** Grants a role (with its department where the role needs one), under 三员分立. */
export async function grantRole(context: RequestContext, userId: string, role: Role, departmentId: string | null): Promise<User> {
  const { manager } = requireMutationScope(context);
  const user = await loadUserForGrants(context, userId);
  if (departmentId) {
    const department = isUuid(departmentId) ? await manager.findOneBy(Department, { id: departmentId }) : null;
    if (!department?.isActive) {
      throw new DomainError('BAD_USER_INPUT', 'GRANT.DEPARTMENT_INVALID', '所选处室不存在或已停用', { fields: { departmentId: ['所选处室不存在或已停用'] } });
    }
  }
  const existing = await manager.findBy(RoleGrant, { userId });
  const grants: Grant[] = [...existing.map((grant) => ({ role: grant.role, departmentId: grant.departmentId })), { role, departmentId }];
  assertGrantsValid(grants);
  const grant = manager.create(RoleGrant, {
    userId,
    role,
    departmentId,
    grantedById: context.actor.kind === 'staff' ? context.actor.userId : null,
    createdAt: context.services.clock.now(),
  });
  await manager.save(grant);
  recordChange(context, 'RoleGrant', grant.id, null, grant);
  return user;
}

export async function revokeRole(context: RequestContext, grantId: string): Promise<User> {
  const { manager } = requireMutationScope(context);
  const grant = isUuid(grantId) ? await manager.findOneBy(RoleGrant, { id: grantId }) : null;
  if (!grant) throw notFound('角色授权');
  if (context.actor.kind === 'staff' && context.actor.userId === grant.userId && grant.role === 'SECURITY_ADMIN') {
    throw new DomainError('CONFLICT', 'GRANT.CANNOT_REVOKE_OWN_ADMIN', '不能撤销自己的安全管理员角色');
  }
  const user = await loadUserForGrants(context, grant.userId);
  await manager.delete(RoleGrant, { id: grantId });
  recordChange(context, 'RoleGrant', grantId, grant, null);
  return user;
}

export async function grantPermission(context: RequestContext, userId: string, permission: FineGrainedPermission): Promise<User> {
  const { manager } = requireMutationScope(context);
  const user = await loadUserForGrants(context, userId);
  if (await manager.existsBy(PermissionGrant, { userId, permission })) {
    throw new DomainError('CONFLICT', 'GRANT.DUPLICATE', '该用户已拥有此权限');
  }
  const grant = manager.create(PermissionGrant, {
    userId,
    permission,
    grantedById: context.actor.kind === 'staff' ? context.actor.userId : null,
    createdAt: context.services.clock.now(),
  });
  await manager.save(grant);
  recordChange(context, 'PermissionGrant', grant.id, null, grant);
  return user;
}

export async function revokePermission(context: RequestContext, userId: string, permission: FineGrainedPermission): Promise<User> {
  const { manager } = requireMutationScope(context);
  const user = await loadUserForGrants(context, userId);
  const grant = await manager.findOneBy(PermissionGrant, { userId, permission });
  if (!grant) throw notFound('权限授权');
  await manager.delete(PermissionGrant, { id: grant.id });
  recordChange(context, 'PermissionGrant', grant.id, grant, null);
  return user;
}
