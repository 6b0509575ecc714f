import { z } from 'zod';
import {
  DomainError,
  MEETING_LIMITS,
  MEETING_TRANSITIONS,
  badInput,
  invitationLetter,
  invitationTransition,
  invitationsToPromote,
  inviteSchema,
  isLateCheckIn,
  isOutboxChannel,
  requiredTextSchema,
  stateOfNewInvitation,
  type MeetingAction,
} from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope, staffIdOf } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { issueCaseNumber, issueCitizenCode, reissueCitizenCode } from '../../../shared/citizen-code/index.js';
import { isUuid } from '../../../shared/persistence/query-helpers.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { Department } from '../../organisation/department.entity.js';
import { Meeting, MeetingInvitation, MeetingTopic, Representative } from '../meeting.entity.js';
import type { CheckInSource } from '../meeting.enums.js';
import {
  invitationsOf,
  lockInvitationRow,
  lockManagedInvitation,
  lockManagedMeeting,
  nextMeetingState,
  noticeToRepresentative,
  presenceOf,
  saveInvitation,
  saveMeeting,
  seatedOf,
  seatsOf,
  shanghaiDateTimeText,
  topicsOf,
} from '../meeting.steps.js';
import type { InvitationIssue, InvitationLetter, InviteRepresentativeInput } from '../meeting.types.js';

/**
 * Invitations (SPEC M8) [seed §6-4]: each with its own number (YQ-…) and access code, shown once with the
 * printable letter; seats counted per meeting and per topic, a waitlist promoted in line order when a seat frees.
 */
const withdrawSchema = z.object({ reason: requiredTextSchema('撤回原因', MEETING_LIMITS.reason) });

/** The topics an invitation covers: its own, or every topic open to representatives. */
export function invitedTopics(invitation: MeetingInvitation, topics: readonly MeetingTopic[]): MeetingTopic[] {
  const open = topics.filter((topic) => topic.representativesMayAttend);
  return invitation.topicIds.length === 0 ? open : open.filter((topic) => invitation.topicIds.includes(topic.id));
}

export async function letterOf(
  context: RequestContext,
  meeting: Meeting,
  invitation: MeetingInvitation,
  accessCode: string | null,
): Promise<InvitationLetter> {
  const manager = context.mutation?.manager ?? context.services.db.dataSource.manager;
  const [representative, department, topics] = await Promise.all([
    manager.findOneByOrFail(Representative, { id: invitation.representativeId }),
    manager.findOneBy(Department, { id: meeting.departmentId }),
    topicsOf(manager, meeting.id),
  ]);
  return invitationLetter({
    representativeName: representative.name,
    meetingTitle: meeting.title,
    organizer: department?.name ?? '',
    startsAt: shanghaiDateTimeText(meeting.startsAt),
    place: meeting.place,
    topics: invitedTopics(invitation, topics).map((topic) => topic.title),
    wholeMeeting: invitation.topicIds.length === 0,
    caseNumber: invitation.caseNumber,
    accessCode,
  });
}

export async function inviteRepresentative(
  context: RequestContext,
  meetingId: string,
  rawInput: InviteRepresentativeInput,
): Promise<InvitationIssue> {
  const scope = requireMutationScope(context);
  const { manager } = scope;
  const { clock } = context.services;
  const meeting = await lockManagedMeeting(context, meetingId, null);
  const input = parseInput(inviteSchema, rawInput);
  const meetingState = await nextMeetingState(context, meeting, 'INVITE');
  const representative = await manager.findOneBy(Representative, { id: input.representativeId });
  if (!representative) {
    throw badInput('MEETING.UNKNOWN_REPRESENTATIVE', '社会代表不存在', { representativeId: ['社会代表不存在'] });
  }
  if (representative.state !== 'ACTIVE' || representative.eligibilityOutcome !== 'MET') {
    throw badInput('MEETING.REPRESENTATIVE_NOT_INVITABLE', '只能邀请在册且资格审核符合列席条件的社会代表', {
      representativeId: ['该代表未在册或资格审核不符合列席条件'],
    });
  }
  const { limits, openTopicIds } = seatsOf(meeting, await topicsOf(manager, meeting.id));
  const topicIds = [...new Set(input.topicIds)];
  if (topicIds.some((topicId) => !openTopicIds.includes(topicId))) {
    throw badInput('MEETING.TOPIC_NOT_OPEN', '只能邀请列席本会议邀请社会代表的议题', {
      topicIds: ['所选议题不属于本会议或不邀请社会代表列席'],
    });
  }
  const invitations = await invitationsOf(manager, meeting.id);
  if (invitations.some((item) => item.representativeId === representative.id && !['DECLINED', 'WITHDRAWN'].includes(item.state))) {
    throw new DomainError('CONFLICT', 'INVITATION.ALREADY_INVITED', '该代表已受邀列席本会议');
  }
  const now = clock.now();
  const invitation = manager.create(MeetingInvitation, {
    meetingId: meeting.id,
    representativeId: representative.id,
    caseNumber: await issueCaseNumber(manager, 'INVITATION', now),
    topicIds,
    state: stateOfNewInvitation({ topicIds }, invitations.map(seatedOf), limits, openTopicIds),
    sequence: Math.max(0, ...invitations.map((item) => item.sequence)) + 1,
    noticeChannel: input.noticeChannel,
    respondedAt: null,
    withdrawnReason: null,
    checkedInAt: null,
    checkedInBy: null,
    isLate: false,
    departedAt: null,
    departedAfterTopicId: null,
    attendancePublic: false,
    feedbackNoticeId: null,
    createdById: staffIdOf(context),
    createdAt: now,
    updatedAt: now,
  });
  await manager.save(invitation);
  scope.subject = { entityType: 'MeetingInvitation', entityId: invitation.id };
  recordChange(context, 'MeetingInvitation', invitation.id, null, invitation);
  const issued = await issueCitizenCode(manager, clock, 'INVITATION', invitation.id, invitation.caseNumber);
  recordChange(context, 'CitizenCode', issued.citizenCode.id, null, issued.citizenCode);
  if (meeting.state !== meetingState) {
    const before = { ...meeting };
    meeting.state = meetingState;
    await saveMeeting(context, meeting, before);
  }
  await noticeToRepresentative(
    context,
    invitation,
    invitation.noticeChannel,
    `列席会议邀请：${meeting.title}`,
    `诚邀您作为社会公众代表列席“${meeting.title}”（${shanghaiDateTimeText(meeting.startsAt)}，${meeting.place}）。邀请编号：${invitation.caseNumber}${invitation.state === 'WAITLISTED' ? '（席位已满，您已列入候补，有空余席位时将通知您）' : ''}。查询码随邀请函另行送达。`,
  );
  return {
    invitation,
    caseNumber: invitation.caseNumber,
    accessCode: issued.accessCode,
    letter: await letterOf(context, meeting, invitation, issued.accessCode),
  };
}

/** A lost code: the old one stops working, a new one is shown once with a fresh letter. */
export async function reissueInvitationCode(
  context: RequestContext,
  id: string,
  version: number,
): Promise<InvitationIssue> {
  const { invitation, meeting } = await lockManagedInvitation(context, id, version);
  invitationTransition(invitation.state, 'REISSUE_CODE', presenceOf(invitation));
  const issued = await reissueCodeOf(context, invitation);
  const before = { ...invitation };
  await saveInvitation(context, invitation, before);
  return {
    invitation,
    caseNumber: invitation.caseNumber,
    accessCode: issued,
    letter: await letterOf(context, meeting, invitation, issued),
  };
}

async function reissueCodeOf(context: RequestContext, invitation: MeetingInvitation): Promise<string> {
  const { manager } = requireMutationScope(context);
  const issued = await reissueCitizenCode(manager, context.services.clock, 'INVITATION', invitation.id);
  if (issued.revoked) recordChange(context, 'CitizenCode', issued.revoked.after.id, issued.revoked.before, issued.revoked.after);
  recordChange(context, 'CitizenCode', issued.citizenCode.id, null, issued.citizenCode);
  return issued.accessCode;
}

/**
 * A seat freed: the waitlisted invitations that now fit are invited, in line order, and told — through the
 * outbox, with a fresh code, when their channel sends (SMS / e-mail); otherwise in the system, read with their code.
 */
export async function promoteWaitlist(context: RequestContext, meeting: Meeting): Promise<void> {
  const { manager } = requireMutationScope(context);
  const invitations = await invitationsOf(manager, meeting.id);
  const { limits, openTopicIds } = seatsOf(meeting, await topicsOf(manager, meeting.id));
  for (const id of invitationsToPromote(invitations.map(seatedOf), limits, openTopicIds)) {
    const invitation = await lockInvitationRow(manager, id);
    const before = { ...invitation };
    invitation.state = 'INVITED';
    await saveInvitation(context, invitation, before);
    const sends = isOutboxChannel(invitation.noticeChannel) && Boolean(context.services.outbox[invitation.noticeChannel]);
    const code = sends ? await reissueCodeOf(context, invitation) : null;
    await noticeToRepresentative(
      context,
      invitation,
      invitation.noticeChannel,
      `候补递补：${meeting.title}`,
      `有空余席位，您已由候补递补为受邀列席“${meeting.title}”（${shanghaiDateTimeText(meeting.startsAt)}，${meeting.place}）。请凭邀请编号 ${invitation.caseNumber}${code ? ` 和新的查询码 ${code}（原查询码已失效）` : ' 和查询码'}答复是否列席。`,
    );
  }
}

const RESPONSE_MEETING_STATES = ['INVITATIONS_SENT', 'POSTPONED'] as const;

/** Accept or decline (the representative's answer, by code or recorded by the organizer); a decline frees a seat. */
export async function applyInvitationResponse(
  context: RequestContext,
  invitation: MeetingInvitation,
  meeting: Meeting,
  accept: boolean,
): Promise<MeetingInvitation> {
  if (!(RESPONSE_MEETING_STATES as readonly string[]).includes(meeting.state)) {
    throw new DomainError('INVALID_TRANSITION', 'INVITATION.MEETING_NOT_OPEN', '会议当前状态不能答复邀请');
  }
  const before = { ...invitation };
  invitation.state = invitationTransition(invitation.state, accept ? 'ACCEPT' : 'DECLINE', presenceOf(invitation));
  invitation.respondedAt = context.services.clock.now();
  await saveInvitation(context, invitation, before);
  if (!accept) await promoteWaitlist(context, meeting);
  return invitation;
}

export async function recordInvitationResponse(
  context: RequestContext,
  id: string,
  version: number,
  accept: boolean,
): Promise<MeetingInvitation> {
  const { invitation, meeting } = await lockManagedInvitation(context, id, version);
  return applyInvitationResponse(context, invitation, meeting, accept);
}

export async function withdrawInvitation(
  context: RequestContext,
  id: string,
  version: number,
  reason: string,
): Promise<MeetingInvitation> {
  const { invitation, meeting } = await lockManagedInvitation(context, id, version);
  const input = parseInput(withdrawSchema, { reason });
  if (!(RESPONSE_MEETING_STATES as readonly string[]).includes(meeting.state) && meeting.state !== 'PLANNED') {
    throw new DomainError('INVALID_TRANSITION', 'INVITATION.MEETING_NOT_OPEN', '会议当前状态不能撤回邀请');
  }
  const before = { ...invitation };
  invitation.state = invitationTransition(invitation.state, 'WITHDRAW', presenceOf(invitation));
  invitation.withdrawnReason = input.reason;
  await saveInvitation(context, invitation, before);
  await noticeToRepresentative(
    context,
    invitation,
    invitation.noticeChannel,
    `邀请撤回：${meeting.title}`,
    `您受邀列席“${meeting.title}”的邀请（${invitation.caseNumber}）已撤回，原因：${input.reason}。`,
  );
  await promoteWaitlist(context, meeting);
  return invitation;
}

/** A check-in, by the organizer at the desk or by the representative's code; late after start − 10 min. */
export async function applyCheckIn(
  context: RequestContext,
  invitation: MeetingInvitation,
  meeting: Meeting,
  at: Date,
  by: CheckInSource,
): Promise<MeetingInvitation> {
  assertMeetingStateAllows(meeting, 'CHECK_IN');
  invitationTransition(invitation.state, 'CHECK_IN', presenceOf(invitation));
  const before = { ...invitation };
  invitation.checkedInAt = at;
  invitation.checkedInBy = by;
  invitation.isLate = isLateCheckIn(meeting.startsAt, at);
  return saveInvitation(context, invitation, before);
}

/** Actions a representative takes through their code follow the meeting's states like the organizer's. */
export function assertMeetingStateAllows(meeting: Meeting, action: MeetingAction): void {
  if (MEETING_TRANSITIONS[meeting.state][action] === undefined) {
    throw new DomainError('INVALID_TRANSITION', 'MEETING.INVALID_TRANSITION', '会议当前状态不能办理此事项');
  }
}

export async function checkInRepresentative(
  context: RequestContext,
  id: string,
  version: number,
  at: Date | null | undefined,
): Promise<MeetingInvitation> {
  const { invitation, meeting } = await lockManagedInvitation(context, id, version);
  await nextMeetingState(context, meeting, 'CHECK_IN');
  const now = context.services.clock.now();
  const when = at ?? now;
  if (Number.isNaN(when.getTime()) || when.getTime() > now.getTime()) {
    throw badInput('INVITATION.INVALID_CHECK_IN_TIME', '签到时间不能晚于当前时间', { at: ['签到时间不能晚于当前时间'] });
  }
  return applyCheckIn(context, invitation, meeting, when, 'ORGANIZER');
}

/** Per-topic attendees leave after their topic [seed §6-4(2)]. */
export async function recordRepresentativeDeparture(
  context: RequestContext,
  id: string,
  version: number,
  afterTopicId: string,
): Promise<MeetingInvitation> {
  const { manager } = requireMutationScope(context);
  const { invitation, meeting } = await lockManagedInvitation(context, id, version);
  await nextMeetingState(context, meeting, 'RECORD_DEPARTURE');
  invitationTransition(invitation.state, 'RECORD_DEPARTURE', presenceOf(invitation));
  const topics = invitedTopics(invitation, await topicsOf(manager, meeting.id));
  if (!isUuid(afterTopicId) || !topics.some((topic) => topic.id === afterTopicId)) {
    throw badInput('INVITATION.TOPIC_NOT_INVITED', '请选择该代表列席的议题', { afterTopicId: ['该代表未受邀列席此议题'] });
  }
  const before = { ...invitation };
  invitation.departedAt = context.services.clock.now();
  invitation.departedAfterTopicId = afterTopicId;
  return saveInvitation(context, invitation, before);
}
