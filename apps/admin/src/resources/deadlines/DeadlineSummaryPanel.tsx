import {
  Alert,
  Box,
  Button as MuiButton,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { lazy, Suspense, useState } from 'react';
import { Link, useListContext, useTranslate } from 'react-admin';
import { formatCalendarDate } from '../../shared/dates';
import {
  byUrgency,
  deadlinesListPath,
  standingBars,
  STANDING_CHART_COLORS,
  type DeadlineCount,
} from './deadline-standing';
import { DeadlineTotals } from './DeadlineTotals';
import { summaryFilterOf, useDeadlineSummary, useNamesOf } from './useDeadlineSummary';

const DeadlineSummaryChart = lazy(() => import('./DeadlineSummaryChart'));

/** People shown before "show all": the most urgent first. */
const PEOPLE_SHOWN = 8;

const CountCell = ({ value, color }: { value: number; color?: string }) => (
  <TableCell
    align="right"
    sx={{ color: value > 0 && color ? color : value > 0 ? 'text.primary' : 'text.disabled' }}
  >
    {value}
  </TableCell>
);

/** Open deadlines per person (承办人), the most urgent first; a name opens the list of that person's. */
const AssigneeCounts = ({
  counts,
  base,
}: {
  counts: readonly DeadlineCount[];
  base: Record<string, unknown>;
}) => {
  const translate = useTranslate();
  const [showAll, setShowAll] = useState(false);
  const names = useNamesOf('users', counts, (user) => String(user.displayName ?? user.username ?? ''));
  const sorted = [...counts].sort(byUrgency);
  const shown = showAll ? sorted : sorted.slice(0, PEOPLE_SHOWN);
  if (counts.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('gdp.deadlines.no_people')}
      </Typography>
    );
  }
  return (
    <>
      <Table
        size="small"
        data-testid="deadline-assignee-counts"
        sx={{ '& th': { whiteSpace: 'nowrap' }, '& td:not(:first-of-type)': { whiteSpace: 'nowrap' } }}
      >
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.deadlines.fields.assigneeId')}</TableCell>
            <TableCell align="right">{translate('gdp.deadlines.totals.open')}</TableCell>
            <TableCell align="right">{translate('gdp.deadlines.totals.overdue')}</TableCell>
            <TableCell align="right">{translate('gdp.deadlines.totals.dueSoon')}</TableCell>
            <TableCell align="right">{translate('gdp.deadlines.totals.suspended')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.map((count) => (
            <TableRow key={count.key ?? 'none'} hover>
              <TableCell>
                {count.key === null ? (
                  translate('gdp.deadlines.unassigned_person')
                ) : (
                  <Link to={deadlinesListPath({ ...base, assigneeId: count.key })}>
                    {names[count.key] ?? translate('gdp.deadlines.unknown_name')}
                  </Link>
                )}
              </TableCell>
              <CountCell value={count.open} />
              <CountCell value={count.overdue} color={STANDING_CHART_COLORS.overdue} />
              <CountCell value={count.dueSoon} color={STANDING_CHART_COLORS.dueSoon} />
              <CountCell value={count.suspended} color={STANDING_CHART_COLORS.suspended} />
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {sorted.length > PEOPLE_SHOWN && (
        <MuiButton size="small" onClick={() => setShowAll(!showAll)} sx={{ mt: 1 }}>
          {translate(showAll ? 'gdp.deadlines.people_fewer' : 'gdp.deadlines.people_all', {
            count: sorted.length,
          })}
        </MuiButton>
      )}
    </>
  );
};

/**
 * Above the dashboard's list: the totals under the list's filters, a chart of open deadlines per department
 * (stacked by standing) and the counts per person. The API counts within the caller's scope.
 */
export const DeadlineSummaryPanel = () => {
  const translate = useTranslate();
  const { filterValues } = useListContext();
  const base = summaryFilterOf(filterValues ?? {});
  const { data, error, isPending, canAccess } = useDeadlineSummary(filterValues ?? {});
  const departmentNames = useNamesOf('departments', data?.byDepartment, (department) =>
    String(department.name ?? ''),
  );
  if (!canAccess) return null;
  if (error)
    return (
      <Alert severity="error" sx={{ m: 2 }}>
        {(error as Error).message}
      </Alert>
    );
  const bars = data
    ? standingBars(data.byDepartment, departmentNames, {
        unassigned: translate('gdp.deadlines.unassigned_department'),
        unknown: translate('gdp.deadlines.unknown_name'),
      })
    : [];
  return (
    <Box sx={{ p: 2 }} data-testid="deadline-summary">
      {data ? (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate('gdp.deadlines.summary_as_of', {
              today: formatCalendarDate(data.today),
              until: formatCalendarDate(data.dueSoonUntil),
            })}
          </Typography>
          <DeadlineTotals total={data.total} base={base} />
          {data.total.open === 0 && (
            <Alert severity="success" sx={{ mt: 1.5 }} data-testid="deadline-summary-empty">
              {translate('gdp.deadlines.summary_empty')}
            </Alert>
          )}
        </>
      ) : (
        <Skeleton variant="rounded" height={72} />
      )}
      <Box
        sx={{
          mt: 2,
          display: 'grid',
          gap: 3,
          gridTemplateColumns: { xs: '1fr', xl: '7fr 5fr' },
          alignItems: 'start',
        }}
      >
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 'bold' }}>
            {translate('gdp.deadlines.by_department')}
          </Typography>
          {isPending ? (
            <Skeleton variant="rounded" height={180} />
          ) : (
            <Suspense fallback={<Skeleton variant="rounded" height={180} />}>
              <DeadlineSummaryChart bars={bars} />
            </Suspense>
          )}
        </Box>
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 'bold', mb: 1 }}>
            {translate('gdp.deadlines.by_person')}
          </Typography>
          {data ? (
            <AssigneeCounts counts={data.byAssignee} base={base} />
          ) : (
            <Skeleton variant="rounded" height={120} />
          )}
        </Box>
      </Box>
    </Box>
  );
};
