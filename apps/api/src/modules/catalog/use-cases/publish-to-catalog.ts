import type { EntityManager } from 'typeorm';
import {
  CATALOG_INDEX_SEQUENCE_PREFIX,
  DomainError,
  caseNumberYearOf,
  formatIndexNumber,
  type CatalogSubjectKind,
} from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { isUniqueViolation } from '../../../db/database.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { nextInYearlySequence } from '../../../shared/citizen-code/index.js';
import { CatalogEntry } from '../catalog-entry.entity.js';
import { bumpPublicCatalogStamp } from '../catalog-public-cache.js';

/** What the named publisher publishes: exactly the approved content version of a reviewed item. */
export interface CatalogPublication {
  subjectKind: CatalogSubjectKind;
  subjectId: string;
  reviewId: string;
  contentVersionId: string;
  owningDepartmentId: string;
  categoryId: string | null;
  title: string;
  summary: string | null;
  body: string;
  documentNumber: string | null;
  /** 成文日期 / 生成日期, YYYY-MM-DD. */
  formedDate: string;
  attachmentIds: string[];
  publisherId: string;
}

const concurrentPublication = (): DomainError =>
  new DomainError('CONFLICT', 'CATALOG_ENTRY.CONCURRENT_PUBLICATION', '该事项正在由他人发布，请刷新后重试');

/**
 * Puts a publication into the catalog inside the caller's mutation (the review module's publish step).
 * The first publication of an item takes the next index number of the year; a later one (a correction,
 * or a republication after a withdrawal) keeps the item's number as its next version, and the version
 * shown until now becomes SUPERSEDED. Numbers are given here and nowhere earlier.
 */
export async function publishToCatalog(
  context: RequestContext,
  manager: EntityManager,
  publication: CatalogPublication,
): Promise<CatalogEntry> {
  const now = context.services.clock.now();
  // Locks the item's entries: a second publication of the same item waits and then numbers after this one.
  const previous = await manager
    .getRepository(CatalogEntry)
    .createQueryBuilder('entry')
    .setLock('pessimistic_write')
    .where('entry.subjectKind = :kind AND entry.subjectId = :id', {
      kind: publication.subjectKind,
      id: publication.subjectId,
    })
    .orderBy('entry.entryVersion', 'DESC')
    .getMany();
  const latest = previous[0];
  const indexNumber =
    latest?.indexNumber ??
    formatIndexNumber(
      context.services.config.bureauIndexCode,
      caseNumberYearOf(now),
      await nextInYearlySequence(manager, CATALOG_INDEX_SEQUENCE_PREFIX, caseNumberYearOf(now)),
    );
  const shown = previous.find((entry) => entry.state === 'PUBLISHED');
  if (shown) {
    const before = { ...shown };
    shown.state = 'SUPERSEDED';
    shown.updatedAt = now;
    await manager.save(shown);
    recordChange(context, 'CatalogEntry', shown.id, before, shown);
  }
  const entry = manager.create(CatalogEntry, {
    indexNumber,
    entryVersion: (latest?.entryVersion ?? 0) + 1,
    state: 'PUBLISHED',
    subjectKind: publication.subjectKind,
    subjectId: publication.subjectId,
    reviewId: publication.reviewId,
    contentVersionId: publication.contentVersionId,
    owningDepartmentId: publication.owningDepartmentId,
    categoryId: publication.categoryId,
    title: publication.title,
    summary: publication.summary,
    body: publication.body,
    documentNumber: publication.documentNumber,
    formedDate: publication.formedDate,
    attachmentIds: [...publication.attachmentIds],
    publishedAt: now,
    publisherId: publication.publisherId,
    withdrawnAt: null,
    withdrawnById: null,
    withdrawalReason: null,
    createdAt: now,
    updatedAt: now,
  });
  try {
    await manager.save(entry);
  } catch (error) {
    // A first publication racing another of the same item: the unique indexes refuse the second.
    if (isUniqueViolation(error)) throw concurrentPublication();
    throw error;
  }
  recordChange(context, 'CatalogEntry', entry.id, null, entry);
  // Every replica's cached public answers go stale when this commits.
  await bumpPublicCatalogStamp(manager);
  return entry;
}
