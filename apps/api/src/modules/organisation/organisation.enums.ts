import { registerEnumType } from 'type-graphql';
import {
  DEPARTMENT_KINDS,
  DEPARTMENT_KIND_LABELS,
  FINE_GRAINED_PERMISSIONS,
  PERMISSION_LABELS,
  PERMISSIONS,
  ROLES,
  ROLE_LABELS,
  SESSION_STAGES,
  TOKEN_SCOPES,
  TOKEN_SCOPE_LABELS,
} from '@gdp/domain';

/** GraphQL enums built from the domain's lists, with the zh-CN labels as descriptions. */
function enumFrom<const T extends readonly string[]>(
  name: string,
  values: T,
  labels?: Partial<Record<T[number], string>>,
  toKey: (value: string) => string = (value) => value,
) {
  const enumObject = Object.fromEntries(values.map((value) => [toKey(value), value])) as Record<string, T[number]>;
  registerEnumType(enumObject, {
    name,
    valuesConfig: labels
      ? Object.fromEntries(values.map((value) => [toKey(value), { description: labels[value as T[number]] }]))
      : undefined,
  });
  return enumObject;
}

export const DepartmentKindEnum = enumFrom('DepartmentKind', DEPARTMENT_KINDS, DEPARTMENT_KIND_LABELS);
export const RoleEnum = enumFrom('Role', ROLES, ROLE_LABELS);
export const PermissionEnum = enumFrom('Permission', PERMISSIONS, PERMISSION_LABELS);
export const FineGrainedPermissionEnum = enumFrom('FineGrainedPermission', FINE_GRAINED_PERMISSIONS, PERMISSION_LABELS);
export const SessionStageEnum = enumFrom('SessionStage', SESSION_STAGES);
/** Scopes contain ':' which GraphQL enum names cannot: `public:read` is `PUBLIC_READ`. */
export const tokenScopeKey = (scope: string) => scope.replace(':', '_').toUpperCase();
export const TokenScopeEnum = enumFrom('TokenScope', TOKEN_SCOPES, TOKEN_SCOPE_LABELS, tokenScopeKey);
