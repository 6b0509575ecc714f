import { ACCESS_RULES } from '@gdp/domain';
import type {
  CalendarChangeFieldsFragment,
  CalendarOverrideFieldsFragment,
  CalendarOverrideFilter,
  CalendarOverrideKind,
  CalendarYearFieldsFragment,
} from '../../graphql/generated/graphql';
import { contractHttpError } from '../../providers/graphql-errors';
import type { GraphQLGateway } from '../../providers/graphql-gateway';
import {
  defineResource,
  type FormValues,
  manyByIds,
  pickFilter,
  requiredText,
  sortFor,
  versionOf,
} from '../../providers/resource-definition';
import { toCalendarDate } from '../../shared/dates';
import {
  CalendarOverridesQuery,
  ConfirmCalendarYearMutation,
  CreateCalendarOverrideMutation,
  RemoveCalendarOverrideMutation,
  UpdateCalendarOverrideMutation,
  WorkingDayCalendarQuery,
} from './calendar-override.documents';

export type CalendarOverride = CalendarOverrideFieldsFragment;
export type CalendarYear = CalendarYearFieldsFragment;
/** The answer of every change of the calendar: the override, the year now, the deadlines that moved. */
export type CalendarChange = CalendarChangeFieldsFragment;

/** Form values → CalendarOverrideInput (validated by the API with the domain's calendarOverrideInputSchema). */
export const toCalendarOverrideInput = (data: FormValues) => ({
  date: toCalendarDate(data.date) ?? '',
  kind: data.kind as CalendarOverrideKind,
  note: requiredText(data.note).trim(),
});

/** Form values → CalendarOverrideChangeInput: the date is the override itself and never changes. */
export const toCalendarOverrideChangeInput = (data: FormValues) => ({
  kind: data.kind as CalendarOverrideKind,
  note: requiredText(data.note).trim(),
});

/** react-admin's filter → CalendarOverrideFilter; the year as a number (a URL keeps it as text). */
export function toCalendarOverrideFilter(filter: Record<string, unknown>): CalendarOverrideFilter {
  const picked = pickFilter<CalendarOverrideFilter>(filter, ['isActive', 'ids']);
  const year = Number(filter.year);
  return filter.year !== undefined && filter.year !== '' && Number.isInteger(year)
    ? { ...picked, year }
    : picked;
}

const addOverride = (api: GraphQLGateway, data: FormValues) =>
  api
    .mutate(CreateCalendarOverrideMutation, { input: toCalendarOverrideInput(data) })
    .then((result) => result.createCalendarOverride);

/**
 * The bureau's days off and make-up working days (节假日安排, SPEC §2.3): every member of staff reads the
 * calendar; the general office keeps it. Each change answers the deadlines it moved, which the page shows.
 * An override is removed by deactivation (the audit trail points to it), never deleted.
 */
export const calendarOverrideResource = defineResource<CalendarOverride>({
  access: {
    list: ACCESS_RULES['Query.calendarOverrides'],
    export: ACCESS_RULES['Query.calendarOverrides'],
    calendarYear: ACCESS_RULES['Query.workingDayCalendar'],
    create: ACCESS_RULES['Mutation.createCalendarOverride'],
    edit: ACCESS_RULES['Mutation.updateCalendarOverride'],
    remove: ACCESS_RULES['Mutation.removeCalendarOverride'],
    confirmYear: ACCESS_RULES['Mutation.confirmCalendarYear'],
  },
  list: (api, { filter, page, perPage, sort }) =>
    api
      .query(CalendarOverridesQuery, {
        filter: toCalendarOverrideFilter(filter),
        page: { page, perPage },
        sort: sortFor('calendarOverrides', sort),
      })
      .then((data) => data.calendarOverrides),
  // The API has no single-override query: one id through the list's `ids` filter.
  one: (api, id) =>
    api
      .query(CalendarOverridesQuery, { filter: { ids: [id] }, page: { page: 1, perPage: 1 } })
      .then((data) => {
        const found = data.calendarOverrides.items[0];
        if (!found) {
          throw contractHttpError({
            message: '节假日调整不存在',
            extensions: { code: 'NOT_FOUND', reason: 'CALENDAR.OVERRIDE_NOT_FOUND' },
          });
        }
        return found;
      }),
  many: (api, ids) =>
    manyByIds(ids, (part, perPage) =>
      api
        .query(CalendarOverridesQuery, { filter: { ids: part }, page: { page: 1, perPage } })
        .then((data) => data.calendarOverrides),
    ),
  create: (api, data) => addOverride(api, data).then((change) => change.override!),
  update: (api, id, data, previousData) =>
    api
      .mutate(UpdateCalendarOverrideMutation, {
        id,
        version: versionOf(data, previousData),
        input: toCalendarOverrideChangeInput(data),
      })
      .then((result) => result.updateCalendarOverride.override!),
  deactivate: (api, record) =>
    api
      .mutate(RemoveCalendarOverrideMutation, { id: record.id, version: record.version })
      .then((result) => result.removeCalendarOverride.override!),
  actions: {
    /** The year's standing and special days (any member of staff). */
    calendarYear: (api, params: { year: number }): Promise<CalendarYear> =>
      api.query(WorkingDayCalendarQuery, { year: params.year }).then((data) => data.workingDayCalendar),
    add: (api, params: { data: FormValues }): Promise<CalendarChange> => addOverride(api, params.data),
    change: (api, params: { id: string; version: number; data: FormValues }): Promise<CalendarChange> =>
      api
        .mutate(UpdateCalendarOverrideMutation, {
          id: params.id,
          version: params.version,
          input: toCalendarOverrideChangeInput(params.data),
        })
        .then((result) => result.updateCalendarOverride),
    remove: (api, params: { id: string; version: number }): Promise<CalendarChange> =>
      api.mutate(RemoveCalendarOverrideMutation, params).then((result) => result.removeCalendarOverride),
    confirmYear: (api, params: { year: number }): Promise<CalendarChange> =>
      api.mutate(ConfirmCalendarYearMutation, params).then((result) => result.confirmCalendarYear),
  },
});
