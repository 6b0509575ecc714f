import { ACCESS_RULES } from '@gdp/domain';
import type {
  StaffChangeFieldsFragment,
  StaffChangeFilter,
  StaffChangeKind,
} from '../../graphql/generated/graphql';
import {
  defineResource,
  type FormValues,
  manyByIds,
  optionalText,
  pickFilter,
  requiredText,
  sortFor,
  versionOf,
} from '../../providers/resource-definition';
import { toCalendarDate } from '../../shared/dates';
import {
  CreateStaffChangeMutation,
  StaffChangeQuery,
  StaffChangesQuery,
  UpdateStaffChangeMutation,
} from './staff-change.documents';

export type StaffChange = StaffChangeFieldsFragment;

/** Form values → StaffChangeInput (validated by the API with the domain's staffChangeInputSchema). */
export const toStaffChangeInput = (data: FormValues) => ({
  effectiveDate: toCalendarDate(data.effectiveDate) ?? '',
  kind: data.kind as StaffChangeKind,
  departmentId: optionalText(data.departmentId),
  personName: requiredText(data.personName).trim(),
  userId: optionalText(data.userId),
  description: optionalText(data.description),
  documentNumber: optionalText(data.documentNumber),
});

/** react-admin's filter → StaffChangeFilter; the date range as calendar dates, both ends included. */
export function toStaffChangeFilter(filter: Record<string, unknown>): StaffChangeFilter {
  const picked = pickFilter<StaffChangeFilter>(filter, ['q', 'kind', 'departmentId', 'userId', 'ids']);
  const dateFrom = toCalendarDate(filter.dateFrom);
  const dateTo = toCalendarDate(filter.dateTo);
  return { ...picked, ...(dateFrom ? { dateFrom } : {}), ...(dateTo ? { dateTo } : {}) };
}

/**
 * Staff changes (分管领导或工作人员变动情况), the ledger's first item (SPEC M1, M11): read by every business
 * role, recorded by the general office and the leadership group's office. Ledger records are never
 * deleted or deactivated: a mistake is corrected by an (audited) edit — so no `deactivate` here.
 */
export const staffChangeResource = defineResource<StaffChange>({
  access: {
    list: ACCESS_RULES['Query.staffChanges'],
    show: ACCESS_RULES['Query.staffChange'],
    export: ACCESS_RULES['Query.staffChanges'],
    create: ACCESS_RULES['Mutation.createStaffChange'],
    edit: ACCESS_RULES['Mutation.updateStaffChange'],
  },
  list: (api, { filter, page, perPage, sort }) =>
    api
      .query(StaffChangesQuery, {
        filter: toStaffChangeFilter(filter),
        page: { page, perPage },
        sort: sortFor('staffChanges', sort),
      })
      .then((data) => data.staffChanges),
  one: (api, id) => api.query(StaffChangeQuery, { id }).then((data) => data.staffChange),
  many: (api, ids) =>
    manyByIds(ids, (part, perPage) =>
      api
        .query(StaffChangesQuery, { filter: { ids: part }, page: { page: 1, perPage } })
        .then((data) => data.staffChanges),
    ),
  create: (api, data) =>
    api
      .mutate(CreateStaffChangeMutation, { input: toStaffChangeInput(data) })
      .then((result) => result.createStaffChange),
  update: (api, id, data, previousData) =>
    api
      .mutate(UpdateStaffChangeMutation, {
        id,
        version: versionOf(data, previousData),
        input: toStaffChangeInput(data),
      })
      .then((result) => result.updateStaffChange),
});
