import { Box, Stack, Typography } from '@mui/material';
import { ReferenceField, TextField } from 'react-admin';
import { formatCalendarDate, formatChinaDateTime } from '../../shared/dates';
import { applicationActionLabel, applicationStateLabel } from './application-labels';
import type { ApplicationEvent } from './application.resource';

/** Registration and the external submission are events of the case, not workflow actions. */
const EVENT_LABELS: Readonly<Record<string, string>> = {
  REGISTER: '登记申请',
  SUBMIT: '网上提交',
  REVIEW_SUPPLIED: '保密审查通过并提供信息',
  REVIEW_RETURNED: '保密审查退回',
  ANONYMISE: '个人信息匿名化',
};

const eventLabel = (action: string) => EVENT_LABELS[action] ?? applicationActionLabel(action);

/** The case's history, oldest first: each step with the states it moved between, who and when. */
export const ApplicationTimeline = ({ events }: { events: readonly ApplicationEvent[] }) => {
  if (events.length === 0) return <Typography color="text.secondary">尚无办理记录</Typography>;
  const ordered = [...events].sort((a, b) => String(a.at).localeCompare(String(b.at)));
  return (
    <Stack spacing={1} data-testid="application-timeline">
      {ordered.map((event) => (
        <Box key={event.id} sx={{ borderLeft: 3, borderColor: 'primary.main', pl: 1.5 }}>
          <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap">
            <Typography variant="body2" fontWeight={600}>
              {eventLabel(event.action)}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {event.fromState ? `${applicationStateLabel(event.fromState)} → ` : ''}
              {applicationStateLabel(event.toState)}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {formatCalendarDate(event.onDate)}
            </Typography>
          </Stack>
          {event.note && (
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
              {event.note}
            </Typography>
          )}
          <Typography variant="caption" color="text.secondary" component="div">
            {event.actorId ? (
              <ReferenceField
                record={{ actorId: event.actorId }}
                source="actorId"
                reference="users"
                link={false}
              >
                <TextField source="displayName" variant="caption" />
              </ReferenceField>
            ) : (
              '系统或外部应用'
            )}{' '}
            · {formatChinaDateTime(event.at)}
          </Typography>
        </Box>
      ))}
    </Stack>
  );
};
