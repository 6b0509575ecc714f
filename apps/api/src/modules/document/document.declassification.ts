import type { EntityManager } from 'typeorm';
import { Review } from '../review/review.entity.js';
import type { Document } from './document.entity.js';

/**
 * [seed §4-9] Information review withheld as a state secret is published only once its declassification
 * (解密手续) is on file: a confirmed state-secret withholding on one of the document's reviews, and no record
 * yet. (A partial disclosure removed the secret part: its redacted version needs none.)
 */
export async function needsDeclassification(
  manager: EntityManager,
  document: Pick<Document, 'id' | 'declassifiedAt'>,
): Promise<boolean> {
  if (document.declassifiedAt) return false;
  return manager
    .getRepository(Review)
    .createQueryBuilder('review')
    .where("review.subjectKind = 'DOCUMENT' AND review.subjectId = :id", { id: document.id })
    .andWhere('review.isContentRemovalRequired = true')
    .andWhere("review.outcome ->> 'outcome' = 'WITHHOLD'")
    .getExists();
}

export async function declassificationBlocker(
  manager: EntityManager,
  document: Pick<Document, 'id' | 'declassifiedAt'>,
): Promise<{ reason: string; message: string } | null> {
  return (await needsDeclassification(manager, document))
    ? {
        reason: 'DOCUMENT.DECLASSIFICATION_REQUIRED',
        message: '该信息曾经审查确定为国家秘密，须先按保密规定办理解密手续并登记后才能公开',
      }
    : null;
}
