import {
  ACCESS_RULES,
  JOB_RUN_OUTCOMES,
  JOB_RUN_OUTCOME_LABELS,
  JOB_SUMMARY_FIELD_LABELS,
  SCHEDULED_JOBS,
  SCHEDULED_JOB_LABELS,
  type JobRunOutcome,
} from '@gdp/domain';
import type { JobRunFieldsFragment, JobRunFilter } from '../../graphql/generated/graphql';
import { defineResource, pickFilter } from '../../providers/resource-definition';
import { JobRunsQuery } from './job-run.documents';

export type JobRun = JobRunFieldsFragment;

export const JOB_CHOICES = SCHEDULED_JOBS.map((name) => ({ id: name, name: SCHEDULED_JOB_LABELS[name] }));
export const JOB_RUN_OUTCOME_CHOICES = JOB_RUN_OUTCOMES.map((outcome) => ({
  id: outcome,
  name: JOB_RUN_OUTCOME_LABELS[outcome],
}));

export const jobRunOutcomeLabel = (outcome: string): string =>
  Object.hasOwn(JOB_RUN_OUTCOME_LABELS, outcome) ? JOB_RUN_OUTCOME_LABELS[outcome as JobRunOutcome] : outcome;

/** A run's summary in words: `已发送 3，待重试 1` (counts and error classes only — the API keeps no more). */
export function jobRunSummaryText(summary: unknown): string {
  if (!summary || typeof summary !== 'object') return '';
  return Object.entries(summary as Record<string, unknown>)
    .map(([key, value]) => {
      const label = Object.hasOwn(JOB_SUMMARY_FIELD_LABELS, key) ? JOB_SUMMARY_FIELD_LABELS[key] : key;
      const shown = value === true ? '是' : value === false ? '否' : value === null ? '—' : String(value);
      return `${label} ${shown}`;
    })
    .join('，');
}

/** Read-only: runs are written by the scheduler alone. Newest first (the API's only order). */
export const jobRunResource = defineResource<JobRun>({
  access: {
    list: ACCESS_RULES['Query.jobRuns'],
    export: ACCESS_RULES['Query.jobRuns'],
  },
  list: (api, { filter, page, perPage }) =>
    api
      .query(JobRunsQuery, {
        filter: pickFilter<JobRunFilter>(filter, ['jobName', 'outcome']),
        page: { page, perPage },
      })
      .then((data) => data.jobRuns),
});
