import {
  ACTOR_KIND_LABELS,
  AUDIT_ENTITY_TYPES,
  AUDIT_OUTCOMES,
  AUDIT_OUTCOME_LABELS,
  DEPARTMENT_KINDS,
  DEPARTMENT_KIND_LABELS,
  EXTERNAL_AGENCY_KINDS,
  ENTITY_TYPE_LABELS,
  EXTERNAL_AGENCY_KIND_LABELS,
  FINE_GRAINED_PERMISSIONS,
  PERMISSION_LABELS,
  ROLES,
  ROLE_LABELS,
  RULE_CATEGORIES,
  RULE_CATEGORY_LABELS,
  RULE_STATUSES,
  RULE_STATUS_LABELS,
  SESSION_STAGE_LABELS,
  STAFF_CHANGE_KINDS,
  STAFF_CHANGE_KIND_LABELS,
  TOKEN_SCOPES,
  TOKEN_SCOPE_LABELS,
  tokenScopeFromKey,
  tokenScopeKey,
  type ActorKind,
  type AuditEntityType,
  type AuditOutcome,
  type DepartmentKind,
  type ExternalAgencyKind,
  type Permission,
  type Role,
  type RuleCategory,
  type RuleStatus,
  type SessionStage,
  type StaffChangeKind,
} from '@gdp/domain';

/** `{ id, name }` choices for react-admin inputs from a domain enum and its zh-CN labels. */
const choicesOf = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ id: value, name: labels[value] }));

/** A label from a domain map, the raw value when the API sends one the console does not know yet. */
const labelOf =
  <T extends string>(labels: Record<T, string>) =>
  (value: string): string =>
    Object.hasOwn(labels, value) ? labels[value as T] : value;

/** Choices for react-admin inputs, built from the domain's enums and zh-CN labels (never restated). */
export const ROLE_CHOICES = choicesOf(ROLES, ROLE_LABELS);
export const DEPARTMENT_KIND_CHOICES = choicesOf(DEPARTMENT_KINDS, DEPARTMENT_KIND_LABELS);
export const FINE_GRAINED_PERMISSION_CHOICES = choicesOf(FINE_GRAINED_PERMISSIONS, PERMISSION_LABELS);
export const EXTERNAL_AGENCY_KIND_CHOICES = choicesOf(EXTERNAL_AGENCY_KINDS, EXTERNAL_AGENCY_KIND_LABELS);
export const STAFF_CHANGE_KIND_CHOICES = choicesOf(STAFF_CHANGE_KINDS, STAFF_CHANGE_KIND_LABELS);
export const RULE_CATEGORY_CHOICES = choicesOf(RULE_CATEGORIES, RULE_CATEGORY_LABELS);
export const RULE_STATUS_CHOICES = choicesOf(RULE_STATUSES, RULE_STATUS_LABELS);
export const AUDIT_OUTCOME_CHOICES = choicesOf(AUDIT_OUTCOMES, AUDIT_OUTCOME_LABELS);
export const AUDIT_ENTITY_TYPE_CHOICES = choicesOf(AUDIT_ENTITY_TYPES, ENTITY_TYPE_LABELS);
/** Token scopes by their GraphQL enum names (`PUBLIC_READ`), which is what the API takes and answers. */
export const TOKEN_SCOPE_CHOICES = TOKEN_SCOPES.map((scope) => ({
  id: tokenScopeKey(scope),
  name: TOKEN_SCOPE_LABELS[scope],
}));

export const roleLabel = labelOf<Role>(ROLE_LABELS);
export const permissionLabel = labelOf<Permission>(PERMISSION_LABELS);
export const departmentKindLabel = labelOf<DepartmentKind>(DEPARTMENT_KIND_LABELS);
export const externalAgencyKindLabel = labelOf<ExternalAgencyKind>(EXTERNAL_AGENCY_KIND_LABELS);
export const staffChangeKindLabel = labelOf<StaffChangeKind>(STAFF_CHANGE_KIND_LABELS);
export const ruleCategoryLabel = labelOf<RuleCategory>(RULE_CATEGORY_LABELS);
export const ruleStatusLabel = labelOf<RuleStatus>(RULE_STATUS_LABELS);
export const sessionStageLabel = labelOf<SessionStage>(SESSION_STAGE_LABELS);
export const auditOutcomeLabel = labelOf<AuditOutcome>(AUDIT_OUTCOME_LABELS);
export const actorKindLabel = labelOf<ActorKind>(ACTOR_KIND_LABELS);
export const entityTypeLabel = labelOf<AuditEntityType>(ENTITY_TYPE_LABELS);
/** A scope's label from its GraphQL enum name (`PUBLIC_READ` → 读取公开信息). */
export function tokenScopeLabel(key: string): string {
  const scope = tokenScopeFromKey(key);
  return scope ? TOKEN_SCOPE_LABELS[scope] : key;
}
