import NotificationsIcon from '@mui/icons-material/Notifications';
import { NotificationList } from './NotificationList';
import type { StaffNotification } from './notification.resource';

/** The user's own notifications: listed and marked read, nothing else. */
export default {
  list: NotificationList,
  edit: undefined,
  create: undefined,
  show: undefined,
  icon: NotificationsIcon,
  recordRepresentation: (record: StaffNotification) => record.title,
};
