import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { ACCESS_RULES, type FineGrainedPermission, type Role } from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { requireMutationScope } from '../../context.js';
import { Access } from '../../shared/access/access.decorator.js';
import { PageInput } from '../../shared/graphql/pagination.js';
import { SortInput, sortDescription } from '../../shared/graphql/sorting.js';
import { Department } from './department.entity.js';
import { FineGrainedPermissionEnum, RoleEnum } from './organisation.enums.js';
import { findDepartment, findDepartments, findUser, findUsers } from './organisation.queries.js';
import { DepartmentFilter, DepartmentInput, DepartmentPage, UserFilter, UserInput, UserPage, UserView } from './organisation.types.js';
import { createDepartment, setDepartmentActive, updateDepartment } from './use-cases/save-department.js';
import { grantPermission, grantRole, revokePermission, revokeRole } from './use-cases/manage-grants.js';
import { createUser, resetUserPassword, setUserActive, unlockUser, updateUser } from './use-cases/save-user.js';

@Resolver()
export class OrganisationResolver {
  @Query(() => DepartmentPage, { description: '处室列表' })
  @Access(ACCESS_RULES['Query.departments'])
  departments(
    @Ctx() context: RequestContext,
    @Arg('filter', () => DepartmentFilter, { nullable: true }) filter?: DepartmentFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    @Arg('sort', () => SortInput, { nullable: true, description: sortDescription('departments') }) sort?: SortInput,
  ) {
    return findDepartments(context.services.db.dataSource.manager, filter, page, sort);
  }

  @Query(() => Department, { description: '处室' })
  @Access(ACCESS_RULES['Query.department'])
  department(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return findDepartment(context.services.db.dataSource.manager, id);
  }

  @Mutation(() => Department, { description: '新建处室' })
  @Access(ACCESS_RULES['Mutation.createDepartment'])
  createDepartment(@Ctx() context: RequestContext, @Arg('input', () => DepartmentInput) input: DepartmentInput) {
    return createDepartment(context, input);
  }

  @Mutation(() => Department, { description: '修改处室（须提供当前版本号）' })
  @Access(ACCESS_RULES['Mutation.updateDepartment'])
  updateDepartment(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => DepartmentInput) input: DepartmentInput,
  ) {
    return updateDepartment(context, id, version, input);
  }

  @Mutation(() => Department, { description: '启用或停用处室' })
  @Access(ACCESS_RULES['Mutation.setDepartmentActive'])
  setDepartmentActive(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('isActive', () => Boolean) isActive: boolean,
  ) {
    return setDepartmentActive(context, id, version, isActive);
  }

  @Query(() => UserPage, { description: '用户列表' })
  @Access(ACCESS_RULES['Query.users'])
  users(
    @Ctx() context: RequestContext,
    @Arg('filter', () => UserFilter, { nullable: true }) filter?: UserFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    @Arg('sort', () => SortInput, { nullable: true, description: sortDescription('users') }) sort?: SortInput,
  ) {
    return findUsers(context.services, context.services.db.dataSource.manager, context.actor, filter, page, sort);
  }

  @Query(() => UserView, { description: '用户' })
  @Access(ACCESS_RULES['Query.user'])
  user(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return findUser(context.services, context.services.db.dataSource.manager, context.actor, id);
  }

  @Mutation(() => UserView, { description: '新建用户（初始密码须在首次登录时修改）' })
  @Access(ACCESS_RULES['Mutation.createUser'])
  async createUser(
    @Ctx() context: RequestContext,
    @Arg('input', () => UserInput) input: UserInput,
    @Arg('initialPassword', () => String) initialPassword: string,
  ) {
    const user = await createUser(context, input, initialPassword);
    return this.view(context, user.id);
  }

  @Mutation(() => UserView, { description: '修改用户（须提供当前版本号）' })
  @Access(ACCESS_RULES['Mutation.updateUser'])
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
  @Access(ACCESS_RULES['Mutation.setUserActive'])
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
  @Access(ACCESS_RULES['Mutation.resetUserPassword'])
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
  @Access(ACCESS_RULES['Mutation.unlockUser'])
  async unlockUser(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    await unlockUser(context, id);
    return this.view(context, id);
  }

  @Mutation(() => UserView, { description: '授予角色' })
  @Access(ACCESS_RULES['Mutation.grantRole'])
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
  @Access(ACCESS_RULES['Mutation.revokeRole'])
  async revokeRole(@Ctx() context: RequestContext, @Arg('grantId', () => ID) grantId: string) {
    const user = await revokeRole(context, grantId);
    return this.view(context, user.id);
  }

  @Mutation(() => UserView, { description: '授予细粒度权限' })
  @Access(ACCESS_RULES['Mutation.grantPermission'])
  async grantPermission(
    @Ctx() context: RequestContext,
    @Arg('userId', () => ID) userId: string,
    @Arg('permission', () => FineGrainedPermissionEnum) permission: FineGrainedPermission,
  ) {
    await grantPermission(context, userId, permission);
    return this.view(context, userId);
  }

  @Mutation(() => UserView, { description: '撤销细粒度权限' })
  @Access(ACCESS_RULES['Mutation.revokePermission'])
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
