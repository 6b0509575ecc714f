import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { assertMayTakeReviewAction, badInput, type ReviewOutcome } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { forbidden } from '../../../shared/errors/app-errors.js';
import { isUuid } from '../../../shared/persistence/query-helpers.js';
import { storeUploadInMutation } from '../../../shared/storage/store-upload.js';
import { ReviewEvidenceFile } from '../review-evidence.entity.js';
import { findReadableReview } from '../review.queries.js';
import { decisionsOf, domainReviewOf, reviewActorOf } from '../review.service.js';

/**
 * Stores a consent letter or a leadership decision for the level-2 decision about to be taken: only
 * whoever may take that decision now may upload (NOT_FOUND for a review the caller cannot read). Bytes
 * are checked and stored as documents' files are; the decision then names the file by its id.
 */
export async function uploadReviewEvidence(
  context: RequestContext,
  reviewId: string,
  fileName: string,
  contentBase64: string,
): Promise<ReviewEvidenceFile> {
  const scope = requireMutationScope(context);
  const { manager } = scope;
  const review = await findReadableReview(manager, context.actor, reviewId);
  scope.subject = { entityType: 'Review', entityId: review.id };
  if (context.actor.kind !== 'staff') throw forbidden();
  const decisions = await decisionsOf(manager, review.id);
  assertMayTakeReviewAction(
    domainReviewOf(review, decisions),
    reviewActorOf(context.actor),
    'SECRECY_REVIEW',
  );

  const storageKey = `reviews/${review.id}/${randomUUID()}`;
  const stored = await storeUploadInMutation(context, storageKey, fileName, contentBase64);
  const file = manager.create(ReviewEvidenceFile, { reviewId: review.id, ...stored });
  await manager.save(file);
  recordChange(context, 'ReviewEvidenceFile', file.id, null, file);
  return file;
}

/** Refuses a level-2 outcome whose exceptions name evidence files that were not uploaded to this review. */
export async function assertEvidenceFilesOf(
  manager: EntityManager,
  reviewId: string,
  outcome: ReviewOutcome,
): Promise<void> {
  const ids = [...new Set(outcome.exceptions.flatMap((exception) => exception.evidenceFileId ?? []))];
  if (ids.length === 0) return;
  const found = ids.every(isUuid) ? await manager.countBy(ReviewEvidenceFile, { id: In(ids), reviewId }) : -1;
  if (found !== ids.length) {
    throw badInput('REVIEW.EVIDENCE_FILE_NOT_FOUND', '例外公开的证明材料须为本审查上传的文件', {
      exceptions: ['所选证明材料不是本审查上传的文件，请重新上传'],
    });
  }
}

/** The evidence files of a review, oldest first. */
export function evidenceFilesOf(manager: EntityManager, reviewId: string): Promise<ReviewEvidenceFile[]> {
  return manager.find(ReviewEvidenceFile, { where: { reviewId }, order: { uploadedAt: 'ASC', id: 'ASC' } });
}
