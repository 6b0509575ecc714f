import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import {
  DUE_SOON_WORKING_DAYS,
  addWorkingDays,
  type Actor,
  type CalendarDate,
  type DeadlineStanding,
  type WorkingDayCalendar,
} from '@gdp/domain';
import type { Clock } from '../../clock.js';
import { callerScope, isInScope, withinScope } from '../../shared/access/department-scope.js';
import { notFound } from '../../shared/errors/app-errors.js';
import { pageWindow, type Page, type PageInput } from '../../shared/graphql/pagination.js';
import { listOrder, orderBySort, type SortInput } from '../../shared/graphql/sorting.js';
import { idsForQuery, isUuid } from '../../shared/persistence/query-helpers.js';
import { Deadline, DeadlineEvent } from './deadline.entity.js';
import { todayOf } from './deadline.service.js';
import type { DeadlineCount, DeadlineFilter, DeadlineSummary } from './deadline.types.js';

/** Soonest due first; suspended ones (no due date) last. */
export const DEADLINE_LIST_ORDER = listOrder(
  'deadlines',
  {
    dueDate: 'deadline.dueDate',
    startDate: 'deadline.startDate',
    kind: 'deadline.kind',
    caseKind: 'deadline.caseKind',
    state: 'deadline.state',
    createdAt: 'deadline.createdAt',
    updatedAt: 'deadline.updatedAt',
  },
  [
    ['deadline.dueDate', 'ASC'],
    ['deadline.id', 'ASC'],
  ],
);

/** Today and the last due date still 即将到期: the bounds every standing is decided by. */
export interface StandingWindow {
  today: CalendarDate;
  dueSoonUntil: CalendarDate;
}

export function standingWindow(calendar: WorkingDayCalendar, clock: Clock): StandingWindow {
  const today = todayOf(clock);
  return { today, dueSoonUntil: addWorkingDays(calendar, today, DUE_SOON_WORKING_DAYS) };
}

/** Still running and past its due date (a suspended deadline has none). */
export const isDeadlineOverdue = (deadline: Pick<Deadline, 'state' | 'dueDate'>, today: CalendarDate): boolean =>
  deadline.state === 'OPEN' && deadline.dueDate !== null && deadline.dueDate < today;

/**
 * Where one open deadline stands today; null once it is met or cancelled. The same rule as the dashboard's
 * `standing` filter and counts below, which say it in SQL (a suspended deadline has no due date).
 */
export function deadlineStandingOf(
  deadline: Pick<Deadline, 'state' | 'isSuspended' | 'dueDate'>,
  { today, dueSoonUntil }: StandingWindow,
): DeadlineStanding | null {
  if (deadline.state !== 'OPEN') return null;
  if (deadline.isSuspended || deadline.dueDate === null) return 'SUSPENDED';
  if (isDeadlineOverdue(deadline, today)) return 'OVERDUE';
  return deadline.dueDate <= dueSoonUntil ? 'DUE_SOON' : 'ON_TRACK';
}

function filtered(
  manager: EntityManager,
  actor: Actor,
  filter: DeadlineFilter,
  window: StandingWindow,
): SelectQueryBuilder<Deadline> {
  const query = manager.getRepository(Deadline).createQueryBuilder('deadline');
  withinScope(query, 'deadline.departmentId', callerScope(actor, 'DEADLINE_OVERVIEW'));
  // Open deadlines by default; a lookup by ids (the console's references) finds closed ones too.
  const state = filter.state ?? (filter.ids ? undefined : 'OPEN');
  if (state) query.andWhere('deadline.state = :state', { state });
  if (filter.departmentId) {
    query.andWhere('deadline.departmentId IN (:...departmentIds)', { departmentIds: idsForQuery([filter.departmentId]) });
  }
  if (filter.assigneeId) {
    query.andWhere('deadline.assigneeId IN (:...assigneeIds)', { assigneeIds: idsForQuery([filter.assigneeId]) });
  }
  if (filter.caseId) query.andWhere('deadline.caseId IN (:...caseIds)', { caseIds: idsForQuery([filter.caseId]) });
  if (filter.kind) query.andWhere('deadline.kind = :kind', { kind: filter.kind });
  if (filter.caseKind) query.andWhere('deadline.caseKind = :caseKind', { caseKind: filter.caseKind });
  if (filter.isProvisional !== undefined && filter.isProvisional !== null) {
    query.andWhere('deadline.isProvisional = :isProvisional', { isProvisional: filter.isProvisional });
  }
  if (filter.dueFrom) query.andWhere('deadline.dueDate >= :dueFrom', { dueFrom: filter.dueFrom });
  if (filter.dueTo) query.andWhere('deadline.dueDate <= :dueTo', { dueTo: filter.dueTo });
  if (filter.ids) query.andWhere('deadline.id IN (:...ids)', { ids: idsForQuery(filter.ids) });
  const { today, dueSoonUntil } = window;
  switch (filter.standing) {
    case 'OVERDUE':
      query.andWhere('deadline.dueDate < :today', { today });
      break;
    case 'DUE_SOON':
      query.andWhere('deadline.dueDate BETWEEN :today AND :dueSoonUntil', { today, dueSoonUntil });
      break;
    case 'ON_TRACK':
      query.andWhere('deadline.dueDate > :dueSoonUntil', { dueSoonUntil });
      break;
    case 'SUSPENDED':
      query.andWhere('deadline.isSuspended = true');
      break;
    default:
      break;
  }
  return query;
}

/** The deadline dashboard's list: the caller's departments only (bureau-wide overseers see all). */
export async function findDeadlines(
  manager: EntityManager,
  actor: Actor,
  calendar: WorkingDayCalendar,
  clock: Clock,
  filter: DeadlineFilter = {},
  page?: PageInput,
  sort?: SortInput | null,
): Promise<Page<Deadline>> {
  const { offset, limit } = pageWindow(page);
  const query = filtered(manager, actor, filter, standingWindow(calendar, clock));
  const [items, total] = await orderBySort(query, DEADLINE_LIST_ORDER, sort).skip(offset).take(limit).getManyAndCount();
  return { items, total };
}

export async function findDeadline(manager: EntityManager, actor: Actor, id: string): Promise<Deadline> {
  const deadline = isUuid(id) ? await manager.findOneBy(Deadline, { id }) : null;
  if (!deadline || !isInScope(callerScope(actor, 'DEADLINE_OVERVIEW'), deadline.departmentId)) {
    throw notFound('办理时限');
  }
  return deadline;
}

export function findDeadlineEvents(manager: EntityManager, deadlineId: string): Promise<DeadlineEvent[]> {
  return manager.find(DeadlineEvent, { where: { deadlineId }, order: { id: 'ASC' } });
}

interface CountRow {
  key: string | null;
  open: string;
  overdue: string;
  dueSoon: string;
  suspended: string;
  provisional: string;
}

/** Counts of open deadlines for the dashboard's chart: in total, per department and per assignee. */
export async function summarizeDeadlines(
  manager: EntityManager,
  actor: Actor,
  calendar: WorkingDayCalendar,
  clock: Clock,
  filter: DeadlineFilter = {},
): Promise<DeadlineSummary> {
  const window = standingWindow(calendar, clock);
  const counts = async (groupColumn: string | null): Promise<DeadlineCount[]> => {
    const query = filtered(manager, actor, { ...filter, state: 'OPEN', standing: undefined }, window)
      .select(groupColumn ?? 'NULL', 'key')
      .addSelect('COUNT(*)', 'open')
      .addSelect('COUNT(*) FILTER (WHERE deadline.dueDate < :today)', 'overdue')
      .addSelect('COUNT(*) FILTER (WHERE deadline.dueDate BETWEEN :today AND :dueSoonUntil)', 'dueSoon')
      .addSelect('COUNT(*) FILTER (WHERE deadline.isSuspended)', 'suspended')
      .addSelect('COUNT(*) FILTER (WHERE deadline.isProvisional)', 'provisional')
      .setParameters(window);
    if (groupColumn) query.groupBy(groupColumn).orderBy('open', 'DESC').addOrderBy(groupColumn, 'ASC', 'NULLS LAST');
    const rows = await query.getRawMany<CountRow>();
    return rows.map((row) => ({
      key: row.key,
      open: Number(row.open),
      overdue: Number(row.overdue),
      dueSoon: Number(row.dueSoon),
      suspended: Number(row.suspended),
      provisional: Number(row.provisional),
    }));
  };
  const [total] = await counts(null);
  return {
    ...window,
    total: total ?? { key: null, open: 0, overdue: 0, dueSoon: 0, suspended: 0, provisional: 0 },
    byDepartment: await counts('deadline.departmentId'),
    byAssignee: await counts('deadline.assigneeId'),
  };
}
