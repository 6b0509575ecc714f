import { graphql } from '../../graphql/generated';

/** A row of the dashboard: no history (events come with `deadline(id)`). */
export const DeadlineListFields = graphql(`
  fragment DeadlineListFields on Deadline {
    id
    kind
    caseKind
    caseId
    title
    departmentId
    assigneeId
    startDate
    periodWorkingDays
    extensionsWorkingDays
    extensionCount
    dueDate
    isProvisional
    isSuspended
    isOverdue
    state
    closedAt
    workingDaysLeft
    version
    createdAt
    updatedAt
  }
`);

/** One deadline with its suspensions and every event of its history. */
export const DeadlineFields = graphql(`
  fragment DeadlineFields on Deadline {
    ...DeadlineListFields
    suspensions {
      from
      to
      reason
    }
    events {
      id
      action
      onDate
      reason
      byWorkingDays
      dueDateBefore
      dueDateAfter
      actorId
      approverId
      at
    }
  }
`);

export const DeadlineCountFields = graphql(`
  fragment DeadlineCountFields on DeadlineCount {
    key
    open
    overdue
    dueSoon
    suspended
    provisional
  }
`);

export const DeadlinesQuery = graphql(`
  query Deadlines($filter: DeadlineFilter, $page: PageInput, $sort: SortInput) {
    deadlines(filter: $filter, page: $page, sort: $sort) {
      total
      items {
        ...DeadlineListFields
      }
    }
  }
`);

export const DeadlineQuery = graphql(`
  query Deadline($id: ID!) {
    deadline(id: $id) {
      ...DeadlineFields
    }
  }
`);

export const DeadlineSummaryQuery = graphql(`
  query DeadlineSummary($filter: DeadlineFilter) {
    deadlineSummary(filter: $filter) {
      today
      dueSoonUntil
      total {
        ...DeadlineCountFields
      }
      byDepartment {
        ...DeadlineCountFields
      }
      byAssignee {
        ...DeadlineCountFields
      }
    }
  }
`);
