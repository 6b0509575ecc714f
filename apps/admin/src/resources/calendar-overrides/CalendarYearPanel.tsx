import { Alert, Box, Chip, LinearProgress, Paper, Stack, Tooltip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatChinaDateTime } from '../../shared/dates';
import {
  YEAR_STANDING_COLORS,
  calendarYearStanding,
  daySourceKey,
  specialDaysByMonth,
  weekdayOf,
  yearStandingKey,
  type SpecialDay,
} from './calendar-year';
import { ConfirmCalendarYearButton } from './CalendarOverrideActions';
import { useCalendarYear, useShownYear } from './useCalendarYear';

const STANDING_SEVERITY = { OFFICIAL: 'info', CONFIRMED: 'success', PROVISIONAL: 'warning' } as const;

/**
 * The year shown: its standing (官方数据 / 已确认 / 待确认（暂定）) with what that means for deadlines, its
 * number of working days, and the button that confirms a provisional year.
 */
export const CalendarYearPanel = () => {
  const translate = useTranslate();
  const year = useShownYear();
  const { data, error, isPending } = useCalendarYear(year);
  if (isPending) return <LinearProgress sx={{ m: 2 }} />;
  if (error)
    return (
      <Alert severity="error" sx={{ m: 2 }}>
        {(error as Error).message}
      </Alert>
    );
  const standing = calendarYearStanding(data);
  return (
    <Box sx={{ p: 2 }} data-testid="calendar-year">
      <Stack direction="row" spacing={2} alignItems="center" flexWrap="wrap" useFlexGap sx={{ mb: 1.5 }}>
        <Typography variant="h6">{translate('gdp.calendar.year_title', { year: data.year })}</Typography>
        <Chip
          color={YEAR_STANDING_COLORS[standing]}
          variant={standing === 'PROVISIONAL' ? 'filled' : 'outlined'}
          label={translate(yearStandingKey(standing))}
          data-testid="calendar-year-standing"
        />
        <Typography color="text.secondary">
          {translate('gdp.calendar.working_days', { days: data.workingDays })}
        </Typography>
        {data.confirmedAt && (
          <Typography color="text.secondary">
            {translate('gdp.calendar.confirmed_at', { at: formatChinaDateTime(data.confirmedAt) })}
          </Typography>
        )}
        <Box sx={{ flex: 1 }} />
        <ConfirmCalendarYearButton year={data} />
      </Stack>
      <Alert severity={STANDING_SEVERITY[standing]} data-testid="calendar-year-explanation">
        {translate(`gdp.calendar.explain.${standing}`, { year: data.year })}
      </Alert>
    </Box>
  );
};

const DayLine = ({ day }: { day: SpecialDay }) => {
  const translate = useTranslate();
  const isOverride = day.source === 'OVERRIDE';
  return (
    <Stack
      direction="row"
      spacing={1}
      alignItems="center"
      data-testid={`special-day-${day.date}`}
      sx={{
        py: 0.25,
        px: 0.5,
        borderLeft: 3,
        borderColor: isOverride ? 'secondary.main' : 'transparent',
      }}
    >
      <Typography variant="body2" sx={{ width: 40, flexShrink: 0 }}>
        {translate('gdp.calendar.day_of_month', { day: Number(day.date.slice(8, 10)) })}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ width: 48, flexShrink: 0 }}>
        {weekdayOf(day.date)}
      </Typography>
      <Chip
        size="small"
        color={day.isWorkingDay ? 'primary' : 'error'}
        variant={day.isWorkingDay ? 'outlined' : 'filled'}
        label={translate(day.isWorkingDay ? 'gdp.calendar.day_work' : 'gdp.calendar.day_off')}
        sx={{ minWidth: 36 }}
      />
      <Typography variant="body2" sx={{ flex: 1, minWidth: 0 }} noWrap title={day.name ?? undefined}>
        {day.name ?? ''}
      </Typography>
      <Tooltip title={translate(`gdp.calendar.source_hint.${day.source}`)}>
        <Typography
          variant="caption"
          color={isOverride ? 'secondary.main' : day.source === 'DERIVED' ? 'warning.dark' : 'text.secondary'}
          sx={{ flexShrink: 0 }}
        >
          {translate(daySourceKey(day.source))}
        </Typography>
      </Tooltip>
    </Stack>
  );
};

/**
 * The year's days off and make-up working days month by month (ordinary weekdays and weekends are not
 * listed), each with where it comes from: 官方 (the State Council), 本局调整 (an override) or 推算.
 */
export const CalendarSpecialDays = () => {
  const translate = useTranslate();
  const year = useShownYear();
  const { data } = useCalendarYear(year);
  if (!data) return null;
  const months = specialDaysByMonth(data.specialDays);
  return (
    <Box sx={{ p: 2 }} data-testid="calendar-special-days">
      <Typography variant="subtitle1" sx={{ fontWeight: 'bold' }}>
        {translate('gdp.calendar.special_days', { year: data.year, count: data.specialDays.length })}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {translate('gdp.calendar.special_days_hint')}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gap: 1.5,
          gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))',
          alignItems: 'start',
        }}
      >
        {months.map(({ month, days }) => (
          <Paper key={month} variant="outlined" sx={{ p: 1 }} data-testid={`special-days-month-${month}`}>
            <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
              {translate('gdp.calendar.month', { month })}
            </Typography>
            {days.length === 0 ? (
              <Typography variant="body2" color="text.secondary">
                {translate('gdp.calendar.no_special_days')}
              </Typography>
            ) : (
              days.map((day) => <DayLine key={day.date} day={day} />)
            )}
          </Paper>
        ))}
      </Box>
    </Box>
  );
};
