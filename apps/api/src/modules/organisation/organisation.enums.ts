import {
  DEPARTMENT_KINDS,
  DEPARTMENT_KIND_LABELS,
  FINE_GRAINED_PERMISSIONS,
  PERMISSION_LABELS,
  PERMISSIONS,
  ROLES,
  ROLE_LABELS,
  SESSION_STAGES,
  SESSION_STAGE_LABELS,
  TOKEN_SCOPES,
  TOKEN_SCOPE_LABELS,
  tokenScopeKey,
} from '@gdp/domain';
import { enumFrom } from '../../shared/graphql/domain-enum.js';

/** GraphQL enums built from the domain's lists, with the zh-CN labels as descriptions. */
export const DepartmentKindEnum = enumFrom('DepartmentKind', DEPARTMENT_KINDS, DEPARTMENT_KIND_LABELS);
export const RoleEnum = enumFrom('Role', ROLES, ROLE_LABELS);
export const PermissionEnum = enumFrom('Permission', PERMISSIONS, PERMISSION_LABELS);
export const FineGrainedPermissionEnum = enumFrom('FineGrainedPermission', FINE_GRAINED_PERMISSIONS, PERMISSION_LABELS);
export const SessionStageEnum = enumFrom('SessionStage', SESSION_STAGES, SESSION_STAGE_LABELS);
/** Scopes contain ':' which GraphQL enum names cannot: `public:read` is `PUBLIC_READ` (the domain converts). */
export const TokenScopeEnum = enumFrom('TokenScope', TOKEN_SCOPES, TOKEN_SCOPE_LABELS, tokenScopeKey);
