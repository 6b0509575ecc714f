import { ACCESS_RULES } from '@gdp/domain';
import type { AuditLogFieldsFragment, AuditLogFilter } from '../../graphql/generated/graphql';
import { defineResource, pickFilter, sortFor } from '../../providers/resource-definition';
import { toIsoInstant } from '../../shared/dates';
import {
  AuditLogQuery,
  AuditLogsQuery,
  ExportAuditLogsQuery,
  VerifyAuditChainQuery,
} from './audit-log.documents';

export type AuditLog = AuditLogFieldsFragment;

/** react-admin's filter → AuditLogFilter; the time range is sent as ISO instants. */
export function toAuditLogFilter(filter: Record<string, unknown>): AuditLogFilter {
  const picked = pickFilter<AuditLogFilter>(filter, [
    'actorId',
    'action',
    'entityType',
    'entityId',
    'outcome',
  ]);
  return {
    ...picked,
    ...(toIsoInstant(filter.from) ? { from: toIsoInstant(filter.from) } : {}),
    ...(toIsoInstant(filter.to) ? { to: toIsoInstant(filter.to) } : {}),
  };
}

export const auditLogResource = defineResource<AuditLog>({
  idField: 'seq',
  access: {
    list: ACCESS_RULES['Query.auditLogs'],
    show: ACCESS_RULES['Query.auditLog'],
    export: ACCESS_RULES['Query.exportAuditLogs'],
    verifyChain: ACCESS_RULES['Query.verifyAuditChain'],
  },
  list: (api, { filter, page, perPage, sort }) =>
    api
      .query(AuditLogsQuery, {
        filter: toAuditLogFilter(filter),
        page: { page, perPage },
        sort: sortFor('auditLogs', sort),
      })
      .then((data) => data.auditLogs),
  /** One row by its sequence number (the auditor's reading is itself audited by the API). */
  one: (api, seq) => api.query(AuditLogQuery, { seq }).then((data) => data.auditLog),
  actions: {
    export: (api, params: { filter: Record<string, unknown> }) =>
      api
        .query(ExportAuditLogsQuery, { filter: toAuditLogFilter(params.filter) })
        .then((data) => data.exportAuditLogs),
    verifyChain: (api) => api.query(VerifyAuditChainQuery, {}).then((data) => data.verifyAuditChain),
  },
});
