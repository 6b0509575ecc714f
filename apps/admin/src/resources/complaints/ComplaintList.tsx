import { Divider, Typography } from '@mui/material';
import {
  AutocompleteInput,
  CreateButton,
  Datagrid,
  DateInput,
  FilterButton,
  List,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { defaultSortOf } from '../../providers/resource-definition';
import { ChinaDateField } from '../../shared/ChinaDateField';
import { ExportButtons } from '../../shared/ExportButtons';
import {
  COMPLAINT_CHANNEL_CHOICES,
  COMPLAINT_OUTCOME_CHOICES,
  COMPLAINT_STATE_CHOICES,
  COMPLAINT_VIOLATION_KIND_SHORT_CHOICES,
} from '../../shared/labels';
import { COMPLAINT_EXPORT_COLUMNS } from './complaint.export';
import type { Complaint } from './complaint.resource';
import {
  ComplaintChannelField,
  ComplaintKindField,
  ComplaintOutcomeField,
  ComplaintStateField,
  HandlingDeadlineField,
} from './ComplaintFields';
import { ComplaintStatisticsPanel } from './ComplaintStatisticsPanel';

const complaintFilters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="案件编号或摘要" />,
  <SelectInput
    key="state"
    source="state"
    choices={COMPLAINT_STATE_CHOICES}
    alwaysOn
    sx={{ minWidth: 160 }}
  />,
  <NullableBooleanInput
    key="overdue"
    source="overdue"
    trueLabel="gdp.complaints.overdue_only"
    falseLabel="gdp.complaints.not_overdue"
    nullLabel="全部"
    alwaysOn
  />,
  <DateInput key="receivedFrom" source="receivedFrom" alwaysOn />,
  <DateInput key="receivedTo" source="receivedTo" alwaysOn />,
  <SelectInput
    key="violationKind"
    source="violationKind"
    choices={COMPLAINT_VIOLATION_KIND_SHORT_CHOICES}
    sx={{ minWidth: 260 }}
  />,
  <SelectInput key="channel" source="channel" choices={COMPLAINT_CHANNEL_CHOICES} sx={{ minWidth: 160 }} />,
  <ReferenceInput
    key="concernedDepartmentId"
    source="concernedDepartmentId"
    reference="departments"
    perPage={100}
  >
    <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} sx={{ minWidth: 200 }} />
  </ReferenceInput>,
  <SelectInput key="outcome" source="outcome" choices={COMPLAINT_OUTCOME_CHOICES} sx={{ minWidth: 140 }} />,
];

const ComplaintListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton label="gdp.complaints.register" />
    <ExportButtons columns={COMPLAINT_EXPORT_COLUMNS} />
  </TopToolbar>
);

/** Cases with an overdue deadline stand out, as in the task lists. */
const overdueRowSx = (complaint: Complaint) =>
  complaint.isOverdue ? { backgroundColor: 'rgba(211, 47, 47, 0.06)' } : {};

const EmptyComplaints = () => {
  const translate = useTranslate();
  return (
    <Typography sx={{ p: 2 }} color="text.secondary" data-testid="complaints-empty">
      {translate('gdp.complaints.list_empty')}
    </Typography>
  );
};

/**
 * 投诉举报: the newest first (the API's default), with the handling deadline's working days left. No column
 * names the complainant: the API gives the list none, only the handler's summary on each case's page.
 */
export const ComplaintList = () => (
  <List
    filters={complaintFilters}
    actions={<ComplaintListActions />}
    exporter={false}
    perPage={25}
    empty={false}
    sort={defaultSortOf('complaints')}
  >
    <ComplaintStatisticsPanel />
    <Divider />
    <Datagrid
      rowClick="show"
      bulkActionButtons={false}
      empty={<EmptyComplaints />}
      rowSx={overdueRowSx}
      sx={{ '& .column-caseNumber, & .column-receivedAt': { whiteSpace: 'nowrap' } }}
    >
      <TextField source="caseNumber" />
      <ComplaintKindField source="violationKind" short />
      <ComplaintChannelField source="channel" />
      <ChinaDateField source="receivedAt" />
      <ReferenceField
        source="concernedDepartmentId"
        reference="departments"
        sortable={false}
        link={false}
        emptyText="—"
      />
      <ComplaintStateField source="state" />
      <HandlingDeadlineField source="handlingLeft" sortable={false} />
      <ComplaintOutcomeField source="outcome" />
    </Datagrid>
  </List>
);
