import {
  adoptionInputSchema,
  badInput,
  opinionInputSchema,
  speechInputSchema,
  type OpinionSource,
} from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope, staffIdOf } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { notFound, staleVersion } from '../../../shared/errors/app-errors.js';
import { isUuid } from '../../../shared/persistence/query-helpers.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { Meeting, MeetingInvitation, MeetingOpinion } from '../meeting.entity.js';
import type { MeetingOpinionKind } from '../meeting.enums.js';
import { OPINION_LABEL, lockManagedMeeting, nextMeetingState, topicsOf } from '../meeting.steps.js';
import type { MeetingOpinionInput, MeetingSpeechInput, OpinionAdoptionInput } from '../meeting.types.js';
import { assertMeetingStateAllows, invitedTopics } from './invitations.js';

/**
 * Opinions and speeches [seed §6-4(3)]: written opinions before or after the meeting (typed in from a letter,
 * or sent by the representative with their code), speeches during it recorded per topic by the organizer;
 * each gets an adoption decision before the feedback [seed §6-4(4)].
 */
async function invitationOfMeeting(context: RequestContext, meeting: Meeting, invitationId: string): Promise<MeetingInvitation> {
  const { manager } = requireMutationScope(context);
  const invitation = isUuid(invitationId) ? await manager.findOneBy(MeetingInvitation, { id: invitationId }) : null;
  if (!invitation || invitation.meetingId !== meeting.id) {
    throw badInput('MEETING.UNKNOWN_INVITATION', '该代表未受邀列席本会议', { invitationId: ['该代表未受邀列席本会议'] });
  }
  return invitation;
}

/** The topic must be one the invitation covers (null: the meeting as a whole, for written opinions). */
async function assertTopicOf(
  context: RequestContext,
  meeting: Meeting,
  invitation: MeetingInvitation,
  topicId: string | null,
): Promise<void> {
  if (topicId === null) return;
  const { manager } = requireMutationScope(context);
  const topics = invitedTopics(invitation, await topicsOf(manager, meeting.id));
  if (!topics.some((topic) => topic.id === topicId)) {
    throw badInput('MEETING.TOPIC_NOT_INVITED', '该代表未受邀列席此议题', { topicId: ['该代表未受邀列席此议题'] });
  }
}

export async function addOpinion(
  context: RequestContext,
  meeting: Meeting,
  invitation: MeetingInvitation,
  entry: { kind: MeetingOpinionKind; source: OpinionSource | null; topicId: string | null; content: string },
): Promise<MeetingOpinion> {
  const { manager } = requireMutationScope(context);
  if (invitation.state === 'WITHDRAWN') {
    throw badInput('MEETING.INVITATION_WITHDRAWN', '该邀请已撤回', { invitationId: ['该邀请已撤回'] });
  }
  await assertTopicOf(context, meeting, invitation, entry.topicId);
  const opinion = manager.create(MeetingOpinion, {
    meetingId: meeting.id,
    invitationId: invitation.id,
    topicId: entry.topicId,
    kind: entry.kind,
    source: entry.source,
    content: entry.content,
    recordedById: staffIdOf(context),
    recordedAt: context.services.clock.now(),
    adoption: null,
    adoptionExplanation: null,
    adoptionRecordedById: null,
    adoptionRecordedAt: null,
  });
  await manager.save(opinion);
  recordChange(context, 'MeetingOpinion', opinion.id, null, opinion);
  return opinion;
}

/** Only what a meeting in this state accepts; a representative's own opinion follows the same states. */
export function assertOpinionAccepted(meeting: Meeting): void {
  assertMeetingStateAllows(meeting, 'RECORD_OPINION');
}

export async function recordMeetingOpinion(
  context: RequestContext,
  meetingId: string,
  rawInput: MeetingOpinionInput,
): Promise<MeetingOpinion> {
  const meeting = await lockManagedMeeting(context, meetingId, null);
  const input = parseInput(opinionInputSchema, { topicId: rawInput.topicId, content: rawInput.content });
  await nextMeetingState(context, meeting, 'RECORD_OPINION');
  const invitation = await invitationOfMeeting(context, meeting, rawInput.invitationId);
  return addOpinion(context, meeting, invitation, {
    kind: 'WRITTEN',
    source: 'CONSOLE',
    topicId: input.topicId ?? null,
    content: input.content,
  });
}

export async function recordMeetingSpeech(
  context: RequestContext,
  meetingId: string,
  rawInput: MeetingSpeechInput,
): Promise<MeetingOpinion> {
  const meeting = await lockManagedMeeting(context, meetingId, null);
  const input = parseInput(speechInputSchema, rawInput);
  await nextMeetingState(context, meeting, 'RECORD_SPEECH');
  const invitation = await invitationOfMeeting(context, meeting, input.invitationId);
  if (!invitation.checkedInAt) {
    throw badInput('MEETING.SPEAKER_NOT_PRESENT', '该代表未签到列席，不能记录发言', { invitationId: ['该代表未签到列席'] });
  }
  return addOpinion(context, meeting, invitation, {
    kind: 'SPEECH',
    source: null,
    topicId: input.topicId,
    content: input.content,
  });
}

export async function recordOpinionAdoption(
  context: RequestContext,
  id: string,
  version: number,
  rawInput: OpinionAdoptionInput,
): Promise<MeetingOpinion> {
  const { manager } = requireMutationScope(context);
  const found = isUuid(id) ? await manager.findOneBy(MeetingOpinion, { id }) : null;
  if (!found) throw notFound(OPINION_LABEL);
  let meeting: Meeting;
  try {
    meeting = await lockManagedMeeting(context, found.meetingId, null);
  } catch {
    throw notFound(OPINION_LABEL);
  }
  const opinion = await manager
    .getRepository(MeetingOpinion)
    .createQueryBuilder('opinion')
    .setLock('pessimistic_write')
    .where('opinion.id = :id', { id })
    .getOneOrFail();
  if (opinion.version !== version) throw staleVersion(OPINION_LABEL);
  const input = parseInput(adoptionInputSchema, rawInput);
  await nextMeetingState(context, meeting, 'RECORD_ADOPTION');
  const before = { ...opinion };
  opinion.adoption = input.adoption;
  opinion.adoptionExplanation = input.explanation;
  opinion.adoptionRecordedById = staffIdOf(context);
  opinion.adoptionRecordedAt = context.services.clock.now();
  await manager.save(opinion);
  recordChange(context, 'MeetingOpinion', opinion.id, before, opinion);
  return opinion;
}
