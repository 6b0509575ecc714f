import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { departmentScopeOf, type Actor, type DepartmentScope, type RolePermission } from '@gdp/domain';
import { idsForQuery } from '../persistence/query-helpers.js';

/** The departments whose records the caller may read through `permission` ('ALL' for a bureau-wide grant). */
export function callerScope(actor: Actor, permission: RolePermission): DepartmentScope {
  return actor.kind === 'staff' ? departmentScopeOf(actor.grants, permission) : [];
}

/** Limits a query to the scope: records of other departments (or of none, for a scoped caller) are not there. */
export function withinScope<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  column: string,
  scope: DepartmentScope,
): SelectQueryBuilder<T> {
  if (scope === 'ALL') return query;
  return query.andWhere(`${column} IN (:...scopeDepartmentIds)`, { scopeDepartmentIds: idsForQuery(scope) });
}

export const isInScope = (scope: DepartmentScope, departmentId: string | null): boolean =>
  scope === 'ALL' || (departmentId !== null && scope.includes(departmentId));
