import AssessmentIcon from '@mui/icons-material/Assessment';
import { Typography } from '@mui/material';
import {
  Button,
  CreateButton,
  Datagrid,
  DateInput,
  FilterButton,
  FunctionField,
  List,
  NullableBooleanInput,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
  useCanAccess,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { defaultSortOf } from '../../providers/resource-definition';
import { CalendarDateField } from '../../shared/CalendarDateField';
import { ExportButtons } from '../../shared/ExportButtons';
import { applicantNameOf } from './application-case';
import {
  APPLICANT_TYPE_CHOICES,
  APPLICATION_CHANNEL_CHOICES,
  APPLICATION_STATE_CHOICES,
} from './application-labels';
import { APPLICATION_EXPORT_COLUMNS } from './application.export';
import type { Application } from './application.resource';
import {
  ApplicantTypeField,
  ApplicationChannelField,
  ApplicationResultField,
  ApplicationStateField,
  MaskedIdNumberField,
  ReplyDeadlineField,
} from './ApplicationFields';

/** The annual report's page: section 三, counted by the API from the cases. */
export const ANNUAL_REPORT_PATH = '/applications/annual-report';

const applicationFilters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="案件编号、申请人或申请内容" />,
  <SelectInput
    key="state"
    source="state"
    label="办理状态"
    choices={APPLICATION_STATE_CHOICES}
    alwaysOn
    sx={{ minWidth: 160 }}
  />,
  <NullableBooleanInput
    key="overdue"
    source="overdue"
    label="是否逾期"
    trueLabel="仅已逾期"
    falseLabel="未逾期"
    nullLabel="全部"
    alwaysOn
  />,
  <DateInput key="receivedFrom" source="receivedFrom" label="收到日期自" alwaysOn />,
  <DateInput key="receivedTo" source="receivedTo" label="收到日期至" alwaysOn />,
  <SelectInput
    key="channel"
    source="channel"
    label="申请方式"
    choices={APPLICATION_CHANNEL_CHOICES}
    sx={{ minWidth: 200 }}
  />,
  <SelectInput
    key="applicantType"
    source="applicantType"
    label="申请人类型"
    choices={APPLICANT_TYPE_CHOICES}
    sx={{ minWidth: 160 }}
  />,
];

const AnnualReportButton = () => {
  const { canAccess } = useCanAccess({ resource: 'applications', action: 'annualReport' });
  if (!canAccess) return null;
  return (
    <Button component={Link} to={ANNUAL_REPORT_PATH} label="年度报告统计">
      <AssessmentIcon />
    </Button>
  );
};

const ApplicationListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton label="登记申请" />
    <AnnualReportButton />
    <ExportButtons columns={APPLICATION_EXPORT_COLUMNS} />
  </TopToolbar>
);

/** Cases with an overdue reply stand out, as in the task lists. */
const overdueRowSx = (application: Application) =>
  application.isOverdue ? { backgroundColor: 'rgba(211, 47, 47, 0.06)' } : {};

/**
 * 依申请公开: the newest received first (the API's default), with where the reply clock stands. The ID number
 * is masked as the API answers it in lists; the full number only on a case's page, through the audited reveal.
 */
export const ApplicationList = () => (
  <List
    filters={applicationFilters}
    actions={<ApplicationListActions />}
    exporter={false}
    perPage={25}
    empty={false}
    sort={defaultSortOf('applications')}
  >
    <Datagrid
      rowClick="show"
      bulkActionButtons={false}
      empty={
        <Typography sx={{ p: 2 }} color="text.secondary" data-testid="applications-empty">
          没有符合条件的政府信息公开申请
        </Typography>
      }
      rowSx={overdueRowSx}
      sx={{ '& .column-caseNumber, & .column-receivedDate': { whiteSpace: 'nowrap' } }}
    >
      <TextField source="caseNumber" label="案件编号" />
      <CalendarDateField source="receivedDate" label="收到申请日期" />
      <ApplicationChannelField source="channel" label="申请方式" />
      <ApplicantTypeField source="applicantType" label="申请人类型" />
      <FunctionField
        source="applicantName"
        label="申请人"
        sortable={false}
        render={(record: Application) => applicantNameOf(record)}
      />
      <MaskedIdNumberField source="idNumberMasked" label="证件号码" sortable={false} />
      <ApplicationStateField source="state" label="办理状态" />
      <ReplyDeadlineField source="replyDueDate" label="答复期限" />
      <ApplicationResultField source="resultCode" label="办理结果" sortable={false} />
    </Datagrid>
  </List>
);
