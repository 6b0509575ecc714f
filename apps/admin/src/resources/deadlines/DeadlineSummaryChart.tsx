import { Box } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslate } from 'react-admin';
import { STANDING_CHART_COLORS, type StandingBar } from './deadline-standing';

/**
 * Open deadlines per department as stacked horizontal bars (已逾期 / 即将到期 / 暂停计时 / 正常). Loaded lazily
 * (React.lazy): the chart library stays out of the console's main bundle.
 */
export default function DeadlineSummaryChart({ bars }: { bars: readonly StandingBar[] }) {
  const translate = useTranslate();
  const series = (['overdue', 'dueSoon', 'suspended', 'onTrack'] as const).map((part) => ({
    dataKey: part,
    stack: 'open',
    label: translate(`gdp.deadlines.totals.${part}`),
    color: STANDING_CHART_COLORS[part],
  }));
  return (
    <Box data-testid="deadline-chart" sx={{ width: '100%' }}>
      <BarChart
        height={Math.max(200, 100 + bars.length * 36)}
        layout="horizontal"
        dataset={bars.map((bar) => ({ ...bar }))}
        yAxis={[{ scaleType: 'band', dataKey: 'label', width: 150 }]}
        // Room for the tick numbers under the axis title (without it the numbers are cut to nothing).
        xAxis={[{ tickMinStep: 1, label: translate('gdp.deadlines.chart_axis'), height: 52 }]}
        series={series}
        localeText={{ noData: translate('gdp.deadlines.chart_empty'), loading: translate('ra.page.loading') }}
        slotProps={{ legend: { position: { vertical: 'top', horizontal: 'center' } } }}
      />
    </Box>
  );
}
