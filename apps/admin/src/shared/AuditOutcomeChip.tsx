import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';

const COLORS = { SUCCESS: 'success', DENIED: 'warning', FAILED: 'error' } as const;

export const AuditOutcomeChip = ({ outcome }: { outcome: string }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      variant="outlined"
      color={COLORS[outcome as keyof typeof COLORS] ?? 'default'}
      label={translate(`gdp.outcome.${outcome}`, { _: outcome })}
    />
  );
};
