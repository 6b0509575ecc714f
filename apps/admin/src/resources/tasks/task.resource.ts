import { ACCESS_RULES } from '@gdp/domain';
import type { MyTaskFilter, TaskFieldsFragment, TaskFilter } from '../../graphql/generated/graphql';
import { defineResource, manyByIds, pickFilter, sortFor } from '../../providers/resource-definition';
import { toCalendarDate } from '../../shared/dates';
import { MyTasksQuery, ReassignTaskMutation, TasksQuery } from './task.documents';

export type Task = TaskFieldsFragment;

/** react-admin's filter → MyTaskFilter (the due-date bound as a calendar date). */
export function toMyTaskFilter(filter: Record<string, unknown>): MyTaskFilter {
  const picked = pickFilter<MyTaskFilter>(filter, ['state', 'kind', 'overdue', 'ids']);
  const dueBefore = toCalendarDate(filter.dueBefore);
  return { ...picked, ...(dueBefore ? { dueBefore } : {}) };
}

export const toTaskFilter = (filter: Record<string, unknown>): TaskFilter =>
  pickFilter<TaskFilter>(filter, [
    'departmentId',
    'assigneeId',
    'unassigned',
    'state',
    'kind',
    'overdue',
    'ids',
  ]);

/** 待办 (SPEC §2.3c): the signed-in user's tasks and those waiting in a queue they may take from. */
export const myTaskResource = defineResource<Task>({
  access: { list: ACCESS_RULES['Query.myTasks'] },
  list: (api, { filter, page, perPage, sort }) =>
    api
      .query(MyTasksQuery, {
        filter: toMyTaskFilter(filter),
        page: { page, perPage },
        sort: sortFor('myTasks', sort),
      })
      .then((data) => data.myTasks),
  many: (api, ids) =>
    manyByIds(ids, (part, perPage) =>
      api
        .query(MyTasksQuery, { filter: { ids: part }, page: { page: 1, perPage } })
        .then((data) => data.myTasks),
    ),
});

/**
 * 待办总览: the tasks of the departments the user oversees (bureau-wide for the offices and leaders); the
 * API scopes the list. Reassigning is the one thing done to a task here — modules close their own tasks.
 */
export const taskResource = defineResource<Task>({
  access: {
    list: ACCESS_RULES['Query.tasks'],
    reassign: ACCESS_RULES['Mutation.reassignTask'],
  },
  list: (api, { filter, page, perPage, sort }) =>
    api
      .query(TasksQuery, {
        filter: toTaskFilter(filter),
        page: { page, perPage },
        sort: sortFor('tasks', sort),
      })
      .then((data) => data.tasks),
  many: (api, ids) =>
    manyByIds(ids, (part, perPage) =>
      api.query(TasksQuery, { filter: { ids: part }, page: { page: 1, perPage } }).then((data) => data.tasks),
    ),
  actions: {
    reassign: (api, params: { id: string; version: number; assigneeId: string | null }) =>
      api.mutate(ReassignTaskMutation, params).then((result) => result.reassignTask),
  },
});
