import { ACCESS_RULES } from '@gdp/domain';
import type { CatalogEntryFieldsFragment, CatalogEntryFilter } from '../../graphql/generated/graphql';
import { defineResource, pickFilter, sortFor } from '../../providers/resource-definition';
import {
  CatalogEntriesQuery,
  CatalogEntryQuery,
  EmergencyWithdrawCatalogEntryMutation,
  WithdrawCatalogEntryMutation,
} from './catalog-entry.documents';

export type CatalogEntry = CatalogEntryFieldsFragment;

export const toCatalogEntryFilter = (filter: Record<string, unknown>): CatalogEntryFilter =>
  pickFilter<CatalogEntryFilter>(filter, [
    'state',
    'subjectKind',
    'categoryId',
    'departmentId',
    'search',
    'ids',
  ]);

/** The disclosure catalog's entries (公开目录, SPEC M5): published by the review; withdrawn with a reason. */
export const catalogEntryResource = defineResource<CatalogEntry>({
  access: {
    list: ACCESS_RULES['Query.catalogEntries'],
    export: ACCESS_RULES['Query.catalogEntries'],
    show: ACCESS_RULES['Query.catalogEntry'],
    withdraw: ACCESS_RULES['Mutation.withdrawCatalogEntry'],
    emergencyWithdraw: ACCESS_RULES['Mutation.emergencyWithdrawCatalogEntry'],
  },
  list: (api, { filter, page, perPage, sort }) =>
    api
      .query(CatalogEntriesQuery, {
        filter: toCatalogEntryFilter(filter),
        page: { page, perPage },
        sort: sortFor('catalogEntries', sort),
      })
      .then((data) => data.catalogEntries),
  one: (api, id) => api.query(CatalogEntryQuery, { id }).then((data) => data.catalogEntry),
  actions: {
    withdraw: (api, params: { id: string; version: number; reason: string }) =>
      api
        .mutate(WithdrawCatalogEntryMutation, { ...params, reason: params.reason.trim() })
        .then((r) => r.withdrawCatalogEntry),
    emergencyWithdraw: (api, params: { indexNumber: string; reason: string }) =>
      api
        .mutate(EmergencyWithdrawCatalogEntryMutation, { ...params, reason: params.reason.trim() })
        .then((r) => r.emergencyWithdrawCatalogEntry),
  },
});
