import { ACCESS_RULES } from '@gdp/domain';
import type {
  StaffNotificationFieldsFragment,
  StaffNotificationFilter,
} from '../../graphql/generated/graphql';
import { defineResource, pickFilter } from '../../providers/resource-definition';
import {
  MarkNotificationsReadMutation,
  MyNotificationsQuery,
  UnreadNotificationCountQuery,
} from './notification.documents';

export type StaffNotification = StaffNotificationFieldsFragment;

/** The query key of the unread count, shared by the app bar's badge and whatever marks notifications read. */
export const UNREAD_NOTIFICATIONS_KEY = ['myNotifications', 'unreadCount'] as const;

/** 通知 (SPEC §2.3c): the signed-in user's in-app notifications, newest first. */
export const notificationResource = defineResource<StaffNotification>({
  access: {
    list: ACCESS_RULES['Query.myNotifications'],
    unreadCount: ACCESS_RULES['Query.unreadNotificationCount'],
    markRead: ACCESS_RULES['Mutation.markNotificationsRead'],
  },
  list: (api, { filter, page, perPage }) =>
    api
      .query(MyNotificationsQuery, {
        filter: pickFilter<StaffNotificationFilter>(filter, ['unreadOnly']),
        page: { page, perPage },
      })
      .then((data) => data.myNotifications),
  actions: {
    unreadCount: (api) =>
      api.query(UnreadNotificationCountQuery, {}).then((data) => data.unreadNotificationCount),
    markRead: (api, params: { ids?: string[]; all?: boolean }) =>
      api
        .mutate(MarkNotificationsReadMutation, { ids: params.ids ?? null, all: params.all ?? null })
        .then((data) => data.markNotificationsRead),
  },
});
