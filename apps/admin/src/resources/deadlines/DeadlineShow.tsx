import {
  Box,
  Divider,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import {
  FunctionField,
  ListButton,
  NumberField,
  RecordContextProvider,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { CalendarDateField } from '../../shared/CalendarDateField';
import { ChinaDateField } from '../../shared/ChinaDateField';
import { formatCalendarDate, formatChinaDateTime } from '../../shared/dates';
import { caseKindLabel, deadlineEventActionLabel, deadlineKindLabel } from '../../shared/labels';
import type { Deadline } from './deadline.resource';
import { DeadlineStateField, DueDateField, WorkingDaysLeftField } from './DeadlineFields';

const DeadlineShowActions = () => (
  <TopToolbar>
    <ListButton />
  </TopToolbar>
);

const calendarDate = (value: string | null | undefined) => (value ? formatCalendarDate(value) : '—');

/** The due date an event set: its new value alone when it started the clock or kept the date. */
const dueChange = (before: string | null, after: string | null) =>
  before === after || before === null
    ? calendarDate(after)
    : `${calendarDate(before)} → ${calendarDate(after)}`;

/** The periods the clock stood still (the first day still counts, the resuming day does not). */
const DeadlineSuspensions = () => {
  const deadline = useRecordContext<Deadline>();
  const translate = useTranslate();
  if (!deadline?.suspensions) return null;
  return (
    <Box sx={{ p: 2 }} data-testid="deadline-suspensions">
      <Typography variant="h6" gutterBottom>
        {translate('gdp.deadlines.suspensions', { count: deadline.suspensions.length })}
      </Typography>
      {deadline.suspensions.length === 0 ? (
        <Typography color="text.secondary">{translate('gdp.deadlines.no_suspensions')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('gdp.deadlines.suspended_from')}</TableCell>
              <TableCell>{translate('gdp.deadlines.resumed_on')}</TableCell>
              <TableCell>{translate('gdp.deadlines.reason')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {deadline.suspensions.map((period) => (
              <TableRow key={period.from}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{calendarDate(period.from)}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {period.to ? calendarDate(period.to) : translate('gdp.deadlines.still_suspended')}
                </TableCell>
                <TableCell>{period.reason}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
};

/** Every event of the deadline in order: started, suspended, resumed, restarted, extended, recomputed, closed. */
const DeadlineHistory = () => {
  const deadline = useRecordContext<Deadline>();
  const translate = useTranslate();
  if (!deadline) return null;
  // A row opened from the list has no history until `deadline(id)` answers.
  if (!deadline.events) return <LinearProgress sx={{ m: 2 }} />;
  return (
    <Box sx={{ p: 2 }} data-testid="deadline-events">
      <Typography variant="h6" gutterBottom>
        {translate('gdp.deadlines.history', { count: deadline.events.length })}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('gdp.deadlines.event_at')}</TableCell>
            <TableCell>{translate('gdp.deadlines.event_action')}</TableCell>
            <TableCell>{translate('gdp.deadlines.event_on_date')}</TableCell>
            <TableCell>{translate('gdp.deadlines.event_due_change')}</TableCell>
            <TableCell>{translate('gdp.deadlines.reason')}</TableCell>
            <TableCell>{translate('gdp.deadlines.event_actor')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {deadline.events.map((event) => (
            <TableRow key={event.id} sx={{ verticalAlign: 'top' }}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatChinaDateTime(event.at)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {deadlineEventActionLabel(event.action)}
                {event.byWorkingDays !== null && (
                  <Typography variant="caption" display="block" color="text.secondary">
                    {translate('gdp.deadlines.by_working_days', { days: event.byWorkingDays })}
                  </Typography>
                )}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{calendarDate(event.onDate)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {dueChange(event.dueDateBefore, event.dueDateAfter)}
              </TableCell>
              <TableCell>{event.reason ?? '—'}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {event.actorId ? (
                  <RecordContextProvider value={event}>
                    <ReferenceField source="actorId" reference="users" link={false} />
                  </RecordContextProvider>
                ) : (
                  translate('gdp.deadlines.by_system')
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

/** One deadline: where it stands, its period and extensions, the periods it stood still, its history. */
export const DeadlineShow = () => (
  <Show actions={<DeadlineShowActions />}>
    <SimpleShowLayout
      direction="row"
      flexWrap="wrap"
      useFlexGap
      spacing={3}
      sx={{ '& .RaSimpleShowLayout-row': { minWidth: 160 } }}
    >
      <FunctionField<Deadline> source="title" render={(record) => record.title} />
      <FunctionField<Deadline> source="kind" render={(record) => deadlineKindLabel(record.kind)} />
      <FunctionField<Deadline> source="caseKind" render={(record) => caseKindLabel(record.caseKind)} />
      <DeadlineStateField source="state" />
      <ReferenceField
        source="departmentId"
        reference="departments"
        link={false}
        emptyText="gdp.deadlines.unassigned_department"
      />
      <ReferenceField
        source="assigneeId"
        reference="users"
        link={false}
        emptyText="gdp.deadlines.unassigned_person"
      />
      <CalendarDateField source="startDate" />
      <NumberField source="periodWorkingDays" />
      <NumberField source="extensionsWorkingDays" />
      <NumberField source="extensionCount" />
      <DueDateField source="dueDate" />
      <WorkingDaysLeftField source="workingDaysLeft" />
      <ChinaDateField source="closedAt" emptyText="—" />
      <ChinaDateField source="createdAt" />
      <ChinaDateField source="updatedAt" />
    </SimpleShowLayout>
    <Divider />
    <DeadlineSuspensions />
    <Divider />
    <DeadlineHistory />
  </Show>
);
