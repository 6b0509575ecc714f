import type { EntityManager } from 'typeorm';
import { notFound } from '../../shared/errors/app-errors.js';
import { pageWindow, type Page, type PageInput } from '../../shared/graphql/pagination.js';
import { listOrder, orderBySort, type SortInput } from '../../shared/graphql/sorting.js';
import { idsForQuery, isUuid, likePattern } from '../../shared/persistence/query-helpers.js';
import { ExternalAgency } from './external-agency.entity.js';
import type { ExternalAgencyFilter } from './external-agency.types.js';

/** By name (unique), then id. */
export const EXTERNAL_AGENCY_LIST_ORDER = listOrder(
  'externalAgencies',
  {
    name: 'agency.name',
    kind: 'agency.kind',
    isActive: 'agency.isActive',
    createdAt: 'agency.createdAt',
    updatedAt: 'agency.updatedAt',
  },
  [
    ['agency.name', 'ASC'],
    ['agency.id', 'ASC'],
  ],
);

/**
 * Reads of external agencies. Every holder of AGENCY_READ sees every agency (they are bureau-wide
 * reference data, not a department's records), so the scope is the permission on the root field.
 */
export async function findExternalAgencies(
  manager: EntityManager,
  filter: ExternalAgencyFilter = {},
  page?: PageInput,
  sort?: SortInput | null,
): Promise<Page<ExternalAgency>> {
  const { offset, limit } = pageWindow(page);
  const query = manager.getRepository(ExternalAgency).createQueryBuilder('agency');
  if (filter.q?.trim()) query.andWhere('agency.name ILIKE :q', { q: likePattern(filter.q.trim()) });
  if (filter.kind) query.andWhere('agency.kind = :kind', { kind: filter.kind });
  if (filter.isActive !== undefined && filter.isActive !== null) {
    query.andWhere('agency.isActive = :isActive', { isActive: filter.isActive });
  }
  if (filter.ids) query.andWhere('agency.id IN (:...ids)', { ids: idsForQuery(filter.ids) });
  const [items, total] = await orderBySort(query, EXTERNAL_AGENCY_LIST_ORDER, sort)
    .skip(offset)
    .take(limit)
    .getManyAndCount();
  return { items, total };
}

export async function findExternalAgency(manager: EntityManager, id: string): Promise<ExternalAgency> {
  const agency = isUuid(id) ? await manager.findOneBy(ExternalAgency, { id }) : null;
  if (!agency) throw notFound('其他行政机关');
  return agency;
}
