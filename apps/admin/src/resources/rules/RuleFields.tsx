import { Chip } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { ruleStatusLabel } from '../../shared/labels';
import type { Rule } from './rule.resource';

type FieldProps = { source?: string; label?: string; sortable?: boolean };

const STATUS_COLORS = { IN_FORCE: 'success', NOT_YET_EFFECTIVE: 'info', REPEALED: 'default' } as const;

/** 现行有效 / 尚未施行 / 已废止 — the API's status as of today (Asia/Shanghai), labelled by the domain. */
export const RuleStatusChip = ({ status }: { status: string }) => (
  <Chip
    size="small"
    variant={status === 'REPEALED' ? 'filled' : 'outlined'}
    color={STATUS_COLORS[status as keyof typeof STATUS_COLORS] ?? 'default'}
    label={ruleStatusLabel(status)}
    data-testid="rule-status"
  />
);

export const RuleStatusField = (_props: FieldProps) => {
  const record = useRecordContext<Rule>();
  if (!record) return null;
  return <RuleStatusChip status={record.status} />;
};
