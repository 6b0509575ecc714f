import { DomainError, redactedBodySchema } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { notFound } from '../../../shared/errors/app-errors.js';
import { loadForUpdate } from '../../../shared/persistence/versioned-update.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { Review } from '../../review/review.entity.js';
import { findReadableReview } from '../../review/review.queries.js';
import { REVIEW_LABEL } from '../../review/review.service.js';
import { documentReaderScope, mayReadDocument } from '../document.access.js';
import {
  CONTENT_VERSION_LABEL,
  assertContentEditable,
  createContentVersion,
  loadContentVersionForUpdate,
} from '../document.content.js';
import { Document, DocumentContentVersion } from '../document.entity.js';

/**
 * Partial disclosure (区分处理, [seed §4-7]): the confidentiality officer prepares at level 2 a redacted
 * version of the original under review — its text with the non-disclosable parts removed, and replacement
 * files uploaded to it — which the level-2 decision then names.
 */
export async function prepareRedactedVersion(
  context: RequestContext,
  reviewId: string,
  reviewVersion: number,
  rawBody: string,
): Promise<DocumentContentVersion> {
  const scope = requireMutationScope(context);
  const { manager } = scope;
  const body = parseInput(redactedBodySchema, rawBody);
  // Readability first: a stale version of another department's review must not reveal that it exists.
  await findReadableReview(manager, context.actor, reviewId);
  const review = await loadForUpdate(manager, Review, reviewId, reviewVersion, REVIEW_LABEL);
  if (review.subjectKind !== 'DOCUMENT') throw notFound(REVIEW_LABEL);
  const document = await manager.findOneByOrFail(Document, { id: review.subjectId });
  if (!mayReadDocument(documentReaderScope(context.actor), document)) throw notFound(REVIEW_LABEL);
  scope.subject = { entityType: 'Document', entityId: document.id };
  const draft = manager.create(DocumentContentVersion, {
    documentId: document.id,
    kind: 'REDACTED',
    basedOnId: review.contentVersionId,
    sealedAt: null,
    contentRemovedAt: null,
  });
  await assertContentEditable(manager, context.actor, document, draft);
  return createContentVersion(context, manager, {
    documentId: document.id,
    kind: 'REDACTED',
    body,
    basedOnId: review.contentVersionId,
  });
}

/** Rewrites a redacted version's text while it is still being prepared (optimistic version check). */
export async function updateRedactedVersion(
  context: RequestContext,
  id: string,
  expectedVersion: number,
  rawBody: string,
): Promise<DocumentContentVersion> {
  const scope = requireMutationScope(context);
  const { manager } = scope;
  const body = parseInput(redactedBodySchema, rawBody);
  const { version, document } = await loadContentVersionForUpdate(manager, id);
  if (!mayReadDocument(documentReaderScope(context.actor), document) || version.kind !== 'REDACTED') {
    throw notFound(CONTENT_VERSION_LABEL);
  }
  scope.subject = { entityType: 'Document', entityId: document.id };
  if (version.version !== expectedVersion) {
    throw new DomainError(
      'CONFLICT',
      'RECORD.STALE_VERSION',
      '区分处理后的版本已被他人修改，请刷新后重新编辑',
    );
  }
  await assertContentEditable(manager, context.actor, document, version);
  const before = { ...version };
  version.body = body;
  await manager.save(version);
  recordChange(context, 'DocumentContentVersion', version.id, before, version);
  return version;
}
