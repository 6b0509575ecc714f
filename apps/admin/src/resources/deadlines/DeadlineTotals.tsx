import { Box, Typography } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import type { DeadlineCount } from './deadline-standing';
import { STANDING_CHART_COLORS, deadlinesListPath } from './deadline-standing';

interface Stat {
  key: string;
  label: string;
  value: number;
  color: string;
  filter: Record<string, unknown>;
}

/**
 * The totals of open deadlines (计时中 / 已逾期 / 即将到期 / 暂停计时 / 暂定), each a link to the list under
 * that standing, keeping the other filters given in `base`.
 */
export const DeadlineTotals = ({
  total,
  base = {},
}: {
  total: DeadlineCount;
  base?: Record<string, unknown>;
}) => {
  const translate = useTranslate();
  const { standing: _standing, isProvisional: _provisional, state: _state, ...kept } = base;
  const stats: Stat[] = [
    { key: 'open', label: 'gdp.deadlines.totals.open', value: total.open, color: 'text.primary', filter: {} },
    {
      key: 'overdue',
      label: 'gdp.deadlines.totals.overdue',
      value: total.overdue,
      color: STANDING_CHART_COLORS.overdue,
      filter: { standing: 'OVERDUE' },
    },
    {
      key: 'dueSoon',
      label: 'gdp.deadlines.totals.dueSoon',
      value: total.dueSoon,
      color: STANDING_CHART_COLORS.dueSoon,
      filter: { standing: 'DUE_SOON' },
    },
    {
      key: 'suspended',
      label: 'gdp.deadlines.totals.suspended',
      value: total.suspended,
      color: STANDING_CHART_COLORS.suspended,
      filter: { standing: 'SUSPENDED' },
    },
    {
      key: 'provisional',
      label: 'gdp.deadlines.totals.provisional',
      value: total.provisional,
      color: 'warning.dark',
      filter: { isProvisional: true },
    },
  ];
  return (
    <Box
      data-testid="deadline-totals"
      sx={{ display: 'grid', gap: 1, gridTemplateColumns: 'repeat(auto-fill, minmax(112px, 1fr))' }}
    >
      {stats.map((stat) => (
        <Link
          key={stat.key}
          to={deadlinesListPath({ ...kept, ...stat.filter })}
          underline="none"
          data-testid={`deadline-total-${stat.key}`}
          sx={{
            display: 'block',
            p: 1,
            border: 1,
            borderColor: 'divider',
            borderRadius: 1,
            '&:hover': { bgcolor: 'action.hover' },
          }}
        >
          <Typography
            variant="h5"
            sx={{ color: stat.value > 0 ? stat.color : 'text.disabled', lineHeight: 1.2 }}
          >
            {stat.value}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate(stat.label)}
          </Typography>
        </Link>
      ))}
    </Box>
  );
};
