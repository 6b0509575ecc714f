import { Chip, Stack, Typography } from '@mui/material';
import { RecordContextProvider, useRecordContext, useTranslate } from 'react-admin';
import { formatCalendarDate } from '../../shared/dates';
import {
  complaintChannelLabel,
  complaintOutcomeLabel,
  complaintStateLabel,
  complaintViolationKindLabel,
  complaintViolationKindShortLabel,
} from '../../shared/labels';
import { ProvisionalChip, WorkingDaysLeftField } from '../deadlines/DeadlineFields';
import { handlingDeadlineOf } from './complaint-case';
import type { Complaint } from './complaint.resource';

type FieldProps = { source?: string; label?: string; sortable?: boolean };

/** 已办结 and 不予受理 are final: filled; the cases still in hand stand out (outlined, coloured). */
const STATE_COLORS = {
  RECEIVED: 'warning',
  INVESTIGATING: 'primary',
  TRANSFERRED: 'info',
  HANDLED: 'success',
  NOT_ACCEPTED: 'default',
  CLOSED: 'default',
} as const;

export const ComplaintStateChip = ({ state }: { state: string }) => (
  <Chip
    size="small"
    variant={state === 'CLOSED' || state === 'NOT_ACCEPTED' ? 'filled' : 'outlined'}
    color={STATE_COLORS[state as keyof typeof STATE_COLORS] ?? 'default'}
    label={complaintStateLabel(state)}
    data-testid="complaint-state"
  />
);

export const ComplaintStateField = (_props: FieldProps) => {
  const complaint = useRecordContext<Complaint>();
  if (!complaint) return null;
  return <ComplaintStateChip state={complaint.state} />;
};

/** The kind of violation: the seed's wording on the case's page, the short form in lists. */
export const ComplaintKindField = ({ short = false }: FieldProps & { short?: boolean }) => {
  const complaint = useRecordContext<Complaint>();
  if (!complaint) return null;
  return (
    <Typography component="span" variant="body2">
      {short
        ? complaintViolationKindShortLabel(complaint.violationKind)
        : complaintViolationKindLabel(complaint.violationKind)}
    </Typography>
  );
};

export const ComplaintChannelField = (_props: FieldProps) => {
  const complaint = useRecordContext<Complaint>();
  if (!complaint) return null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {complaintChannelLabel(complaint.channel)}
    </Typography>
  );
};

export const ComplaintOutcomeField = (_props: FieldProps) => {
  const complaint = useRecordContext<Complaint>();
  if (!complaint) return null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {complaint.outcome ? complaintOutcomeLabel(complaint.outcome) : '—'}
    </Typography>
  );
};

/**
 * The handling deadline (15 working days from receipt): working days left in the dashboard's colours, the
 * due date and 暂定 below. 未起算 when the API has started no handling deadline.
 */
export const HandlingDeadlineField = (_props: FieldProps) => {
  const complaint = useRecordContext<Complaint>();
  const translate = useTranslate();
  if (!complaint) return null;
  const deadline = handlingDeadlineOf(complaint);
  if (!deadline) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        {translate('gdp.complaints.no_handling_deadline')}
      </Typography>
    );
  }
  return (
    <RecordContextProvider value={deadline}>
      <Stack spacing={0.25} data-testid="handling-deadline">
        <WorkingDaysLeftField />
        <Stack direction="row" spacing={0.5} alignItems="center">
          <Typography component="span" variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
            {deadline.dueDate
              ? translate('gdp.complaints.due_on', { date: formatCalendarDate(deadline.dueDate) })
              : translate('gdp.deadlines.no_due_date')}
          </Typography>
          {deadline.isProvisional && <ProvisionalChip />}
        </Stack>
      </Stack>
    </RecordContextProvider>
  );
};
