import {
  Alert,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Button as MuiButton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { Link, useCanAccess, useTranslate } from 'react-admin';
import { formatCalendarDate } from '../../shared/dates';
import type { CalendarChange } from './calendar-override.resource';
import {
  calendarYearStanding,
  movedDeadlinesMessage,
  provisionalChange,
  yearStandingKey,
  type DeadlineMove,
} from './calendar-year';

interface Report {
  title: string;
  change: CalendarChange;
}

type ShowReport = (title: string, change: CalendarChange) => void;

const ReportContext = createContext<ShowReport | null>(null);

/** Shows the answer of a change after it: a row removed by the change no longer exists to show it. */
export function useCalendarChangeReport(): ShowReport {
  const show = useContext(ReportContext);
  if (!show) throw new Error('useCalendarChangeReport needs <CalendarChangeReportProvider>');
  return show;
}

const DueDate = ({ date }: { date: string | null }) => {
  const translate = useTranslate();
  return <>{date ? formatCalendarDate(date) : translate('gdp.calendar.moved_suspended')}</>;
};

const ProvisionalCell = ({ move }: { move: DeadlineMove }) => {
  const translate = useTranslate();
  const change = provisionalChange(move);
  if (change === 'none') return <>—</>;
  return (
    <Chip
      size="small"
      variant={change === 'lost' ? 'outlined' : 'filled'}
      color={change === 'lost' ? 'success' : 'warning'}
      label={translate(`gdp.calendar.provisional_${change}`)}
    />
  );
};

const MovedDeadlines = ({ moves }: { moves: readonly DeadlineMove[] }) => {
  const translate = useTranslate();
  const { canAccess: mayOpenDeadlines } = useCanAccess({ resource: 'deadlines', action: 'show' });
  return (
    <Table size="small" data-testid="moved-deadlines">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.deadlines.fields.title')}</TableCell>
          <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate('gdp.calendar.due_before')}</TableCell>
          <TableCell />
          <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate('gdp.calendar.due_after')}</TableCell>
          <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate('gdp.deadlines.provisional')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {moves.map((move) => (
          <TableRow key={move.deadline.id}>
            <TableCell>
              {mayOpenDeadlines ? (
                <Link to={`/deadlines/${move.deadline.id}/show`}>{move.deadline.title}</Link>
              ) : (
                move.deadline.title
              )}
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              <DueDate date={move.dueDateBefore} />
            </TableCell>
            <TableCell>→</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap', fontWeight: 'bold' }}>
              {move.dueDateAfter === move.dueDateBefore ? (
                <Typography component="span" variant="body2" color="text.secondary">
                  {translate('gdp.calendar.due_unchanged')}
                </Typography>
              ) : (
                <DueDate date={move.dueDateAfter} />
              )}
            </TableCell>
            <TableCell>
              <ProvisionalCell move={move} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** What a change did: "以下 N 项办理时限随之调整" with each due date before → after, or that none moved. */
const CalendarChangeDialog = ({ report, onClose }: { report: Report; onClose: () => void }) => {
  const translate = useTranslate();
  const message = movedDeadlinesMessage(report.change.movedDeadlines);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" data-testid="calendar-change-report">
      <DialogTitle>{report.title}</DialogTitle>
      <DialogContent>
        <Alert severity={message.severity} sx={{ mb: 2 }} data-testid="moved-deadlines-message">
          {translate(message.key, message.options)}
        </Alert>
        {report.change.movedDeadlines.length > 0 && <MovedDeadlines moves={report.change.movedDeadlines} />}
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
          {translate('gdp.calendar.year_after_change', {
            year: report.change.year.year,
            standing: translate(yearStandingKey(calendarYearStanding(report.change.year))),
            days: report.change.year.workingDays,
          })}
        </Typography>
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose} variant="contained">
          {translate('gdp.calendar.report_close')}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
};

export const CalendarChangeReportProvider = ({ children }: { children: ReactNode }) => {
  const [report, setReport] = useState<Report | null>(null);
  const show = useCallback<ShowReport>((title, change) => setReport({ title, change }), []);
  return (
    <ReportContext.Provider value={show}>
      {children}
      {report && <CalendarChangeDialog report={report} onClose={() => setReport(null)} />}
    </ReportContext.Provider>
  );
};
