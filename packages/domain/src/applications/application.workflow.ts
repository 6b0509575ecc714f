import type { Permission } from '../identity/permissions.js';
import { DomainError } from '../shared/domain-error.js';
import { APPLICATION_STATE_LABELS, type ApplicationState } from './applications.js';

/**
 * The application workflow (SPEC M6; 条例 art. 30–39):
 *
 *   PROCESSING ──REQUEST_CORRECTION (within 7 wd of receipt, once)──▶ AWAITING_CORRECTION
 *       ▲   ⟲ EXTEND (once, approver) · CONSULT (suspends)              │ RECORD_CORRECTION (restarts the clock)
 *       │                                                                │ CLOSE_UNCORRECTED (period over) ──▶ CLOSED
 *       ├── RECORD_PAYMENT ◀── AWAITING_FEE ◀──ISSUE_FEE_NOTICE── PROCESSING
 *       │                       └─ CLOSE_UNPAID (period over) ──▶ CLOSED
 *       ⟲ LINK_DOCUMENTS (the bureau's documents the application asks for: art. 44, seed §3-1)
 *       ⟲ ASK_REASONS (art. 35) → SET_REASONABLE_PERIOD (once; reasonable but beyond capacity; approver)
 *       ├── REPLY (result without supplied content, or as already published) ──▶ CLOSED
 *       └── SUBMIT_REPLY_FOR_REVIEW ──▶ IN_REVIEW ──(review: supplied)──▶ CLOSED
 *                                          └──(review: returned / cancelled)──▶ PROCESSING
 *
 * IN_REVIEW moves only with its review (the review module's SUPPLY, return and cancel).
 */
export const APPLICATION_ACTIONS = [
  'REQUEST_CORRECTION',
  'RECORD_CORRECTION',
  'CLOSE_UNCORRECTED',
  'EXTEND',
  'CONSULT',
  'ISSUE_FEE_NOTICE',
  'RECORD_PAYMENT',
  'CLOSE_UNPAID',
  'LINK_DOCUMENTS',
  'ASK_REASONS',
  'SET_REASONABLE_PERIOD',
  'REPLY',
  'SUBMIT_REPLY_FOR_REVIEW',
] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

export const APPLICATION_ACTION_LABELS: Record<ApplicationAction, string> = {
  REQUEST_CORRECTION: '告知补正',
  RECORD_CORRECTION: '登记补正材料',
  CLOSE_UNCORRECTED: '逾期未补正办结',
  EXTEND: '延期答复',
  CONSULT: '征求意见',
  ISSUE_FEE_NOTICE: '发出收费通知',
  RECORD_PAYMENT: '登记缴费',
  CLOSE_UNPAID: '逾期未缴费办结',
  LINK_DOCUMENTS: '关联所申请的文件',
  ASK_REASONS: '要求说明理由',
  SET_REASONABLE_PERIOD: '确定延迟答复的合理期限',
  REPLY: '答复并办结',
  SUBMIT_REPLY_FOR_REVIEW: '提供信息送保密审查',
};

export const APPLICATION_TRANSITIONS: Record<
  ApplicationState,
  Partial<Record<ApplicationAction, ApplicationState>>
> = {
  PROCESSING: {
    REQUEST_CORRECTION: 'AWAITING_CORRECTION',
    EXTEND: 'PROCESSING',
    CONSULT: 'PROCESSING',
    ISSUE_FEE_NOTICE: 'AWAITING_FEE',
    LINK_DOCUMENTS: 'PROCESSING',
    ASK_REASONS: 'PROCESSING',
    SET_REASONABLE_PERIOD: 'PROCESSING',
    REPLY: 'CLOSED',
    SUBMIT_REPLY_FOR_REVIEW: 'IN_REVIEW',
  },
  AWAITING_CORRECTION: { RECORD_CORRECTION: 'PROCESSING', CLOSE_UNCORRECTED: 'CLOSED' },
  AWAITING_FEE: { RECORD_PAYMENT: 'PROCESSING', CLOSE_UNPAID: 'CLOSED' },
  IN_REVIEW: {},
  CLOSED: {},
};

/**
 * The permission each action needs: the handlers run the case; the extension (art. 33) and the longer
 * period of art. 35 lengthen the statutory period, so both need the disclosure office head's approval.
 */
export const APPLICATION_ACTION_PERMISSIONS: Record<ApplicationAction, Permission> = {
  REQUEST_CORRECTION: 'APPLICATION_HANDLE',
  RECORD_CORRECTION: 'APPLICATION_HANDLE',
  CLOSE_UNCORRECTED: 'APPLICATION_HANDLE',
  EXTEND: 'APPLICATION_EXTENSION_APPROVE',
  CONSULT: 'APPLICATION_HANDLE',
  ISSUE_FEE_NOTICE: 'APPLICATION_HANDLE',
  RECORD_PAYMENT: 'APPLICATION_HANDLE',
  CLOSE_UNPAID: 'APPLICATION_HANDLE',
  LINK_DOCUMENTS: 'APPLICATION_HANDLE',
  ASK_REASONS: 'APPLICATION_HANDLE',
  SET_REASONABLE_PERIOD: 'APPLICATION_EXTENSION_APPROVE',
  REPLY: 'APPLICATION_HANDLE',
  SUBMIT_REPLY_FOR_REVIEW: 'APPLICATION_HANDLE',
};

export const APPLICATION_MODULE_PERMISSIONS = [
  'APPLICATION_READ',
  'APPLICATION_HANDLE',
  'APPLICATION_EXTENSION_APPROVE',
] as const satisfies readonly Permission[];

/** Facts about the case and its clock that some actions depend on. */
export interface ApplicationFacts {
  /** Today is within 7 working days of the day of receipt (art. 30). */
  correctionWindowOpen: boolean;
  /** A 补正 notice was already given: art. 30 allows it once. */
  correctionRequested: boolean;
  /** The reply period was already extended: art. 33 allows it once. */
  extended: boolean;
  /** A third-party or joint-agency consultation is still open: no reply before it ends (or lapses). */
  hasOpenConsultation: boolean;
  /** The bureau charges fees at all (国办函〔2020〕109号; free by default) and none was noticed yet. */
  feeNoticeAllowed: boolean;
  /** The applicant's period to correct (or to pay) has passed. */
  applicantPeriodOver: boolean;
  /** Art. 35: the applicant was asked to explain the number or frequency of their applications. */
  reasonsRequested: boolean;
  /** Art. 35: a longer reasonable period was already set and told. */
  reasonablePeriodSet: boolean;
}

export const NO_APPLICATION_FACTS: ApplicationFacts = {
  correctionWindowOpen: true,
  correctionRequested: false,
  extended: false,
  hasOpenConsultation: false,
  feeNoticeAllowed: false,
  applicantPeriodOver: false,
  reasonsRequested: false,
  reasonablePeriodSet: false,
};

/** Why a fact holds the action back now, or null. */
function factBlocking(
  action: ApplicationAction,
  facts: ApplicationFacts,
): { reason: string; message: string } | null {
  switch (action) {
    case 'REQUEST_CORRECTION':
      if (facts.correctionRequested) {
        return {
          reason: 'APPLICATION.CORRECTION_ONCE',
          message: '补正只能告知一次（《政府信息公开条例》第三十条）',
        };
      }
      if (!facts.correctionWindowOpen) {
        return {
          reason: 'APPLICATION.CORRECTION_WINDOW_CLOSED',
          message: '已超过收到申请之日起 7 个工作日，不能再告知补正（《政府信息公开条例》第三十条）',
        };
      }
      if (facts.hasOpenConsultation) {
        return { reason: 'APPLICATION.CONSULTATION_OPEN', message: '征求意见期间不能告知补正' };
      }
      return null;
    case 'EXTEND':
      return facts.extended
        ? {
            reason: 'APPLICATION.EXTENDED_ONCE',
            message: '答复期限只能延长一次（《政府信息公开条例》第三十三条）',
          }
        : null;
    case 'ISSUE_FEE_NOTICE':
      if (!facts.feeNoticeAllowed) {
        return { reason: 'APPLICATION.FEE_NOT_ALLOWED', message: '本局未开启收费，或本申请已发出过收费通知' };
      }
      return facts.hasOpenConsultation
        ? { reason: 'APPLICATION.CONSULTATION_OPEN', message: '征求意见期间不能发出收费通知' }
        : null;
    case 'SET_REASONABLE_PERIOD':
      if (!facts.reasonsRequested) {
        return {
          reason: 'APPLICATION.REASONS_FIRST',
          message: '须先要求申请人说明理由，认为理由合理的方可确定延迟答复的合理期限（《政府信息公开条例》第三十五条）',
        };
      }
      return facts.reasonablePeriodSet
        ? { reason: 'APPLICATION.REASONABLE_PERIOD_ONCE', message: '已确定过延迟答复的合理期限' }
        : null;
    case 'REPLY':
    case 'SUBMIT_REPLY_FOR_REVIEW':
      return facts.hasOpenConsultation
        ? { reason: 'APPLICATION.CONSULTATION_OPEN', message: '尚有征求意见未结束，不能答复' }
        : null;
    case 'CLOSE_UNCORRECTED':
      return facts.applicantPeriodOver
        ? null
        : { reason: 'APPLICATION.PERIOD_NOT_OVER', message: '补正期限尚未届满，不能按逾期未补正办结' };
    case 'CLOSE_UNPAID':
      return facts.applicantPeriodOver
        ? null
        : { reason: 'APPLICATION.PERIOD_NOT_OVER', message: '缴费期限尚未届满，不能按逾期未缴费办结' };
    default:
      return null;
  }
}

/** The actions the actor may take now, in APPLICATION_ACTIONS order (the API's `availableActions`). */
export function availableApplicationActions(
  state: ApplicationState,
  permissions: readonly Permission[],
  facts: ApplicationFacts,
): ApplicationAction[] {
  return APPLICATION_ACTIONS.filter(
    (action) =>
      APPLICATION_TRANSITIONS[state][action] !== undefined &&
      permissions.includes(APPLICATION_ACTION_PERMISSIONS[action]) &&
      factBlocking(action, facts) === null,
  );
}

/**
 * The state `action` leads to, or the refusal: FORBIDDEN without the action's permission,
 * INVALID_TRANSITION (with the actions allowed now) when the state or a fact does not allow it.
 */
export function applicationTransition(
  state: ApplicationState,
  action: ApplicationAction,
  permissions: readonly Permission[],
  facts: ApplicationFacts,
): ApplicationState {
  if (!permissions.includes(APPLICATION_ACTION_PERMISSIONS[action])) {
    throw new DomainError(
      'FORBIDDEN',
      'APPLICATION.FORBIDDEN',
      `您无权对政府信息公开申请执行“${APPLICATION_ACTION_LABELS[action]}”`,
    );
  }
  const allowedActions = availableApplicationActions(state, permissions, facts);
  const next = APPLICATION_TRANSITIONS[state][action];
  if (next === undefined) {
    throw new DomainError(
      'INVALID_TRANSITION',
      'APPLICATION.INVALID_TRANSITION',
      `申请当前状态为“${APPLICATION_STATE_LABELS[state]}”，不能${APPLICATION_ACTION_LABELS[action]}`,
      { allowedActions },
    );
  }
  const blocking = factBlocking(action, facts);
  if (blocking)
    throw new DomainError('INVALID_TRANSITION', blocking.reason, blocking.message, { allowedActions });
  return next;
}
