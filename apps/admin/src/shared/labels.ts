import {
  COMPLAINT_ACTION_LABELS,
  COMPLAINT_CHANNELS,
  COMPLAINT_CHANNEL_LABELS,
  COMPLAINT_OUTCOMES,
  COMPLAINT_OUTCOME_LABELS,
  COMPLAINT_STATES,
  COMPLAINT_STATE_LABELS,
  COMPLAINT_VIOLATION_KINDS,
  COMPLAINT_VIOLATION_KIND_LABELS,
  COMPLAINT_VIOLATION_KIND_SHORT_LABELS,
  CORRECTION_ORDER_ACTION_LABELS,
  STAFF_INTAKE_CHANNELS,
  CORRECTION_ORDER_STATES,
  CORRECTION_ORDER_STATE_LABELS,
  NOT_ACCEPTED_REASONS,
  NOT_ACCEPTED_REASON_LABELS,
  NOTICE_CHANNELS,
  type ComplaintAction,
  type ComplaintChannel,
  type ComplaintOutcome,
  type ComplaintState,
  type ComplaintViolationKind,
  type CorrectionOrderAction,
  type CorrectionOrderState,
  type NotAcceptedReason,
  ACTOR_KIND_LABELS,
  STAFF_NOTIFICATION_KINDS,
  STAFF_NOTIFICATION_KIND_LABELS,
  TASK_KINDS,
  TASK_KIND_LABELS,
  TASK_STATES,
  TASK_STATE_LABELS,
  type StaffNotificationKind,
  type TaskKind,
  type TaskState,
  CASE_KINDS,
  DEADLINE_EVENT_ACTION_LABELS,
  DEADLINE_KINDS,
  DEADLINE_KIND_LABELS,
  DEADLINE_STATES,
  DEADLINE_STATE_LABELS,
  type DeadlineEventAction,
  type DeadlineKind,
  type DeadlineState,
  CASE_KIND_LABELS,
  NOTICE_CHANNEL_LABELS,
  OUTBOX_CHANNELS,
  OUTBOX_STATES,
  OUTBOX_STATE_LABELS,
  type CaseKind,
  type NoticeChannel,
  type OutboxState,
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
export const DEADLINE_KIND_CHOICES = choicesOf(DEADLINE_KINDS, DEADLINE_KIND_LABELS);
export const DEADLINE_STATE_CHOICES = choicesOf(DEADLINE_STATES, DEADLINE_STATE_LABELS);
export const CASE_KIND_CHOICES = choicesOf(CASE_KINDS, CASE_KIND_LABELS);
export const OUTBOX_STATE_CHOICES = choicesOf(OUTBOX_STATES, OUTBOX_STATE_LABELS);
/** The channels the outbox sends (SMS, e-mail), with the notice channels' labels. */
export const OUTBOX_CHANNEL_CHOICES = OUTBOX_CHANNELS.map((channel) => ({
  id: channel,
  name: NOTICE_CHANNEL_LABELS[channel],
}));
export const TASK_KIND_CHOICES = choicesOf(TASK_KINDS, TASK_KIND_LABELS);
export const TASK_STATE_CHOICES = choicesOf(TASK_STATES, TASK_STATE_LABELS);
export const STAFF_NOTIFICATION_KIND_CHOICES = choicesOf(STAFF_NOTIFICATION_KINDS, STAFF_NOTIFICATION_KIND_LABELS);
/** The ten kinds of violation in the seed's own words (the intake form) and short (filters, lists, charts). */
export const COMPLAINT_VIOLATION_KIND_CHOICES = choicesOf(
  COMPLAINT_VIOLATION_KINDS,
  COMPLAINT_VIOLATION_KIND_LABELS,
);
export const COMPLAINT_VIOLATION_KIND_SHORT_CHOICES = choicesOf(
  COMPLAINT_VIOLATION_KINDS,
  COMPLAINT_VIOLATION_KIND_SHORT_LABELS,
);
export const COMPLAINT_CHANNEL_CHOICES = choicesOf(COMPLAINT_CHANNELS, COMPLAINT_CHANNEL_LABELS);
/** Staff register what came by letter, telephone, fax, e-mail or visit; online ones come from external apps. */
export const COMPLAINT_INTAKE_CHANNEL_CHOICES = choicesOf(STAFF_INTAKE_CHANNELS, COMPLAINT_CHANNEL_LABELS);
export const COMPLAINT_STATE_CHOICES = choicesOf(COMPLAINT_STATES, COMPLAINT_STATE_LABELS);
export const COMPLAINT_OUTCOME_CHOICES = choicesOf(COMPLAINT_OUTCOMES, COMPLAINT_OUTCOME_LABELS);
export const NOT_ACCEPTED_REASON_CHOICES = choicesOf(NOT_ACCEPTED_REASONS, NOT_ACCEPTED_REASON_LABELS);
export const CORRECTION_ORDER_STATE_CHOICES = choicesOf(
  CORRECTION_ORDER_STATES,
  CORRECTION_ORDER_STATE_LABELS,
);
export const NOTICE_CHANNEL_CHOICES = choicesOf(NOTICE_CHANNELS, NOTICE_CHANNEL_LABELS);
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
export const deadlineKindLabel = labelOf<DeadlineKind>(DEADLINE_KIND_LABELS);
export const deadlineStateLabel = labelOf<DeadlineState>(DEADLINE_STATE_LABELS);
export const deadlineEventActionLabel = labelOf<DeadlineEventAction>(DEADLINE_EVENT_ACTION_LABELS);
export const caseKindLabel = labelOf<CaseKind>(CASE_KIND_LABELS);
export const noticeChannelLabel = labelOf<NoticeChannel>(NOTICE_CHANNEL_LABELS);
export const outboxStateLabel = labelOf<OutboxState>(OUTBOX_STATE_LABELS);
export const taskKindLabel = labelOf<TaskKind>(TASK_KIND_LABELS);
export const taskStateLabel = labelOf<TaskState>(TASK_STATE_LABELS);
export const staffNotificationKindLabel = labelOf<StaffNotificationKind>(STAFF_NOTIFICATION_KIND_LABELS);
export const complaintViolationKindLabel = labelOf<ComplaintViolationKind>(COMPLAINT_VIOLATION_KIND_LABELS);
export const complaintViolationKindShortLabel = labelOf<ComplaintViolationKind>(
  COMPLAINT_VIOLATION_KIND_SHORT_LABELS,
);
export const complaintChannelLabel = labelOf<ComplaintChannel>(COMPLAINT_CHANNEL_LABELS);
export const complaintStateLabel = labelOf<ComplaintState>(COMPLAINT_STATE_LABELS);
export const complaintOutcomeLabel = labelOf<ComplaintOutcome>(COMPLAINT_OUTCOME_LABELS);
export const complaintActionLabel = labelOf<ComplaintAction>(COMPLAINT_ACTION_LABELS);
export const notAcceptedReasonLabel = labelOf<NotAcceptedReason>(NOT_ACCEPTED_REASON_LABELS);
export const correctionOrderStateLabel = labelOf<CorrectionOrderState>(CORRECTION_ORDER_STATE_LABELS);
export const correctionOrderActionLabel = labelOf<CorrectionOrderAction>(CORRECTION_ORDER_ACTION_LABELS);
/** A scope's label from its GraphQL enum name (`PUBLIC_READ` → 读取公开信息). */
export function tokenScopeLabel(key: string): string {
  const scope = tokenScopeFromKey(key);
  return scope ? TOKEN_SCOPE_LABELS[scope] : key;
}
