import {
  DEPARTMENT_KINDS,
  DEPARTMENT_KIND_LABELS,
  FINE_GRAINED_PERMISSIONS,
  PERMISSION_LABELS,
  ROLES,
  ROLE_LABELS,
  type DepartmentKind,
  type Permission,
  type Role,
} from '@gdp/domain';

/** Choices for react-admin inputs, built from the domain's enums and zh-CN labels (never restated). */
export const ROLE_CHOICES = ROLES.map((role) => ({ id: role, name: ROLE_LABELS[role] }));
export const DEPARTMENT_KIND_CHOICES = DEPARTMENT_KINDS.map((kind) => ({
  id: kind,
  name: DEPARTMENT_KIND_LABELS[kind],
}));
export const FINE_GRAINED_PERMISSION_CHOICES = FINE_GRAINED_PERMISSIONS.map((permission) => ({
  id: permission,
  name: PERMISSION_LABELS[permission],
}));

export const roleLabel = (role: string): string => ROLE_LABELS[role as Role] ?? role;
export const permissionLabel = (permission: string): string =>
  PERMISSION_LABELS[permission as Permission] ?? permission;
export const departmentKindLabel = (kind: string): string =>
  DEPARTMENT_KIND_LABELS[kind as DepartmentKind] ?? kind;
