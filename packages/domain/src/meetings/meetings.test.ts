import { describe, expect, it } from 'vitest';
import type { Permission } from '../identity/permissions.js';
import { DomainError } from '../shared/domain-error.js';
import {
  INVITATION_TRANSITIONS,
  invitationLetter,
  availableInvitationActions,
  invitationTransition,
  invitationsToPromote,
  isInterestFlagged,
  isLateCheckIn,
  stateOfNewInvitation,
  type SeatedInvitation,
} from './invitations.js';
import {
  MEETING_ACTIONS,
  MEETING_TRANSITIONS,
  NO_MEETING_FACTS,
  availableMeetingActions,
  meetingAfterResultsReview,
  meetingTransition,
} from './meeting.workflow.js';
import { meetingInputSchema, representativeDuplicateKeys, representativeSchema } from './meeting.schemas.js';
import { INVITATION_STATES, MEETING_STATES, type MeetingState } from './meetings.js';

const ORGANIZER: Permission[] = ['MEETING_READ', 'MEETING_MANAGE', 'REPRESENTATIVE_MANAGE'];

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('meeting workflow', () => {
  const EXPECTED_NEXT: Record<MeetingState, Partial<Record<string, MeetingState>>> = {
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
      RESCHEDULE: 'INVITATIONS_SENT',
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
  const withInvitations = { ...NO_MEETING_FACTS, hasInvitations: true };

  it('matches the hand-written table for every state and action', () => {
    for (const state of MEETING_STATES) {
      for (const action of MEETING_ACTIONS) {
        const expected = EXPECTED_NEXT[state][action];
        if (expected === undefined) {
          const error = refusal(() => meetingTransition(state, action, ORGANIZER, withInvitations));
          expect(error.code).toBe('INVALID_TRANSITION');
          expect(error.allowedActions).toEqual(availableMeetingActions(state, ORGANIZER, withInvitations));
        } else {
          expect(meetingTransition(state, action, ORGANIZER, withInvitations)).toBe(expected);
        }
      }
    }
    expect(Object.keys(MEETING_TRANSITIONS).sort()).toEqual([...MEETING_STATES].sort());
  });

  it('reschedules to PLANNED when nobody was invited', () => {
    expect(meetingTransition('POSTPONED', 'RESCHEDULE', ORGANIZER, NO_MEETING_FACTS)).toBe('PLANNED');
  });

  it('refuses everything to those who do not organise', () => {
    for (const state of MEETING_STATES) {
      expect(availableMeetingActions(state, ['MEETING_READ'], NO_MEETING_FACTS)).toEqual([]);
      for (const action of MEETING_ACTIONS) {
        expect(refusal(() => meetingTransition(state, action, ['MEETING_READ'], NO_MEETING_FACTS)).code).toBe(
          'FORBIDDEN',
        );
      }
    }
  });

  it('sends feedback only when every opinion has its adoption and the decisions are recorded', () => {
    const missing = refusal(() =>
      meetingTransition('CLOSED', 'SEND_FEEDBACK', ORGANIZER, {
        ...NO_MEETING_FACTS,
        opinionsWithoutAdoption: 2,
      }),
    );
    expect(missing.reason).toBe('MEETING.ADOPTION_MISSING');
    expect(missing.message).toContain('2');
    expect(
      refusal(() =>
        meetingTransition('CLOSED', 'SEND_FEEDBACK', ORGANIZER, {
          ...NO_MEETING_FACTS,
          decisionsRecorded: false,
        }),
      ).reason,
    ).toBe('MEETING.DECISIONS_MISSING');
  });

  it('follows the review of its results', () => {
    expect(meetingAfterResultsReview('PUBLISHED')).toBe('RESULTS_PUBLISHED');
    expect(meetingAfterResultsReview('WITHHELD')).toBe('RESULTS_WITHHELD');
    expect(meetingAfterResultsReview('RETURNED')).toBe('FEEDBACK_SENT');
  });
});

/** Not (yet) at the meeting. */
const AWAY = { checkedIn: false, departed: false };

describe('invitations', () => {
  it('has a transition row for every state', () => {
    expect(Object.keys(INVITATION_TRANSITIONS).sort()).toEqual([...INVITATION_STATES].sort());
    expect(invitationTransition('INVITED', 'ACCEPT', AWAY)).toBe('ACCEPTED');
    expect(refusal(() => invitationTransition('DECLINED', 'ACCEPT', AWAY)).code).toBe('INVALID_TRANSITION');
    expect(refusal(() => invitationTransition('WAITLISTED', 'CHECK_IN', AWAY)).allowedActions).toEqual([
      'DECLINE',
      'WITHDRAW',
      'REISSUE_CODE',
    ]);
  });

  it('checks in once, and records a departure only while the representative is present', () => {
    const present = { checkedIn: true, departed: false };
    const left = { checkedIn: true, departed: true };
    expect(availableInvitationActions('ACCEPTED', AWAY)).toEqual([
      'DECLINE',
      'WITHDRAW',
      'REISSUE_CODE',
      'CHECK_IN',
    ]);
    expect(availableInvitationActions('ACCEPTED', present)).toEqual([
      'DECLINE',
      'WITHDRAW',
      'REISSUE_CODE',
      'RECORD_DEPARTURE',
    ]);
    expect(availableInvitationActions('ACCEPTED', left)).toEqual(['DECLINE', 'WITHDRAW', 'REISSUE_CODE']);
    expect(invitationTransition('ACCEPTED', 'CHECK_IN', AWAY)).toBe('ACCEPTED');
    expect(refusal(() => invitationTransition('ACCEPTED', 'CHECK_IN', present)).reason).toBe(
      'INVITATION.ALREADY_CHECKED_IN',
    );
    expect(refusal(() => invitationTransition('ACCEPTED', 'RECORD_DEPARTURE', AWAY)).reason).toBe(
      'INVITATION.NOT_PRESENT',
    );
    expect(refusal(() => invitationTransition('ACCEPTED', 'RECORD_DEPARTURE', left)).reason).toBe(
      'INVITATION.NOT_PRESENT',
    );
    expect(invitationTransition('ACCEPTED', 'RECORD_DEPARTURE', present)).toBe('ACCEPTED');
  });

  const topics = ['t1', 't2'];
  const inv = (
    id: string,
    state: SeatedInvitation['state'],
    topicIds: string[],
    sequence: number,
  ): SeatedInvitation => ({
    id,
    state,
    topicIds,
    sequence,
  });

  it('waitlists beyond the meeting’s seats and promotes in line order when a seat frees', () => {
    const limits = { meeting: 2, topics: {} };
    const existing = [inv('a', 'ACCEPTED', [], 1), inv('b', 'INVITED', [], 2)];
    expect(stateOfNewInvitation({ topicIds: [] }, existing, limits, topics)).toBe('WAITLISTED');
    const afterDecline = [
      inv('a', 'ACCEPTED', [], 1),
      inv('b', 'DECLINED', [], 2),
      inv('d', 'WAITLISTED', [], 4),
      inv('c', 'WAITLISTED', [], 3),
    ];
    expect(invitationsToPromote(afterDecline, limits, topics)).toEqual(['c']);
  });

  it('counts topic seats: a whole-meeting invitation takes a seat at every topic', () => {
    const limits = { meeting: null, topics: { t1: 1, t2: 2 } };
    const existing = [inv('a', 'ACCEPTED', ['t2'], 1)];
    expect(stateOfNewInvitation({ topicIds: [] }, existing, limits, topics)).toBe('INVITED');
    const full = [...existing, inv('b', 'INVITED', [], 2)];
    expect(stateOfNewInvitation({ topicIds: ['t1'] }, full, limits, topics)).toBe('WAITLISTED');
    expect(stateOfNewInvitation({ topicIds: ['t2'] }, full, limits, topics)).toBe('WAITLISTED');
    // b declines: the t2-only waiter fits, then the t1 waiter fits too; a whole-meeting waiter behind them does not.
    const freed = [
      inv('a', 'ACCEPTED', ['t2'], 1),
      inv('b', 'DECLINED', [], 2),
      inv('c', 'WAITLISTED', ['t2'], 3),
      inv('d', 'WAITLISTED', ['t1'], 4),
      inv('e', 'WAITLISTED', [], 5),
    ];
    expect(invitationsToPromote(freed, limits, topics)).toEqual(['c', 'd']);
  });

  it('flags a check-in later than 10 minutes before the start', () => {
    const start = new Date('2026-12-01T02:00:00Z');
    expect(isLateCheckIn(start, new Date('2026-12-01T01:50:00Z'))).toBe(false);
    expect(isLateCheckIn(start, new Date('2026-12-01T01:50:01Z'))).toBe(true);
    expect(isLateCheckIn(start, new Date('2026-12-01T02:05:00Z'))).toBe(true);
  });

  it('flags experts and legal advisers with a direct interest, not stakeholders', () => {
    expect(isInterestFlagged('EXPERT', true)).toBe(true);
    expect(isInterestFlagged('LEGAL_ADVISER', true)).toBe(true);
    expect(isInterestFlagged('STAKEHOLDER', true)).toBe(false);
    expect(isInterestFlagged('EXPERT', false)).toBe(false);
  });

  it('prints the rules of seed §6-4 and the code only when issued', () => {
    const input = {
      representativeName: '王五',
      meetingTitle: '文化市场管理办法修订座谈会',
      organizer: '政策法规处',
      startsAt: '2026年12月1日上午10:00',
      place: '局三楼会议室',
      topics: ['议题一'],
      wholeMeeting: false,
      caseNumber: 'LX-2026-000001',
      accessCode: 'ABCD-EFGH-JKMN-PQRS-TVWX',
    };
    const letter = invitationLetter(input).paragraphs.join('\n');
    expect(letter).toContain('10 分钟到达会场');
    expect(letter).toContain('议题讨论结束后离场');
    expect(letter).toContain('书面形式');
    expect(letter).toContain('ABCD-EFGH-JKMN-PQRS-TVWX');
    expect(invitationLetter({ ...input, accessCode: null }).paragraphs.join('\n')).not.toContain('ABCD');
  });
});

describe('meeting inputs', () => {
  const meeting = {
    title: '座谈会',
    departmentId: '00000000-0000-4000-8000-000000000001',
    startsAt: '2026-12-01T02:00:00Z',
    plannedEndsAt: '2026-12-01T04:00:00Z',
    place: '三楼会议室',
    topics: [{ title: '议题一', representativesMayAttend: true, category: 'MAJOR_DECISION' }],
  };

  it('needs a category on topics open to representatives, and one such topic', () => {
    expect(meetingInputSchema.safeParse(meeting).success).toBe(true);
    const noCategory = meetingInputSchema.safeParse({
      ...meeting,
      topics: [{ title: '议题一', representativesMayAttend: true }],
    });
    expect(noCategory.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['topics.0.category']);
    const closed = meetingInputSchema.safeParse({
      ...meeting,
      topics: [{ title: '议题一', representativesMayAttend: false }],
    });
    expect(closed.error?.issues.map((issue) => issue.message)).toEqual(['至少一个议题邀请社会代表列席']);
    const backwards = meetingInputSchema.safeParse({ ...meeting, plannedEndsAt: '2026-12-01T01:00:00Z' });
    expect(backwards.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['plannedEndsAt']);
  });

  it('asks a representative for a contact and finds possible duplicates', () => {
    expect(representativeSchema.safeParse({ name: '王五', type: 'EXPERT' }).error?.issues[0]?.path).toEqual([
      'phone',
    ]);
    const a = representativeDuplicateKeys({ name: '王 五', organisation: '某大学', phone: '138-0000-0000' });
    const b = representativeDuplicateKeys({ name: '王五', organisation: '某大学', email: 'W@x.cn' });
    expect(a.filter((key) => b.includes(key))).toEqual(['NAME:王五|某大学']);
    expect(representativeDuplicateKeys({ name: '赵六', phone: '13800000000' })).toContain(
      'PHONE:13800000000',
    );
  });
});
