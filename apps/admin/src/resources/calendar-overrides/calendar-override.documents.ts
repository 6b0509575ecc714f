import { graphql } from '../../graphql/generated';

export const CalendarOverrideFields = graphql(`
  fragment CalendarOverrideFields on CalendarOverride {
    id
    date
    kind
    note
    isActive
    version
    createdAt
    updatedAt
  }
`);

export const CalendarYearFields = graphql(`
  fragment CalendarYearFields on CalendarYear {
    year
    hasOfficialData
    isConfirmed
    isProvisional
    confirmedAt
    workingDays
    specialDays {
      date
      isWorkingDay
      source
      name
    }
  }
`);

/** What a change of the calendar answers: the override, the year as it now stands, the deadlines that moved. */
export const CalendarChangeFields = graphql(`
  fragment CalendarChangeFields on CalendarChange {
    override {
      ...CalendarOverrideFields
    }
    year {
      ...CalendarYearFields
    }
    movedDeadlines {
      deadline {
        id
        title
        dueDate
        isProvisional
      }
      dueDateBefore
      dueDateAfter
      provisionalBefore
      provisionalAfter
    }
  }
`);

export const WorkingDayCalendarQuery = graphql(`
  query WorkingDayCalendar($year: Int!) {
    workingDayCalendar(year: $year) {
      ...CalendarYearFields
    }
  }
`);

export const CalendarOverridesQuery = graphql(`
  query CalendarOverrides($filter: CalendarOverrideFilter, $page: PageInput, $sort: SortInput) {
    calendarOverrides(filter: $filter, page: $page, sort: $sort) {
      total
      items {
        ...CalendarOverrideFields
      }
    }
  }
`);

export const CreateCalendarOverrideMutation = graphql(`
  mutation CreateCalendarOverride($input: CalendarOverrideInput!) {
    createCalendarOverride(input: $input) {
      ...CalendarChangeFields
    }
  }
`);

export const UpdateCalendarOverrideMutation = graphql(`
  mutation UpdateCalendarOverride($id: ID!, $version: Int!, $input: CalendarOverrideChangeInput!) {
    updateCalendarOverride(id: $id, version: $version, input: $input) {
      ...CalendarChangeFields
    }
  }
`);

export const RemoveCalendarOverrideMutation = graphql(`
  mutation RemoveCalendarOverride($id: ID!, $version: Int!) {
    removeCalendarOverride(id: $id, version: $version) {
      ...CalendarChangeFields
    }
  }
`);

export const ConfirmCalendarYearMutation = graphql(`
  mutation ConfirmCalendarYear($year: Int!) {
    confirmCalendarYear(year: $year) {
      ...CalendarChangeFields
    }
  }
`);
