import { Chip, Stack, Typography } from '@mui/material';
import { DEADLINE_STANDING_LABELS } from '@gdp/domain';
import { useRecordContext } from 'react-admin';
import { formatCalendarDate, formatChinaDateTime } from '../../shared/dates';
import { STANDING_COLORS } from '../deadlines/deadline-standing';
import { invitationStateLabel, meetingStateLabel } from './meeting-labels';
import type { Meeting } from './meeting.resource';

type FieldProps = { source?: string; label?: string; sortable?: boolean };

/** Meetings still to be run stand out; the final states are filled grey, a cancelled one red. */
const MEETING_STATE_COLORS = {
  PLANNED: 'primary',
  INVITATIONS_SENT: 'primary',
  POSTPONED: 'warning',
  HELD: 'success',
  CLOSED: 'warning',
  FEEDBACK_SENT: 'info',
  RESULTS_IN_REVIEW: 'info',
  CANCELLED: 'error',
} as const;

export const MeetingStateChip = ({ state }: { state: string }) => (
  <Chip
    size="small"
    variant={state in MEETING_STATE_COLORS ? 'outlined' : 'filled'}
    color={MEETING_STATE_COLORS[state as keyof typeof MEETING_STATE_COLORS] ?? 'default'}
    label={meetingStateLabel(state)}
    data-testid="meeting-state"
  />
);

export const MeetingStateField = (_props: FieldProps) => {
  const meeting = useRecordContext<Meeting>();
  return meeting ? <MeetingStateChip state={meeting.state} /> : null;
};

/** 候补 waits for a seat (orange); 已接受 is filled; the ended ones grey. */
const INVITATION_STATE_COLORS = {
  WAITLISTED: 'warning',
  INVITED: 'primary',
  ACCEPTED: 'success',
} as const;

export const InvitationStateChip = ({ state }: { state: string }) => (
  <Chip
    size="small"
    variant={state === 'ACCEPTED' ? 'filled' : 'outlined'}
    color={INVITATION_STATE_COLORS[state as keyof typeof INVITATION_STATE_COLORS] ?? 'default'}
    label={invitationStateLabel(state)}
    data-testid="invitation-state"
  />
);

/**
 * The feedback deadline as the API answers it on the meeting (seed §6-4(4)): the due date coloured by its
 * standing (已逾期 red, 即将到期 orange), or when it was met. Nothing before the meeting ended.
 */
export const FeedbackDeadlineField = (_props: FieldProps) => {
  const meeting = useRecordContext<Meeting>();
  if (!meeting?.deadlineId) return null;
  const { feedbackDueDate, feedbackStanding, feedbackMetAt } = meeting;
  const urgent = feedbackStanding === 'OVERDUE' || feedbackStanding === 'DUE_SOON';
  return (
    <Stack direction="row" spacing={1} alignItems="center" data-testid="feedback-deadline">
      <Typography
        component="span"
        variant="body2"
        data-standing={feedbackStanding ?? undefined}
        sx={{
          color: feedbackStanding ? STANDING_COLORS[feedbackStanding] : 'text.secondary',
          fontWeight: urgent ? 'bold' : undefined,
          whiteSpace: 'nowrap',
        }}
      >
        {feedbackDueDate ? formatCalendarDate(feedbackDueDate) : '暂停计时'}
        {feedbackStanding && feedbackStanding !== 'ON_TRACK' && feedbackStanding !== 'SUSPENDED'
          ? `（${DEADLINE_STANDING_LABELS[feedbackStanding]}）`
          : ''}
      </Typography>
      {feedbackMetAt && (
        <Typography component="span" variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
          已于 {formatChinaDateTime(feedbackMetAt)} 办结
        </Typography>
      )}
    </Stack>
  );
};
