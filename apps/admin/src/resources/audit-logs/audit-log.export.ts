import type { ExportColumn } from '../../shared/exporter';
import { actionLabel } from '../../shared/audit-labels';
import { actorKindLabel, auditOutcomeLabel, entityTypeLabel } from '../../shared/labels';
import type { AuditLog } from './audit-log.resource';

export const AUDIT_LOG_EXPORT_COLUMNS: ExportColumn<AuditLog>[] = [
  { source: 'seq' },
  { source: 'at' },
  { source: 'actorKind', value: (record) => actorKindLabel(record.actorKind) },
  { source: 'actorName' },
  { source: 'action', value: (record) => `${actionLabel(record.action)}（${record.action}）` },
  { source: 'outcome', value: (record) => auditOutcomeLabel(record.outcome) },
  { source: 'entityType', value: (record) => (record.entityType ? entityTypeLabel(record.entityType) : '') },
  { source: 'entityId' },
  { source: 'changes' },
  { source: 'errorCode' },
  { source: 'reason' },
  { source: 'ip' },
  { source: 'requestId' },
  { source: 'hash' },
];
