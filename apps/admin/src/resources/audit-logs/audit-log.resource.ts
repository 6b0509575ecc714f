import type { AuditLogFieldsFragment, AuditLogFilter } from '../../graphql/generated/graphql';
import { AuditLogFieldsFragmentDoc } from '../../graphql/generated/graphql';
import { contractHttpError } from '../../providers/graphql-errors';
import { defineResource, pickFilter } from '../../providers/resource-definition';
import { toIsoInstant } from '../../shared/dates';
import { AUDIT_READ } from '../access-rules';
import { AuditLogsQuery, ExportAuditLogsQuery, VerifyAuditChainQuery } from './audit-log.documents';

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
    list: AUDIT_READ,
    show: AUDIT_READ,
    export: AUDIT_READ,
    verifyChain: AUDIT_READ,
  },
  list: (api, { filter, page, perPage }) =>
    api
      .query(AuditLogsQuery, { filter: toAuditLogFilter(filter), page: { page, perPage } }, { keep: true })
      .then((data) => data.auditLogs),
  /** The API has no `auditLog(seq)` yet: a row is shown from the list it was opened from. */
  async one(api, seq) {
    const cached = api.readCached(AuditLogFieldsFragmentDoc, { __typename: 'AuditLogView', seq });
    if (cached) return cached;
    throw contractHttpError({
      message: `审计记录 ${seq} 不在当前列表中，请从审计日志列表打开`,
      extensions: { code: 'NOT_FOUND', reason: 'CONSOLE.AUDIT_ROW_NOT_LOADED' },
    });
  },
  actions: {
    export: (api, params: { filter: Record<string, unknown> }) =>
      api
        .query(ExportAuditLogsQuery, { filter: toAuditLogFilter(params.filter) })
        .then((data) => data.exportAuditLogs),
    verifyChain: (api) => api.query(VerifyAuditChainQuery, {}).then((data) => data.verifyAuditChain),
  },
});
