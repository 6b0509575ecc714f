import type { ExportColumn } from '../../shared/exporter';
import { actionLabel } from '../../shared/audit-labels';
import type { AuditLog } from './audit-log.resource';

export const AUDIT_LOG_EXPORT_COLUMNS: ExportColumn<AuditLog>[] = [
  { source: 'seq' },
  { source: 'at' },
  {
    source: 'actorKind',
    value: (record, { translate }) =>
      translate(`gdp.actor_kind.${record.actorKind}`, { _: record.actorKind }),
  },
  { source: 'actorName' },
  { source: 'action', value: (record) => `${actionLabel(record.action)}（${record.action}）` },
  {
    source: 'outcome',
    value: (record, { translate }) => translate(`gdp.outcome.${record.outcome}`, { _: record.outcome }),
  },
  {
    source: 'entityType',
    value: (record, { translate }) =>
      record.entityType ? translate(`gdp.entity.${record.entityType}`, { _: record.entityType }) : '',
  },
  { source: 'entityId' },
  { source: 'changes' },
  { source: 'errorCode' },
  { source: 'reason' },
  { source: 'ip' },
  { source: 'requestId' },
  { source: 'hash' },
];
