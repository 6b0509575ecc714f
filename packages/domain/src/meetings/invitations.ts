import { DomainError } from '../shared/domain-error.js';
import {
  ARRIVE_EARLY_MINUTES,
  INTEREST_FLAGGED_TYPES,
  INVITATION_RULES,
  INVITATION_STATE_LABELS,
  SEAT_HOLDING_INVITATION_STATES,
  type InvitationState,
  type RepresentativeType,
} from './meetings.js';

/**
 * Invitations (SPEC M8) [seed §6-4]: to the whole meeting or to chosen topics; seats per meeting or per topic
 * with a waitlist promoted in order when someone declines; the representative answers through the
 * invitation's code; check-in, lateness and departure after a topic.
 */
export const INVITATION_ACTIONS = [
  'ACCEPT',
  'DECLINE',
  'WITHDRAW',
  'REISSUE_CODE',
  'CHECK_IN',
  'RECORD_DEPARTURE',
] as const;
export type InvitationAction = (typeof INVITATION_ACTIONS)[number];
export const INVITATION_ACTION_LABELS: Record<InvitationAction, string> = {
  ACCEPT: '接受邀请',
  DECLINE: '谢绝邀请',
  WITHDRAW: '撤回邀请',
  REISSUE_CODE: '重新发放邀请码',
  CHECK_IN: '签到',
  RECORD_DEPARTURE: '登记离场',
};

export const INVITATION_TRANSITIONS: Record<
  InvitationState,
  Partial<Record<InvitationAction, InvitationState>>
> = {
  WAITLISTED: { DECLINE: 'DECLINED', WITHDRAW: 'WITHDRAWN', REISSUE_CODE: 'WAITLISTED' },
  INVITED: { ACCEPT: 'ACCEPTED', DECLINE: 'DECLINED', WITHDRAW: 'WITHDRAWN', REISSUE_CODE: 'INVITED' },
  ACCEPTED: {
    DECLINE: 'DECLINED',
    WITHDRAW: 'WITHDRAWN',
    REISSUE_CODE: 'ACCEPTED',
    CHECK_IN: 'ACCEPTED',
    RECORD_DEPARTURE: 'ACCEPTED',
  },
  DECLINED: {},
  WITHDRAWN: {},
};

/** Whether the representative is at the meeting: checked in once, a departure only while present. */
export interface InvitationPresence {
  checkedIn: boolean;
  departed: boolean;
}

/** Why presence holds `action` back, or null. */
function presenceBlocking(
  action: InvitationAction,
  presence: InvitationPresence,
): { reason: string; message: string } | null {
  if (action === 'CHECK_IN' && presence.checkedIn) {
    return { reason: 'INVITATION.ALREADY_CHECKED_IN', message: '该代表已签到' };
  }
  if (action === 'RECORD_DEPARTURE' && (!presence.checkedIn || presence.departed)) {
    return { reason: 'INVITATION.NOT_PRESENT', message: '该代表未签到或已离场' };
  }
  return null;
}

/** The actions the invitation's state and the representative's presence allow now, in INVITATION_ACTIONS order. */
export function availableInvitationActions(
  state: InvitationState,
  presence: InvitationPresence,
): InvitationAction[] {
  return INVITATION_ACTIONS.filter(
    (action) =>
      INVITATION_TRANSITIONS[state][action] !== undefined && presenceBlocking(action, presence) === null,
  );
}

/** The state `action` leads to, or INVALID_TRANSITION with the actions allowed now. */
export function invitationTransition(
  state: InvitationState,
  action: InvitationAction,
  presence: InvitationPresence,
): InvitationState {
  const next = INVITATION_TRANSITIONS[state][action];
  if (next === undefined) {
    throw new DomainError(
      'INVALID_TRANSITION',
      'INVITATION.INVALID_TRANSITION',
      `邀请当前状态为“${INVITATION_STATE_LABELS[state]}”，不能${INVITATION_ACTION_LABELS[action]}`,
      { allowedActions: availableInvitationActions(state, presence) },
    );
  }
  const blocking = presenceBlocking(action, presence);
  if (blocking) {
    throw new DomainError('INVALID_TRANSITION', blocking.reason, blocking.message, {
      allowedActions: availableInvitationActions(state, presence),
    });
  }
  return next;
}

/** An invitation as seat counting sees it: whole meeting (topicIds empty) or chosen topics; its place in line. */
export interface SeatedInvitation {
  id: string;
  state: InvitationState;
  /** Empty: the whole meeting. */
  topicIds: readonly string[];
  /** Order of issue: the waitlist is served first come, first served. */
  sequence: number;
}

/**
 * Seats: `meeting` limits the whole meeting's representatives (each invitation takes one, whatever its topics);
 * `topics` limits each topic's (an invitation to the whole meeting takes a seat at every topic). null: no limit.
 */
export interface SeatLimits {
  meeting: number | null;
  topics: Readonly<Record<string, number | null>>;
}

function holdsSeatAt(invitation: SeatedInvitation, topicId: string): boolean {
  return invitation.topicIds.length === 0 || invitation.topicIds.includes(topicId);
}

/** Does `candidate` fit beside the invitations already holding seats? */
export function fitsSeats(
  candidate: Pick<SeatedInvitation, 'topicIds'>,
  holding: readonly SeatedInvitation[],
  limits: SeatLimits,
  allTopicIds: readonly string[],
): boolean {
  const seated = holding.filter((invitation) => SEAT_HOLDING_INVITATION_STATES.includes(invitation.state));
  if (limits.meeting !== null && seated.length >= limits.meeting) return false;
  const topics = candidate.topicIds.length === 0 ? allTopicIds : candidate.topicIds;
  return topics.every((topicId) => {
    const limit = limits.topics[topicId] ?? null;
    return limit === null || seated.filter((invitation) => holdsSeatAt(invitation, topicId)).length < limit;
  });
}

/** A new invitation is INVITED when it fits, else WAITLISTED. */
export function stateOfNewInvitation(
  candidate: Pick<SeatedInvitation, 'topicIds'>,
  existing: readonly SeatedInvitation[],
  limits: SeatLimits,
  allTopicIds: readonly string[],
): InvitationState {
  return fitsSeats(candidate, existing, limits, allTopicIds) ? 'INVITED' : 'WAITLISTED';
}

/**
 * After a seat frees (a decline or a withdrawal): the waitlisted invitations to promote, in line order —
 * each one that now fits, counting the ones promoted before it.
 */
export function invitationsToPromote(
  invitations: readonly SeatedInvitation[],
  limits: SeatLimits,
  allTopicIds: readonly string[],
): string[] {
  const current = invitations.map((invitation) => ({ ...invitation }));
  const promoted: string[] = [];
  for (const waiting of [...current]
    .filter((item) => item.state === 'WAITLISTED')
    .sort((a, b) => a.sequence - b.sequence)) {
    if (fitsSeats(waiting, current, limits, allTopicIds)) {
      waiting.state = 'INVITED';
      promoted.push(waiting.id);
    }
  }
  return promoted;
}

/** Seed §6-4(1): checked in later than ARRIVE_EARLY_MINUTES before the start. The start never waits. */
export function isLateCheckIn(startsAt: Date, checkedInAt: Date): boolean {
  return checkedInAt.getTime() > startsAt.getTime() - ARRIVE_EARLY_MINUTES * 60_000;
}

/** An expert or legal adviser declaring a direct interest in a topic is flagged for the organizer. */
export function isInterestFlagged(type: RepresentativeType, hasDirectInterest: boolean): boolean {
  return hasDirectInterest && INTEREST_FLAGGED_TYPES.includes(type);
}

export interface InvitationLetterInput {
  representativeName: string;
  meetingTitle: string;
  organizer: string;
  startsAt: string;
  place: string;
  /** The topics invited to, or every topic when the invitation is for the whole meeting. */
  topics: readonly string[];
  wholeMeeting: boolean;
  caseNumber: string;
  /** Shown only on the letter printed when the code is issued; null on reprints (the code is stored hashed). */
  accessCode: string | null;
}

/** The printable zh-CN invitation, with the rules of seed §6-4. */
export function invitationLetter(input: InvitationLetterInput): { title: string; paragraphs: string[] } {
  const scope = input.wholeMeeting
    ? `列席全部议题（${input.topics.join('；')}）`
    : `列席以下议题：${input.topics.join('；')}`;
  const paragraphs = [
    `${input.representativeName}：`,
    `${input.organizer}定于${input.startsAt}在${input.place}召开“${input.meetingTitle}”，诚邀您作为社会公众代表${scope}。`,
    '请您遵守以下列席规定：',
    ...INVITATION_RULES.map((rule, index) => `${index + 1}. ${rule}`),
    input.accessCode
      ? `邀请编号：${input.caseNumber}；查询码：${input.accessCode}（仅此一次显示，请妥善保存，凭此在外部应用中答复是否列席、提交书面意见、查阅反馈）。`
      : `邀请编号：${input.caseNumber}（查询码已随首次邀请发放；如遗失请联系承办处室重新发放，原查询码随即失效）。`,
  ];
  return { title: '社会公众代表列席会议邀请函', paragraphs };
}
