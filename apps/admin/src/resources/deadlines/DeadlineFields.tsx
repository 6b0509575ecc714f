import { Chip, Stack, Tooltip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatCalendarDate } from '../../shared/dates';
import { deadlineStateLabel } from '../../shared/labels';
import type { Deadline } from './deadline.resource';
import { STANDING_COLORS, deadlineStandingOf, workingDaysLeftLabel } from './deadline-standing';

type FieldProps = { source?: string; label?: string; sortable?: boolean };

/** 暂定: the due date lies in a year whose holiday arrangement the bureau has not confirmed yet. */
export const ProvisionalChip = () => {
  const translate = useTranslate();
  return (
    <Tooltip title={translate('gdp.deadlines.provisional_hint')}>
      <Chip
        size="small"
        color="warning"
        variant="outlined"
        label={translate('gdp.deadlines.provisional')}
        data-testid="provisional-chip"
      />
    </Tooltip>
  );
};

/** The due date (a calendar day, Asia/Shanghai) with the 暂定 chip; 暂停中 while the clock is stopped. */
export const DueDateField = (_props: FieldProps) => {
  const deadline = useRecordContext<Deadline>();
  const translate = useTranslate();
  if (!deadline) return null;
  return (
    <Stack direction="row" spacing={1} alignItems="center">
      <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
        {deadline.dueDate ? formatCalendarDate(deadline.dueDate) : translate('gdp.deadlines.no_due_date')}
      </Typography>
      {deadline.isProvisional && <ProvisionalChip />}
    </Stack>
  );
};

/** Working days left: red when overdue, orange when due soon, grey 暂停 when suspended. */
export const WorkingDaysLeftField = (_props: FieldProps) => {
  const deadline = useRecordContext<Deadline>();
  const translate = useTranslate();
  if (!deadline) return null;
  const standing = deadlineStandingOf(deadline);
  const { key, options } = workingDaysLeftLabel(deadline);
  return (
    <Typography
      component="span"
      variant="body2"
      data-standing={standing}
      data-testid="working-days-left"
      sx={{
        color: STANDING_COLORS[standing],
        fontWeight: standing === 'OVERDUE' || standing === 'DUE_SOON' ? 'bold' : undefined,
        whiteSpace: 'nowrap',
      }}
    >
      {translate(key, options)}
    </Typography>
  );
};

export const DeadlineStateField = (_props: FieldProps) => {
  const deadline = useRecordContext<Deadline>();
  if (!deadline) return null;
  return (
    <Chip
      size="small"
      variant={deadline.state === 'OPEN' ? 'outlined' : 'filled'}
      color={deadline.state === 'OPEN' ? 'primary' : 'default'}
      label={deadlineStateLabel(deadline.state)}
    />
  );
};
