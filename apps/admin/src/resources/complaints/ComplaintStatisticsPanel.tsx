import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Alert,
  Box,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { lazy, Suspense, useState } from 'react';
import { useGetMany, useListContext, useTranslate } from 'react-admin';
import { formatCalendarDate, toCalendarDate } from '../../shared/dates';
import {
  complaintChannelLabel,
  complaintOutcomeLabel,
  complaintStateLabel,
  complaintViolationKindShortLabel,
} from '../../shared/labels';
import { STANDING_CHART_COLORS } from '../deadlines/deadline-standing';
import {
  countRows,
  shareOf,
  statisticsFilterOf,
  type ComplaintCount,
  type CountRow,
} from './complaint-statistics';
import type { ComplaintStatistics } from './complaint.resource';
import { useComplaintStatistics } from './useComplaintStatistics';

const ComplaintStatisticsChart = lazy(() => import('./ComplaintStatisticsChart'));

/** Names of the departments counted (through react-admin's getMany and its cache). */
function useDepartmentNames(counts: readonly ComplaintCount[] | undefined): Record<string, string> {
  const ids = [...new Set((counts ?? []).flatMap((count) => (count.key ? [count.key] : [])))];
  const { data } = useGetMany('departments', { ids }, { enabled: ids.length > 0 });
  return Object.fromEntries((data ?? []).map((record) => [String(record.id), String(record.name ?? '')]));
}

const CountTable = ({
  title,
  rows,
  total,
  testId,
}: {
  title: string;
  rows: CountRow[];
  total: number;
  testId: string;
}) => {
  const translate = useTranslate();
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="subtitle1" sx={{ fontWeight: 'bold' }}>
        {title}
      </Typography>
      {rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('gdp.complaints.statistics.empty')}
        </Typography>
      ) : (
        <Table size="small" data-testid={testId}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('gdp.complaints.statistics.group')}</TableCell>
              <TableCell align="right">{translate('gdp.complaints.statistics.count')}</TableCell>
              <TableCell align="right">{translate('gdp.complaints.statistics.share')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.key ?? 'none'}>
                <TableCell>{row.label}</TableCell>
                <TableCell align="right">{row.count}</TableCell>
                <TableCell align="right" sx={{ color: 'text.secondary' }}>
                  {shareOf(row.count, total)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
};

const ChartBlock = ({ title, rows, testId }: { title: string; rows: CountRow[]; testId: string }) => (
  <Box sx={{ minWidth: 0 }}>
    <Typography variant="subtitle1" sx={{ fontWeight: 'bold' }}>
      {title}
    </Typography>
    <Suspense fallback={<Skeleton variant="rounded" height={160} />}>
      <ComplaintStatisticsChart rows={rows} testId={testId} />
    </Suspense>
  </Box>
);

const Total = ({
  label,
  value,
  color,
  testId,
}: {
  label: string;
  value: number;
  color?: string;
  testId: string;
}) => (
  <Box data-testid={testId} sx={{ p: 1, border: 1, borderColor: 'divider', borderRadius: 1, minWidth: 112 }}>
    <Typography variant="h5" sx={{ color: value > 0 && color ? color : undefined, lineHeight: 1.2 }}>
      {value}
    </Typography>
    <Typography variant="body2" color="text.secondary">
      {label}
    </Typography>
  </Box>
);

const StatisticsBody = ({ data }: { data: ComplaintStatistics }) => {
  const translate = useTranslate();
  const departmentNames = useDepartmentNames(data.byConcernedDepartment);
  const none = { none: translate('gdp.complaints.statistics.none') };
  const unknown = translate('gdp.deadlines.unknown_name');
  return (
    <>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 2 }}>
        <Total
          label={translate('gdp.complaints.statistics.total')}
          value={data.total}
          testId="complaint-total"
        />
        <Total
          label={translate('gdp.complaints.statistics.overdue')}
          value={data.overdue}
          color={STANDING_CHART_COLORS.overdue}
          testId="complaint-overdue"
        />
      </Box>
      <Box
        sx={{
          display: 'grid',
          gap: 3,
          gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' },
          alignItems: 'start',
        }}
      >
        <ChartBlock
          title={translate('gdp.complaints.statistics.by_kind')}
          rows={countRows(data.byKind, complaintViolationKindShortLabel, none)}
          testId="complaint-chart-kind"
        />
        <ChartBlock
          title={translate('gdp.complaints.statistics.by_department')}
          rows={countRows(data.byConcernedDepartment, (key) => departmentNames[key] ?? unknown, none)}
          testId="complaint-chart-department"
        />
      </Box>
      <Box
        sx={{
          mt: 2,
          display: 'grid',
          gap: 3,
          gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' },
          alignItems: 'start',
        }}
      >
        <CountTable
          title={translate('gdp.complaints.statistics.by_channel')}
          rows={countRows(data.byChannel, complaintChannelLabel, none)}
          total={data.total}
          testId="complaint-count-channel"
        />
        <CountTable
          title={translate('gdp.complaints.statistics.by_outcome')}
          rows={countRows(data.byOutcome, complaintOutcomeLabel, {
            none: translate('gdp.complaints.statistics.no_outcome'),
          })}
          total={data.total}
          testId="complaint-count-outcome"
        />
        <CountTable
          title={translate('gdp.complaints.statistics.by_state')}
          rows={countRows(data.byState, complaintStateLabel, none)}
          total={data.total}
          testId="complaint-count-state"
        />
      </Box>
    </>
  );
};

/** The received-date range the counts cover, in words. */
function rangeText(filter: Record<string, unknown>, translate: (key: string, options?: object) => string) {
  const from = toCalendarDate(filter.receivedFrom);
  const to = toCalendarDate(filter.receivedTo);
  if (!from && !to) return translate('gdp.complaints.statistics.all_time');
  return translate('gdp.complaints.statistics.range', {
    from: from ? formatCalendarDate(from) : '…',
    to: to ? formatCalendarDate(to) : '…',
  });
}

/**
 * 投诉举报统计 above the list: counts by kind, channel, outcome, state and department concerned, and how many
 * are overdue, for the list's received-date range. Folded until opened; asked for only then.
 */
export const ComplaintStatisticsPanel = () => {
  const translate = useTranslate();
  const { filterValues } = useListContext();
  const [expanded, setExpanded] = useState(false);
  const filter = statisticsFilterOf(filterValues ?? {});
  const { data, error, canAccess } = useComplaintStatistics(filter, expanded);
  if (!canAccess) return null;
  return (
    <Accordion
      expanded={expanded}
      onChange={(_event, open) => setExpanded(open)}
      disableGutters
      elevation={0}
      data-testid="complaint-statistics"
    >
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>
        <Typography sx={{ fontWeight: 'bold' }}>{translate('gdp.complaints.statistics.title')}</Typography>
        <Typography color="text.secondary" sx={{ ml: 2 }}>
          {rangeText(filter, translate)}
        </Typography>
      </AccordionSummary>
      <AccordionDetails>
        {error ? (
          <Alert severity="error">{(error as Error).message}</Alert>
        ) : data ? (
          <StatisticsBody data={data} />
        ) : (
          <Skeleton variant="rounded" height={160} />
        )}
      </AccordionDetails>
    </Accordion>
  );
};
