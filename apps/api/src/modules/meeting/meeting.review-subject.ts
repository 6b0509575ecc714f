import { IsNull } from 'typeorm';
import {
  DomainError,
  departmentScopeOf,
  meetingAfterResultsReview,
  redactedBodySchema,
  shanghaiDateOf,
} from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { requireMutationScope, staffIdOf } from '../../context.js';
import { recordChange } from '../../shared/audit/record-change.js';
import { isInScope } from '../../shared/access/department-scope.js';
import { notFound } from '../../shared/errors/app-errors.js';
import { isUuid } from '../../shared/persistence/query-helpers.js';
import { loadForUpdate } from '../../shared/persistence/versioned-update.js';
import { parseInput } from '../../shared/validation/parse-input.js';
import { publishToCatalog } from '../catalog/index.js';
import { markDeadlineMet } from '../deadline/deadline.service.js';
import { Review, type ReviewSubjectAdapter } from '../review/index.js';
import { closeTask, taskAuditOf } from '../task/index.js';
import { Meeting, MeetingResultVersion } from './meeting.entity.js';
import { saveMeeting } from './meeting.steps.js';

const REVIEW_LABEL = '保密审查';

const badVersion = () =>
  new DomainError('BAD_USER_INPUT', 'REVIEW.UNKNOWN_CONTENT_VERSION', '所选版本不属于该会议结果', {
    fields: { contentVersionId: ['所选版本不属于该会议结果'] },
  });

/**
 * How the review drives a meeting's results (SPEC M3/M8): versions sealed by decisions; publication, also of
 * the redacted version, puts them into the catalog tagged MEETING_RESULT; a withholding sets RESULTS_WITHHELD;
 * a return (or a cancelled review) brings the meeting back to FEEDBACK_SENT. Published or withheld, the
 * feedback-and-publication deadline is met.
 */
export const meetingResultReviewSubject: ReviewSubjectAdapter = {
  kind: 'MEETING_RESULT',

  async assertContentVersion(manager, review, contentVersionId, role) {
    const version = await manager.findOneBy(MeetingResultVersion, { id: contentVersionId });
    if (!version || version.meetingId !== review.subjectId || version.kind !== role) throw badVersion();
    if (role === 'ORIGINAL' && version.id !== review.contentVersionId) throw badVersion();
    if (role === 'REDACTED' && version.basedOnId !== review.contentVersionId) throw badVersion();
  },

  async sealContentVersion(manager, contentVersionId, at) {
    await manager.update(MeetingResultVersion, { id: contentVersionId, sealedAt: IsNull() }, { sealedAt: at });
  },

  async afterTransition(context, review) {
    const { manager } = requireMutationScope(context);
    const meeting = await manager.findOneByOrFail(Meeting, { id: review.subjectId });
    const outcome =
      review.state === 'PUBLISHED'
        ? 'PUBLISHED'
        : review.state === 'WITHHELD'
          ? 'WITHHELD'
          : review.state === 'LEVEL_1' || review.state === 'CANCELLED'
            ? 'RETURNED'
            : null;
    if (!outcome) return;
    const next = meetingAfterResultsReview(outcome);
    if (next === meeting.state) return;
    const before = { ...meeting };
    meeting.state = next;
    await saveMeeting(context, meeting, before);
    if (outcome !== 'RETURNED' && meeting.deadlineId) {
      const actorId = staffIdOf(context);
      await markDeadlineMet(manager, { clock: context.services.clock, actorId }, meeting.deadlineId);
      await closeTask(manager, context.services.clock, { kind: 'MEETING_FEEDBACK', caseId: meeting.id }, actorId, taskAuditOf(context));
    }
  },

  // The results hold no state secret of their own making; a confirmed finding removes the unpublished texts.
  async removeOriginalContent(context, review) {
    const { manager } = requireMutationScope(context);
    const versions = await manager.find(MeetingResultVersion, { where: { meetingId: review.subjectId, kind: 'ORIGINAL' } });
    for (const version of versions) {
      const before = { ...version };
      version.body = '（内容经审核确认涉及国家秘密，已从本系统删除）';
      await manager.save(version);
      recordChange(context, 'MeetingResultVersion', version.id, before, version);
    }
  },

  async publish(context, review) {
    const { manager } = requireMutationScope(context);
    const meeting = await manager.findOneByOrFail(Meeting, { id: review.subjectId });
    const versionId = review.approvedContentVersionId as string;
    const version = await manager.findOneByOrFail(MeetingResultVersion, { id: versionId });
    await publishToCatalog(context, manager, {
      subjectKind: 'MEETING_RESULT',
      subjectId: meeting.id,
      reviewId: review.id,
      contentVersionId: versionId,
      owningDepartmentId: meeting.departmentId,
      categoryId: null,
      title: `${meeting.title}会议结果`.slice(0, 200),
      summary: null,
      body: version.body,
      documentNumber: null,
      formedDate: shanghaiDateOf(meeting.endedAt ?? meeting.startsAt),
      attachmentIds: [],
      publisherId: staffIdOf(context) as string,
    });
  },
};

/**
 * Partial disclosure of meeting results (区分处理, [seed §4-7]): the department's confidentiality officer
 * prepares at level 2 the text with the non-disclosable parts removed; the level-2 decision then names it.
 */
export async function prepareMeetingResultRedaction(
  context: RequestContext,
  reviewId: string,
  reviewVersion: number,
  rawBody: string,
): Promise<MeetingResultVersion> {
  const scope = requireMutationScope(context);
  const body = parseInput(redactedBodySchema, rawBody);
  // Scope first: a stale version of another department's review must not reveal that it exists.
  const found = isUuid(reviewId) ? await scope.manager.findOneBy(Review, { id: reviewId }) : null;
  const actorScope = context.actor.kind === 'staff' ? departmentScopeOf(context.actor.grants, 'REVIEW_LEVEL_2') : [];
  if (!found || found.subjectKind !== 'MEETING_RESULT' || !isInScope(actorScope, found.owningDepartmentId)) {
    throw notFound(REVIEW_LABEL);
  }
  const review = await loadForUpdate(scope.manager, Review, reviewId, reviewVersion, REVIEW_LABEL);
  if (review.state !== 'LEVEL_2') {
    throw new DomainError('INVALID_TRANSITION', 'REVIEW.NOT_AT_LEVEL_2', '只有保密审查进行到保密员审查时才能准备区分处理后的版本');
  }
  scope.subject = { entityType: 'Meeting', entityId: review.subjectId };
  const version = scope.manager.create(MeetingResultVersion, {
    meetingId: review.subjectId,
    kind: 'REDACTED',
    basedOnId: review.contentVersionId,
    body,
    sealedAt: null,
    createdById: staffIdOf(context),
    createdAt: context.services.clock.now(),
  });
  await scope.manager.save(version);
  recordChange(context, 'MeetingResultVersion', version.id, null, version);
  return version;
}
