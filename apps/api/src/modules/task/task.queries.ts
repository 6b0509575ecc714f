import { Brackets, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { z } from 'zod';
import {
  availableTaskActions,
  optionalCalendarDateSchema,
  shanghaiDateOf,
  taskDueStatus,
  taskQueueScopesOf,
  type Actor,
  type CalendarDate,
  type DepartmentScope,
  type TaskKind,
  type TaskViewer,
  type WorkingDayCalendar,
} from '@gdp/domain';
import type { Clock } from '../../clock.js';
import { callerScope, withinScope } from '../../shared/access/department-scope.js';
import { pageWindow, type Page, type PageInput } from '../../shared/graphql/pagination.js';
import { listOrder, orderBySort, type SortInput } from '../../shared/graphql/sorting.js';
import { idsForQuery } from '../../shared/persistence/query-helpers.js';
import { parseInput } from '../../shared/validation/parse-input.js';
import { User } from '../organisation/user.entity.js';
import { StaffNotification, Task } from './task.entity.js';
import type { MyTaskFilter, StaffNotificationFilter, TaskFilter } from './task.types.js';

const ORDER_COLUMNS = {
  dueDate: 'task.dueDate',
  kind: 'task.kind',
  title: 'task.title',
  state: 'task.state',
  createdAt: 'task.createdAt',
};

/** The most urgent first (no due date — a suspended deadline — last), then the oldest. */
const DEFAULT_ORDER = [
  ['task.dueDate', 'ASC'],
  ['task.createdAt', 'ASC'],
  ['task.id', 'ASC'],
] as const;

export const MY_TASK_LIST_ORDER = listOrder('myTasks', ORDER_COLUMNS, DEFAULT_ORDER);
export const TASK_LIST_ORDER = listOrder(
  'tasks',
  { ...ORDER_COLUMNS, departmentId: 'task.departmentId', assigneeId: 'task.assigneeId' },
  DEFAULT_ORDER,
);

/** The reader's view of tasks on `today`: working days left, overdue, what they may do. */
export function presentTasks<T extends Task>(
  tasks: T[],
  calendar: WorkingDayCalendar,
  today: CalendarDate,
  actor: Actor,
): T[] {
  const grants = actor.kind === 'staff' ? actor.grants : [];
  for (const task of tasks) {
    const status = task.state === 'OPEN' ? taskDueStatus(calendar, task.dueDate, today) : null;
    task.workingDaysLeft = status?.workingDaysLeft ?? null;
    task.isOverdue = status?.isOverdue ?? false;
    task.availableActions = availableTaskActions(task, grants);
  }
  return tasks;
}

/** The signed-in member of staff as the task rules see them (their account's department, their grants). */
export async function taskViewerOf(manager: EntityManager, actor: Actor): Promise<TaskViewer | null> {
  if (actor.kind !== 'staff') return null;
  const user = await manager.findOne(User, {
    where: { id: actor.userId },
    select: { id: true, departmentId: true },
  });
  if (!user) return null;
  return {
    userId: actor.userId,
    departmentId: user.departmentId,
    grants: actor.grants,
    permissions: actor.permissions,
  };
}

/**
 * The inbox rule of the domain (isTaskVisibleTo) in SQL: assigned to the viewer, or unassigned in a queue
 * the viewer may take from — per kind, all departments or the listed ones.
 */
function visibleTo(viewer: TaskViewer): Brackets {
  const byScope = new Map<string, { scope: DepartmentScope; kinds: TaskKind[] }>();
  for (const [kind, scope] of Object.entries(taskQueueScopesOf(viewer)) as Array<
    [TaskKind, DepartmentScope]
  >) {
    if (scope !== 'ALL' && scope.length === 0) continue;
    const key = scope === 'ALL' ? 'ALL' : [...scope].sort().join(',');
    const group = byScope.get(key) ?? { scope, kinds: [] };
    group.kinds.push(kind);
    byScope.set(key, group);
  }
  return new Brackets((outer) => {
    outer.where('task.assigneeId = :viewerId', { viewerId: viewer.userId });
    [...byScope.values()].forEach(({ scope, kinds }, index) => {
      outer.orWhere(
        new Brackets((queue) => {
          queue.where('task.assigneeId IS NULL').andWhere(`task.kind IN (:...queueKinds${index})`, {
            [`queueKinds${index}`]: kinds,
          });
          if (scope !== 'ALL') {
            queue.andWhere(`task.departmentId IN (:...queueDepartments${index})`, {
              [`queueDepartments${index}`]: idsForQuery(scope),
            });
          }
        }),
      );
    });
  });
}

interface CommonFilter {
  state?: Task['state'];
  kind?: TaskKind;
  overdue?: boolean;
  ids?: string[];
}

function applyCommonFilter(query: SelectQueryBuilder<Task>, filter: CommonFilter, today: CalendarDate): void {
  if (filter.state) query.andWhere('task.state = :state', { state: filter.state });
  if (filter.kind) query.andWhere('task.kind = :kind', { kind: filter.kind });
  if (filter.ids) query.andWhere('task.id IN (:...ids)', { ids: idsForQuery(filter.ids) });
  if (filter.overdue === true) {
    query.andWhere("task.state = 'OPEN' AND task.dueDate < :today", { today });
  } else if (filter.overdue === false) {
    query.andWhere("NOT (task.state = 'OPEN' AND task.dueDate IS NOT NULL AND task.dueDate < :today)", {
      today,
    });
  }
}

/** 待办: the tasks assigned to the caller and those waiting in a queue they may take from. */
export async function findMyTasks(
  manager: EntityManager,
  actor: Actor,
  clock: Clock,
  calendar: WorkingDayCalendar,
  filter: MyTaskFilter = {},
  page?: PageInput,
  sort?: SortInput | null,
): Promise<Page<Task>> {
  const { dueBefore } = parseInput(z.object({ dueBefore: optionalCalendarDateSchema('截止日') }), {
    dueBefore: filter.dueBefore,
  });
  const { offset, limit } = pageWindow(page);
  const viewer = await taskViewerOf(manager, actor);
  if (!viewer) return { items: [], total: 0 };
  const today = shanghaiDateOf(clock.now());
  const query = manager.getRepository(Task).createQueryBuilder('task').where(visibleTo(viewer));
  applyCommonFilter(query, filter, today);
  if (dueBefore) query.andWhere('task.dueDate <= :dueBefore', { dueBefore });
  const [items, total] = await orderBySort(query, MY_TASK_LIST_ORDER, sort)
    .skip(offset)
    .take(limit)
    .getManyAndCount();
  return { items: presentTasks(items, calendar, today, actor), total };
}

/**
 * The task overview for overseers (DEADLINE_OVERVIEW): bureau-wide for the offices and leaders, their
 * own departments for department heads. Tasks outside the caller's scope are simply not there.
 */
export async function findTasks(
  manager: EntityManager,
  actor: Actor,
  clock: Clock,
  calendar: WorkingDayCalendar,
  filter: TaskFilter = {},
  page?: PageInput,
  sort?: SortInput | null,
): Promise<Page<Task>> {
  const { offset, limit } = pageWindow(page);
  const today = shanghaiDateOf(clock.now());
  const query = manager.getRepository(Task).createQueryBuilder('task');
  withinScope(query, 'task.departmentId', callerScope(actor, 'DEADLINE_OVERVIEW'));
  if (filter.departmentId) {
    query.andWhere('task.departmentId IN (:...departmentIds)', {
      departmentIds: idsForQuery([filter.departmentId]),
    });
  }
  if (filter.assigneeId) {
    query.andWhere('task.assigneeId IN (:...assigneeIds)', { assigneeIds: idsForQuery([filter.assigneeId]) });
  }
  if (filter.unassigned === true) query.andWhere('task.assigneeId IS NULL');
  if (filter.unassigned === false) query.andWhere('task.assigneeId IS NOT NULL');
  applyCommonFilter(query, filter, today);
  const [items, total] = await orderBySort(query, TASK_LIST_ORDER, sort)
    .skip(offset)
    .take(limit)
    .getManyAndCount();
  return { items: presentTasks(items, calendar, today, actor), total };
}

/** The caller's notifications, newest first, with the task each one is about. */
export async function findMyNotifications(
  manager: EntityManager,
  userId: string,
  filter: StaffNotificationFilter = {},
  page?: PageInput,
): Promise<Page<StaffNotification>> {
  const { offset, limit } = pageWindow(page);
  const query = manager
    .getRepository(StaffNotification)
    .createQueryBuilder('notification')
    .innerJoinAndSelect('notification.task', 'task')
    .where('notification.userId = :userId', { userId });
  if (filter.unreadOnly) query.andWhere('notification.readAt IS NULL');
  const [items, total] = await query
    .orderBy('notification.createdAt', 'DESC')
    .addOrderBy('notification.id', 'DESC')
    .skip(offset)
    .take(limit)
    .getManyAndCount();
  return { items, total };
}

export async function countUnreadNotifications(manager: EntityManager, userId: string): Promise<number> {
  return manager
    .getRepository(StaffNotification)
    .createQueryBuilder('notification')
    .where('notification.userId = :userId AND notification.readAt IS NULL', { userId })
    .getCount();
}
