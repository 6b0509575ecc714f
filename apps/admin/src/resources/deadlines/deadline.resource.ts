import { ACCESS_RULES } from '@gdp/domain';
import type {
  DeadlineFieldsFragment,
  DeadlineFilter,
  DeadlineListFieldsFragment,
  DeadlineSummaryQuery,
} from '../../graphql/generated/graphql';
import { defineResource, manyByIds, pickFilter, sortFor } from '../../providers/resource-definition';
import { toCalendarDate } from '../../shared/dates';
import { DeadlineQuery, DeadlinesQuery, DeadlineSummaryQuery as SummaryDocument } from './deadline.documents';

/** A deadline as lists answer it; `deadline(id)` adds its suspensions and its history. */
export type Deadline = DeadlineListFieldsFragment &
  Partial<Pick<DeadlineFieldsFragment, 'suspensions' | 'events'>>;
export type DeadlineEvent = DeadlineFieldsFragment['events'][number];
export type DeadlineSummary = DeadlineSummaryQuery['deadlineSummary'];

/** react-admin's filter → DeadlineFilter; the due-date range as calendar dates, both ends included. */
export function toDeadlineFilter(filter: Record<string, unknown>): DeadlineFilter {
  const picked = pickFilter<DeadlineFilter>(filter, [
    'departmentId',
    'assigneeId',
    'kind',
    'caseKind',
    'state',
    'standing',
    'isProvisional',
    'caseId',
    'ids',
  ]);
  const dueFrom = toCalendarDate(filter.dueFrom);
  const dueTo = toCalendarDate(filter.dueTo);
  return { ...picked, ...(dueFrom ? { dueFrom } : {}), ...(dueTo ? { dueTo } : {}) };
}

/**
 * The deadline dashboard (办理时限, SPEC §2.3): everything due or overdue, per department and per person.
 * Bureau-wide for the two offices and the bureau's leaders, a department head's own department only — the
 * API scopes every list and count; deadlines change only through their cases, so the console only reads.
 */
export const deadlineResource = defineResource<Deadline>({
  access: {
    list: ACCESS_RULES['Query.deadlines'],
    show: ACCESS_RULES['Query.deadline'],
    export: ACCESS_RULES['Query.deadlines'],
    summary: ACCESS_RULES['Query.deadlineSummary'],
  },
  list: (api, { filter, page, perPage, sort }) =>
    api
      .query(DeadlinesQuery, {
        filter: toDeadlineFilter(filter),
        page: { page, perPage },
        sort: sortFor('deadlines', sort),
      })
      .then((data) => data.deadlines),
  one: (api, id) => api.query(DeadlineQuery, { id }).then((data) => data.deadline),
  many: (api, ids) =>
    manyByIds(ids, (part, perPage) =>
      api
        .query(DeadlinesQuery, { filter: { ids: part }, page: { page: 1, perPage } })
        .then((data) => data.deadlines),
    ),
  actions: {
    /** Counts of open deadlines in total, per department and per assignee, under the list's filters. */
    summary: (api, params: { filter?: Record<string, unknown> }): Promise<DeadlineSummary> =>
      api
        .query(SummaryDocument, { filter: toDeadlineFilter(params.filter ?? {}) })
        .then((data) => data.deadlineSummary),
  },
});
