import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DomainError, departmentScopeOf, type Actor, type RolePermission } from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { staffIdOf } from '../../context.js';
import { recordChange } from '../../shared/audit/record-change.js';
import { notFound } from '../../shared/errors/app-errors.js';
import { isUuid } from '../../shared/persistence/query-helpers.js';
import { storeFileInMutation } from '../../shared/storage/stored-files.js';
import type { Review } from '../review/review.entity.js';
import { Document, DocumentAttachment, DocumentContentVersion } from './document.entity.js';
import { openDocumentReview } from './document.steps.js';

export const CONTENT_VERSION_LABEL = '内容版本';

const holds = (actor: Actor, permission: RolePermission, departmentId: string): boolean => {
  if (actor.kind !== 'staff') return false;
  const scope = departmentScopeOf(actor.grants, permission);
  return scope === 'ALL' || scope.includes(departmentId);
};

const notEditable = (message: string) =>
  new DomainError('INVALID_TRANSITION', 'DOCUMENT.CONTENT_LOCKED', message);

/**
 * Who may change a content version now (SPEC M2/M3): the original while the document is drafted or
 * corrected, or while its review is back at level 1, by the department's drafters; a redacted version
 * while the review is at level 2, by the department's confidentiality officers. A version a review
 * decision has named is sealed: it never changes again.
 */
export async function assertContentEditable(
  manager: EntityManager,
  actor: Actor,
  document: Document,
  version: DocumentContentVersion,
): Promise<void> {
  if (version.sealedAt) throw notEditable('该版本已送审锁定，不能修改');
  if (version.contentRemovedAt) throw notEditable('该版本的内容已删除');
  const review = await openDocumentReview(manager, document.id);
  if (version.kind === 'ORIGINAL') {
    if (!holds(actor, 'DOCUMENT_DRAFT', document.departmentId)) {
      throw new DomainError('FORBIDDEN', 'DOCUMENT.NOT_ENTITLED', '您无权修改此公文');
    }
    const drafting = document.state === 'DRAFT' || document.state === 'REVISING';
    // Level 1 is the producer's: the content may still change until level 1 sends a version on.
    const backAtLevelOne = document.state === 'IN_REVIEW' && review?.state === 'LEVEL_1';
    if (!drafting && !backAtLevelOne) throw notEditable('公文当前状态不能修改内容');
    if (document.currentContentVersionId !== version.id) throw notEditable('只能修改当前版本');
    return;
  }
  if (!holds(actor, 'REVIEW_LEVEL_2', document.departmentId)) {
    throw new DomainError('FORBIDDEN', 'DOCUMENT.NOT_ENTITLED', '您无权修改区分处理后的版本');
  }
  if (review?.state !== 'LEVEL_2' || review.contentVersionId !== version.basedOnId) {
    throw notEditable('只有保密审查进行到保密员审查时才能修改区分处理后的版本');
  }
}

/** A content version with its document (row-locked), or NOT_FOUND. */
export async function loadContentVersionForUpdate(
  manager: EntityManager,
  id: string,
): Promise<{ version: DocumentContentVersion; document: Document }> {
  if (!isUuid(id)) throw notFound(CONTENT_VERSION_LABEL);
  const version = await manager
    .getRepository(DocumentContentVersion)
    .createQueryBuilder('version')
    .setLock('pessimistic_write')
    .where('version.id = :id', { id })
    .getOne();
  if (!version) throw notFound(CONTENT_VERSION_LABEL);
  const document = await manager.findOneByOrFail(Document, { id: version.documentId });
  return { version, document };
}

export async function nextContentSeq(manager: EntityManager, documentId: string): Promise<number> {
  const [{ seq }] = (await manager.query(
    'SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM document_content_version WHERE document_id = $1',
    [documentId],
  )) as Array<{ seq: number }>;
  return Number(seq);
}

export const attachmentStorageKey = (documentId: string): string => `documents/${documentId}/${randomUUID()}`;

/**
 * A new version of the document's content. A copy of `from` (its text, and its files copied under new
 * keys: each version owns its bytes, so removing one version's content never touches another's).
 */
export async function createContentVersion(
  context: RequestContext,
  manager: EntityManager,
  input: {
    documentId: string;
    kind: DocumentContentVersion['kind'];
    body: string;
    basedOnId?: string | null;
    copyAttachmentsFrom?: string | null;
  },
): Promise<DocumentContentVersion> {
  const now = context.services.clock.now();
  const actorId = staffIdOf(context) ?? '';
  const version = manager.create(DocumentContentVersion, {
    documentId: input.documentId,
    seq: await nextContentSeq(manager, input.documentId),
    kind: input.kind,
    basedOnId: input.basedOnId ?? null,
    body: input.body,
    createdById: actorId,
    createdAt: now,
    sealedAt: null,
    contentRemovedAt: null,
    contentRemovedById: null,
  });
  await manager.save(version);
  recordChange(context, 'DocumentContentVersion', version.id, null, version);
  if (input.copyAttachmentsFrom) {
    const { fileStorage } = context.services;
    const files = await manager.find(DocumentAttachment, {
      where: { contentVersionId: input.copyAttachmentsFrom },
      order: { uploadedAt: 'ASC', id: 'ASC' },
    });
    for (const file of files) {
      if (file.removedAt) continue;
      const storageKey = attachmentStorageKey(input.documentId);
      await storeFileInMutation(
        context,
        storageKey,
        await fileStorage.get(manager, file.storageKey),
        file.contentType,
      );
      const copy = manager.create(DocumentAttachment, {
        ...file,
        id: undefined,
        contentVersionId: version.id,
        storageKey,
      });
      await manager.save(copy);
      recordChange(context, 'DocumentAttachment', copy.id, null, copy);
    }
  }
  return version;
}

/** The content version level 1 sends to review: the review subject's own original. */
export async function assertOriginalOf(
  manager: EntityManager,
  review: Review,
  contentVersionId: string,
  kind: 'ORIGINAL' | 'REDACTED',
): Promise<void> {
  const version = isUuid(contentVersionId)
    ? await manager.findOneBy(DocumentContentVersion, { id: contentVersionId })
    : null;
  const field = kind === 'ORIGINAL' ? 'contentVersion' : 'redactedContentVersion';
  if (!version || version.documentId !== review.subjectId || version.kind !== kind) {
    throw new DomainError(
      'BAD_USER_INPUT',
      'REVIEW.UNKNOWN_CONTENT_VERSION',
      '所选内容版本不属于此审查事项',
      {
        fields: { [field]: ['所选内容版本不属于此审查事项'] },
      },
    );
  }
  if (kind === 'REDACTED' && version.basedOnId !== review.contentVersionId) {
    throw new DomainError(
      'CONFLICT',
      'REVIEW.CONTENT_VERSION_CHANGED',
      '区分处理后的版本不是依据当前送审原件准备的，请刷新后重新准备',
    );
  }
  if (kind === 'ORIGINAL') {
    const document = await manager.findOneByOrFail(Document, { id: review.subjectId });
    if (document.currentContentVersionId !== contentVersionId) {
      throw new DomainError(
        'CONFLICT',
        'REVIEW.CONTENT_VERSION_CHANGED',
        '送审内容已变化，请刷新后按当前版本办理',
        {
          details: { expectedContentVersion: document.currentContentVersionId },
        },
      );
    }
  }
}
