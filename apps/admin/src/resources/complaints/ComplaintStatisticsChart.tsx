import { Box } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslate } from 'react-admin';
import type { CountRow } from './complaint-statistics';

/**
 * Counts as horizontal bars (by kind of violation, by department concerned). Loaded lazily (React.lazy):
 * the chart library stays out of the console's main bundle.
 */
export default function ComplaintStatisticsChart({
  rows,
  testId,
}: {
  rows: readonly CountRow[];
  testId: string;
}) {
  const translate = useTranslate();
  return (
    <Box data-testid={testId} sx={{ width: '100%' }}>
      <BarChart
        height={Math.max(160, 70 + rows.length * 32)}
        layout="horizontal"
        dataset={rows.map((row) => ({ label: row.label, count: row.count }))}
        yAxis={[{ scaleType: 'band', dataKey: 'label', width: 220 }]}
        xAxis={[{ tickMinStep: 1, label: translate('gdp.complaints.statistics.axis'), height: 52 }]}
        series={[{ dataKey: 'count', label: translate('gdp.complaints.statistics.count'), color: '#1976d2' }]}
        hideLegend
        localeText={{
          noData: translate('gdp.complaints.statistics.empty'),
          loading: translate('ra.page.loading'),
        }}
      />
    </Box>
  );
}
