import type { EntityManager } from 'typeorm';
import { calendarDateRangeSchema } from '@gdp/domain';
import { notFound } from '../../shared/errors/app-errors.js';
import { pageWindow, type Page, type PageInput } from '../../shared/graphql/pagination.js';
import { listOrder, orderBySort, type SortInput } from '../../shared/graphql/sorting.js';
import { idsForQuery, isUuid, likePattern } from '../../shared/persistence/query-helpers.js';
import { parseInput } from '../../shared/validation/parse-input.js';
import { StaffChange } from './staff-change.entity.js';
import type { StaffChangeFilter } from './staff-change.types.js';

/** Newest change first; of one date, the latest recorded first; then by id. */
export const STAFF_CHANGE_LIST_ORDER = listOrder(
  'staffChanges',
  {
    effectiveDate: 'change.effectiveDate',
    kind: 'change.kind',
    personName: 'change.personName',
    documentNumber: 'change.documentNumber',
    recordedAt: 'change.recordedAt',
    updatedAt: 'change.updatedAt',
  },
  [
    ['change.effectiveDate', 'DESC'],
    ['change.recordedAt', 'DESC'],
    ['change.id', 'ASC'],
  ],
);

/**
 * Reads of the staff-change ledger, newest change first. The ledger is the bureau's, not a department's:
 * every holder of LEDGER_READ reads all of it, so the scope is the permission on the root field.
 */
export async function findStaffChanges(
  manager: EntityManager,
  filter: StaffChangeFilter = {},
  page?: PageInput,
  sort?: SortInput | null,
): Promise<Page<StaffChange>> {
  const { dateFrom, dateTo } = parseInput(calendarDateRangeSchema, {
    dateFrom: filter.dateFrom,
    dateTo: filter.dateTo,
  });
  const { offset, limit } = pageWindow(page);
  const query = manager.getRepository(StaffChange).createQueryBuilder('change');
  if (filter.q?.trim()) {
    query.andWhere('(change.personName ILIKE :q OR change.documentNumber ILIKE :q)', {
      q: likePattern(filter.q.trim()),
    });
  }
  if (filter.departmentId) {
    query.andWhere('change.departmentId = :departmentId', {
      departmentId: isUuid(filter.departmentId) ? filter.departmentId : null,
    });
  }
  if (filter.userId)
    query.andWhere('change.userId = :userId', { userId: isUuid(filter.userId) ? filter.userId : null });
  if (filter.kind) query.andWhere('change.kind = :kind', { kind: filter.kind });
  if (dateFrom) query.andWhere('change.effectiveDate >= :dateFrom', { dateFrom });
  if (dateTo) query.andWhere('change.effectiveDate <= :dateTo', { dateTo });
  if (filter.ids) query.andWhere('change.id IN (:...ids)', { ids: idsForQuery(filter.ids) });
  const [items, total] = await orderBySort(query, STAFF_CHANGE_LIST_ORDER, sort)
    .skip(offset)
    .take(limit)
    .getManyAndCount();
  return { items, total };
}

export async function findStaffChange(manager: EntityManager, id: string): Promise<StaffChange> {
  const change = isUuid(id) ? await manager.findOneBy(StaffChange, { id }) : null;
  if (!change) throw notFound('人员变动记录');
  return change;
}
