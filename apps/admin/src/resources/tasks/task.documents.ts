import { graphql } from '../../graphql/generated';

export const TaskFields = graphql(`
  fragment TaskFields on Task {
    id
    kind
    caseKind
    caseId
    title
    assigneeId
    departmentId
    deadlineId
    dueDate
    state
    createdAt
    assignedAt
    closedAt
    version
    workingDaysLeft
    isOverdue
    availableActions
  }
`);

export const MyTasksQuery = graphql(`
  query MyTasks($filter: MyTaskFilter, $page: PageInput, $sort: SortInput) {
    myTasks(filter: $filter, page: $page, sort: $sort) {
      total
      items {
        ...TaskFields
      }
    }
  }
`);

export const TasksQuery = graphql(`
  query Tasks($filter: TaskFilter, $page: PageInput, $sort: SortInput) {
    tasks(filter: $filter, page: $page, sort: $sort) {
      total
      items {
        ...TaskFields
      }
    }
  }
`);

export const ReassignTaskMutation = graphql(`
  mutation ReassignTask($id: ID!, $version: Int!, $assigneeId: ID) {
    reassignTask(id: $id, version: $version, assigneeId: $assigneeId) {
      ...TaskFields
    }
  }
`);
