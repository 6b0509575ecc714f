import { Chip, Typography } from '@mui/material';
import {
  Datagrid,
  FilterButton,
  List,
  SelectInput,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { ChinaDateField } from '../../shared/ChinaDateField';
import { ExportButtons } from '../../shared/ExportButtons';
import { JOB_RUN_EXPORT_COLUMNS } from './job-run.export';
import {
  JOB_CHOICES,
  JOB_RUN_OUTCOME_CHOICES,
  jobRunOutcomeLabel,
  jobRunSummaryText,
  type JobRun,
} from './job-run.resource';

type FieldProps = { source?: string; label?: string; sortable?: boolean };

const OUTCOME_COLORS = { SUCCEEDED: 'success', FAILED: 'error', RUNNING: 'warning' } as const;

const JobRunJobField = (_props: FieldProps) => {
  const record = useRecordContext<JobRun>();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2" title={record.jobName}>
      {record.label}
      <Typography component="span" variant="caption" color="text.secondary" display="block">
        {record.schedule ?? record.jobName}
      </Typography>
    </Typography>
  );
};

const JobRunOutcomeField = (_props: FieldProps) => {
  const record = useRecordContext<JobRun>();
  if (!record) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={OUTCOME_COLORS[record.outcome as keyof typeof OUTCOME_COLORS] ?? 'default'}
      label={jobRunOutcomeLabel(record.outcome)}
    />
  );
};

const JobRunSummaryField = (_props: FieldProps) => {
  const record = useRecordContext<JobRun>();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2">
      {jobRunSummaryText(record.summary) || '—'}
    </Typography>
  );
};

const jobRunFilters = [
  <SelectInput key="jobName" source="jobName" choices={JOB_CHOICES} alwaysOn sx={{ minWidth: 220 }} />,
  <SelectInput key="outcome" source="outcome" choices={JOB_RUN_OUTCOME_CHOICES} alwaysOn />,
];

const JobRunListActions = () => (
  <TopToolbar>
    <FilterButton />
    <ExportButtons columns={JOB_RUN_EXPORT_COLUMNS} />
  </TopToolbar>
);

/**
 * SYSTEM_ADMIN: what the scheduled jobs did, newest first — which replica ran each slot and what it
 * counted. A FAILED run is not retried for its slot; the next slot runs as usual.
 */
export const JobRunList = () => (
  <List filters={jobRunFilters} actions={<JobRunListActions />} exporter={false} perPage={50}>
    <Datagrid bulkActionButtons={false} rowClick={false}>
      <JobRunJobField source="label" sortable={false} />
      <TextField source="slot" sortable={false} />
      <ChinaDateField source="startedAt" sortable={false} />
      <ChinaDateField source="finishedAt" sortable={false} emptyText="—" />
      <JobRunOutcomeField source="outcome" sortable={false} />
      <JobRunSummaryField source="summary" sortable={false} />
      <TextField source="replica" sortable={false} />
    </Datagrid>
  </List>
);
