import type { EntityManager } from 'typeorm';
import type { Actor } from '@gdp/domain';
import { pageWindow, type Page, type PageInput } from '../../shared/graphql/pagination.js';
import { listOrder, orderBySort, type SortInput } from '../../shared/graphql/sorting.js';
import { idsForQuery, isUuid, likePattern } from '../../shared/persistence/query-helpers.js';
import { documentReaderScope } from './document.access.js';
import { Document } from './document.entity.js';
import type { DocumentFilter } from './document.types.js';

export const DOCUMENT_LIST_ORDER = listOrder(
  'documents',
  {
    updatedAt: 'document.updatedAt',
    createdAt: 'document.createdAt',
    title: 'document.title',
    state: 'document.state',
    type: 'document.type',
    departmentId: 'document.departmentId',
    formedDate: 'document.formedDate',
  },
  [
    ['document.updatedAt', 'DESC'],
    ['document.id', 'DESC'],
  ],
);

/** Documents of the caller's departments (own or co-handled), newest work first. */
export async function findDocuments(
  manager: EntityManager,
  actor: Actor,
  filter: DocumentFilter | undefined,
  page: PageInput | undefined,
  sort: SortInput | undefined,
): Promise<Page<Document>> {
  const { offset, limit } = pageWindow(page);
  const scope = documentReaderScope(actor);
  const query = manager.getRepository(Document).createQueryBuilder('document');
  if (scope !== 'ALL') {
    query.andWhere(
      '(document.departmentId IN (:...scopeIds) OR document.coDepartmentIds && CAST(:scopeArray AS uuid[]))',
      {
        scopeIds: idsForQuery(scope),
        scopeArray: `{${idsForQuery(scope).join(',')}}`,
      },
    );
  }
  if (filter?.state) query.andWhere('document.state = :state', { state: filter.state });
  if (filter?.attribute) query.andWhere('document.attribute = :attribute', { attribute: filter.attribute });
  if (filter?.type) query.andWhere('document.type = :type', { type: filter.type });
  if (filter?.departmentId) {
    query.andWhere('document.departmentId = :departmentId', {
      departmentId: isUuid(filter.departmentId)
        ? filter.departmentId
        : '00000000-0000-0000-0000-000000000000',
    });
  }
  const search = filter?.search?.trim();
  if (search) {
    query.andWhere('(document.title ILIKE :search OR document.documentNumber ILIKE :search)', {
      search: likePattern(search.slice(0, 100)),
    });
  }
  orderBySort(query, DOCUMENT_LIST_ORDER, sort);
  const [items, total] = await query.skip(offset).take(limit).getManyAndCount();
  return { items, total };
}
