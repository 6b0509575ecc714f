import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { FineGrainedPermission, Permission, SessionStage, TokenScope } from '@gdp/domain';
import { PermissionEnum, SessionStageEnum, TokenScopeEnum } from '../organisation/organisation.enums.js';
import { DepartmentSummary, RoleGrantView } from '../organisation/organisation.types.js';

export enum SignInStatusEnum {
  SIGNED_IN = 'SIGNED_IN',
  TOTP_REQUIRED = 'TOTP_REQUIRED',
}
registerEnumType(SignInStatusEnum, {
  name: 'SignInStatus',
  valuesConfig: { SIGNED_IN: { description: '已登录' }, TOTP_REQUIRED: { description: '需要输入动态验证码' } },
});

@ObjectType({ description: '登录结果；会话凭据以 HttpOnly Cookie 返回' })
export class SignInResult {
  @Field(() => SignInStatusEnum)
  status: SignInStatusEnum;

  @Field(() => SessionStageEnum, { nullable: true, description: 'FULL，或须先修改初始密码 / 绑定动态验证码' })
  stage?: SessionStage;
}

@ObjectType({ description: '当前登录人员' })
export class Me {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  username: string;

  @Field(() => String)
  displayName: string;

  @Field(() => ID, { nullable: true })
  departmentId: string | null;

  @Field(() => DepartmentSummary, {
    nullable: true,
    description: '本人所属处室（编号和名称；无须“查看组织机构”权限）',
  })
  department: DepartmentSummary | null;

  @Field(() => SessionStageEnum)
  stage: SessionStage;

  @Field(() => [RoleGrantView])
  roles: RoleGrantView[];

  @Field(() => [PermissionEnum], { description: '角色和细粒度授权合计的有效权限' })
  permissions: Permission[];

  @Field(() => [PermissionEnum])
  fineGrainedPermissions: FineGrainedPermission[];

  @Field(() => Boolean)
  totpEnabled: boolean;

  @Field(() => Boolean)
  isDemo: boolean;
}

@ObjectType()
export class TotpEnrolment {
  @Field(() => String, { description: 'Base32 密钥（仅显示一次）' })
  secret: string;

  @Field(() => String, { description: 'otpauth:// 链接，可生成二维码' })
  otpauthUri: string;
}

@ObjectType({ description: '系统信息（公开）' })
export class ServerInfo {
  @Field(() => String)
  name: string;

  @Field(() => Boolean, { description: '演示模式：存在演示账号' })
  demoMode: boolean;
}

@ObjectType({ description: '外部应用令牌自身信息' })
export class TokenSelf {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => [TokenScopeEnum])
  scopes: TokenScope[];
}
