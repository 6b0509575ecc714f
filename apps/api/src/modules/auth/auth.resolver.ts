import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ACCESS_RULES, PERMISSIONS, hasPermission, type SessionStage } from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { Access } from '../../shared/access/access.decorator.js';
import { unauthenticated } from '../../shared/errors/app-errors.js';
import { findDepartmentSummary, findUser } from '../organisation/organisation.queries.js';
import { SESSION_COOKIE } from './authenticate.js';
import { Me, ServerInfo, SignInResult, SignInStatusEnum, TokenSelf, TotpEnrolment } from './auth.types.js';
import { beginTotpEnrolment, changeOwnPassword, confirmTotpEnrolment, signOut } from './use-cases/manage-credentials.js';
import { signIn } from './use-cases/sign-in.js';

@Resolver()
export class AuthResolver {
  @Query(() => ServerInfo, { description: '系统名称与运行模式' })
  @Access(ACCESS_RULES['Query.serverInfo'])
  serverInfo(@Ctx() context: RequestContext): ServerInfo {
    return { name: '政务公开管理平台', demoMode: context.services.config.demoMode };
  }

  @Mutation(() => SignInResult, { description: '用户名密码登录；已绑定动态验证码的账号须同时提供 totpCode' })
  @Access(ACCESS_RULES['Mutation.login'])
  async login(
    @Ctx() context: RequestContext,
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
    @Arg('totpCode', () => String, { nullable: true }) totpCode?: string,
  ): Promise<SignInResult> {
    const result = await signIn(context, username, password, totpCode ?? undefined);
    if (result.sessionToken) {
      context.res.cookie(SESSION_COOKIE, result.sessionToken, {
        httpOnly: true,
        sameSite: 'strict',
        secure: context.services.config.cookieSecure,
        path: '/',
      });
    }
    return { status: SignInStatusEnum[result.status], stage: result.stage };
  }

  @Mutation(() => Boolean, { description: '退出登录（服务端结束会话）' })
  @Access(ACCESS_RULES['Mutation.logout'])
  async logout(@Ctx() context: RequestContext): Promise<boolean> {
    await signOut(context);
    context.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Mutation(() => Me, { description: '修改本人密码' })
  @Access(ACCESS_RULES['Mutation.changePassword'])
  async changePassword(
    @Ctx() context: RequestContext,
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
  ): Promise<Me> {
    const stage = await changeOwnPassword(context, currentPassword, newPassword);
    return this.buildMe(context, stage);
  }

  @Mutation(() => TotpEnrolment, { description: '开始绑定动态验证码' })
  @Access(ACCESS_RULES['Mutation.beginTotpEnrolment'])
  beginTotpEnrolment(@Ctx() context: RequestContext): Promise<TotpEnrolment> {
    return beginTotpEnrolment(context);
  }

  @Mutation(() => Me, { description: '以首个动态验证码确认绑定' })
  @Access(ACCESS_RULES['Mutation.confirmTotpEnrolment'])
  async confirmTotpEnrolment(@Ctx() context: RequestContext, @Arg('code', () => String) code: string): Promise<Me> {
    const stage = await confirmTotpEnrolment(context, code);
    return this.buildMe(context, stage);
  }

  @Query(() => Me, { description: '当前登录人员、角色与权限' })
  @Access(ACCESS_RULES['Query.me'])
  me(@Ctx() context: RequestContext): Promise<Me> {
    return this.buildMe(context);
  }

  private async buildMe(context: RequestContext, stageOverride?: SessionStage): Promise<Me> {
    const actor = context.actor;
    if (actor.kind !== 'staff') throw unauthenticated();
    const manager = context.mutation?.manager ?? context.services.db.dataSource.manager;
    const user = await findUser(context.services, manager, actor, actor.userId);
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      departmentId: user.departmentId,
      department: await findDepartmentSummary(manager, user.departmentId),
      stage: stageOverride ?? actor.stage,
      roles: user.roles,
      permissions: PERMISSIONS.filter((permission) => hasPermission(actor, permission)),
      fineGrainedPermissions: user.permissions,
      totpEnabled: user.totpEnabled,
      isDemo: user.isDemo,
    };
  }

  @Query(() => TokenSelf, { description: '外部应用查看本令牌的名称与范围' })
  @Access(ACCESS_RULES['Query.tokenSelf'])
  tokenSelf(@Ctx() context: RequestContext): TokenSelf {
    if (context.actor.kind !== 'token') throw unauthenticated();
    return { id: context.actor.tokenId, name: context.actor.name, scopes: [...context.actor.scopes] };
  }
}
