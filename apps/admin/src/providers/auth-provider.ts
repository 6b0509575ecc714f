import {
  decideAccess,
  type Actor,
  type FineGrainedPermission,
  type Role,
  type SessionStage,
} from '@gdp/domain';
import type { AuthProvider, UserIdentity } from 'react-admin';
import type { MeFieldsFragment } from '../graphql/generated/graphql';
import { LoginMutation, LogoutMutation, MeQuery } from './auth.documents';
import { contractHttpError, errorCodeOf, errorReasonOf } from './graphql-errors';
import type { GraphQLGateway } from './graphql-gateway';
import type { ResourceRegistry } from './data-provider';
import { mayHaveSession, rememberSession } from './session-hint';
import { rememberSignInNotice } from './sign-in-notice';

export type Me = MeFieldsFragment;

export type ConsoleIdentity = UserIdentity & Me;

/** Where a session that is not FULL must go first (SPEC §2.1: forced password change, TOTP enrolment). */
export const STAGE_PATHS: Record<Exclude<SessionStage, 'FULL'>, string> = {
  PASSWORD_CHANGE: '/change-password',
  TOTP_ENROLMENT: '/totp-enrolment',
};

export const stagePath = (stage: SessionStage): string | null =>
  stage === 'FULL' ? null : STAGE_PATHS[stage];

/** The domain's Actor for the signed-in user: the same input the API gives decideAccess. */
export const actorOf = (me: Me): Actor => ({
  kind: 'staff',
  userId: me.id,
  username: me.username,
  stage: me.stage,
  grants: me.roles.map((grant) => ({ role: grant.role as Role, departmentId: grant.departmentId ?? null })),
  permissions: me.fineGrainedPermissions as FineGrainedPermission[],
});

/** The API asked for the second factor: the sign-in page shows the code field and calls login again. */
export class TotpRequiredError extends Error {
  constructor() {
    super('请输入动态验证码');
    this.name = 'TotpRequiredError';
  }
}

export interface LoginParams {
  username: string;
  password: string;
  totpCode?: string;
}

export interface ConsoleAuthProvider extends AuthProvider {
  /** The signed-in user (cached for the session; `fresh` asks the API again). */
  getMe(fresh?: boolean): Promise<Me>;
  /** After a mutation that answered the new `Me` (password change, TOTP enrolment). */
  setMe(me: Me): void;
}

/** Reasons whose message the sign-in page should show after the redirect. */
const NOTICE_REASONS = new Set(['AUTH.SESSION_EXPIRED', 'AUTH.SESSION_ENDED', 'AUTH.CREDENTIAL_INVALID']);

export function createAuthProvider(api: GraphQLGateway, registry: ResourceRegistry): ConsoleAuthProvider {
  let mePromise: Promise<Me> | null = null;
  let hasSession = false;

  const forget = async () => {
    mePromise = null;
    hasSession = false;
    rememberSession(false);
    await api.clear();
  };

  const noSession = () =>
    contractHttpError({
      message: '请先登录',
      extensions: { code: 'UNAUTHENTICATED', reason: 'AUTH.UNAUTHENTICATED' },
    });

  const getMe = (fresh = false): Promise<Me> => {
    if (!fresh && !mePromise && !mayHaveSession()) return Promise.reject(noSession());
    if (fresh || !mePromise) {
      mePromise = api.query(MeQuery, {}).then(
        (data) => {
          hasSession = true;
          rememberSession(true);
          return data.me;
        },
        (error: unknown) => {
          mePromise = null;
          hasSession = false;
          rememberSession(false);
          throw error;
        },
      );
    }
    return mePromise;
  };

  const rememberNoticeOf = (error: unknown) => {
    const reason = errorReasonOf(error);
    const message = (error as { message?: string } | undefined)?.message;
    if (reason && NOTICE_REASONS.has(reason) && message) rememberSignInNotice(message);
  };

  return {
    getMe,
    setMe(me) {
      mePromise = Promise.resolve(me);
      hasSession = true;
      rememberSession(true);
    },

    async login(params: LoginParams) {
      const { login } = await api.mutate(LoginMutation, {
        username: params.username.trim(),
        password: params.password,
        totpCode: params.totpCode?.trim() || null,
      });
      if (login.status === 'TOTP_REQUIRED') throw new TotpRequiredError();
      await forget();
      const me = await getMe(true);
      const redirectTo = stagePath(me.stage);
      return redirectTo ? { redirectTo } : undefined;
    },

    async logout() {
      if (hasSession) {
        try {
          await api.mutate(LogoutMutation, {});
        } catch {
          // the session may already have ended on the server: signing out locally is what matters
        }
      }
      await forget();
    },

    async checkAuth() {
      try {
        await getMe();
      } catch (error) {
        rememberNoticeOf(error);
        throw { message: false };
      }
    },

    async checkError(error: unknown) {
      const status = (error as { status?: number } | undefined)?.status;
      if (errorCodeOf(error) === 'UNAUTHENTICATED' || status === 401) {
        rememberNoticeOf(error);
        mePromise = null;
        hasSession = false;
        rememberSession(false);
        throw { message: false };
      }
    },

    async getIdentity(): Promise<ConsoleIdentity> {
      const me = await getMe();
      return { ...me, fullName: me.displayName };
    },

    async getPermissions() {
      // react-admin loops LogoutOnMount when getPermissions resolves without any delay while signed out
      // (the race documented in its useLogout.ts; marmelab/react-admin#10764): yield once first.
      await new Promise((resolve) => setTimeout(resolve, 50));
      try {
        return actorOf(await getMe());
      } catch {
        return { kind: 'anonymous' } satisfies Actor;
      }
    },

    async canAccess({ resource, action }) {
      const definition = Object.hasOwn(registry, resource) ? registry[resource] : undefined;
      const rule =
        definition && Object.hasOwn(definition.access, action) ? definition.access[action] : undefined;
      if (!rule) return false; // deny by default
      try {
        return decideAccess(rule, actorOf(await getMe())) === 'ALLOW';
      } catch {
        return false;
      }
    },
  };
}
