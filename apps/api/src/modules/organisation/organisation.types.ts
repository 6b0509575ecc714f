import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { DepartmentKind, FineGrainedPermission, Role } from '@gdp/domain';
import { PageOf } from '../../shared/graphql/pagination.js';
import { Department } from './department.entity.js';
import { DepartmentKindEnum, FineGrainedPermissionEnum, RoleEnum } from './organisation.enums.js';

@ObjectType({ description: '角色授权（角色 + 处室）' })
export class RoleGrantView {
  @Field(() => ID)
  id: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => ID, { nullable: true })
  departmentId: string | null;
}

@ObjectType({ description: '处室（仅编号和名称）' })
export class DepartmentSummary {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: '名称' })
  name: string;
}

@ObjectType({ description: '用户' })
export class UserView {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  username: string;

  @Field(() => String, { description: '姓名' })
  displayName: string;

  @Field(() => ID, { nullable: true })
  departmentId: string | null;

  @Field(() => String, { nullable: true, description: '电话（个人信息：仅本人和系统管理员可见）' })
  phone: string | null;

  @Field(() => String, { nullable: true, description: '电子邮箱（个人信息：仅本人和系统管理员可见）' })
  email: string | null;

  @Field(() => Boolean)
  mustChangePassword: boolean;

  @Field(() => Boolean)
  totpEnabled: boolean;

  @Field(() => Boolean)
  isActive: boolean;

  @Field(() => Boolean)
  isDemo: boolean;

  @Field(() => Date, { nullable: true, description: '因登录失败锁定至' })
  lockedUntil: Date | null;

  @Field(() => [RoleGrantView])
  roles: RoleGrantView[];

  @Field(() => [FineGrainedPermissionEnum])
  permissions: FineGrainedPermission[];

  @Field(() => Int)
  version: number;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

export const DepartmentPage = PageOf(Department, 'DepartmentPage');
export const UserPage = PageOf(UserView, 'UserPage');

@InputType()
export class DepartmentInput {
  @Field(() => String)
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => DepartmentKindEnum)
  kind: DepartmentKind;

  @Field(() => Int, { defaultValue: 0 })
  sortOrder: number;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@InputType()
export class DepartmentFilter {
  @Field(() => String, { nullable: true, description: '名称或代码包含' })
  q?: string;

  @Field(() => DepartmentKindEnum, { nullable: true })
  kind?: DepartmentKind;

  @Field(() => Boolean, { nullable: true })
  isActive?: boolean;

  @Field(() => [ID], { nullable: true })
  ids?: string[];
}

@InputType()
export class UserInput {
  @Field(() => String)
  username: string;

  @Field(() => String)
  displayName: string;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;
}

@InputType()
export class UserFilter {
  @Field(() => String, { nullable: true, description: '用户名或姓名包含' })
  q?: string;

  @Field(() => ID, { nullable: true })
  departmentId?: string;

  @Field(() => RoleEnum, { nullable: true })
  role?: Role;

  @Field(() => Boolean, { nullable: true })
  isActive?: boolean;

  @Field(() => [ID], { nullable: true })
  ids?: string[];
}
