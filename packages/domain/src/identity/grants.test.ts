import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/domain-error.js';
import type { Grant } from './actor.js';
import { assertGrantsValid } from './grants.js';
import type { Role } from './roles.js';
import { ROLES, ROLE_LABELS } from './roles.js';

const DEPT_A = '7f1b0c52-4c1e-4b8e-9a55-0c7d3c0b2a01';
const DEPT_B = '9d2e4f61-8a3b-4c7d-b1e2-3f4a5b6c7d02';

/** Hard-coded from SPEC §2.1 rather than read from roles.ts, so a change there shows up here. */
const ADMIN_ROLES: Role[] = ['SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDITOR'];
const DEPARTMENT_SCOPED: Role[] = [
  'DRAFTER',
  'CONFIDENTIALITY_OFFICER',
  'DEPARTMENT_HEAD',
  'PUBLISHER',
  'MEETING_ORGANIZER',
];
const BUSINESS_ROLES = ROLES.filter((role) => !ADMIN_ROLES.includes(role));
const UNSCOPED = ROLES.filter((role) => !DEPARTMENT_SCOPED.includes(role));

/** A valid grant of `role`: department-scoped roles name a department, the others none. */
const grantOf = (role: Role, departmentId = DEPT_A): Grant => ({
  role,
  departmentId: DEPARTMENT_SCOPED.includes(role) ? departmentId : null,
});

function errorOf(grants: readonly Grant[]): DomainError {
  try {
    assertGrantsValid(grants);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error(`expected the grants to be refused: ${JSON.stringify(grants)}`);
}

describe('assertGrantsValid — departments', () => {
  it.each(DEPARTMENT_SCOPED)('%s without department → BAD_USER_INPUT GRANT.DEPARTMENT_REQUIRED', (role) => {
    for (const departmentId of [null, '']) {
      const error = errorOf([{ role, departmentId }]);
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.reason).toBe('GRANT.DEPARTMENT_REQUIRED');
      expect(error.message).toContain(ROLE_LABELS[role]);
      expect(error.fields).toEqual({ departmentId: ['请选择处室'] });
    }
  });

  it.each(DEPARTMENT_SCOPED)('%s with a department is valid', (role) => {
    expect(() => assertGrantsValid([{ role, departmentId: DEPT_A }])).not.toThrow();
  });

  it.each(UNSCOPED)('%s with a department → BAD_USER_INPUT GRANT.DEPARTMENT_NOT_ALLOWED', (role) => {
    const error = errorOf([{ role, departmentId: DEPT_A }]);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.reason).toBe('GRANT.DEPARTMENT_NOT_ALLOWED');
    expect(error.message).toContain(ROLE_LABELS[role]);
    expect(error.fields).toEqual({ departmentId: ['该角色不应指定处室'] });
  });

  it.each(UNSCOPED)('%s without department is valid', (role) => {
    expect(() => assertGrantsValid([{ role, departmentId: null }])).not.toThrow();
  });

  it('checks every grant, not only the first', () => {
    const error = errorOf([
      { role: 'DRAFTER', departmentId: DEPT_A },
      { role: 'PUBLISHER', departmentId: null },
    ]);
    expect(error.reason).toBe('GRANT.DEPARTMENT_REQUIRED');
    expect(error.message).toContain(ROLE_LABELS.PUBLISHER);
  });
});

describe('assertGrantsValid — duplicates', () => {
  const cases: Array<[string, Grant[]]> = [
    ['department-scoped role twice in the same department', [grantOf('DRAFTER'), grantOf('DRAFTER')]],
    ['unscoped business role twice', [grantOf('BUREAU_LEADER'), grantOf('BUREAU_LEADER')]],
    ['admin role twice', [grantOf('AUDITOR'), grantOf('AUDITOR')]],
    [
      'duplicate after other grants',
      [
        grantOf('DRAFTER', DEPT_A),
        grantOf('DRAFTER', DEPT_B),
        grantOf('PUBLISHER'),
        grantOf('DRAFTER', DEPT_B),
      ],
    ],
  ];

  it.each(cases)('%s → CONFLICT GRANT.DUPLICATE', (_name, grants) => {
    const error = errorOf(grants);
    expect(error.code).toBe('CONFLICT');
    expect(error.reason).toBe('GRANT.DUPLICATE');
    expect(error.message).toContain('该用户已拥有角色');
  });
});

describe('assertGrantsValid — 三员分立', () => {
  const adminPairs: Array<[Role, Role]> = [
    ['SYSTEM_ADMIN', 'SECURITY_ADMIN'],
    ['SYSTEM_ADMIN', 'AUDITOR'],
    ['SECURITY_ADMIN', 'AUDITOR'],
  ];

  it.each(
    adminPairs.flatMap(
      ([a, b]) =>
        [
          [a, b],
          [b, a],
        ] as Array<[Role, Role]>,
    ),
  )('%s + %s → CONFLICT GRANT.SEPARATION_OF_DUTIES', (a, b) => {
    const error = errorOf([grantOf(a), grantOf(b)]);
    expect(error.code).toBe('CONFLICT');
    expect(error.reason).toBe('GRANT.SEPARATION_OF_DUTIES');
    expect(error.message).toContain('三员分立');
    expect(error.message).toContain(ROLE_LABELS[a]);
    expect(error.message).toContain(ROLE_LABELS[b]);
  });

  it('all three administrator roles together are refused', () => {
    expect(errorOf(ADMIN_ROLES.map((role) => grantOf(role))).reason).toBe('GRANT.SEPARATION_OF_DUTIES');
  });

  const adminWithBusiness = ADMIN_ROLES.flatMap((admin) =>
    BUSINESS_ROLES.map((business) => ({ admin, business })),
  );

  it('covers every administrator role × every business role', () => {
    expect(BUSINESS_ROLES).toHaveLength(ROLES.length - 3);
    expect(adminWithBusiness).toHaveLength(3 * BUSINESS_ROLES.length);
  });

  it.each(adminWithBusiness)('$admin + $business → refused, in either order', ({ admin, business }) => {
    for (const grants of [
      [grantOf(admin), grantOf(business)],
      [grantOf(business), grantOf(admin)],
    ]) {
      const error = errorOf(grants);
      expect(error.code).toBe('CONFLICT');
      expect(error.reason).toBe('GRANT.SEPARATION_OF_DUTIES');
      expect(error.message).toContain(ROLE_LABELS[admin]);
      expect(error.message).toContain(ROLE_LABELS[business]);
    }
  });

  it.each(ADMIN_ROLES)('%s alone is valid', (role) => {
    expect(() => assertGrantsValid([grantOf(role)])).not.toThrow();
  });
});

describe('assertGrantsValid — valid combinations', () => {
  const cases: Array<[string, Grant[]]> = [
    ['no grants', []],
    ['DRAFTER in two departments', [grantOf('DRAFTER', DEPT_A), grantOf('DRAFTER', DEPT_B)]],
    ['DRAFTER + CONFIDENTIALITY_OFFICER', [grantOf('DRAFTER'), grantOf('CONFIDENTIALITY_OFFICER')]],
    [
      'DRAFTER + CONFIDENTIALITY_OFFICER in different departments',
      [grantOf('DRAFTER', DEPT_A), grantOf('CONFIDENTIALITY_OFFICER', DEPT_B)],
    ],
    ['DEPARTMENT_HEAD + PUBLISHER', [grantOf('DEPARTMENT_HEAD'), grantOf('PUBLISHER')]],
    ['BUREAU_LEADER + LEADERSHIP_OFFICE', [grantOf('BUREAU_LEADER'), grantOf('LEADERSHIP_OFFICE')]],
    [
      'GENERAL_OFFICE + COMPLAINT_HANDLER + APPLICATION_HANDLER',
      [grantOf('GENERAL_OFFICE'), grantOf('COMPLAINT_HANDLER'), grantOf('APPLICATION_HANDLER')],
    ],
    ['every business role at once', BUSINESS_ROLES.map((role) => grantOf(role))],
    [
      'every business role in two departments',
      [
        ...BUSINESS_ROLES.map((role) => grantOf(role, DEPT_A)),
        ...DEPARTMENT_SCOPED.map((role) => grantOf(role, DEPT_B)),
      ],
    ],
  ];

  it.each(cases)('%s is valid', (_name, grants) => {
    expect(() => assertGrantsValid(grants)).not.toThrow();
  });
});
