import { useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRefresh } from 'react-admin';
import type { ConsoleDataProvider } from '../../providers/data-provider';
import { UNREAD_NOTIFICATIONS_KEY } from './notification.resource';

/** Marks notifications read (some, or all), then refreshes the list and the app bar's badge. */
export function useMarkNotificationsRead() {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const refresh = useRefresh();
  return async (params: { ids?: string[]; all?: boolean }, options: { quiet?: boolean } = {}) => {
    try {
      const result = await dataProvider.runAction<{ marked: number; unread: number }>(
        'myNotifications',
        'markRead',
        params,
      );
      queryClient.setQueryData(UNREAD_NOTIFICATIONS_KEY, result.unread);
      if (!options.quiet)
        notify('gdp.notifications.marked', { type: 'success', messageArgs: { count: result.marked } });
      refresh();
      return result;
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
      return null;
    }
  };
}
