import { describe, expect, expectTypeOf, it } from 'vitest';
import type { AccessDecision, AccessRule, Actor, ActorKind, Grant, SessionStage } from './actor.js';
import { ACTOR_KINDS, SESSION_STAGES, actorRoles, decideAccess, departmentScopeOf, hasPermission } from './actor.js';
import type { FineGrainedPermission, RolePermission, TokenScope } from './permissions.js';
import {
  FINE_GRAINED_PERMISSIONS,
  PERMISSIONS,
  ROLE_PERMISSIONS,
  ROLE_PERMISSIONS_DEFINITION,
  TOKEN_SCOPES,
} from './permissions.js';
import type { Role } from './roles.js';
import { ROLES, isDepartmentScopedRole } from './roles.js';

const DEPT_A = 'dept-a';
const DEPT_B = 'dept-b';

/** A valid grant of `role`: department-scoped roles name a department, the others none. */
const grantOf = (role: Role, departmentId: string = DEPT_A): Grant => ({
  role,
  departmentId: isDepartmentScopedRole(role) ? departmentId : null,
});

const staff = (
  grants: readonly Grant[],
  options: { stage?: SessionStage; permissions?: readonly FineGrainedPermission[] } = {},
): Actor => ({
  kind: 'staff',
  userId: 'user-1',
  username: 'zhangsan',
  stage: options.stage ?? 'FULL',
  grants,
  permissions: options.permissions ?? [],
});

const token = (scopes: readonly TokenScope[]): Actor => ({
  kind: 'token',
  tokenId: 'token-1',
  name: '门户网站',
  scopes,
});
const anonymous: Actor = { kind: 'anonymous' };

describe('decideAccess — role × role permission matrix', () => {
  // Derived from the one permission matrix: every role against every role permission.
  const matrix = ROLES.flatMap((role) =>
    ROLE_PERMISSIONS.map((permission) => ({
      role,
      permission,
      expected: ((ROLE_PERMISSIONS_DEFINITION[permission].roles as readonly Role[]).includes(role)
        ? 'ALLOW'
        : 'FORBIDDEN') as AccessDecision,
    })),
  );

  it('covers every role × every role permission', () => {
    expect(matrix).toHaveLength(ROLES.length * ROLE_PERMISSIONS.length);
    expect(ROLE_PERMISSIONS.length).toBeGreaterThan(0);
  });

  it.each(matrix)('$role → $permission: $expected', ({ role, permission, expected }) => {
    const actor = staff([grantOf(role)]);
    expect(decideAccess({ permissions: [permission] }, actor)).toBe(expected);
    expect(hasPermission(actor, permission)).toBe(expected === 'ALLOW');
  });

  // Hard-coded expectations (SPEC §2.1, 三员分立) so the matrix above is not only checked against itself.
  const explicit: Array<[Role, RolePermission, AccessDecision]> = [
    ['SYSTEM_ADMIN', 'ORGANISATION_MANAGE', 'ALLOW'],
    ['SYSTEM_ADMIN', 'SETTINGS_MANAGE', 'ALLOW'],
    ['SYSTEM_ADMIN', 'ORGANISATION_READ', 'ALLOW'],
    ['SYSTEM_ADMIN', 'AUDIT_READ', 'FORBIDDEN'],
    ['SYSTEM_ADMIN', 'GRANT_MANAGE', 'FORBIDDEN'],
    ['SYSTEM_ADMIN', 'API_TOKEN_MANAGE', 'FORBIDDEN'],
    ['SECURITY_ADMIN', 'GRANT_MANAGE', 'ALLOW'],
    ['SECURITY_ADMIN', 'API_TOKEN_MANAGE', 'ALLOW'],
    ['SECURITY_ADMIN', 'ORGANISATION_READ', 'ALLOW'],
    ['SECURITY_ADMIN', 'ORGANISATION_MANAGE', 'FORBIDDEN'],
    ['SECURITY_ADMIN', 'SETTINGS_MANAGE', 'FORBIDDEN'],
    ['SECURITY_ADMIN', 'AUDIT_READ', 'FORBIDDEN'],
    ['AUDITOR', 'AUDIT_READ', 'ALLOW'],
    ['AUDITOR', 'ORGANISATION_READ', 'FORBIDDEN'],
    ['AUDITOR', 'ORGANISATION_MANAGE', 'FORBIDDEN'],
    ['AUDITOR', 'GRANT_MANAGE', 'FORBIDDEN'],
    ['AUDITOR', 'API_TOKEN_MANAGE', 'FORBIDDEN'],
    ['AUDITOR', 'SETTINGS_MANAGE', 'FORBIDDEN'],
    ['DRAFTER', 'ORGANISATION_READ', 'ALLOW'],
    ['DRAFTER', 'GRANT_MANAGE', 'FORBIDDEN'],
    ['DRAFTER', 'ORGANISATION_MANAGE', 'FORBIDDEN'],
    ['DRAFTER', 'AUDIT_READ', 'FORBIDDEN'],
    ['BUREAU_LEADER', 'ORGANISATION_READ', 'ALLOW'],
    ['BUREAU_LEADER', 'AUDIT_READ', 'FORBIDDEN'],
    ['LEADERSHIP_OFFICE', 'SETTINGS_MANAGE', 'FORBIDDEN'],
  ];

  it.each(explicit)('explicitly: %s → %s is %s', (role, permission, expected) => {
    expect(decideAccess({ permissions: [permission] }, staff([grantOf(role)]))).toBe(expected);
  });

  it('AUDITOR holds only AUDIT_READ among the identity permissions', () => {
    const identityPermissions: RolePermission[] = [
      'ORGANISATION_READ',
      'ORGANISATION_MANAGE',
      'GRANT_MANAGE',
      'API_TOKEN_MANAGE',
      'AUDIT_READ',
      'SETTINGS_MANAGE',
    ];
    const held = identityPermissions.filter((permission) =>
      hasPermission(staff([grantOf('AUDITOR')]), permission),
    );
    expect(held).toEqual(['AUDIT_READ']);
  });

  it('no business role may manage organisation, grants, tokens or settings, or read the audit log', () => {
    const adminOnly: RolePermission[] = [
      'ORGANISATION_MANAGE',
      'GRANT_MANAGE',
      'API_TOKEN_MANAGE',
      'AUDIT_READ',
      'SETTINGS_MANAGE',
    ];
    const business = ROLES.filter((role) => !['SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDITOR'].includes(role));
    for (const role of business) {
      for (const permission of adminOnly) {
        expect(
          decideAccess({ permissions: [permission] }, staff([grantOf(role)])),
          `${role} ${permission}`,
        ).toBe('FORBIDDEN');
      }
    }
  });

  it('a department-scoped grant allows the permission whatever its department', () => {
    expect(decideAccess({ permissions: ['ORGANISATION_READ'] }, staff([grantOf('DRAFTER', DEPT_B)]))).toBe(
      'ALLOW',
    );
  });

  it('allows when the actor holds any one of the listed permissions', () => {
    const rule: AccessRule = { permissions: ['AUDIT_READ', 'ORGANISATION_MANAGE'] };
    expect(decideAccess(rule, staff([grantOf('AUDITOR')]))).toBe('ALLOW');
    expect(decideAccess(rule, staff([grantOf('SYSTEM_ADMIN')]))).toBe('ALLOW');
    expect(decideAccess(rule, staff([grantOf('SECURITY_ADMIN')]))).toBe('FORBIDDEN');
  });

  it('a staff member without grants holds no role permission', () => {
    for (const permission of ROLE_PERMISSIONS) {
      expect(decideAccess({ permissions: [permission] }, staff([]))).toBe('FORBIDDEN');
    }
  });
});

describe('decideAccess — rule kinds', () => {
  it('denies by default: a rule declaring nothing lets no signed-in caller in', () => {
    expect(decideAccess({}, staff([grantOf('SYSTEM_ADMIN')]))).toBe('FORBIDDEN');
    expect(decideAccess({ permissions: [] }, staff([grantOf('SYSTEM_ADMIN')]))).toBe('FORBIDDEN');
    expect(decideAccess({}, token([...TOKEN_SCOPES]))).toBe('FORBIDDEN');
    expect(decideAccess({}, anonymous)).toBe('UNAUTHENTICATED');
  });

  it('`session` lets any signed-in staff member in, even without grants', () => {
    expect(decideAccess({ session: true }, staff([]))).toBe('ALLOW');
    expect(decideAccess({ session: true }, staff([grantOf('DRAFTER')]))).toBe('ALLOW');
  });
});

describe('decideAccess — anonymous', () => {
  const rules: Array<[string, AccessRule]> = [
    ['empty rule', {}],
    ['session', { session: true }],
    ['role permission', { permissions: ['ORGANISATION_READ'] }],
    ['fine-grained permission', { permissions: ['COMPLAINT_IDENTITY_REVEAL'] }],
    ['token scope', { scopes: ['public:read'] }],
    ['restricted stages', { session: true, stages: ['PASSWORD_CHANGE', 'TOTP_ENROLMENT'] }],
  ];

  it.each(rules)('%s → UNAUTHENTICATED', (_name, rule) => {
    expect(decideAccess(rule, anonymous)).toBe('UNAUTHENTICATED');
  });

  it('public rule → ALLOW', () => {
    expect(decideAccess({ public: true }, anonymous)).toBe('ALLOW');
    expect(decideAccess({ public: true, permissions: ['AUDIT_READ'] }, anonymous)).toBe('ALLOW');
  });

  it('anonymous holds no permission', () => {
    for (const permission of PERMISSIONS) expect(hasPermission(anonymous, permission)).toBe(false);
  });

  it('an anonymous-read rule lets in only a caller the API allowed to read public content', () => {
    const rule: AccessRule = { scopes: ['public:read'], anonymousRead: true };
    expect(decideAccess(rule, anonymous)).toBe('UNAUTHENTICATED');
    expect(decideAccess(rule, { kind: 'anonymous', mayReadPublic: false })).toBe('UNAUTHENTICATED');
    expect(decideAccess(rule, { kind: 'anonymous', mayReadPublic: true })).toBe('ALLOW');
    // The allowance reaches no other rule.
    for (const [, other] of rules) expect(decideAccess(other, { kind: 'anonymous', mayReadPublic: true })).toBe('UNAUTHENTICATED');
  });
});

describe('decideAccess — external token', () => {
  it.each(TOKEN_SCOPES)('token holding %s may call a field requiring it', (scope) => {
    expect(decideAccess({ scopes: [scope] }, token([scope]))).toBe('ALLOW');
  });

  it.each(TOKEN_SCOPES)('token without %s may not call a field requiring only it', (scope) => {
    const others = TOKEN_SCOPES.filter((other) => other !== scope);
    expect(decideAccess({ scopes: [scope] }, token(others))).toBe('FORBIDDEN');
  });

  it('allows when the token holds any one of the listed scopes', () => {
    expect(decideAccess({ scopes: ['applications:submit', 'public:read'] }, token(['public:read']))).toBe(
      'ALLOW',
    );
  });

  it('a token with no scopes is refused', () => {
    expect(decideAccess({ scopes: ['public:read'] }, token([]))).toBe('FORBIDDEN');
  });

  it('session and permission rules never admit a token', () => {
    const all = token([...TOKEN_SCOPES]);
    expect(decideAccess({ session: true }, all)).toBe('FORBIDDEN');
    for (const permission of PERMISSIONS) {
      expect(decideAccess({ permissions: [permission] }, all)).toBe('FORBIDDEN');
      expect(hasPermission(all, permission)).toBe(false);
    }
  });

  it('public rule → ALLOW', () => {
    expect(decideAccess({ public: true }, token([]))).toBe('ALLOW');
  });

  it('staff are not admitted by a scope-only rule', () => {
    expect(decideAccess({ scopes: ['public:read'] }, staff([grantOf('SYSTEM_ADMIN')]))).toBe('FORBIDDEN');
  });
});

describe('decideAccess — session stages', () => {
  const rolePermissionRule = (stages?: SessionStage[]): AccessRule => ({
    permissions: ['ORGANISATION_READ'],
    ...(stages ? { stages } : {}),
  });

  const cases: Array<{ name: string; rule: AccessRule; stage: SessionStage; expected: AccessDecision }> = [
    // Default: FULL only.
    { name: 'session, default stages', rule: { session: true }, stage: 'FULL', expected: 'ALLOW' },
    {
      name: 'session, default stages',
      rule: { session: true },
      stage: 'PASSWORD_CHANGE',
      expected: 'FORBIDDEN',
    },
    {
      name: 'session, default stages',
      rule: { session: true },
      stage: 'TOTP_ENROLMENT',
      expected: 'FORBIDDEN',
    },
    { name: 'permission, default stages', rule: rolePermissionRule(), stage: 'FULL', expected: 'ALLOW' },
    {
      name: 'permission, default stages',
      rule: rolePermissionRule(),
      stage: 'PASSWORD_CHANGE',
      expected: 'FORBIDDEN',
    },
    {
      name: 'permission, default stages',
      rule: rolePermissionRule(),
      stage: 'TOTP_ENROLMENT',
      expected: 'FORBIDDEN',
    },
    // A rule listing a restricted stage lets it in, and only it.
    {
      name: 'session, PASSWORD_CHANGE listed',
      rule: { session: true, stages: ['FULL', 'PASSWORD_CHANGE'] },
      stage: 'PASSWORD_CHANGE',
      expected: 'ALLOW',
    },
    {
      name: 'session, PASSWORD_CHANGE listed',
      rule: { session: true, stages: ['FULL', 'PASSWORD_CHANGE'] },
      stage: 'TOTP_ENROLMENT',
      expected: 'FORBIDDEN',
    },
    {
      name: 'session, TOTP_ENROLMENT listed',
      rule: { session: true, stages: ['FULL', 'TOTP_ENROLMENT'] },
      stage: 'TOTP_ENROLMENT',
      expected: 'ALLOW',
    },
    {
      name: 'session, TOTP_ENROLMENT listed',
      rule: { session: true, stages: ['FULL', 'TOTP_ENROLMENT'] },
      stage: 'PASSWORD_CHANGE',
      expected: 'FORBIDDEN',
    },
    {
      name: 'permission, PASSWORD_CHANGE listed',
      rule: rolePermissionRule(['FULL', 'PASSWORD_CHANGE']),
      stage: 'PASSWORD_CHANGE',
      expected: 'ALLOW',
    },
    // `stages` replaces the default: a rule naming only a restricted stage refuses FULL sessions.
    {
      name: 'session, only PASSWORD_CHANGE',
      rule: { session: true, stages: ['PASSWORD_CHANGE'] },
      stage: 'FULL',
      expected: 'FORBIDDEN',
    },
    // The stage lets the session in; the permission is still needed.
    {
      name: 'missing permission, stage listed',
      rule: { permissions: ['AUDIT_READ'], stages: ['PASSWORD_CHANGE'] },
      stage: 'PASSWORD_CHANGE',
      expected: 'FORBIDDEN',
    },
  ];

  it.each(cases)('$name: $stage → $expected', ({ rule, stage, expected }) => {
    expect(decideAccess(rule, staff([grantOf('DRAFTER')], { stage }))).toBe(expected);
  });

  it.each(SESSION_STAGES.filter((stage) => stage !== 'FULL'))(
    'a %s session holding every role permission is still refused rules that do not list its stage',
    (stage) => {
      const actor = staff(
        ROLES.map((role) => grantOf(role)),
        { stage, permissions: [...FINE_GRAINED_PERMISSIONS] },
      );
      for (const permission of PERMISSIONS) {
        expect(decideAccess({ permissions: [permission] }, actor)).toBe('FORBIDDEN');
      }
      expect(decideAccess({ public: true }, actor)).toBe('ALLOW');
    },
  );
});

describe('decideAccess — fine-grained permissions', () => {
  const cases = ROLES.flatMap((role) => FINE_GRAINED_PERMISSIONS.map((permission) => ({ role, permission })));

  it.each(cases)('role $role alone never gives $permission', ({ role, permission }) => {
    const actor = staff([grantOf(role)]);
    expect(decideAccess({ permissions: [permission] }, actor)).toBe('FORBIDDEN');
    expect(hasPermission(actor, permission)).toBe(false);
  });

  it('holding every role at once still gives no fine-grained permission', () => {
    const actor = staff(ROLES.map((role) => grantOf(role)));
    for (const permission of FINE_GRAINED_PERMISSIONS) {
      expect(decideAccess({ permissions: [permission] }, actor)).toBe('FORBIDDEN');
    }
  });

  it.each(FINE_GRAINED_PERMISSIONS)(
    '%s is allowed when held explicitly, even without any role',
    (permission) => {
      const actor = staff([], { permissions: [permission] });
      expect(decideAccess({ permissions: [permission] }, actor)).toBe('ALLOW');
      expect(hasPermission(actor, permission)).toBe(true);
    },
  );

  it('one fine-grained permission does not give another', () => {
    const actor = staff([grantOf('COMPLAINT_HANDLER')], { permissions: ['COMPLAINT_IDENTITY_REVEAL'] });
    expect(decideAccess({ permissions: ['APPLICATION_EXTENSION_APPROVE'] }, actor)).toBe('FORBIDDEN');
    expect(decideAccess({ permissions: ['COMPLAINT_IDENTITY_REVEAL'] }, actor)).toBe('ALLOW');
  });

  it('a fine-grained permission gives no role permission', () => {
    const actor = staff([], { permissions: [...FINE_GRAINED_PERMISSIONS] });
    for (const permission of ROLE_PERMISSIONS) {
      expect(decideAccess({ permissions: [permission] }, actor)).toBe('FORBIDDEN');
    }
  });

  it('a rule mixing role and fine-grained permissions admits either', () => {
    const rule: AccessRule = { permissions: ['AUDIT_READ', 'APPLICATION_EXTENSION_APPROVE'] };
    expect(
      decideAccess(
        rule,
        staff([grantOf('APPLICATION_HANDLER')], { permissions: ['APPLICATION_EXTENSION_APPROVE'] }),
      ),
    ).toBe('ALLOW');
    expect(decideAccess(rule, staff([grantOf('AUDITOR')]))).toBe('ALLOW');
    expect(decideAccess(rule, staff([grantOf('APPLICATION_HANDLER')]))).toBe('FORBIDDEN');
  });
});

describe('departmentScopeOf', () => {
  it("returns 'ALL' when a role granted without department gives the permission", () => {
    expect(departmentScopeOf([grantOf('GENERAL_OFFICE')], 'ORGANISATION_READ')).toBe('ALL');
    expect(departmentScopeOf([grantOf('SYSTEM_ADMIN')], 'ORGANISATION_MANAGE')).toBe('ALL');
    expect(departmentScopeOf([grantOf('AUDITOR')], 'AUDIT_READ')).toBe('ALL');
  });

  it('returns the departments of department-scoped grants that give the permission', () => {
    expect(departmentScopeOf([{ role: 'DRAFTER', departmentId: DEPT_A }], 'ORGANISATION_READ')).toEqual([
      DEPT_A,
    ]);
    expect(
      departmentScopeOf(
        [
          { role: 'DRAFTER', departmentId: DEPT_A },
          { role: 'PUBLISHER', departmentId: DEPT_B },
        ],
        'ORGANISATION_READ',
      ),
    ).toEqual([DEPT_A, DEPT_B]);
  });

  it('lists each department once', () => {
    const scope = departmentScopeOf(
      [
        { role: 'DRAFTER', departmentId: DEPT_A },
        { role: 'CONFIDENTIALITY_OFFICER', departmentId: DEPT_A },
        { role: 'DEPARTMENT_HEAD', departmentId: DEPT_A },
      ],
      'ORGANISATION_READ',
    );
    expect(scope).toEqual([DEPT_A]);
  });

  it("returns 'ALL' when an unscoped grant is mixed with scoped ones, in either order", () => {
    const scoped: Grant = { role: 'DRAFTER', departmentId: DEPT_A };
    const unscoped: Grant = { role: 'BUREAU_LEADER', departmentId: null };
    expect(departmentScopeOf([scoped, unscoped], 'ORGANISATION_READ')).toBe('ALL');
    expect(departmentScopeOf([unscoped, scoped], 'ORGANISATION_READ')).toBe('ALL');
  });

  it('returns an empty list when no grant gives the permission', () => {
    expect(departmentScopeOf([], 'ORGANISATION_READ')).toEqual([]);
    expect(departmentScopeOf([grantOf('SYSTEM_ADMIN')], 'AUDIT_READ')).toEqual([]);
    expect(departmentScopeOf([{ role: 'DRAFTER', departmentId: DEPT_A }], 'GRANT_MANAGE')).toEqual([]);
  });

  it('ignores grants of other roles', () => {
    expect(
      departmentScopeOf(
        [
          { role: 'SECURITY_ADMIN', departmentId: null },
          { role: 'DRAFTER', departmentId: DEPT_B },
        ],
        'AUDIT_READ',
      ),
    ).toEqual([]);
  });
});

describe('actorRoles', () => {
  it('lists each role of a staff actor once', () => {
    const actor = staff([
      { role: 'DRAFTER', departmentId: DEPT_A },
      { role: 'DRAFTER', departmentId: DEPT_B },
      { role: 'CONFIDENTIALITY_OFFICER', departmentId: DEPT_A },
    ]);
    expect(actorRoles(actor)).toEqual(['DRAFTER', 'CONFIDENTIALITY_OFFICER']);
  });

  it('is empty for anonymous and token actors', () => {
    expect(actorRoles(anonymous)).toEqual([]);
    expect(actorRoles(token(['public:read']))).toEqual([]);
  });
});

describe('ACTOR_KINDS', () => {
  it('are exactly the kinds an Actor can be', () => {
    expectTypeOf<Actor['kind']>().toEqualTypeOf<ActorKind>();
    const kinds: Record<Actor['kind'], Actor> = { staff: staff([]), token: token([]), anonymous };
    expect(Object.keys(kinds).sort()).toEqual([...ACTOR_KINDS].sort());
    for (const [kind, actor] of Object.entries(kinds)) expect(actor.kind).toBe(kind);
  });
});
