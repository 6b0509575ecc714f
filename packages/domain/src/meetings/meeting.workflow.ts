import type { Permission } from '../identity/permissions.js';
import { DomainError } from '../shared/domain-error.js';
import { MEETING_STATE_LABELS, type MeetingState } from './meetings.js';

/**
 * The meeting workflow (SPEC M8) [seed §6-4]:
 *
 *   PLANNED ──INVITE──▶ INVITATIONS_SENT ⟲ INVITE ──START──▶ HELD ──CLOSE (end, minutes, decisions)──▶ CLOSED
 *     │  ▲                  │                                                                          │
 *     │  └──RESCHEDULE── POSTPONED ◀──POSTPONE──┘                                              SEND_FEEDBACK
 *     └──START (no representatives)                                                                   ▼
 *   CANCEL from PLANNED / INVITATIONS_SENT / POSTPONED            FEEDBACK_SENT ──SUBMIT_RESULTS──▶ RESULTS_IN_REVIEW
 *                                                                 (the review publishes or withholds the results;
 *                                                                  a return brings it back to FEEDBACK_SENT)
 * RESCHEDULE leads back to INVITATIONS_SENT when invitations exist, else PLANNED.
 */
export const MEETING_ACTIONS = [
  'EDIT',
  'INVITE',
  'POSTPONE',
  'RESCHEDULE',
  'CANCEL',
  'START',
  'CHECK_IN',
  'RECORD_DEPARTURE',
  'RECORD_SPEECH',
  'RECORD_OPINION',
  'CLOSE',
  'RECORD_ADOPTION',
  'SEND_FEEDBACK',
  'SUBMIT_RESULTS',
] as const;
export type MeetingAction = (typeof MEETING_ACTIONS)[number];

export const MEETING_ACTION_LABELS: Record<MeetingAction, string> = {
  EDIT: '修改会议信息和议题',
  INVITE: '邀请社会代表',
  POSTPONE: '延期',
  RESCHEDULE: '重新确定会议时间',
  CANCEL: '取消会议',
  START: '会议开始',
  CHECK_IN: '签到',
  RECORD_DEPARTURE: '登记离场',
  RECORD_SPEECH: '记录发言',
  RECORD_OPINION: '登记书面意见',
  CLOSE: '会议结束并记录纪要',
  RECORD_ADOPTION: '登记意见采纳情况',
  SEND_FEEDBACK: '向代表反馈',
  SUBMIT_RESULTS: '会议结果送保密审查',
};

type Target = MeetingState | 'AFTER_RESCHEDULE';

export const MEETING_TRANSITIONS: Record<MeetingState, Partial<Record<MeetingAction, Target>>> = {
  PLANNED: {
    EDIT: 'PLANNED',
    INVITE: 'INVITATIONS_SENT',
    POSTPONE: 'POSTPONED',
    CANCEL: 'CANCELLED',
    START: 'HELD',
  },
  INVITATIONS_SENT: {
    EDIT: 'INVITATIONS_SENT',
    INVITE: 'INVITATIONS_SENT',
    POSTPONE: 'POSTPONED',
    CANCEL: 'CANCELLED',
    START: 'HELD',
    CHECK_IN: 'INVITATIONS_SENT',
    RECORD_OPINION: 'INVITATIONS_SENT',
  },
  POSTPONED: {
    EDIT: 'POSTPONED',
    RESCHEDULE: 'AFTER_RESCHEDULE',
    CANCEL: 'CANCELLED',
    RECORD_OPINION: 'POSTPONED',
  },
  CANCELLED: {},
  HELD: {
    CHECK_IN: 'HELD',
    RECORD_DEPARTURE: 'HELD',
    RECORD_SPEECH: 'HELD',
    RECORD_OPINION: 'HELD',
    CLOSE: 'CLOSED',
  },
  CLOSED: {
    RECORD_SPEECH: 'CLOSED',
    RECORD_OPINION: 'CLOSED',
    RECORD_ADOPTION: 'CLOSED',
    SEND_FEEDBACK: 'FEEDBACK_SENT',
  },
  FEEDBACK_SENT: { SUBMIT_RESULTS: 'RESULTS_IN_REVIEW' },
  RESULTS_IN_REVIEW: {},
  RESULTS_PUBLISHED: {},
  RESULTS_WITHHELD: {},
};

/** Organizers run their department's meetings; the permission is scoped by the API to the grant's department. */
export const MEETING_ACTION_PERMISSION: Permission = 'MEETING_MANAGE';

/** Facts about the meeting's other records that some actions depend on. */
export interface MeetingFacts {
  /** Some invitation exists (not withdrawn): a rescheduled meeting goes back to INVITATIONS_SENT. */
  hasInvitations: boolean;
  /** Written opinions and speeches without an adoption decision: no feedback before they all have one. */
  opinionsWithoutAdoption: number;
  /** The meeting's decisions are recorded (CLOSE requires them; feedback states them). */
  decisionsRecorded: boolean;
}

export const NO_MEETING_FACTS: MeetingFacts = {
  hasInvitations: false,
  opinionsWithoutAdoption: 0,
  decisionsRecorded: true,
};

function factBlocking(
  action: MeetingAction,
  facts: MeetingFacts,
): { reason: string; message: string } | null {
  if (action === 'SEND_FEEDBACK' && facts.opinionsWithoutAdoption > 0) {
    return {
      reason: 'MEETING.ADOPTION_MISSING',
      message: `尚有 ${facts.opinionsWithoutAdoption} 条代表意见未登记采纳情况，不能反馈`,
    };
  }
  if (action === 'SEND_FEEDBACK' && !facts.decisionsRecorded) {
    return { reason: 'MEETING.DECISIONS_MISSING', message: '请先记录会议决定情况' };
  }
  return null;
}

export function availableMeetingActions(
  state: MeetingState,
  permissions: readonly Permission[],
  facts: MeetingFacts,
): MeetingAction[] {
  if (!permissions.includes(MEETING_ACTION_PERMISSION)) return [];
  return MEETING_ACTIONS.filter(
    (action) => MEETING_TRANSITIONS[state][action] !== undefined && factBlocking(action, facts) === null,
  );
}

/** The state `action` leads to, or FORBIDDEN / INVALID_TRANSITION (with the actions allowed now). */
export function meetingTransition(
  state: MeetingState,
  action: MeetingAction,
  permissions: readonly Permission[],
  facts: MeetingFacts,
): MeetingState {
  if (!permissions.includes(MEETING_ACTION_PERMISSION)) {
    throw new DomainError(
      'FORBIDDEN',
      'MEETING.FORBIDDEN',
      `您无权对会议执行“${MEETING_ACTION_LABELS[action]}”`,
    );
  }
  const allowedActions = availableMeetingActions(state, permissions, facts);
  const target = MEETING_TRANSITIONS[state][action];
  if (target === undefined) {
    throw new DomainError(
      'INVALID_TRANSITION',
      'MEETING.INVALID_TRANSITION',
      `会议当前状态为“${MEETING_STATE_LABELS[state]}”，不能${MEETING_ACTION_LABELS[action]}`,
      { allowedActions },
    );
  }
  const blocking = factBlocking(action, facts);
  if (blocking)
    throw new DomainError('INVALID_TRANSITION', blocking.reason, blocking.message, { allowedActions });
  if (target === 'AFTER_RESCHEDULE') return facts.hasInvitations ? 'INVITATIONS_SENT' : 'PLANNED';
  return target;
}

/** The review of the results decided: published (also partly) or withheld; a return goes back to FEEDBACK_SENT. */
export function meetingAfterResultsReview(outcome: 'PUBLISHED' | 'WITHHELD' | 'RETURNED'): MeetingState {
  if (outcome === 'PUBLISHED') return 'RESULTS_PUBLISHED';
  if (outcome === 'WITHHELD') return 'RESULTS_WITHHELD';
  return 'FEEDBACK_SENT';
}
