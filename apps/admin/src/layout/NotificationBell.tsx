import NotificationsIcon from '@mui/icons-material/Notifications';
import { Badge, IconButton, Tooltip } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { LinkBase, useCanAccess, useDataProvider, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../providers/data-provider';
import { UNREAD_NOTIFICATIONS_KEY } from '../resources/notifications/notification.resource';

/** How often the badge asks for the unread count. */
export const UNREAD_REFRESH_MS = 60_000;
/**
 * The badge asks only while the user is at the console: a poll is a request, and requests keep a session
 * alive — polling an unattended screen would defeat the idle timeout (SPEC §2.1).
 */
export const ACTIVE_WINDOW_MS = 5 * 60_000;

let lastActivity = Date.now();
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

function useActivityTracking(): void {
  useEffect(() => {
    const seen = () => {
      lastActivity = Date.now();
    };
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, seen, { passive: true });
    return () => {
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, seen);
    };
  }, []);
}

/** The app bar's bell: unread notifications as a badge, refreshed periodically; opens 通知. */
export const NotificationBell = () => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'myNotifications', action: 'unreadCount' });
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const queryClient = useQueryClient();
  useActivityTracking();
  const { data: unread = 0 } = useQuery({
    queryKey: UNREAD_NOTIFICATIONS_KEY,
    queryFn: async () => {
      const previous = queryClient.getQueryData<number>(UNREAD_NOTIFICATIONS_KEY);
      if (previous !== undefined && Date.now() - lastActivity > ACTIVE_WINDOW_MS) return previous;
      return dataProvider.runAction<number>('myNotifications', 'unreadCount');
    },
    enabled: Boolean(canAccess),
    refetchInterval: UNREAD_REFRESH_MS,
    refetchIntervalInBackground: false,
    retry: false,
  });
  if (!canAccess) return null;
  const label =
    unread > 0
      ? translate('gdp.notifications.unread', { count: unread })
      : translate('gdp.notifications.none_unread');
  return (
    <Tooltip title={label}>
      <IconButton
        component={LinkBase}
        to="/myNotifications"
        color="inherit"
        aria-label={label}
        data-testid="notification-bell"
      >
        <Badge badgeContent={unread} color="error" max={99} data-testid="notification-badge">
          <NotificationsIcon />
        </Badge>
      </IconButton>
    </Tooltip>
  );
};
