import { graphql } from '../../graphql/generated';

export const StaffNotificationFields = graphql(`
  fragment StaffNotificationFields on StaffNotification {
    id
    kind
    taskId
    title
    onDate
    createdAt
    readAt
    taskKind
    caseKind
    caseId
    dueDate
    taskState
  }
`);

export const MyNotificationsQuery = graphql(`
  query MyNotifications($filter: StaffNotificationFilter, $page: PageInput) {
    myNotifications(filter: $filter, page: $page) {
      total
      items {
        ...StaffNotificationFields
      }
    }
  }
`);

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {
    markNotificationsRead(ids: $ids, all: $all) {
      marked
      unread
    }
  }
`);
