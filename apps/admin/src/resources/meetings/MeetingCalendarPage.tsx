import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import ListIcon from '@mui/icons-material/List';
import { Alert, Box, Button, Card, LinearProgress, Link, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Title, useCanAccess, useDataProvider } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { ConsoleDataProvider } from '../../providers/data-provider';
import {
  gridRange,
  meetingsByDay,
  monthGrid,
  monthKey,
  monthOf,
  monthTitle,
  shanghaiDateOf,
  shanghaiTimeOf,
  shiftMonth,
  type CalendarMonth,
} from './meeting-calendar';
import type { MeetingCalendarItem } from './meeting.resource';
import { MeetingStateChip } from './MeetingFields';

export const MEETING_CALENDAR_PATH = '/meetings/calendar';

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

/** The month grid: each day lists the meetings starting on it (Asia/Shanghai), each linking to its page. */
export const MeetingCalendarGrid = ({
  month,
  meetings,
  today,
}: {
  month: CalendarMonth;
  meetings: readonly MeetingCalendarItem[];
  today: string;
}) => {
  const grid = monthGrid(month);
  const byDay = meetingsByDay(meetings);
  return (
    <Box
      role="grid"
      aria-label={monthTitle(month)}
      sx={{
        display: 'grid',
        gridTemplateColumns: 'repeat(7, minmax(0, 1fr))',
        border: 1,
        borderColor: 'divider',
      }}
    >
      {WEEKDAYS.map((weekday) => (
        <Box key={weekday} sx={{ p: 0.5, textAlign: 'center', bgcolor: 'grey.100', typography: 'body2' }}>
          周{weekday}
        </Box>
      ))}
      {grid.flat().map((day) => (
        <Box
          key={day.date}
          role="gridcell"
          data-date={day.date}
          sx={{
            minHeight: 110,
            p: 0.5,
            borderTop: 1,
            borderLeft: 1,
            borderColor: 'divider',
            bgcolor: day.inMonth ? undefined : 'grey.50',
            color: day.inMonth ? undefined : 'text.secondary',
          }}
        >
          <Typography
            variant="body2"
            sx={{
              fontWeight: day.date === today ? 'bold' : undefined,
              color: day.date === today ? 'primary.main' : undefined,
            }}
          >
            {day.day}
          </Typography>
          <Stack spacing={0.5}>
            {(byDay.get(day.date) ?? []).map((meeting) => (
              <Box
                key={meeting.id}
                data-testid="calendar-meeting"
                sx={{ typography: 'caption', lineHeight: 1.4 }}
              >
                <Link component={RouterLink} to={`/meetings/${meeting.id}/show`} underline="hover">
                  {shanghaiTimeOf(meeting.startsAt)} {meeting.title}
                </Link>
                <Box>
                  <MeetingStateChip state={meeting.state} />
                </Box>
              </Box>
            ))}
          </Stack>
        </Box>
      ))}
    </Box>
  );
};

/** 会议日历: the meetings of a month by their start (SPEC M8), within the departments the user reads. */
export const MeetingCalendarPage = () => {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { canAccess, isPending: checking } = useCanAccess({ resource: 'meetings', action: 'calendar' });
  const now = useMemo(() => new Date(), []);
  const [month, setMonth] = useState<CalendarMonth>(() => monthOf(now));
  const range = gridRange(monthGrid(month));
  const { data, error, isPending } = useQuery({
    queryKey: ['meetings', 'calendar', monthKey(month)],
    queryFn: () => dataProvider.runAction<MeetingCalendarItem[]>('meetings', 'calendar', range),
    enabled: canAccess === true,
  });
  if (checking) return <LinearProgress sx={{ m: 2 }} />;
  if (!canAccess)
    return (
      <Alert severity="error" sx={{ m: 2 }}>
        您无权查看会议
      </Alert>
    );
  return (
    <Card sx={{ p: 2, mt: 1 }}>
      <Title title="会议日历" />
      <Stack direction="row" spacing={1} alignItems="center" sx={{ mb: 2 }}>
        <Button startIcon={<ChevronLeftIcon />} onClick={() => setMonth(shiftMonth(month, -1))}>
          上月
        </Button>
        <Typography variant="h6" sx={{ minWidth: 140, textAlign: 'center' }}>
          {monthTitle(month)}
        </Typography>
        <Button endIcon={<ChevronRightIcon />} onClick={() => setMonth(shiftMonth(month, 1))}>
          下月
        </Button>
        <Button onClick={() => setMonth(monthOf(new Date()))}>本月</Button>
        <Box sx={{ flex: 1 }} />
        <Button component={RouterLink} to="/meetings" startIcon={<ListIcon />}>
          会议列表
        </Button>
      </Stack>
      {isPending && <LinearProgress />}
      {error && <Alert severity="error">{(error as Error).message}</Alert>}
      <MeetingCalendarGrid month={month} meetings={data ?? []} today={shanghaiDateOf(now)} />
    </Card>
  );
};
