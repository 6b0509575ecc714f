import { ACCESS_RULES } from '@gdp/domain';
import type { CorrectionOrderFieldsFragment, CorrectionOrderFilter } from '../../graphql/generated/graphql';
import {
  defineResource,
  manyByIds,
  pickFilter,
  requiredText,
  sortFor,
} from '../../providers/resource-definition';
import {
  CorrectionOrderQuery,
  CorrectionOrdersQuery,
  ReportCorrectionMutation,
  VerifyCorrectionMutation,
} from './correction-order.documents';

export type CorrectionOrder = CorrectionOrderFieldsFragment;

export const toCorrectionOrderFilter = (filter: Record<string, unknown>): CorrectionOrderFilter =>
  pickFilter<CorrectionOrderFilter>(filter, ['state', 'departmentId', 'complaintId', 'ids']);

/**
 * Correction orders (责令改正, SPEC M14 [seed §11-2]): complaint readers see them all; a department head sees
 * their own department's (the API scopes the list) with the case number and the requirement only, and
 * reports the correction; the complaint handler verifies it.
 */
export const correctionOrderResource = defineResource<CorrectionOrder>({
  access: {
    list: ACCESS_RULES['Query.correctionOrders'],
    show: ACCESS_RULES['Query.correctionOrder'],
    export: ACCESS_RULES['Query.correctionOrders'],
    report: ACCESS_RULES['Mutation.reportCorrection'],
    verify: ACCESS_RULES['Mutation.verifyCorrection'],
  },
  list: (api, { filter, page, perPage, sort }) =>
    api
      .query(CorrectionOrdersQuery, {
        filter: toCorrectionOrderFilter(filter),
        page: { page, perPage },
        sort: sortFor('correctionOrders', sort),
      })
      .then((data) => data.correctionOrders),
  one: (api, id) => api.query(CorrectionOrderQuery, { id }).then((data) => data.correctionOrder),
  many: (api, ids) =>
    manyByIds(ids, (part, perPage) =>
      api
        .query(CorrectionOrdersQuery, { filter: { ids: part }, page: { page: 1, perPage } })
        .then((data) => data.correctionOrders),
    ),
  actions: {
    report: (api, params: { id: string; version: number; text: unknown }) =>
      api
        .mutate(ReportCorrectionMutation, {
          id: params.id,
          version: params.version,
          text: requiredText(params.text).trim(),
        })
        .then((result) => result.reportCorrection),
    verify: (api, params: { id: string; version: number }) =>
      api.mutate(VerifyCorrectionMutation, params).then((result) => result.verifyCorrection),
  },
});
