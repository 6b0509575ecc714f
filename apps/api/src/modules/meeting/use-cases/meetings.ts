import { In } from 'typeorm';
import {
  badInput,
  cancelMeetingSchema,
  closeMeetingSchema,
  meetingInputSchema,
  postponeMeetingSchema,
  rescheduleMeetingSchema,
  shanghaiDateOf,
  type InvitationState,
  type MeetingInput as DomainMeetingInput,
  type NoticeChannel,
} from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope, staffIdOf } from '../../../context.js';
import { isInScope } from '../../../shared/access/department-scope.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { issueCaseNumber } from '../../../shared/citizen-code/index.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { startCaseDeadline } from '../../deadline/deadline.service.js';
import { openTask, taskAuditOf } from '../../task/index.js';
import { Meeting, MeetingInvitation, MeetingTopic } from '../meeting.entity.js';
import {
  invitationsOf,
  lockManagedMeeting,
  meetingManageScope,
  nextMeetingState,
  noticeToRepresentative,
  NEW_MEETING_STATE,
  saveMeeting,
  shanghaiDateTimeText,
  topicsOf,
} from '../meeting.steps.js';
import type { CloseMeetingInput, MeetingInput, MeetingReasonInput, RescheduleMeetingInput } from '../meeting.types.js';

/** Invitations still standing: their holders are told when the meeting moves or is called off. */
const STANDING: readonly InvitationState[] = ['WAITLISTED', 'INVITED', 'ACCEPTED'];

function assertFutureStart(context: RequestContext, startsAt: Date): void {
  if (startsAt.getTime() <= context.services.clock.now().getTime()) {
    throw badInput('MEETING.START_IN_PAST', '会议开始时间须晚于当前时间', { startsAt: ['会议开始时间须晚于当前时间'] });
  }
}

function assertOwnDepartment(context: RequestContext, departmentId: string): void {
  if (!isInScope(meetingManageScope(context.actor), departmentId)) {
    throw badInput('MEETING.DEPARTMENT_NOT_GRANTED', '只能为本人负责组织会议的处室创建会议', {
      departmentId: ['只能选择本人负责组织会议的处室'],
    });
  }
}

/** The topics as edited: existing ones by id (updated), new ones created; the others are marked removed. */
async function saveTopics(context: RequestContext, meeting: Meeting, input: DomainMeetingInput): Promise<void> {
  const { manager } = requireMutationScope(context);
  const now = context.services.clock.now();
  const current = await topicsOf(manager, meeting.id);
  const byId = new Map(current.map((topic) => [topic.id, topic]));
  const kept = new Set<string>();
  for (const [position, topicInput] of input.topics.entries()) {
    const existing = topicInput.id ? byId.get(topicInput.id) : undefined;
    if (topicInput.id && !existing) {
      throw badInput('MEETING.UNKNOWN_TOPIC', '议题不属于本会议', { [`topics.${position}.id`]: ['议题不属于本会议'] });
    }
    const topic = existing ?? manager.create(MeetingTopic, { meetingId: meeting.id, removedAt: null });
    const before = existing ? { ...existing } : null;
    Object.assign(topic, {
      position,
      title: topicInput.title,
      description: topicInput.description ?? null,
      representativesMayAttend: topicInput.representativesMayAttend,
      category: topicInput.representativesMayAttend ? (topicInput.category ?? null) : null,
      seats: topicInput.representativesMayAttend ? (topicInput.seats ?? null) : null,
    });
    await manager.save(topic);
    recordChange(context, 'MeetingTopic', topic.id, before, topic);
    kept.add(topic.id);
  }
  const invitations = (await invitationsOf(manager, meeting.id)).filter((invitation) =>
    STANDING.includes(invitation.state),
  );
  for (const topic of current) {
    const named = invitations.some((invitation) => invitation.topicIds.includes(topic.id));
    const closed = !kept.has(topic.id) || !input.topics.find((item) => item.id === topic.id)?.representativesMayAttend;
    if (named && closed) {
      throw badInput('MEETING.TOPIC_HAS_INVITATIONS', `议题“${topic.title}”已有代表受邀列席，不能删除或改为不邀请社会代表`, {
        topics: [`议题“${topic.title}”已有代表受邀列席`],
      });
    }
    if (!kept.has(topic.id)) {
      const before = { ...topic };
      topic.removedAt = now;
      await manager.save(topic);
      recordChange(context, 'MeetingTopic', topic.id, before, topic);
    }
  }
}

export async function createMeeting(context: RequestContext, rawInput: MeetingInput): Promise<Meeting> {
  const scope = requireMutationScope(context);
  const input = parseInput(meetingInputSchema, rawInput);
  assertOwnDepartment(context, input.departmentId);
  assertFutureStart(context, input.startsAt);
  const now = context.services.clock.now();
  const meeting = scope.manager.create(Meeting, {
    caseNumber: await issueCaseNumber(scope.manager, 'MEETING', now),
    title: input.title,
    departmentId: input.departmentId,
    startsAt: input.startsAt,
    plannedEndsAt: input.plannedEndsAt,
    place: input.place,
    seats: input.seats ?? null,
    ...NEW_MEETING_STATE,
    createdById: staffIdOf(context),
    createdAt: now,
    updatedAt: now,
  });
  await scope.manager.save(meeting);
  scope.subject = { entityType: 'Meeting', entityId: meeting.id };
  recordChange(context, 'Meeting', meeting.id, null, meeting);
  await saveTopics(context, meeting, input);
  return meeting;
}

export async function updateMeeting(
  context: RequestContext,
  id: string,
  version: number,
  rawInput: MeetingInput,
): Promise<Meeting> {
  const meeting = await lockManagedMeeting(context, id, version);
  const input = parseInput(meetingInputSchema, rawInput);
  const state = await nextMeetingState(context, meeting, 'EDIT');
  assertOwnDepartment(context, input.departmentId);
  if (input.startsAt.getTime() !== meeting.startsAt.getTime()) assertFutureStart(context, input.startsAt);
  const before = { ...meeting };
  Object.assign(meeting, {
    state,
    title: input.title,
    departmentId: input.departmentId,
    startsAt: input.startsAt,
    plannedEndsAt: input.plannedEndsAt,
    place: input.place,
    seats: input.seats ?? null,
  });
  await saveTopics(context, meeting, input);
  return saveMeeting(context, meeting, before);
}

/** Every representative still invited is told (postponement, new time, cancellation). */
async function tellInvited(
  context: RequestContext,
  meeting: Meeting,
  channel: NoticeChannel,
  subject: string,
  content: string,
): Promise<void> {
  const { manager } = requireMutationScope(context);
  const invitations = await manager.find(MeetingInvitation, {
    where: { meetingId: meeting.id, state: In([...STANDING]) },
    order: { sequence: 'ASC' },
  });
  for (const invitation of invitations) await noticeToRepresentative(context, invitation, channel, subject, content);
}

/** Postponed or cancelled before it is held: the reason recorded, every invited representative told. */
async function stopMeeting(
  context: RequestContext,
  id: string,
  version: number,
  rawInput: MeetingReasonInput,
  action: 'POSTPONE' | 'CANCEL',
): Promise<Meeting> {
  const meeting = await lockManagedMeeting(context, id, version);
  const input = parseInput(action === 'POSTPONE' ? postponeMeetingSchema : cancelMeetingSchema, rawInput);
  const before = { ...meeting };
  meeting.state = await nextMeetingState(context, meeting, action);
  if (action === 'POSTPONE') meeting.postponeReason = input.reason;
  else meeting.cancelReason = input.reason;
  await saveMeeting(context, meeting, before);
  const planned = `原定于${shanghaiDateTimeText(meeting.startsAt)}召开的“${meeting.title}”`;
  await tellInvited(
    context,
    meeting,
    input.noticeChannel,
    `${action === 'POSTPONE' ? '会议延期' : '会议取消'}：${meeting.title}`,
    action === 'POSTPONE'
      ? `${planned}延期举行，原因：${input.reason}。新的会议时间确定后将另行通知。`
      : `${planned}取消，原因：${input.reason}。感谢您的支持。`,
  );
  return meeting;
}

export const postponeMeeting = (context: RequestContext, id: string, version: number, rawInput: MeetingReasonInput) =>
  stopMeeting(context, id, version, rawInput, 'POSTPONE');

export const cancelMeeting = (context: RequestContext, id: string, version: number, rawInput: MeetingReasonInput) =>
  stopMeeting(context, id, version, rawInput, 'CANCEL');

export async function rescheduleMeeting(
  context: RequestContext,
  id: string,
  version: number,
  rawInput: RescheduleMeetingInput,
): Promise<Meeting> {
  const meeting = await lockManagedMeeting(context, id, version);
  const input = parseInput(rescheduleMeetingSchema, rawInput);
  const state = await nextMeetingState(context, meeting, 'RESCHEDULE');
  assertFutureStart(context, input.startsAt);
  const before = { ...meeting };
  Object.assign(meeting, { state, startsAt: input.startsAt, plannedEndsAt: input.plannedEndsAt });
  await saveMeeting(context, meeting, before);
  await tellInvited(
    context,
    meeting,
    input.noticeChannel,
    `会议时间已重新确定：${meeting.title}`,
    `“${meeting.title}”改定于${shanghaiDateTimeText(meeting.startsAt)}在${meeting.place}召开，请于会议开始前 10 分钟到达会场签到。`,
  );
  return meeting;
}

/** The meeting starts on time whoever has arrived [seed §6-4(1)]. */
export async function startMeeting(context: RequestContext, id: string, version: number): Promise<Meeting> {
  const meeting = await lockManagedMeeting(context, id, version);
  const before = { ...meeting };
  meeting.state = await nextMeetingState(context, meeting, 'START');
  meeting.startedAt = context.services.clock.now();
  return saveMeeting(context, meeting, before);
}

/**
 * The meeting ends: end time, minutes and decisions; feedback and publication of the results are due within
 * 3 working days of the end [seed §6-4(4)] — a deadline of the organizing department, with its task.
 */
export async function closeMeeting(
  context: RequestContext,
  id: string,
  version: number,
  rawInput: CloseMeetingInput,
): Promise<Meeting> {
  const { manager } = requireMutationScope(context);
  const meeting = await lockManagedMeeting(context, id, version);
  const input = parseInput(closeMeetingSchema, rawInput);
  const state = await nextMeetingState(context, meeting, 'CLOSE');
  const now = context.services.clock.now();
  if (input.endedAt.getTime() > now.getTime() || input.endedAt.getTime() < (meeting.startedAt ?? meeting.startsAt).getTime()) {
    throw badInput('MEETING.INVALID_END', '会议结束时间须在会议开始之后、不晚于当前时间', {
      endedAt: ['会议结束时间须在会议开始之后、不晚于当前时间'],
    });
  }
  const before = { ...meeting };
  Object.assign(meeting, { state, endedAt: input.endedAt, minutes: input.minutes, decisions: input.decisions });
  const title = `${meeting.caseNumber} ${meeting.title}`.slice(0, 200);
  const by = { clock: context.services.clock, actorId: staffIdOf(context) };
  const deadline = await startCaseDeadline(manager, by, {
    kind: 'MEETING_FEEDBACK',
    caseId: meeting.id,
    title,
    departmentId: meeting.departmentId,
    startDate: shanghaiDateOf(input.endedAt),
  });
  meeting.deadlineId = deadline.id;
  await saveMeeting(context, meeting, before);
  await openTask(
    manager,
    context.services.clock,
    { kind: 'MEETING_FEEDBACK', caseId: meeting.id, title, deadlineId: deadline.id, departmentId: meeting.departmentId, actorId: by.actorId },
    taskAuditOf(context),
  );
  return meeting;
}
