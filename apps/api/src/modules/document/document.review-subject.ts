import { IsNull } from 'typeorm';
import { DomainError, REVIEW_ACTION_LABELS, REVIEW_OUTCOME_LABELS, documentAfterReview } from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { requireMutationScope, staffIdOf } from '../../context.js';
import { recordChange } from '../../shared/audit/record-change.js';
import { sanitizeForPublication } from '../../shared/storage/sanitize/index.js';
import { deleteFileInMutation, storeFileInMutation } from '../../shared/storage/stored-files.js';
import { publishToCatalog } from '../catalog/index.js';
import { bumpPublicCatalogStamp } from '../catalog/catalog-public-cache.js';
import type { Review, ReviewDecisionRecord } from '../review/review.entity.js';
import type { ReviewSubjectAdapter } from '../review/review.subjects.js';
import { documentPublicationBlocker } from '../consultation/consultation.steps.js';
import { assertOriginalOf, attachmentStorageKey } from './document.content.js';
import { declassificationBlocker } from './document.declassification.js';
import { closePublicationClock } from './document.publication-clock.js';
import { Document, DocumentAttachment, DocumentContentVersion } from './document.entity.js';
import { recordDocumentEvent, saveDocument } from './document.steps.js';

/**
 * File hygiene before publication: each approved file is published as a copy with its tracked changes,
 * comments and personal metadata (authors, EXIF…) stripped; the approved file itself stays as reviewed.
 */
async function publicationCopiesOf(
  context: RequestContext,
  documentId: string,
  files: DocumentAttachment[],
): Promise<DocumentAttachment[]> {
  const { manager } = requireMutationScope(context);
  const copies: DocumentAttachment[] = [];
  for (const file of files) {
    const sanitized = await sanitizeForPublication({
      data: await context.services.fileStorage.get(manager, file.storageKey),
      contentType: file.contentType,
    });
    const storageKey = attachmentStorageKey(documentId);
    await storeFileInMutation(context, storageKey, sanitized.data, file.contentType);
    const copy = manager.create(DocumentAttachment, {
      contentVersionId: file.contentVersionId,
      fileName: file.fileName,
      contentType: file.contentType,
      sizeBytes: sanitized.sizeBytes,
      sha256: sanitized.sha256,
      storageKey,
      uploadedById: staffIdOf(context) ?? file.uploadedById,
      uploadedAt: context.services.clock.now(),
      removedAt: null,
      sanitizedFromId: file.id,
      removedMetadata: sanitized.removed,
    });
    await manager.save(copy);
    recordChange(context, 'DocumentAttachment', copy.id, null, copy);
    copies.push(copy);
  }
  return copies;
}

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
    if (review.state === 'PUBLISHED') await closePublicationClock(context, document.id, { met: true });
    if (review.state === 'WITHHELD') {
      await closePublicationClock(context, document.id, { met: false, reason: '经保密审查不予公开' });
    }
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
    // A removed file may be listed by an earlier publication's cached answers: they go stale now.
    await bumpPublicCatalogStamp(manager);
    const document = await manager.findOneByOrFail(Document, { id: review.subjectId });
    await recordDocumentEvent(manager, context, {
      documentId: document.id,
      action: 'REMOVE_CONTENT',
      fromState: document.state,
      toState: document.state,
      note: '经领导小组办公室审核确认涉及国家秘密，原件内容已从本系统删除，仅保留元数据',
    });
  },

  // Jointly produced or agency-involving information waits for every consent and agreement [seed §3-2(3), §4-8].
  async publishBlocker(manager, review) {
    const document = await manager.findOneByOrFail(Document, { id: review.subjectId });
    return (
      (await declassificationBlocker(manager, document)) ?? documentPublicationBlocker(manager, document)
    );
  },

  async publish(context: RequestContext, review: Review) {
    const { manager } = requireMutationScope(context);
    const document = await manager.findOneByOrFail(Document, { id: review.subjectId });
    const blocker =
      (await declassificationBlocker(manager, document)) ??
      (await documentPublicationBlocker(manager, document));
    if (blocker) throw new DomainError('INVALID_TRANSITION', blocker.reason, blocker.message);
    const versionId = review.approvedContentVersionId as string;
    const version = await manager.findOneByOrFail(DocumentContentVersion, { id: versionId });
    const files = await manager.find(DocumentAttachment, {
      where: { contentVersionId: versionId, removedAt: IsNull(), sanitizedFromId: IsNull() },
      order: { uploadedAt: 'ASC', id: 'ASC' },
    });
    const published = await publicationCopiesOf(context, document.id, files);
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
      attachmentIds: published.map((file) => file.id),
      publisherId: staffIdOf(context) as string,
    });
  },
};
