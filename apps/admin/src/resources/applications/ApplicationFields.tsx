import { Chip, Stack, Typography } from '@mui/material';
import { RecordContextProvider, useRecordContext } from 'react-admin';
import { formatCalendarDate } from '../../shared/dates';
import { ProvisionalChip, WorkingDaysLeftField } from '../deadlines/DeadlineFields';
import {
  deadlineStandingOf,
  STANDING_COLORS,
  type DeadlineDisplayStanding,
} from '../deadlines/deadline-standing';
import { replyDeadlineOf } from './application-case';
import {
  applicantTypeLabel,
  applicationChannelLabel,
  applicationResultCodeLabel,
  applicationStateLabel,
} from './application-labels';
import type { Application } from './application.resource';

type FieldProps = { source?: string; label?: string; sortable?: boolean };

/** 已办结 is final: filled; the cases still in hand stand out (outlined, coloured by who must act). */
const STATE_COLORS = {
  PROCESSING: 'primary',
  AWAITING_CORRECTION: 'warning',
  AWAITING_FEE: 'warning',
  IN_REVIEW: 'info',
  CLOSED: 'default',
} as const;

export const ApplicationStateChip = ({ state }: { state: string }) => (
  <Chip
    size="small"
    variant={state === 'CLOSED' ? 'filled' : 'outlined'}
    color={STATE_COLORS[state as keyof typeof STATE_COLORS] ?? 'default'}
    label={applicationStateLabel(state)}
    data-testid="application-state"
  />
);

export const ApplicationStateField = (_props: FieldProps) => {
  const application = useRecordContext<Application>();
  if (!application) return null;
  return <ApplicationStateChip state={application.state} />;
};

const Nowrap = ({ children }: { children: string }) => (
  <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
    {children}
  </Typography>
);

export const ApplicationChannelField = (_props: FieldProps) => {
  const application = useRecordContext<Application>();
  return application ? <Nowrap>{applicationChannelLabel(application.channel)}</Nowrap> : null;
};

export const ApplicantTypeField = (_props: FieldProps) => {
  const application = useRecordContext<Application>();
  return application ? <Nowrap>{applicantTypeLabel(application.applicantType)}</Nowrap> : null;
};

export const ApplicationResultField = (_props: FieldProps) => {
  const application = useRecordContext<Application>();
  if (!application) return null;
  return (
    <Typography component="span" variant="body2">
      {applicationResultCodeLabel(application.resultCode)}
    </Typography>
  );
};

/** The masked ID number (first 3 and last 2 characters): lists never hold the full one. */
export const MaskedIdNumberField = (_props: FieldProps) => {
  const application = useRecordContext<Application>();
  if (!application) return null;
  return (
    <Typography component="span" variant="body2" sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
      {application.applicant?.idNumberMasked ?? '—'}
    </Typography>
  );
};

/** Where the reply clock stands, from the case's own facts and its reply deadline's working days left. */
export function replyStandingOf(
  application: Pick<Application, 'state' | 'isOverdue' | 'replyClockSuspended' | 'deadlines'>,
): DeadlineDisplayStanding {
  if (application.state === 'CLOSED') return 'CLOSED';
  if (application.isOverdue) return 'OVERDUE';
  if (application.replyClockSuspended) return 'SUSPENDED';
  const deadline = replyDeadlineOf(application);
  return deadline ? deadlineStandingOf(deadline) : 'ON_TRACK';
}

const STANDING_TEXT: Partial<Record<DeadlineDisplayStanding, string>> = {
  OVERDUE: '已逾期',
  DUE_SOON: '即将到期',
  SUSPENDED: '计时暂停',
};

/**
 * The reply clock: the due date in the dashboard's colours (red overdue, orange due soon, grey suspended) with
 * the working days left, 暂定 when the due date's year is not confirmed, and 已延期 after the art. 33
 * extension. 未起算 before the clock starts.
 */
export const ReplyDeadlineField = (_props: FieldProps) => {
  const application = useRecordContext<Application>();
  if (!application) return null;
  const deadline = replyDeadlineOf(application);
  const standing = replyStandingOf(application);
  if (!application.replyDueDate && !application.replyClockSuspended) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        {application.state === 'CLOSED' ? '—' : '未起算'}
      </Typography>
    );
  }
  return (
    <Stack spacing={0.25} data-testid="reply-deadline" data-standing={standing}>
      <Typography
        component="span"
        variant="body2"
        sx={{
          color: STANDING_COLORS[standing],
          fontWeight: standing === 'OVERDUE' || standing === 'DUE_SOON' ? 'bold' : undefined,
          whiteSpace: 'nowrap',
        }}
      >
        {application.replyDueDate ? formatCalendarDate(application.replyDueDate) : '—'}
        {STANDING_TEXT[standing] ? `（${STANDING_TEXT[standing]}）` : ''}
      </Typography>
      <Stack direction="row" spacing={0.5} alignItems="center" flexWrap="wrap">
        {deadline && standing !== 'CLOSED' && (
          <RecordContextProvider value={deadline}>
            <WorkingDaysLeftField />
          </RecordContextProvider>
        )}
        {deadline?.isProvisional && <ProvisionalChip />}
        {application.replyExtended && <Chip size="small" variant="outlined" label="已延期" />}
      </Stack>
    </Stack>
  );
};
