import { Chip } from '@mui/material';
import { auditOutcomeLabel } from './labels';

const COLORS = { SUCCESS: 'success', DENIED: 'warning', FAILED: 'error' } as const;

export const AuditOutcomeChip = ({ outcome }: { outcome: string }) => (
  <Chip
    size="small"
    variant="outlined"
    color={COLORS[outcome as keyof typeof COLORS] ?? 'default'}
    label={auditOutcomeLabel(outcome)}
  />
);
