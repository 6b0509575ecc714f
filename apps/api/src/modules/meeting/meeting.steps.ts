import type { EntityManager } from 'typeorm';
import {
  DomainError,
  hasPermission,
  meetingTransition,
  needsContactAddress,
  noticeInputSchema,
  type Actor,
  type InvitationPresence,
  type MeetingAction,
  type MeetingFacts,
  type MeetingState,
  type NoticeChannel,
  type Permission,
  type SeatLimits,
  type SeatedInvitation,
} from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { requireMutationScope, staffIdOf } from '../../context.js';
import { callerScope, isInScope } from '../../shared/access/department-scope.js';
import { recordChange } from '../../shared/audit/record-change.js';
import { notFound, staleVersion } from '../../shared/errors/app-errors.js';
import { isUuid } from '../../shared/persistence/query-helpers.js';
import { recordNotice, type Notice } from '../notice/index.js';
import { Meeting, MeetingInvitation, MeetingOpinion, MeetingTopic, Representative } from './meeting.entity.js';

export const MEETING_LABEL = '会议';
export const REPRESENTATIVE_LABEL = '社会代表';
export const INVITATION_LABEL = '列席邀请';
export const OPINION_LABEL = '代表意见或发言';

/** Meetings the caller reads: an organizer those of their grants' departments, the office and leaders all. */
export const meetingReadScope = (actor: Actor) => callerScope(actor, 'MEETING_READ');
/** Meetings the caller runs: an organizer's grants' departments only. */
export const meetingManageScope = (actor: Actor) => callerScope(actor, 'MEETING_MANAGE');

/** A meeting as created: planned, nothing of its holding recorded yet. */
export const NEW_MEETING_STATE = {
  state: 'PLANNED',
  postponeReason: null,
  cancelReason: null,
  startedAt: null,
  endedAt: null,
  minutes: null,
  decisions: null,
  feedbackSentAt: null,
  deadlineId: null,
} as const satisfies Partial<Meeting>;

export const meetingPermissionsOf = (actor: Actor): Permission[] =>
  hasPermission(actor, 'MEETING_MANAGE') ? ['MEETING_MANAGE'] : [];

/** A meeting the caller may read; another department's is NOT_FOUND (its existence is not revealed). */
export async function findReadableMeeting(manager: EntityManager, actor: Actor, id: string): Promise<Meeting> {
  const meeting = isUuid(id) ? await manager.findOneBy(Meeting, { id }) : null;
  if (!meeting || !isInScope(meetingReadScope(actor), meeting.departmentId)) throw notFound(MEETING_LABEL);
  return meeting;
}

/**
 * The meeting row-locked for a change by its organizer: outside their departments NOT_FOUND; with
 * `expectedVersion`, a stale version is refused (SPEC §2.4). Actions on its invitations lock it without one.
 */
export async function lockManagedMeeting(
  context: RequestContext,
  id: string,
  expectedVersion: number | null,
): Promise<Meeting> {
  const { manager } = requireMutationScope(context);
  const meeting = isUuid(id)
    ? await manager
        .getRepository(Meeting)
        .createQueryBuilder('meeting')
        .setLock('pessimistic_write')
        .where('meeting.id = :id', { id })
        .getOne()
    : null;
  if (!meeting || !isInScope(meetingManageScope(context.actor), meeting.departmentId)) throw notFound(MEETING_LABEL);
  if (expectedVersion !== null && meeting.version !== expectedVersion) throw staleVersion(MEETING_LABEL);
  return meeting;
}

/** An invitation of a meeting the caller runs, both row-locked (the meeting first: seats are counted under it). */
export async function lockManagedInvitation(
  context: RequestContext,
  id: string,
  expectedVersion: number | null,
): Promise<{ invitation: MeetingInvitation; meeting: Meeting }> {
  const { manager } = requireMutationScope(context);
  const found = isUuid(id) ? await manager.findOneBy(MeetingInvitation, { id }) : null;
  if (!found) throw notFound(INVITATION_LABEL);
  let meeting: Meeting;
  try {
    meeting = await lockManagedMeeting(context, found.meetingId, null);
  } catch {
    throw notFound(INVITATION_LABEL);
  }
  const invitation = await lockInvitationRow(manager, id);
  if (expectedVersion !== null && invitation.version !== expectedVersion) throw staleVersion(INVITATION_LABEL);
  return { invitation, meeting };
}

export async function lockInvitationRow(manager: EntityManager, id: string): Promise<MeetingInvitation> {
  return manager
    .getRepository(MeetingInvitation)
    .createQueryBuilder('invitation')
    .setLock('pessimistic_write')
    .where('invitation.id = :id', { id })
    .getOneOrFail();
}

export function topicsOf(manager: EntityManager, meetingId: string): Promise<MeetingTopic[]> {
  return manager
    .getRepository(MeetingTopic)
    .createQueryBuilder('topic')
    .where('topic.meetingId = :meetingId AND topic.removedAt IS NULL', { meetingId })
    .orderBy('topic.position', 'ASC')
    .getMany();
}

export function invitationsOf(manager: EntityManager, meetingId: string): Promise<MeetingInvitation[]> {
  return manager.find(MeetingInvitation, { where: { meetingId }, order: { sequence: 'ASC' } });
}

/** The seats of a meeting as the domain counts them, over the topics open to representatives. */
export function seatsOf(meeting: Meeting, topics: readonly MeetingTopic[]): { limits: SeatLimits; openTopicIds: string[] } {
  const open = topics.filter((topic) => topic.representativesMayAttend);
  return {
    limits: { meeting: meeting.seats, topics: Object.fromEntries(open.map((topic) => [topic.id, topic.seats])) },
    openTopicIds: open.map((topic) => topic.id),
  };
}

export const seatedOf = (invitation: MeetingInvitation): SeatedInvitation => ({
  id: invitation.id,
  state: invitation.state,
  topicIds: invitation.topicIds,
  sequence: invitation.sequence,
});

export async function meetingFactsOf(manager: EntityManager, meeting: Meeting): Promise<MeetingFacts> {
  const [{ invitations, pending }] = (await manager.query(
    `SELECT (SELECT count(*) FROM meeting_invitation WHERE meeting_id = $1 AND state <> 'WITHDRAWN')::int AS invitations,
            (SELECT count(*) FROM meeting_opinion WHERE meeting_id = $1 AND adoption IS NULL)::int AS pending`,
    [meeting.id],
  )) as Array<{ invitations: number; pending: number }>;
  return {
    hasInvitations: invitations > 0,
    opinionsWithoutAdoption: pending,
    decisionsRecorded: meeting.decisions !== null,
  };
}

/** The state `action` leads the meeting to (the domain decides, with the facts of its records). */
export async function nextMeetingState(
  context: RequestContext,
  meeting: Meeting,
  action: MeetingAction,
): Promise<MeetingState> {
  const { manager } = requireMutationScope(context);
  return meetingTransition(
    meeting.state,
    action,
    meetingPermissionsOf(context.actor),
    await meetingFactsOf(manager, meeting),
  );
}

/** Saves a changed meeting with its audit diff (the version advances by one). */
export async function saveMeeting(context: RequestContext, meeting: Meeting, before: Meeting): Promise<Meeting> {
  const { manager } = requireMutationScope(context);
  meeting.updatedAt = context.services.clock.now();
  // Every step advances the version, even one that changed only the topics: a form open since then is stale.
  meeting.version = before.version + 1;
  await manager.save(meeting);
  recordChange(context, 'Meeting', meeting.id, before, meeting);
  return meeting;
}

/** Whether the representative is at the meeting, as the invitation records it (the domain's presence rules). */
export const presenceOf = (invitation: MeetingInvitation): InvitationPresence => ({
  checkedIn: invitation.checkedInAt !== null,
  departed: invitation.departedAt !== null,
});

export async function saveInvitation(
  context: RequestContext,
  invitation: MeetingInvitation,
  before: MeetingInvitation,
): Promise<MeetingInvitation> {
  const { manager } = requireMutationScope(context);
  invitation.updatedAt = context.services.clock.now();
  invitation.version = before.version + 1;
  await manager.save(invitation);
  recordChange(context, 'MeetingInvitation', invitation.id, before, invitation);
  return invitation;
}

/** Whether a meeting's state allows an action, for actions a representative takes through their code. */
export function assertMeetingAllows(meeting: Meeting, states: readonly MeetingState[], message: string): void {
  if (!states.includes(meeting.state)) throw new DomainError('INVALID_TRANSITION', 'MEETING.INVALID_STATE', message);
}

function contactFor(channel: NoticeChannel, representative: Representative): string | null {
  if (channel === 'SMS' || channel === 'PHONE' || channel === 'FAX') return representative.phone;
  if (channel === 'EMAIL') return representative.email;
  if (channel === 'POST') return representative.postalAddress;
  return null;
}

/**
 * Tells a representative something about their invitation (SPEC §2.3a): on the invitation's channel when the
 * registry has a usable address for it, else in the system (read through their code).
 */
export async function noticeToRepresentative(
  context: RequestContext,
  invitation: MeetingInvitation,
  channel: NoticeChannel,
  subject: string,
  content: string,
): Promise<Notice> {
  const scope = requireMutationScope(context);
  const representative = await scope.manager.findOneByOrFail(Representative, { id: invitation.representativeId });
  const input = {
    caseKind: 'INVITATION' as const,
    caseId: invitation.id,
    recipientKind: 'REPRESENTATIVE' as const,
    recipientRef: `REPRESENTATIVE:${representative.id}`,
    channel,
    contactAddress: needsContactAddress(channel) ? contactFor(channel, representative) : null,
    subject,
    content,
  };
  const usable = noticeInputSchema.safeParse(input).success
    ? input
    : { ...input, channel: 'IN_SYSTEM' as const, contactAddress: null };
  const { notice } = await recordNotice(scope.manager, context.services, staffIdOf(context), usable, {
    changes: scope.changes,
  });
  return notice;
}

/** Opinions and speeches of a meeting, oldest first. */
export function opinionsOf(manager: EntityManager, meetingId: string): Promise<MeetingOpinion[]> {
  return manager.find(MeetingOpinion, { where: { meetingId }, order: { recordedAt: 'ASC', id: 'ASC' } });
}

/** Shanghai wall-clock text of an instant, as letters and notices show it (2026年11月27日 09:00). */
export function shanghaiDateTimeText(instant: Date): string {
  const local = new Date(instant.getTime() + 8 * 3_600_000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${local.getUTCFullYear()}年${local.getUTCMonth() + 1}月${local.getUTCDate()}日 ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}
