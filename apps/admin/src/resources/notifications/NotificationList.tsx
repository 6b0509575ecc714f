import DoneAllIcon from '@mui/icons-material/DoneAll';
import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';
import { Chip, Typography } from '@mui/material';
import {
  BooleanInput,
  Button,
  Datagrid,
  FunctionField,
  List,
  TextField,
  TopToolbar,
  useCanAccess,
  useCreatePath,
  useListContext,
  useRecordContext,
  useTranslate,
  useUnselectAll,
} from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { caseLinkOf } from '../../shared/case-links';
import { ChinaDateField } from '../../shared/ChinaDateField';
import { formatCalendarDate } from '../../shared/dates';
import { staffNotificationKindLabel, taskKindLabel } from '../../shared/labels';
import type { StaffNotification } from './notification.resource';
import { useMarkNotificationsRead } from './useMarkNotificationsRead';

const KIND_COLORS: Record<string, 'secondary' | 'warning' | 'error' | 'info'> = {
  TASK_ASSIGNED: 'info',
  TASK_DUE_SOON: 'warning',
  TASK_OVERDUE: 'error',
  TASK_REASSIGNED: 'secondary',
};

const notificationFilters = [<BooleanInput key="unreadOnly" source="unreadOnly" alwaysOn />];

const NotificationKindField = (_props: { source?: string; label?: string; sortable?: boolean }) => {
  const notification = useRecordContext<StaffNotification>();
  if (!notification) return null;
  return (
    <Chip
      size="small"
      color={KIND_COLORS[notification.kind] ?? 'default'}
      variant={notification.readAt ? 'outlined' : 'filled'}
      label={staffNotificationKindLabel(notification.kind)}
    />
  );
};

/** Marks one notification read (shown on unread rows). */
const MarkReadButton = () => {
  const notification = useRecordContext<StaffNotification>();
  const markRead = useMarkNotificationsRead();
  if (!notification || notification.readAt) return null;
  return (
    <Button
      label="gdp.notifications.mark_read"
      onClick={(event) => {
        event.stopPropagation();
        void markRead({ ids: [notification.id] });
      }}
    >
      <MarkEmailReadIcon />
    </Button>
  );
};

const MarkSelectedReadButton = () => {
  const { selectedIds, resource } = useListContext();
  const unselectAll = useUnselectAll(resource ?? 'myNotifications');
  const markRead = useMarkNotificationsRead();
  return (
    <Button
      label="gdp.notifications.mark_read"
      onClick={async () => {
        if (await markRead({ ids: selectedIds.map(String) })) unselectAll();
      }}
    >
      <MarkEmailReadIcon />
    </Button>
  );
};

const MarkAllReadButton = () => {
  const { canAccess } = useCanAccess({ resource: 'myNotifications', action: 'markRead' });
  const markRead = useMarkNotificationsRead();
  if (!canAccess) return null;
  return (
    <Button label="gdp.notifications.mark_all_read" onClick={() => void markRead({ all: true })}>
      <DoneAllIcon />
    </Button>
  );
};

const NotificationListActions = () => (
  <TopToolbar>
    <MarkAllReadButton />
  </TopToolbar>
);

/**
 * 通知: newest first, unread in bold. Opening one marks it read and goes to the record it is about (or to
 * 待办 when the console has no page for that kind of record yet).
 */
export const NotificationList = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const markRead = useMarkNotificationsRead();
  const open = (notification: StaffNotification) => {
    if (!notification.readAt) void markRead({ ids: [notification.id] }, { quiet: true });
    const link = caseLinkOf(notification.caseKind, notification.taskKind);
    navigate(
      link
        ? createPath({
            resource: link.resource,
            type: link.type,
            id: link.type === 'show' ? notification.caseId : undefined,
          })
        : createPath({ resource: 'myTasks', type: 'list' }),
    );
  };
  return (
    <List
      filters={notificationFilters}
      actions={<NotificationListActions />}
      exporter={false}
      perPage={25}
      sort={{ field: 'createdAt', order: 'DESC' }}
      empty={false}
    >
      <Datagrid
        bulkActionButtons={<MarkSelectedReadButton />}
        rowClick={(_id, _resource, record) => {
          open(record as StaffNotification);
          return false;
        }}
        rowSx={(record) => ({
          '& td .MuiTypography-root': { fontWeight: record.readAt ? undefined : 'bold' },
        })}
      >
        <NotificationKindField source="kind" sortable={false} />
        <TextField source="title" sortable={false} />
        <FunctionField<StaffNotification>
          source="taskKind"
          sortable={false}
          render={(notification) => taskKindLabel(notification.taskKind)}
        />
        <FunctionField<StaffNotification>
          source="dueDate"
          sortable={false}
          render={(notification) => (
            <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
              {notification.dueDate
                ? formatCalendarDate(notification.dueDate)
                : translate('gdp.tasks.no_due_date')}
            </Typography>
          )}
        />
        <ChinaDateField source="createdAt" sortable={false} />
        <MarkReadButton />
      </Datagrid>
    </List>
  );
};
