import { describe, expect, it } from 'vitest';
import { hasPermission, type Actor } from './actor.js';
import {
  PERMISSION_LABELS,
  ROLE_PERMISSIONS_DEFINITION,
  TOKEN_SCOPES,
  tokenScopeFromKey,
  tokenScopeKey,
  type RolePermission,
  type TokenScope,
} from './permissions.js';
import { BUSINESS_ROLES, ROLES, SEPARATED_ADMIN_ROLES, isDepartmentScopedRole, type Role } from './roles.js';

const holder = (role: Role): Actor => ({
  kind: 'staff',
  userId: 'u',
  username: 'u',
  stage: 'FULL',
  grants: [{ role, departmentId: isDepartmentScopedRole(role) ? 'dept' : null }],
  permissions: [],
});

describe('BUSINESS_ROLES', () => {
  it('are every role but the three separated administrators', () => {
    expect([...BUSINESS_ROLES].sort()).toEqual(
      ROLES.filter((role) => !SEPARATED_ADMIN_ROLES.includes(role)).sort(),
    );
  });
});

/**
 * M1 external agencies, M11 ledger (staff changes) and rules library, written out by hand: the general
 * office keeps the ledger [seed §9-2] with the leadership group's office; every business role reads;
 * the 三员 (SYSTEM_ADMIN, SECURITY_ADMIN, AUDITOR) read no business content.
 */
describe('organisation records, ledger and rules library permissions', () => {
  const MANAGERS: Role[] = ['GENERAL_OFFICE', 'LEADERSHIP_OFFICE'];
  const reads: RolePermission[] = ['AGENCY_READ', 'LEDGER_READ', 'RULES_READ'];
  const manages: RolePermission[] = ['AGENCY_MANAGE', 'LEDGER_RECORD_MANAGE', 'RULES_MANAGE'];

  const table = ROLES.flatMap((role) => [
    ...reads.map(
      (permission) => [role, permission, (BUSINESS_ROLES as readonly Role[]).includes(role)] as const,
    ),
    ...manages.map((permission) => [role, permission, MANAGERS.includes(role)] as const),
  ]);

  it.each(table)('%s → %s: %s', (role, permission, allowed) => {
    expect(hasPermission(holder(role), permission)).toBe(allowed);
  });

  const explicit: Array<[Role, RolePermission, boolean]> = [
    ['GENERAL_OFFICE', 'LEDGER_RECORD_MANAGE', true],
    ['LEADERSHIP_OFFICE', 'RULES_MANAGE', true],
    ['DRAFTER', 'AGENCY_READ', true],
    ['DRAFTER', 'AGENCY_MANAGE', false],
    ['BUREAU_LEADER', 'RULES_READ', true],
    ['BUREAU_LEADER', 'RULES_MANAGE', false],
    ['SYSTEM_ADMIN', 'AGENCY_MANAGE', false],
    ['SYSTEM_ADMIN', 'AGENCY_READ', false],
    ['SYSTEM_ADMIN', 'LEDGER_READ', false],
    ['SECURITY_ADMIN', 'RULES_READ', false],
    ['AUDITOR', 'LEDGER_READ', false],
  ];
  it.each(explicit)('explicitly: %s → %s is %s', (role, permission, allowed) => {
    expect(hasPermission(holder(role), permission)).toBe(allowed);
  });

  it('every new permission has a zh-CN label', () => {
    for (const permission of [...reads, ...manages]) {
      expect(PERMISSION_LABELS[permission]).toMatch(/[\u4e00-\u9fa5]/);
      expect(ROLE_PERMISSIONS_DEFINITION[permission].roles.length).toBeGreaterThan(0);
    }
  });
});

/** GraphQL enum names cannot hold ':'; API and console convert scopes with these two functions. */
describe('token scope keys', () => {
  const written: Array<[TokenScope, string]> = [
    ['public:read', 'PUBLIC_READ'],
    ['applications:submit', 'APPLICATIONS_SUBMIT'],
    ['complaints:submit', 'COMPLAINTS_SUBMIT'],
    ['evaluations:submit', 'EVALUATIONS_SUBMIT'],
    ['opinions:submit', 'OPINIONS_SUBMIT'],
    ['invitations:respond', 'INVITATIONS_RESPOND'],
  ];

  it('covers every scope', () => {
    expect(written.map(([scope]) => scope).sort()).toEqual([...TOKEN_SCOPES].sort());
  });

  it.each(written)('%s ↔ %s', (scope, key) => {
    expect(tokenScopeKey(scope)).toBe(key);
    expect(tokenScopeFromKey(key)).toBe(scope);
  });

  it.each(TOKEN_SCOPES)('%s: a valid GraphQL enum name that converts back', (scope) => {
    expect(tokenScopeKey(scope)).toMatch(/^[_A-Za-z][_0-9A-Za-z]*$/);
    expect(tokenScopeFromKey(tokenScopeKey(scope))).toBe(scope);
  });

  it.each(['public:read', 'public_read', 'PUBLIC', '', 'toString', '__proto__'])('%j is no key', (text) => {
    expect(tokenScopeFromKey(text)).toBeUndefined();
  });
});
