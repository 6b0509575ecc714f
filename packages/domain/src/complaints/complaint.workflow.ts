import { departmentScopeOf, hasPermission, type Actor } from '../identity/actor.js';
import type { Permission } from '../identity/permissions.js';
import { DomainError } from '../shared/domain-error.js';
import {
  COMPLAINT_STATE_LABELS,
  CORRECTION_ORDER_STATE_LABELS,
  type ComplaintState,
  type CorrectionOrderState,
} from './complaints.js';

/**
 * The complaint workflow (SPEC M14) [seed §11-3, §11-4]:
 *
 *   RECEIVED ──ACCEPT──▶ INVESTIGATING ──HANDLE──▶ HANDLED ──CLOSE──▶ CLOSED
 *      │                   │    ▲   ⟲ EXTEND
 *      REJECT           TRANSFER  RECORD_TRANSFER_RESULT
 *      ▼                   ▼    │
 *   NOT_ACCEPTED        TRANSFERRED ⟲ EXTEND
 *
 * REVEAL_IDENTITY (reading the sealed identity and material) changes nothing and is open in every state,
 * to holders of the fine-grained COMPLAINT_IDENTITY_REVEAL only.
 */
export const COMPLAINT_ACTIONS = [
  'ACCEPT',
  'REJECT',
  'TRANSFER',
  'RECORD_TRANSFER_RESULT',
  'EXTEND',
  'HANDLE',
  'CLOSE',
  'REVEAL_IDENTITY',
] as const;
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];

export const COMPLAINT_ACTION_LABELS: Record<ComplaintAction, string> = {
  ACCEPT: '受理',
  REJECT: '不予受理',
  TRANSFER: '转办',
  RECORD_TRANSFER_RESULT: '登记转办结果',
  EXTEND: '延期办理',
  HANDLE: '作出处理',
  CLOSE: '办结',
  REVEAL_IDENTITY: '查看举报人身份',
};

/** The state each action leads to, per state; an action missing from a state is not allowed there. */
export const COMPLAINT_TRANSITIONS: Record<
  ComplaintState,
  Partial<Record<ComplaintAction, ComplaintState>>
> = {
  RECEIVED: { ACCEPT: 'INVESTIGATING', REJECT: 'NOT_ACCEPTED', REVEAL_IDENTITY: 'RECEIVED' },
  INVESTIGATING: {
    TRANSFER: 'TRANSFERRED',
    EXTEND: 'INVESTIGATING',
    HANDLE: 'HANDLED',
    REVEAL_IDENTITY: 'INVESTIGATING',
  },
  TRANSFERRED: {
    RECORD_TRANSFER_RESULT: 'INVESTIGATING',
    EXTEND: 'TRANSFERRED',
    REVEAL_IDENTITY: 'TRANSFERRED',
  },
  NOT_ACCEPTED: { REVEAL_IDENTITY: 'NOT_ACCEPTED' },
  HANDLED: { CLOSE: 'CLOSED', REVEAL_IDENTITY: 'HANDLED' },
  CLOSED: { REVEAL_IDENTITY: 'CLOSED' },
};

/** The permission each action needs: the handlers run the workflow; reading identities is granted one by one. */
export const COMPLAINT_ACTION_PERMISSIONS: Record<ComplaintAction, Permission> = {
  ACCEPT: 'COMPLAINT_HANDLE',
  REJECT: 'COMPLAINT_HANDLE',
  TRANSFER: 'COMPLAINT_HANDLE',
  RECORD_TRANSFER_RESULT: 'COMPLAINT_HANDLE',
  EXTEND: 'COMPLAINT_HANDLE',
  HANDLE: 'COMPLAINT_HANDLE',
  CLOSE: 'COMPLAINT_HANDLE',
  REVEAL_IDENTITY: 'COMPLAINT_IDENTITY_REVEAL',
};

/** The permissions of the complaint module an actor holds (the inputs of the workflow functions). */
export const COMPLAINT_MODULE_PERMISSIONS = [
  'COMPLAINT_READ',
  'COMPLAINT_HANDLE',
  'CORRECTION_REPORT',
  'COMPLAINT_IDENTITY_REVEAL',
] as const satisfies readonly Permission[];

export function complaintPermissionsOf(actor: Actor): Permission[] {
  return COMPLAINT_MODULE_PERMISSIONS.filter((permission) => hasPermission(actor, permission));
}

/** Facts about the case's other records that a transition depends on. */
export interface ComplaintFacts {
  /** Some order to correct is not yet verified: the case cannot be closed. */
  hasPendingCorrectionOrders: boolean;
}

const NO_PENDING: ComplaintFacts = { hasPendingCorrectionOrders: false };

function blockedByFacts(action: ComplaintAction, facts: ComplaintFacts): boolean {
  return action === 'CLOSE' && facts.hasPendingCorrectionOrders;
}

/** The actions the actor may take now, in COMPLAINT_ACTIONS order (the API's `availableActions`). */
export function availableComplaintActions(
  state: ComplaintState,
  permissions: readonly Permission[],
  facts: ComplaintFacts = NO_PENDING,
): ComplaintAction[] {
  return COMPLAINT_ACTIONS.filter(
    (action) =>
      COMPLAINT_TRANSITIONS[state][action] !== undefined &&
      permissions.includes(COMPLAINT_ACTION_PERMISSIONS[action]) &&
      !blockedByFacts(action, facts),
  );
}

/**
 * The state `action` leads to, or the refusal: FORBIDDEN when the actor lacks the action's permission,
 * INVALID_TRANSITION (with the actions allowed now) when the state does not allow it.
 */
export function complaintTransition(
  state: ComplaintState,
  action: ComplaintAction,
  permissions: readonly Permission[],
  facts: ComplaintFacts = NO_PENDING,
): ComplaintState {
  if (!permissions.includes(COMPLAINT_ACTION_PERMISSIONS[action])) {
    throw new DomainError(
      'FORBIDDEN',
      'COMPLAINT.FORBIDDEN',
      `您无权对投诉举报执行“${COMPLAINT_ACTION_LABELS[action]}”`,
    );
  }
  const allowedActions = availableComplaintActions(state, permissions, facts);
  const next = COMPLAINT_TRANSITIONS[state][action];
  if (next === undefined) {
    throw new DomainError(
      'INVALID_TRANSITION',
      'COMPLAINT.INVALID_TRANSITION',
      `投诉举报当前状态为“${COMPLAINT_STATE_LABELS[state]}”，不能${COMPLAINT_ACTION_LABELS[action]}`,
      { allowedActions },
    );
  }
  if (blockedByFacts(action, facts)) {
    throw new DomainError(
      'INVALID_TRANSITION',
      'COMPLAINT.CORRECTION_PENDING',
      '尚有责令改正事项未核实整改完成，不能办结',
      { allowedActions },
    );
  }
  return next;
}

// ---------------------------------------------------------------------------------------------------
// Orders to correct (责令改正) [seed §11-2]
// ---------------------------------------------------------------------------------------------------

/** ORDERED ──REPORT (the department's head)──▶ REPORTED ──VERIFY (a complaint handler)──▶ VERIFIED */
export const CORRECTION_ORDER_ACTIONS = ['REPORT', 'VERIFY'] as const;
export type CorrectionOrderAction = (typeof CORRECTION_ORDER_ACTIONS)[number];

export const CORRECTION_ORDER_ACTION_LABELS: Record<CorrectionOrderAction, string> = {
  REPORT: '报告整改情况',
  VERIFY: '核实整改完成',
};

export const CORRECTION_ORDER_TRANSITIONS: Record<
  CorrectionOrderState,
  Partial<Record<CorrectionOrderAction, CorrectionOrderState>>
> = {
  ORDERED: { REPORT: 'REPORTED' },
  REPORTED: { VERIFY: 'VERIFIED' },
  VERIFIED: {},
};

/** May the actor take `action` on an order of `departmentId`, whatever its state? */
function mayActOnOrder(actor: Actor, action: CorrectionOrderAction, departmentId: string): boolean {
  if (action === 'VERIFY') return hasPermission(actor, 'COMPLAINT_HANDLE');
  const scope = actor.kind === 'staff' ? departmentScopeOf(actor.grants, 'CORRECTION_REPORT') : [];
  return scope === 'ALL' || scope.includes(departmentId);
}

export function availableCorrectionOrderActions(
  order: { state: CorrectionOrderState; departmentId: string },
  actor: Actor,
): CorrectionOrderAction[] {
  return CORRECTION_ORDER_ACTIONS.filter(
    (action) =>
      CORRECTION_ORDER_TRANSITIONS[order.state][action] !== undefined &&
      mayActOnOrder(actor, action, order.departmentId),
  );
}

/** The state `action` leads to, or FORBIDDEN / INVALID_TRANSITION as for complaints. */
export function correctionOrderTransition(
  order: { state: CorrectionOrderState; departmentId: string },
  action: CorrectionOrderAction,
  actor: Actor,
): CorrectionOrderState {
  if (!mayActOnOrder(actor, action, order.departmentId)) {
    throw new DomainError(
      'FORBIDDEN',
      'CORRECTION_ORDER.FORBIDDEN',
      `您无权对该责令改正事项执行“${CORRECTION_ORDER_ACTION_LABELS[action]}”`,
    );
  }
  const next = CORRECTION_ORDER_TRANSITIONS[order.state][action];
  if (next === undefined) {
    throw new DomainError(
      'INVALID_TRANSITION',
      'CORRECTION_ORDER.INVALID_TRANSITION',
      `责令改正事项当前状态为“${CORRECTION_ORDER_STATE_LABELS[order.state]}”，不能${CORRECTION_ORDER_ACTION_LABELS[action]}`,
      { allowedActions: availableCorrectionOrderActions(order, actor) },
    );
  }
  return next;
}
