import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { FineGrainedPermission, Role } from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { requireMutationScope } from '../../context.js';
import { Access } from '../../shared/access/access.decorator.js';
import { PageInput } from '../../shared/graphql/pagination.js';
import { Department } from './department.entity.js';
import { FineGrainedPermissionEnum, RoleEnum } from './organisation.enums.js';
import { findDepartment, findDepartments, findUser, findUsers } from './organisation.queries.js';
import { DepartmentFilter, DepartmentInput, DepartmentPage, UserFilter, UserInput, UserPage, UserView } from './organisation.types.js';
import { createDepartment, setDepartmentActive, updateDepartment } from './use-cases/save-department.js';
import { grantPermission, grantRole, revokePermission, revokeRole } from './use-cases/manage-grants.js';
import { createUser, resetUserPassword, setUserActive, unlockUser, updateUser } from './use-cases/save-user.js';

const READ = Access({ permissions: ['ORGANISATION_READ', 'ORGANISATION_MANAGE', 'GRANT_MANAGE'] });
const MANAGE = Access({ permissions: ['ORGANISATION_MANAGE'] });
const GRANTS = Access({ permissions: ['GRANT_MANAGE'] });

@Resolver()
export class OrganisationResolver {
  @Query(() => DepartmentPage, { description: '处室列表' })
  @READ
  departments(
    @Ctx() context: RequestContext,
    @Arg('filter', () => DepartmentFilter, { nullable: true }) filter?: DepartmentFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return findDepartments(context.services.db.dataSource.manager, filter, page);
  }

  @Query(() => Department, { description: '处室' })
  @READ
  department(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return findDepartment(context.services.db.dataSource.manager, id);
  }

  @Mutation(() => Department, { description: '新建处室' })
  @MANAGE
  createDepartment(@Ctx() context: RequestContext, @Arg('input', () => DepartmentInput) input: DepartmentInput) {
    return createDepartment(context, input);
  }

  @Mutation(() => Department, { description: '修改处室（须提供当前版本号）' })
  @MANAGE
  updateDepartment(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => DepartmentInput) input: DepartmentInput,
  ) {
    return updateDepartment(context, id, version, input);
  }

  @Mutation(() => Department, { description: '启用或停用处室' })
  @MANAGE
  setDepartmentActive(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('isActive', () => Boolean) isActive: boolean,
  ) {
    return setDepartmentActive(context, id, version, isActive);
  }

  @Query(() => UserPage, { description: '用户列表' })
  @READ
  users(
    @Ctx() context: RequestContext,
    @Arg('filter', () => UserFilter, { nullable: true }) filter?: UserFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return findUsers(context.services, context.services.db.dataSource.manager, context.actor, filter, page);
  }

  @Query(() => UserView, { description: '用户' })
  @READ
  user(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return findUser(context.services, context.services.db.dataSource.manager, context.actor, id);
  }

  @Mutation(() => UserView, { description: '新建用户（初始密码须在首次登录时修改）' })
  @MANAGE
  async createUser(
    @Ctx() context: RequestContext,
    @Arg('input', () => UserInput) input: UserInput,
    @Arg('initialPassword', () => String) initialPassword: string,
  ) {
    const user = await createUser(context, input, initialPassword);
    return this.view(context, user.id);
  }

  @Mutation(() => UserView, { description: '修改用户（须提供当前版本号）' })
  @MANAGE
  async updateUser(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UserInput) input: UserInput,
  ) {
    await updateUser(context, id, version, input);
    return this.view(context, id);
  }

  @Mutation(() => UserView, { description: '启用或停用用户' })
  @MANAGE
  async setUserActive(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('isActive', () => Boolean) isActive: boolean,
  ) {
    await setUserActive(context, id, version, isActive);
    return this.view(context, id);
  }

  @Mutation(() => UserView, { description: '重置为新的初始密码' })
  @MANAGE
  async resetUserPassword(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('initialPassword', () => String) initialPassword: string,
  ) {
    await resetUserPassword(context, id, version, initialPassword);
    return this.view(context, id);
  }

  @Mutation(() => UserView, { description: '解除登录锁定' })
  @MANAGE
  async unlockUser(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    await unlockUser(context, id);
    return this.view(context, id);
  }

  @Mutation(() => UserView, { description: '授予角色' })
  @GRANTS
  async grantRole(
    @Ctx() context: RequestContext,
    @Arg('userId', () => ID) userId: string,
    @Arg('role', () => RoleEnum) role: Role,
    @Arg('departmentId', () => ID, { nullable: true }) departmentId?: string | null,
  ) {
    await grantRole(context, userId, role, departmentId ?? null);
    return this.view(context, userId);
  }

  @Mutation(() => UserView, { description: '撤销角色' })
  @GRANTS
  async revokeRole(@Ctx() context: RequestContext, @Arg('grantId', () => ID) grantId: string) {
    const user = await revokeRole(context, grantId);
    return this.view(context, user.id);
  }

  @Mutation(() => UserView, { description: '授予细粒度权限' })
  @GRANTS
  async grantPermission(
    @Ctx() context: RequestContext,
    @Arg('userId', () => ID) userId: string,
    @Arg('permission', () => FineGrainedPermissionEnum) permission: FineGrainedPermission,
  ) {
    await grantPermission(context, userId, permission);
    return this.view(context, userId);
  }

  @Mutation(() => UserView, { description: '撤销细粒度权限' })
  @GRANTS
  async revokePermission(
    @Ctx() context: RequestContext,
    @Arg('userId', () => ID) userId: string,
    @Arg('permission', () => FineGrainedPermissionEnum) permission: FineGrainedPermission,
  ) {
    await revokePermission(context, userId, permission);
    return this.view(context, userId);
  }

  /** Reads through the mutation's own transaction (the embedded database has one connection). */
  private view(context: RequestContext, id: string) {
    return findUser(context.services, requireMutationScope(context).manager, context.actor, id);
  }
}
