import type { EntityManager } from 'typeorm';
import type { Actor } from '@gdp/domain';
import { notFound } from '../../shared/errors/app-errors.js';
import { pageWindow, type Page, type PageInput } from '../../shared/graphql/pagination.js';
import { listOrder, orderBySort, type SortInput } from '../../shared/graphql/sorting.js';
import { isUuid } from '../../shared/persistence/query-helpers.js';
import { withinScope, isInScope } from '../../shared/access/department-scope.js';
import { documentReaderScope, mayReadDocument } from '../document/document.access.js';
import { Document } from '../document/document.entity.js';
import { Review } from './review.entity.js';
import { REVIEW_LABEL } from './review.service.js';
import type { ReviewFilter } from './review.types.js';

export const REVIEW_LIST_ORDER = listOrder(
  'reviews',
  {
    updatedAt: 'review.updatedAt',
    createdAt: 'review.createdAt',
    state: 'review.state',
    subjectKind: 'review.subjectKind',
    owningDepartmentId: 'review.owningDepartmentId',
  },
  [
    ['review.updatedAt', 'DESC'],
    ['review.id', 'DESC'],
  ],
);

const NO_ID = '00000000-0000-0000-0000-000000000000';

/** Reviews of the caller's departments (the leadership office's: all). */
export async function findReviews(
  manager: EntityManager,
  actor: Actor,
  filter: ReviewFilter | undefined,
  page: PageInput | undefined,
  sort: SortInput | undefined,
): Promise<Page<Review>> {
  const { offset, limit } = pageWindow(page);
  const query = withinScope(
    manager.getRepository(Review).createQueryBuilder('review'),
    'review.owningDepartmentId',
    documentReaderScope(actor),
  );
  if (filter?.state) query.andWhere('review.state = :state', { state: filter.state });
  if (filter?.subjectKind) query.andWhere('review.subjectKind = :kind', { kind: filter.subjectKind });
  if (filter?.departmentId) {
    query.andWhere('review.owningDepartmentId = :departmentId', {
      departmentId: isUuid(filter.departmentId) ? filter.departmentId : NO_ID,
    });
  }
  if (filter?.subjectId)
    query.andWhere('review.subjectId = :subjectId', {
      subjectId: isUuid(filter.subjectId) ? filter.subjectId : NO_ID,
    });
  if (filter?.isOpen === true)
    query.andWhere("review.state NOT IN ('PUBLISHED', 'SUPPLIED', 'WITHHELD', 'CANCELLED')");
  if (filter?.isOpen === false)
    query.andWhere("review.state IN ('PUBLISHED', 'SUPPLIED', 'WITHHELD', 'CANCELLED')");
  orderBySort(query, REVIEW_LIST_ORDER, sort);
  const [items, total] = await query.skip(offset).take(limit).getManyAndCount();
  return { items, total };
}

export async function findReadableReview(manager: EntityManager, actor: Actor, id: string): Promise<Review> {
  if (!isUuid(id)) throw notFound(REVIEW_LABEL);
  const review = await manager.findOneBy(Review, { id });
  if (!review) throw notFound(REVIEW_LABEL);
  const scope = documentReaderScope(actor);
  if (isInScope(scope, review.owningDepartmentId)) return review;
  // A co-handling department reads the review of the document it co-handles, as it reads the document.
  const document =
    review.subjectKind === 'DOCUMENT' ? await manager.findOneBy(Document, { id: review.subjectId }) : null;
  if (document && mayReadDocument(scope, document)) return review;
  throw notFound(REVIEW_LABEL);
}
