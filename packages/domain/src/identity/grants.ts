import { DomainError } from '../shared/domain-error.js';
import type { Grant } from './actor.js';
import { ROLE_LABELS, SEPARATED_ADMIN_ROLES, isDepartmentScopedRole } from './roles.js';

/**
 * Checks a user's grants after a change: department-scoped roles name a department, others name none,
 * no duplicates, and 三员分立 — an administrator post (system, security, audit) is held alone, so the
 * system administrator reads no business content and nobody administers and audits themselves.
 */
export function assertGrantsValid(grants: readonly Grant[]): void {
  const seen = new Set<string>();
  for (const grant of grants) {
    const key = `${grant.role}:${grant.departmentId ?? ''}`;
    if (seen.has(key)) {
      throw new DomainError('CONFLICT', 'GRANT.DUPLICATE', `该用户已拥有角色“${ROLE_LABELS[grant.role]}”`);
    }
    seen.add(key);
    if (isDepartmentScopedRole(grant.role) && !grant.departmentId) {
      throw new DomainError('BAD_USER_INPUT', 'GRANT.DEPARTMENT_REQUIRED', `角色“${ROLE_LABELS[grant.role]}”必须指定处室`, {
        fields: { departmentId: ['请选择处室'] },
      });
    }
    if (!isDepartmentScopedRole(grant.role) && grant.departmentId) {
      throw new DomainError('BAD_USER_INPUT', 'GRANT.DEPARTMENT_NOT_ALLOWED', `角色“${ROLE_LABELS[grant.role]}”不限于某一处室`, {
        fields: { departmentId: ['该角色不应指定处室'] },
      });
    }
  }
  const roles = new Set(grants.map((grant) => grant.role));
  const adminRoles = SEPARATED_ADMIN_ROLES.filter((role) => roles.has(role));
  if (adminRoles.length > 1 || (adminRoles.length === 1 && roles.size > 1)) {
    const held = [...roles].map((role) => ROLE_LABELS[role]).join('、');
    throw new DomainError(
      'CONFLICT',
      'GRANT.SEPARATION_OF_DUTIES',
      `三员分立：系统管理员、安全管理员、安全审计员只能单独担任，不能与其他角色兼任（涉及：${held}）`,
    );
  }
}
