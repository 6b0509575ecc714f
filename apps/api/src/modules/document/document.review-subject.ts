import { IsNull } from 'typeorm';
import { REVIEW_ACTION_LABELS, REVIEW_OUTCOME_LABELS, documentAfterReview } from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { requireMutationScope, staffIdOf } from '../../context.js';
import { recordChange } from '../../shared/audit/record-change.js';
import { deleteFileInMutation } from '../../shared/storage/stored-files.js';
import { publishToCatalog } from '../catalog/index.js';
import type { Review, ReviewDecisionRecord } from '../review/review.entity.js';
import type { ReviewSubjectAdapter } from '../review/review.subjects.js';
import { assertOriginalOf } from './document.content.js';
import { Document, DocumentAttachment, DocumentContentVersion } from './document.entity.js';
import { recordDocumentEvent, saveDocument } from './document.steps.js';

/** How the review drives a document (SPEC M2/M3): its state and attribute follow the review's outcome. */
export const documentReviewSubject: ReviewSubjectAdapter = {
  kind: 'DOCUMENT',

  assertContentVersion: (manager, review, contentVersionId, role) =>
    assertOriginalOf(manager, review, contentVersionId, role),

  async sealContentVersion(manager, contentVersionId, at) {
    await manager.update(
      DocumentContentVersion,
      { id: contentVersionId, sealedAt: IsNull() },
      { sealedAt: at },
    );
  },

  async afterTransition(context: RequestContext, review: Review, decision: ReviewDecisionRecord) {
    const { manager } = requireMutationScope(context);
    const document = await manager.findOneByOrFail(Document, { id: review.subjectId });
    const before = { ...document };
    const next = documentAfterReview(
      {
        subject: {
          kind: 'DOCUMENT',
          owningDepartmentId: review.owningDepartmentId,
          contentVersion: review.contentVersionId,
          finalAction: 'PUBLISH',
        },
        state: review.state,
        outcome: review.outcome,
      },
      document.attribute ?? 'PROACTIVE',
      review.isRevision,
    );
    // A level-1 revision after a return made a new original current: the review now runs on it.
    const changed = next.state !== document.state || next.attribute !== document.attribute;
    document.state = next.state;
    document.attribute = next.attribute;
    if (changed) await saveDocument(context, manager, document, before);
    const outcome = decision.outcome ? `：${REVIEW_OUTCOME_LABELS[decision.outcome.outcome]}` : '';
    await recordDocumentEvent(manager, context, {
      documentId: document.id,
      action: decision.action === 'PUBLISH' ? 'PUBLISH' : 'REVIEW',
      fromState: before.state,
      toState: document.state,
      fromAttribute: before.attribute,
      toAttribute: document.attribute,
      note: `${REVIEW_ACTION_LABELS[decision.action]}${outcome}`,
    });
  },

  async removeOriginalContent(context: RequestContext, review: Review) {
    const { manager } = requireMutationScope(context);
    const now = context.services.clock.now();
    // Every original of the document still holding content, except versions already public (a correction's
    // earlier publication stays as published).
    const published = (await manager.query(
      `SELECT content_version_id FROM catalog_entry WHERE subject_kind = 'DOCUMENT' AND subject_id = $1`,
      [review.subjectId],
    )) as Array<{ content_version_id: string }>;
    const keep = new Set(published.map((row) => row.content_version_id));
    const originals = await manager.find(DocumentContentVersion, {
      where: { documentId: review.subjectId, kind: 'ORIGINAL', contentRemovedAt: IsNull() },
    });
    for (const version of originals) {
      if (keep.has(version.id)) continue;
      const before = { ...version };
      version.body = null;
      version.contentRemovedAt = now;
      version.contentRemovedById = staffIdOf(context);
      await manager.save(version);
      recordChange(context, 'DocumentContentVersion', version.id, before, version);
      const files = await manager.find(DocumentAttachment, {
        where: { contentVersionId: version.id, removedAt: IsNull() },
      });
      for (const file of files) {
        await deleteFileInMutation(context, file.storageKey);
        const fileBefore = { ...file };
        file.removedAt = now;
        await manager.save(file);
        recordChange(context, 'DocumentAttachment', file.id, fileBefore, file);
      }
    }
    const document = await manager.findOneByOrFail(Document, { id: review.subjectId });
    await recordDocumentEvent(manager, context, {
      documentId: document.id,
      action: 'REMOVE_CONTENT',
      fromState: document.state,
      toState: document.state,
      note: '经领导小组办公室审核确认涉及国家秘密，原件内容已从本系统删除，仅保留元数据',
    });
  },

  async publish(context: RequestContext, review: Review) {
    const { manager } = requireMutationScope(context);
    const document = await manager.findOneByOrFail(Document, { id: review.subjectId });
    const versionId = review.approvedContentVersionId as string;
    const version = await manager.findOneByOrFail(DocumentContentVersion, { id: versionId });
    const files = await manager.find(DocumentAttachment, {
      where: { contentVersionId: versionId, removedAt: IsNull() },
      order: { uploadedAt: 'ASC', id: 'ASC' },
    });
    await publishToCatalog(context, manager, {
      subjectKind: 'DOCUMENT',
      subjectId: document.id,
      reviewId: review.id,
      contentVersionId: versionId,
      owningDepartmentId: document.departmentId,
      categoryId: document.catalogCategoryId,
      title: document.title,
      summary: document.summary,
      body: version.body ?? '',
      documentNumber: document.documentNumber,
      formedDate: document.formedDate as string,
      attachmentIds: files.map((file) => file.id),
      publisherId: staffIdOf(context) as string,
    });
  },
};
