import type { EntityManager } from 'typeorm';
import {
  DomainError,
  INVITATION_RULES,
  interestDeclarationSchema,
  isInterestFlagged,
  opinionInputSchema,
} from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { verifyCitizenCode } from '../../../shared/citizen-code/index.js';
import { withIdempotency } from '../../../shared/idempotency/index.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { Notice } from '../../notice/index.js';
import { Department } from '../../organisation/department.entity.js';
import { Meeting, MeetingInterestDeclaration, MeetingInvitation, MeetingOpinion, Representative } from '../meeting.entity.js';
import { lockInvitationRow, saveInvitation, topicsOf } from '../meeting.steps.js';
import type {
  InterestDeclarationInput,
  RepresentativeInvitationView,
  RepresentativeOpinionReceipt,
} from '../meeting.types.js';
import { addOpinion, assertOpinionAccepted } from './opinions.js';
import { applyCheckIn, applyInvitationResponse, invitedTopics } from './invitations.js';

/**
 * What a representative does with their invitation's number and code (SPEC §2.3b, M8): read it — their own
 * invitation, the meeting's time, place and their topics, the rules, the feedback once sent, nothing of anyone
 * else — answer, declare interests, check in at the venue, agree to be named, send written opinions.
 * A wrong code is the same NOT_FOUND as an unknown number, and failures are rate-limited (verifyCitizenCode).
 * Writes are idempotent per token and key.
 */
async function invitationView(manager: EntityManager, invitationId: string): Promise<RepresentativeInvitationView> {
  const invitation = await manager.findOneByOrFail(MeetingInvitation, { id: invitationId });
  const meeting = await manager.findOneByOrFail(Meeting, { id: invitation.meetingId });
  const [representative, department, topics, declarations, opinions, notices] = await Promise.all([
    manager.findOneByOrFail(Representative, { id: invitation.representativeId }),
    manager.findOneBy(Department, { id: meeting.departmentId }),
    topicsOf(manager, meeting.id),
    manager.find(MeetingInterestDeclaration, { where: { invitationId }, order: { declaredAt: 'ASC' } }),
    manager.find(MeetingOpinion, { where: { invitationId }, order: { recordedAt: 'ASC', id: 'ASC' } }),
    manager.find(Notice, { where: { caseKind: 'INVITATION', caseId: invitationId }, order: { sentAt: 'ASC' } }),
  ]);
  const feedbackSent = meeting.feedbackSentAt !== null;
  const feedback = notices.find((notice) => notice.id === invitation.feedbackNoticeId) ?? null;
  return {
    caseNumber: invitation.caseNumber,
    state: invitation.state,
    representativeName: representative.name,
    meetingTitle: meeting.title,
    meetingState: meeting.state,
    organizer: department?.name ?? '',
    startsAt: meeting.startsAt,
    plannedEndsAt: meeting.plannedEndsAt,
    place: meeting.place,
    wholeMeeting: invitation.topicIds.length === 0,
    topics: invitedTopics(invitation, topics).map(({ id, title, description, category }) => ({ id, title, description, category })),
    rules: [...INVITATION_RULES],
    checkedInAt: invitation.checkedInAt,
    isLate: invitation.isLate,
    attendancePublic: invitation.attendancePublic,
    interestDeclarations: declarations.map(({ topicId, hasDirectInterest, note, declaredAt }) => ({
      topicId,
      hasDirectInterest,
      note,
      declaredAt,
    })),
    opinions: opinions.map((opinion) => ({
      id: opinion.id,
      topicId: opinion.topicId,
      kind: opinion.kind,
      content: opinion.content,
      recordedAt: opinion.recordedAt,
      adoption: feedbackSent ? opinion.adoption : null,
      adoptionExplanation: feedbackSent ? opinion.adoptionExplanation : null,
    })),
    feedbackSentAt: meeting.feedbackSentAt,
    feedback: feedback?.content ?? null,
    notices: notices.filter((notice) => notice.id !== invitation.feedbackNoticeId).map((notice) => `${notice.subject}：${notice.content}`),
  };
}

export async function findInvitationByCode(
  context: RequestContext,
  caseNumber: string,
  accessCode: string,
): Promise<RepresentativeInvitationView> {
  const verified = await verifyCitizenCode(context, caseNumber, accessCode, { caseKind: 'INVITATION' });
  return invitationView(context.services.db.dataSource.manager, verified.caseId);
}

/** The invitation the code opens, with its meeting, both row-locked (meeting first, as the organizer's steps do). */
async function openByCode(
  context: RequestContext,
  caseNumber: string,
  accessCode: string,
): Promise<{ invitation: MeetingInvitation; meeting: Meeting }> {
  const scope = requireMutationScope(context);
  const verified = await verifyCitizenCode(context, caseNumber, accessCode, { caseKind: 'INVITATION' });
  scope.subject = { entityType: 'MeetingInvitation', entityId: verified.caseId };
  const { meetingId } = await scope.manager.findOneByOrFail(MeetingInvitation, { id: verified.caseId });
  const meeting = await scope.manager
    .getRepository(Meeting)
    .createQueryBuilder('meeting')
    .setLock('pessimistic_write')
    .where('meeting.id = :meetingId', { meetingId })
    .getOneOrFail();
  return { invitation: await lockInvitationRow(scope.manager, verified.caseId), meeting };
}

const viewAfter = (context: RequestContext, invitationId: string) =>
  invitationView(requireMutationScope(context).manager, invitationId);

export function respondToInvitation(
  context: RequestContext,
  caseNumber: string,
  accessCode: string,
  accept: boolean,
  idempotencyKey: string,
): Promise<RepresentativeInvitationView> {
  return withIdempotency(context, idempotencyKey, 'respondToInvitation', { caseNumber, accessCode, accept }, async () => {
    const { invitation, meeting } = await openByCode(context, caseNumber, accessCode);
    await applyInvitationResponse(context, invitation, meeting, accept);
    return viewAfter(context, invitation.id);
  });
}

const BEFORE_CLOSE = ['PLANNED', 'INVITATIONS_SENT', 'POSTPONED', 'HELD'];

export function declareInterest(
  context: RequestContext,
  caseNumber: string,
  accessCode: string,
  rawInput: InterestDeclarationInput,
  idempotencyKey: string,
): Promise<RepresentativeInvitationView> {
  const payload = { caseNumber, accessCode, ...rawInput };
  return withIdempotency(context, idempotencyKey, 'declareInterest', payload, async () => {
    const { manager } = requireMutationScope(context);
    const input = parseInput(interestDeclarationSchema, rawInput);
    const { invitation, meeting } = await openByCode(context, caseNumber, accessCode);
    if (!BEFORE_CLOSE.includes(meeting.state) || ['DECLINED', 'WITHDRAWN'].includes(invitation.state)) {
      throw new DomainError('INVALID_TRANSITION', 'INVITATION.INTEREST_CLOSED', '当前不能声明利害关系');
    }
    if (!invitedTopics(invitation, await topicsOf(manager, meeting.id)).some((topic) => topic.id === input.topicId)) {
      throw new DomainError('BAD_USER_INPUT', 'INVITATION.TOPIC_NOT_INVITED', '您未受邀列席此议题', {
        fields: { topicId: ['您未受邀列席此议题'] },
      });
    }
    const representative = await manager.findOneByOrFail(Representative, { id: invitation.representativeId });
    const existing = await manager.findOneBy(MeetingInterestDeclaration, { invitationId: invitation.id, topicId: input.topicId });
    const declaration = existing ?? manager.create(MeetingInterestDeclaration, { invitationId: invitation.id, topicId: input.topicId });
    const before = existing ? { ...existing } : null;
    Object.assign(declaration, {
      hasDirectInterest: input.hasDirectInterest,
      note: input.note ?? null,
      isFlagged: isInterestFlagged(representative.type, input.hasDirectInterest),
      declaredAt: context.services.clock.now(),
    });
    await manager.save(declaration);
    recordChange(context, 'MeetingInterestDeclaration', declaration.id, before, declaration);
    return viewAfter(context, invitation.id);
  });
}

export function checkInByCode(
  context: RequestContext,
  caseNumber: string,
  accessCode: string,
  idempotencyKey: string,
): Promise<RepresentativeInvitationView> {
  return withIdempotency(context, idempotencyKey, 'checkInByCode', { caseNumber, accessCode }, async () => {
    const { invitation, meeting } = await openByCode(context, caseNumber, accessCode);
    await applyCheckIn(context, invitation, meeting, context.services.clock.now(), 'CODE');
    return viewAfter(context, invitation.id);
  });
}

/** Consent to be named in the published results; open until the results go to review. */
export function setAttendancePublic(
  context: RequestContext,
  caseNumber: string,
  accessCode: string,
  isPublic: boolean,
  idempotencyKey: string,
): Promise<RepresentativeInvitationView> {
  return withIdempotency(context, idempotencyKey, 'setAttendancePublic', { caseNumber, accessCode, isPublic }, async () => {
    const { invitation, meeting } = await openByCode(context, caseNumber, accessCode);
    if (![...BEFORE_CLOSE, 'CLOSED', 'FEEDBACK_SENT'].includes(meeting.state) || invitation.state !== 'ACCEPTED') {
      throw new DomainError('INVALID_TRANSITION', 'INVITATION.LISTING_CLOSED', '当前不能更改是否公开列席情况');
    }
    const before = { ...invitation };
    invitation.attendancePublic = isPublic;
    await saveInvitation(context, invitation, before);
    return viewAfter(context, invitation.id);
  });
}

export function submitRepresentativeOpinion(
  context: RequestContext,
  caseNumber: string,
  accessCode: string,
  topicId: string | null | undefined,
  content: string,
  idempotencyKey: string,
): Promise<RepresentativeOpinionReceipt> {
  const payload = { caseNumber, accessCode, topicId: topicId ?? null, content };
  return withIdempotency(context, idempotencyKey, 'submitRepresentativeOpinion', payload, async () => {
    const input = parseInput(opinionInputSchema, { topicId, content });
    const { invitation, meeting } = await openByCode(context, caseNumber, accessCode);
    assertOpinionAccepted(meeting);
    if (invitation.state === 'DECLINED') {
      throw new DomainError('INVALID_TRANSITION', 'INVITATION.DECLINED', '您已谢绝列席，不能提交意见');
    }
    const opinion = await addOpinion(context, meeting, invitation, {
      kind: 'WRITTEN',
      source: 'EXTERNAL',
      topicId: input.topicId ?? null,
      content: input.content,
    });
    return { caseNumber: invitation.caseNumber, opinionId: opinion.id, receivedAt: opinion.recordedAt };
  });
}
