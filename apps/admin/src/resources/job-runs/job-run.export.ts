import type { ExportColumn } from '../../shared/exporter';
import { jobRunOutcomeLabel, jobRunSummaryText, type JobRun } from './job-run.resource';

export const JOB_RUN_EXPORT_COLUMNS: ExportColumn<JobRun>[] = [
  { source: 'label' },
  { source: 'jobName' },
  { source: 'slot' },
  { source: 'startedAt' },
  { source: 'finishedAt' },
  { source: 'outcome', value: (record) => jobRunOutcomeLabel(record.outcome) },
  { source: 'summary', value: (record) => jobRunSummaryText(record.summary) },
  { source: 'replica' },
];
