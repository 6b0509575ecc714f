import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { Chip, Typography } from '@mui/material';
import { Button, LinkBase, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { caseLinkOf } from '../../shared/case-links';
import { formatCalendarDate } from '../../shared/dates';
import { taskKindLabel, taskStateLabel } from '../../shared/labels';
import type { Task } from './task.resource';

type FieldProps = { source?: string; label?: string; sortable?: boolean };

const OVERDUE_COLOR = 'error.main';

/** The kind of task, from the domain's labels. */
export const TaskKindField = (_props: FieldProps) => {
  const task = useRecordContext<Task>();
  if (!task) return null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {taskKindLabel(task.kind)}
    </Typography>
  );
};

/** The due date (an Asia/Shanghai calendar day), red once overdue; 暂停计时 while the deadline is suspended. */
export const TaskDueDateField = (_props: FieldProps) => {
  const task = useRecordContext<Task>();
  const translate = useTranslate();
  if (!task) return null;
  return (
    <Typography
      component="span"
      variant="body2"
      sx={{
        whiteSpace: 'nowrap',
        color: task.isOverdue ? OVERDUE_COLOR : undefined,
        fontWeight: task.isOverdue ? 'bold' : undefined,
      }}
    >
      {task.dueDate ? formatCalendarDate(task.dueDate) : translate('gdp.tasks.no_due_date')}
    </Typography>
  );
};

/** Working days left on today's date (the API counts them): 今日到期, 剩 N 个工作日, or 已逾期 N 个工作日 in red. */
export const TaskWorkingDaysField = (_props: FieldProps) => {
  const task = useRecordContext<Task>();
  const translate = useTranslate();
  if (!task) return null;
  if (task.state !== 'OPEN') return <>—</>;
  const days = task.workingDaysLeft;
  const text =
    days === null || days === undefined
      ? translate('gdp.tasks.suspended')
      : task.isOverdue
        ? translate('gdp.tasks.overdue_days', { days: -days })
        : days === 0
          ? translate('gdp.tasks.due_today')
          : translate('gdp.tasks.days_left', { days });
  return (
    <Typography
      component="span"
      variant="body2"
      data-testid="task-working-days"
      data-overdue={task.isOverdue ? 'true' : 'false'}
      sx={{
        whiteSpace: 'nowrap',
        color: task.isOverdue ? OVERDUE_COLOR : days === 0 ? 'warning.main' : undefined,
        fontWeight: task.isOverdue ? 'bold' : undefined,
      }}
    >
      {text}
    </Typography>
  );
};

export const TaskStateField = (_props: FieldProps) => {
  const task = useRecordContext<Task>();
  if (!task) return null;
  return (
    <Chip
      size="small"
      variant={task.state === 'OPEN' ? 'outlined' : 'filled'}
      color={task.state === 'OPEN' ? 'primary' : 'default'}
      label={taskStateLabel(task.state)}
    />
  );
};

/** A link to the record the task is about, where the console has a page for its kind. */
export const TaskRecordLink = (_props: FieldProps) => {
  const task = useRecordContext<Pick<Task, 'caseKind' | 'caseId' | 'kind'>>();
  const createPath = useCreatePath();
  if (!task) return null;
  const link = caseLinkOf(task.caseKind, task.kind);
  if (!link) return <>—</>;
  const to = createPath({
    resource: link.resource,
    type: link.type,
    id: link.type === 'show' ? task.caseId : undefined,
  });
  return (
    <Button
      label="gdp.tasks.open_record"
      component={LinkBase}
      to={to}
      onClick={(event: React.MouseEvent) => event.stopPropagation()}
    >
      <OpenInNewIcon />
    </Button>
  );
};

/** Overdue rows stand out in every task list. */
export const overdueRowSx = (task: Task) =>
  task.isOverdue ? { backgroundColor: 'rgba(211, 47, 47, 0.06)' } : {};
