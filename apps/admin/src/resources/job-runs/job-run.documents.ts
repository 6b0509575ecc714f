import { graphql } from '../../graphql/generated';

export const JobRunFields = graphql(`
  fragment JobRunFields on JobRun {
    id
    jobName
    label
    schedule
    slot
    startedAt
    finishedAt
    outcome
    summary
    replica
  }
`);

export const JobRunsQuery = graphql(`
  query JobRuns($filter: JobRunFilter, $page: PageInput) {
    jobRuns(filter: $filter, page: $page) {
      total
      items {
        ...JobRunFields
      }
    }
  }
`);
