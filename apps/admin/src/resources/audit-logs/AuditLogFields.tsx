import { ERROR_CODE_LABELS, type ErrorCode } from '@gdp/domain';
import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { actionLabel } from '../../shared/audit-labels';
import { AuditOutcomeChip } from '../../shared/AuditOutcomeChip';
import { actorKindLabel, entityTypeLabel } from '../../shared/labels';
import type { AuditLog } from './audit-log.resource';

type FieldProps = { source?: string; label?: string; sortable?: boolean };

export const AuditActionField = (_props: FieldProps) => {
  const record = useRecordContext<AuditLog>();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2" title={record.action}>
      {actionLabel(record.action)}
      <Typography component="span" variant="caption" color="text.secondary" display="block">
        {record.action}
      </Typography>
    </Typography>
  );
};

export const AuditOutcomeField = (_props: FieldProps) => {
  const record = useRecordContext<AuditLog>();
  if (!record) return null;
  return (
    <span>
      <AuditOutcomeChip outcome={record.outcome} />
      {record.reason && (
        <Typography component="span" variant="caption" color="text.secondary" display="block">
          {record.reason}
        </Typography>
      )}
    </span>
  );
};

export const AuditActorField = (_props: FieldProps) => {
  const record = useRecordContext<AuditLog>();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2">
      {record.actorName ?? '—'}
      <Typography component="span" variant="caption" color="text.secondary" display="block">
        {actorKindLabel(record.actorKind)}
      </Typography>
    </Typography>
  );
};

export const AuditEntityField = (_props: FieldProps) => {
  const record = useRecordContext<AuditLog>();
  if (!record) return null;
  if (!record.entityType) return <span>—</span>;
  return (
    <Typography component="span" variant="body2">
      {entityTypeLabel(record.entityType)}
      {record.entityId && (
        <Typography
          component="span"
          variant="caption"
          color="text.secondary"
          display="block"
          sx={{ fontFamily: 'monospace' }}
        >
          {record.entityId}
        </Typography>
      )}
    </Typography>
  );
};

/** The generic error class with its zh-CN name from the domain, e.g. CONFLICT（数据冲突）. */
export const AuditErrorCodeField = (_props: FieldProps) => {
  const record = useRecordContext<AuditLog>();
  if (!record) return null;
  if (!record.errorCode) return <span>—</span>;
  const label = ERROR_CODE_LABELS[record.errorCode as ErrorCode];
  return (
    <Typography component="span" variant="body2">
      {label ? `${label}（${record.errorCode}）` : record.errorCode}
    </Typography>
  );
};
