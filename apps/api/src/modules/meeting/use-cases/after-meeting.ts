import { In } from 'typeorm';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope, staffIdOf } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { openReview, openReviewOf } from '../../review/index.js';
import { Meeting, MeetingInvitation, MeetingResultVersion, Representative } from '../meeting.entity.js';
import { feedbackText, resultsText } from '../meeting.results.js';
import {
  invitationsOf,
  lockManagedMeeting,
  nextMeetingState,
  noticeToRepresentative,
  opinionsOf,
  saveInvitation,
  saveMeeting,
  topicsOf,
} from '../meeting.steps.js';

/**
 * After the meeting [seed §6-4(4)]: each representative who attended or gave an opinion is told how their
 * opinions were taken into account and what was decided (a notice, read through their code); then the results
 * go to the confidentiality review (SPEC M3) for publication.
 */
export async function sendMeetingFeedback(context: RequestContext, id: string, version: number): Promise<Meeting> {
  const { manager } = requireMutationScope(context);
  const meeting = await lockManagedMeeting(context, id, version);
  const state = await nextMeetingState(context, meeting, 'SEND_FEEDBACK');
  const [topics, opinions, invitations] = await Promise.all([
    topicsOf(manager, meeting.id),
    opinionsOf(manager, meeting.id),
    invitationsOf(manager, meeting.id),
  ]);
  for (const invitation of invitations) {
    const own = opinions.filter((opinion) => opinion.invitationId === invitation.id);
    if (!invitation.checkedInAt && own.length === 0) continue;
    const notice = await noticeToRepresentative(
      context,
      invitation,
      invitation.noticeChannel,
      `会议意见采纳情况反馈：${meeting.title}`,
      feedbackText(meeting, topics, own),
    );
    const before = { ...invitation };
    invitation.feedbackNoticeId = notice.id;
    await saveInvitation(context, invitation, before);
  }
  const before = { ...meeting };
  meeting.state = state;
  meeting.feedbackSentAt = context.services.clock.now();
  return saveMeeting(context, meeting, before);
}

/**
 * The results text (decisions, adoption, the attendees who agreed to be named) goes to review, level 1 by the
 * organizer. After a return the review is back at level 1: the new text becomes the version it runs on.
 */
export async function submitMeetingResults(context: RequestContext, id: string, version: number): Promise<Meeting> {
  const { manager } = requireMutationScope(context);
  const meeting = await lockManagedMeeting(context, id, version);
  const state = await nextMeetingState(context, meeting, 'SUBMIT_RESULTS');
  const [topics, opinions, listedInvitations] = await Promise.all([
    topicsOf(manager, meeting.id),
    opinionsOf(manager, meeting.id),
    manager.find(MeetingInvitation, {
      where: { meetingId: meeting.id, attendancePublic: true, state: In(['ACCEPTED']) },
      order: { sequence: 'ASC' },
    }),
  ]);
  const attended = listedInvitations.filter((invitation) => invitation.checkedInAt !== null);
  const representatives = await manager.findBy(Representative, {
    id: In(attended.length > 0 ? attended.map((invitation) => invitation.representativeId) : [meeting.id]),
  });
  const listed = attended.map((invitation) => ({
    invitation,
    representative: representatives.find((entry) => entry.id === invitation.representativeId) as Representative,
  }));
  const now = context.services.clock.now();
  const resultVersion = manager.create(MeetingResultVersion, {
    meetingId: meeting.id,
    kind: 'ORIGINAL',
    basedOnId: null,
    body: resultsText(meeting, topics, opinions, listed),
    sealedAt: null,
    createdById: staffIdOf(context),
    createdAt: now,
  });
  await manager.save(resultVersion);
  recordChange(context, 'MeetingResultVersion', resultVersion.id, null, resultVersion);
  const open = await openReviewOf(manager, 'MEETING_RESULT', meeting.id);
  if (open) {
    const reviewBefore = { ...open };
    open.contentVersionId = resultVersion.id;
    open.updatedAt = now;
    await manager.save(open);
    recordChange(context, 'Review', open.id, reviewBefore, open);
  } else {
    await openReview(context, {
      kind: 'MEETING_RESULT',
      subjectId: meeting.id,
      title: `${meeting.title}会议结果`.slice(0, 200),
      owningDepartmentId: meeting.departmentId,
      contentVersionId: resultVersion.id,
      levelOneUserId: staffIdOf(context),
    });
  }
  const before = { ...meeting };
  meeting.state = state;
  return saveMeeting(context, meeting, before);
}
