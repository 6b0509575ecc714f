import type { CaseKind } from '../cases/case-kinds.js';
import type { FineGrainedPermission, RolePermission } from '../identity/permissions.js';
import { DomainError, badInput } from '../shared/domain-error.js';

/**
 * Every kind of deadline the bureau keeps (SPEC §2.3), with its period and its extension policy.
 * The deadline service applies these; modules only start, suspend, resume, restart, extend and close.
 */
export interface ExtensionPolicy {
  /** How many extensions a deadline of this kind may have (null: no fixed limit). */
  maxCount: number | null;
  /** The most working days one extension may add. */
  maxWorkingDaysEach: number;
  /** Who must approve: a permission the approving user holds, or null (the handler decides). */
  approverPermission: RolePermission | FineGrainedPermission | null;
  /** A recorded reason is required. */
  reasonRequired: boolean;
  /** The person concerned must be told: the extension needs a recorded notice. */
  noticeRequired: boolean;
}

export interface DeadlineKindDefinition {
  label: string;
  caseKind: CaseKind;
  periodWorkingDays: number;
  /** The source of the period, shown beside it. */
  basis: string;
  /** Met by recording a notice to the person ("tell X within N working days", SPEC §2.3a). */
  metByNotice: boolean;
  extension: ExtensionPolicy | null;
}

export const DEADLINE_KINDS_DEFINITION = {
  APPLICATION_REPLY: {
    label: '依申请公开答复',
    caseKind: 'APPLICATION',
    periodWorkingDays: 20,
    basis: '《政府信息公开条例》第三十三条',
    metByNotice: false,
    extension: {
      maxCount: 1,
      maxWorkingDaysEach: 20,
      approverPermission: 'APPLICATION_EXTENSION_APPROVE',
      reasonRequired: true,
      noticeRequired: true,
    },
  },
  APPLICATION_CORRECTION_NOTICE: {
    label: '补正告知',
    caseKind: 'APPLICATION',
    periodWorkingDays: 7,
    basis: '《政府信息公开条例》第三十条',
    metByNotice: true,
    extension: null,
  },
  // The applicant's own periods: when one runs out the handler may close the case (其他处理 1 / 2). The
  // period is set per notice (art. 30 "a reasonable period"; the fee period is unconfirmed nationally),
  // so the case module starts these with its own period; the value here is the default.
  APPLICATION_CORRECTION_PERIOD: {
    label: '申请人补正期限',
    caseKind: 'APPLICATION',
    periodWorkingDays: 15,
    basis: '《政府信息公开条例》第三十条',
    metByNotice: false,
    extension: null,
  },
  APPLICATION_FEE_PAYMENT: {
    label: '申请人缴费期限',
    caseKind: 'APPLICATION',
    periodWorkingDays: 20,
    basis: '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）',
    metByNotice: false,
    extension: null,
  },
  CONSULTATION_REPLY: {
    label: '征求意见答复',
    caseKind: 'CONSULTATION',
    periodWorkingDays: 15,
    basis: '《政府信息公开条例》第三十二条、第三十四条',
    metByNotice: false,
    extension: null,
  },
  // The rules set no period for a co-department's consent: five working days keep publication within the
  // 20 working days of 条例 art. 26 while the consent is pending beside the review.
  CO_DEPARTMENT_CONSENT: {
    label: '会办处室同意公开',
    caseKind: 'CONSULTATION',
    periodWorkingDays: 5,
    basis: '局政府信息公开保密审查制度第八条',
    metByNotice: false,
    extension: null,
  },
  COMPLAINT_ACCEPTANCE_NOTICE: {
    label: '不予受理告知',
    caseKind: 'COMPLAINT',
    periodWorkingDays: 3,
    basis: '局制度第十一条（投诉举报）',
    metByNotice: true,
    extension: null,
  },
  COMPLAINT_TRANSFER: {
    label: '投诉举报转办',
    caseKind: 'COMPLAINT',
    periodWorkingDays: 5,
    basis: '局制度第十一条（投诉举报）',
    metByNotice: false,
    extension: null,
  },
  COMPLAINT_HANDLING: {
    label: '投诉举报办结',
    caseKind: 'COMPLAINT',
    periodWorkingDays: 15,
    basis: '局制度第十一条（投诉举报）',
    metByNotice: false,
    extension: {
      maxCount: null,
      maxWorkingDaysEach: 15,
      approverPermission: null,
      reasonRequired: true,
      noticeRequired: true,
    },
  },
  MEETING_FEEDBACK: {
    label: '会议意见反馈及结果公开',
    caseKind: 'MEETING',
    periodWorkingDays: 3,
    basis: '局制度第六条（社会代表列席）',
    metByNotice: false,
    extension: null,
  },
  PROACTIVE_PUBLICATION: {
    label: '主动公开信息公开时限',
    caseKind: 'DOCUMENT',
    periodWorkingDays: 20,
    basis: '《政府信息公开条例》第二十六条',
    metByNotice: false,
    extension: null,
  },
} as const satisfies Record<string, DeadlineKindDefinition>;

export type DeadlineKind = keyof typeof DEADLINE_KINDS_DEFINITION;
export const DEADLINE_KINDS = Object.keys(DEADLINE_KINDS_DEFINITION) as DeadlineKind[];
export const DEADLINE_KIND_LABELS = Object.fromEntries(
  DEADLINE_KINDS.map((kind) => [kind, DEADLINE_KINDS_DEFINITION[kind].label]),
) as Record<DeadlineKind, string>;

export const deadlineKindOf = (kind: DeadlineKind): DeadlineKindDefinition => DEADLINE_KINDS_DEFINITION[kind];

/** A persisted deadline's life: open while the clock runs (or is suspended), then met or cancelled. */
export const DEADLINE_STATES = ['OPEN', 'MET', 'CANCELLED'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];
export const DEADLINE_STATE_LABELS: Record<DeadlineState, string> = {
  OPEN: '计时中',
  MET: '已办结',
  CANCELLED: '已撤销',
};

export interface ExtensionRequest {
  byWorkingDays: number;
  reason: string | null;
  /** Extensions already granted on this deadline. */
  previousCount: number;
  /** The approver holds the policy's permission (ignored when the policy names none). */
  approverHasPermission: boolean;
  /** A notice telling the person has been recorded with the extension. */
  noticeRecorded: boolean;
}

/** Refuses an extension the kind's policy does not allow; the message says which rule. */
export function assertExtensionAllowed(kind: DeadlineKind, request: ExtensionRequest): void {
  const policy = deadlineKindOf(kind).extension;
  const label = DEADLINE_KIND_LABELS[kind];
  if (!policy) {
    throw new DomainError('INVALID_TRANSITION', 'DEADLINE.EXTENSION_NOT_ALLOWED', `「${label}」时限不得延长`);
  }
  if (!Number.isInteger(request.byWorkingDays) || request.byWorkingDays < 1) {
    throw badInput('DEADLINE.INVALID_EXTENSION', '延长的工作日数须为正整数', { byWorkingDays: ['须为正整数'] });
  }
  if (request.byWorkingDays > policy.maxWorkingDaysEach) {
    throw badInput('DEADLINE.EXTENSION_TOO_LONG', `「${label}」每次最多延长 ${policy.maxWorkingDaysEach} 个工作日`, {
      byWorkingDays: [`最多 ${policy.maxWorkingDaysEach} 个工作日`],
    });
  }
  if (policy.maxCount !== null && request.previousCount >= policy.maxCount) {
    throw new DomainError(
      'INVALID_TRANSITION',
      'DEADLINE.EXTENSION_LIMIT',
      `「${label}」最多延长 ${policy.maxCount} 次，已延长 ${request.previousCount} 次`,
    );
  }
  if (policy.reasonRequired && !request.reason?.trim()) {
    throw badInput('DEADLINE.EXTENSION_REASON_REQUIRED', '延长时限须填写理由', { reason: ['请填写延长理由'] });
  }
  if (policy.approverPermission !== null && !request.approverHasPermission) {
    throw new DomainError('FORBIDDEN', 'DEADLINE.EXTENSION_APPROVER_REQUIRED', `「${label}」延长须经有权人员批准`);
  }
  if (policy.noticeRequired && !request.noticeRecorded) {
    throw badInput('DEADLINE.EXTENSION_NOTICE_REQUIRED', '延长时限须同时告知当事人（登记告知记录）', {
      notice: ['请登记告知记录'],
    });
  }
}

/**
 * A period lengthened on another legal basis than an extension, outside the extension's count and limit:
 * 条例 art. 35 lets the agency set a reasonable longer period when an applicant's many applications have
 * reasonable grounds but cannot be answered in time. The approver and the notice are required as for an
 * extension; `maxWorkingDays` only catches a mistyped number (see REASONABLE_PERIOD_MAX_WORKING_DAYS).
 */
export const DEADLINE_LENGTHENING: Partial<
  Record<DeadlineKind, { basis: string; maxWorkingDays: number; approverPermission: RolePermission | FineGrainedPermission }>
> = {
  APPLICATION_REPLY: {
    basis: '《政府信息公开条例》第三十五条',
    maxWorkingDays: 60,
    approverPermission: 'APPLICATION_EXTENSION_APPROVE',
  },
};

/** Refuses a lengthening the kind does not allow, or one without its number, reason, approver or notice. */
export function assertLengtheningAllowed(
  kind: DeadlineKind,
  request: Omit<ExtensionRequest, 'previousCount'>,
): void {
  const policy = DEADLINE_LENGTHENING[kind];
  const label = DEADLINE_KIND_LABELS[kind];
  if (!policy) {
    throw new DomainError('INVALID_TRANSITION', 'DEADLINE.LENGTHENING_NOT_ALLOWED', `「${label}」时限不能另行确定期限`);
  }
  if (!Number.isInteger(request.byWorkingDays) || request.byWorkingDays < 1) {
    throw badInput('DEADLINE.INVALID_EXTENSION', '延长的工作日数须为正整数', { byWorkingDays: ['须为正整数'] });
  }
  if (request.byWorkingDays > policy.maxWorkingDays) {
    throw badInput('DEADLINE.EXTENSION_TOO_LONG', `最多延迟 ${policy.maxWorkingDays} 个工作日`, {
      byWorkingDays: [`最多 ${policy.maxWorkingDays} 个工作日`],
    });
  }
  if (!request.reason?.trim()) {
    throw badInput('DEADLINE.EXTENSION_REASON_REQUIRED', '确定延迟答复期限须说明理由', { reason: ['请填写理由'] });
  }
  if (!request.approverHasPermission) {
    throw new DomainError('FORBIDDEN', 'DEADLINE.EXTENSION_APPROVER_REQUIRED', `「${label}」延迟答复须经有权人员批准`);
  }
  if (!request.noticeRecorded) {
    throw badInput('DEADLINE.EXTENSION_NOTICE_REQUIRED', '确定延迟答复期限须同时告知申请人（登记告知记录）', {
      notice: ['请登记告知记录'],
    });
  }
}

/** What the deadline history records. RECOMPUTED: the calendar changed and the due date moved. */
export const DEADLINE_EVENT_ACTIONS = [
  'STARTED',
  'SUSPENDED',
  'RESUMED',
  'RESTARTED',
  'EXTENDED',
  'LENGTHENED',
  'MET',
  'CANCELLED',
  'RECOMPUTED',
] as const;
export type DeadlineEventAction = (typeof DEADLINE_EVENT_ACTIONS)[number];
export const DEADLINE_EVENT_ACTION_LABELS: Record<DeadlineEventAction, string> = {
  STARTED: '开始计时',
  SUSPENDED: '暂停计时',
  RESUMED: '恢复计时',
  RESTARTED: '重新起算',
  EXTENDED: '延长',
  LENGTHENED: '确定延迟答复的合理期限',
  MET: '办结',
  CANCELLED: '撤销',
  RECOMPUTED: '因节假日调整重算',
};

/** An open deadline is "due soon" when its due date is at most this many working days away. */
export const DUE_SOON_WORKING_DAYS = 3;

/**
 * Where an open deadline stands today — the dashboard's filter, colour and counts: past its due date,
 * due within DUE_SOON_WORKING_DAYS, further away, or stopped by an open suspension.
 */
export const DEADLINE_STANDINGS = ['OVERDUE', 'DUE_SOON', 'ON_TRACK', 'SUSPENDED'] as const;
export type DeadlineStanding = (typeof DEADLINE_STANDINGS)[number];
export const DEADLINE_STANDING_LABELS: Record<DeadlineStanding, string> = {
  OVERDUE: '已逾期',
  DUE_SOON: '即将到期',
  ON_TRACK: '正常',
  SUSPENDED: '暂停计时',
};
