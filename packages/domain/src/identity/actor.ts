import type { FineGrainedPermission, Permission, RolePermission, TokenScope } from './permissions.js';
import { ROLE_PERMISSIONS_DEFINITION, isFineGrainedPermission } from './permissions.js';
import type { Role } from './roles.js';

export interface Grant {
  role: Role;
  departmentId: string | null;
}

/**
 * What a session may do: FULL is a normal session; the other stages are sessions that must first change
 * an initial password or enrol a second factor and may call only the fields that allow that stage.
 */
export const SESSION_STAGES = ['FULL', 'PASSWORD_CHANGE', 'TOTP_ENROLMENT'] as const;
export type SessionStage = (typeof SESSION_STAGES)[number];

export const SESSION_STAGE_LABELS: Record<SessionStage, string> = {
  FULL: '正常',
  PASSWORD_CHANGE: '须修改初始密码',
  TOTP_ENROLMENT: '须绑定动态验证码',
};

/** Who a request acts as: signed-in staff, an external app's token, or nobody (audit rows keep the kind). */
export const ACTOR_KINDS = ['staff', 'token', 'anonymous'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  staff: '工作人员',
  token: '外部应用',
  anonymous: '匿名',
};

export type Actor =
  /** `mayReadPublic`: the API lets callers without a credential read published content (ANONYMOUS_PUBLIC_READ). */
  | { kind: 'anonymous'; mayReadPublic?: boolean }
  | {
      kind: 'staff';
      userId: string;
      username: string;
      stage: SessionStage;
      grants: readonly Grant[];
      permissions: readonly FineGrainedPermission[];
    }
  | { kind: 'token'; tokenId: string; name: string; scopes: readonly TokenScope[] };

/**
 * Who may call a root field. Every root Query/Mutation declares one (deny by default): `public` for
 * anyone, `session` for any signed-in staff, `permissions` for staff holding any of them, `scopes` for
 * external tokens holding any of them. `stages` lets restricted sessions in (default: FULL only).
 * `anonymousRead` also lets in callers without a credential when the API allows anonymous public reads.
 */
export interface AccessRule {
  public?: true;
  session?: true;
  permissions?: readonly Permission[];
  scopes?: readonly TokenScope[];
  stages?: readonly SessionStage[];
  anonymousRead?: true;
}

export type AccessDecision = 'ALLOW' | 'UNAUTHENTICATED' | 'FORBIDDEN';

/** 'ALL' when a role without department grants it; otherwise the departments whose grants give it. */
export type DepartmentScope = 'ALL' | readonly string[];

export function departmentScopeOf(grants: readonly Grant[], permission: RolePermission): DepartmentScope {
  const roles: readonly Role[] = ROLE_PERMISSIONS_DEFINITION[permission].roles;
  const departments = new Set<string>();
  for (const grant of grants) {
    if (!roles.includes(grant.role)) continue;
    if (grant.departmentId === null) return 'ALL';
    departments.add(grant.departmentId);
  }
  return [...departments];
}

export function hasPermission(actor: Actor, permission: Permission): boolean {
  if (actor.kind !== 'staff') return false;
  if (isFineGrainedPermission(permission)) return actor.permissions.includes(permission);
  const scope = departmentScopeOf(actor.grants, permission);
  return scope === 'ALL' || scope.length > 0;
}

export function decideAccess(rule: AccessRule, actor: Actor): AccessDecision {
  if (rule.public) return 'ALLOW';
  if (actor.kind === 'anonymous') return rule.anonymousRead && actor.mayReadPublic ? 'ALLOW' : 'UNAUTHENTICATED';
  if (actor.kind === 'token') {
    return rule.scopes?.some((scope) => actor.scopes.includes(scope)) ? 'ALLOW' : 'FORBIDDEN';
  }
  const stages = rule.stages ?? ['FULL'];
  if (!stages.includes(actor.stage)) return 'FORBIDDEN';
  if (rule.session) return 'ALLOW';
  if (rule.permissions?.some((permission) => hasPermission(actor, permission))) return 'ALLOW';
  return 'FORBIDDEN';
}

export const actorRoles = (actor: Actor): Role[] =>
  actor.kind === 'staff' ? [...new Set(actor.grants.map((grant) => grant.role))] : [];
