import { Divider, LinearProgress, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  BooleanField,
  ListButton,
  NumberField,
  RecordContextProvider,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { CalendarDateField } from '../../shared/CalendarDateField';
import { ChinaDateField } from '../../shared/ChinaDateField';
import { formatCalendarDate, formatChinaDateTime } from '../../shared/dates';
import { HeaderRow, Labelled, Section, Text } from '../../shared/ShowSection';
import { deadlineKindLabel, noticeChannelLabel, notAcceptedReasonLabel } from '../../shared/labels';
import { CorrectionOrderStateChip } from '../correction-orders/CorrectionOrderFields';
import { DeadlineStateField, DueDateField, WorkingDaysLeftField } from '../deadlines/DeadlineFields';
import { deadlinesInOrder } from './complaint-case';
import type { Complaint } from './complaint.resource';
import {
  ComplaintChannelField,
  ComplaintKindField,
  ComplaintOutcomeField,
  ComplaintStateField,
  HandlingDeadlineField,
} from './ComplaintFields';
import { ComplaintWorkflowActions } from './ComplaintWorkflowActions';
import { RevealIdentityButton } from './RevealIdentityButton';

const ComplaintShowActions = () => (
  <TopToolbar>
    <ListButton />
    <ComplaintWorkflowActions />
    <RevealIdentityButton />
  </TopToolbar>
);

/** A section holding one table of the case's records (or a line saying there are none); keys translated. */
function SectionTable<T extends { id: string }>(props: {
  title: string;
  testId: string;
  emptyKey: string;
  headers: string[];
  rows: readonly T[];
  renderRow: (row: T) => ReactNode;
}) {
  const translate = useTranslate();
  return (
    <Section title={translate(props.title)} testId={props.testId}>
      {props.rows.length === 0 ? (
        <Typography color="text.secondary">{translate(props.emptyKey)}</Typography>
      ) : (
        <Table size="small">
          <HeaderRow headers={props.headers.map((header) => translate(header))} />
          <TableBody>
            {props.rows.map((row) => (
              <RecordContextProvider key={row.id} value={row}>
                {props.renderRow(row)}
              </RecordContextProvider>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
}

/** The handler's summary: the only description of the case anyone else sees (transfers included). */
const ComplaintSummary = () => {
  const complaint = useRecordContext<Complaint>();
  const translate = useTranslate();
  if (!complaint) return null;
  if (complaint.summary === undefined) return <LinearProgress sx={{ m: 2 }} />;
  return (
    <Section title={translate('resources.complaints.fields.summary')} testId="complaint-summary">
      <Text>{complaint.summary || translate('gdp.complaints.no_summary')}</Text>
      <Typography variant="caption" color="text.secondary">
        {translate('gdp.complaints.summary_note')}
      </Typography>
    </Section>
  );
};

/** What was done with the case: not accepted (with the reason told), transferred, handled. */
const ComplaintSteps = () => {
  const complaint = useRecordContext<Complaint>();
  const translate = useTranslate();
  if (!complaint || complaint.summary === undefined) return null;
  const hasSteps = complaint.notAcceptedReason || complaint.transferredAt || complaint.handledAt;
  if (!hasSteps) return null;
  return (
    <Section title={translate('gdp.complaints.steps_title')} testId="complaint-steps">
      {complaint.notAcceptedReason && (
        <>
          <Labelled label={translate('resources.complaints.fields.notAcceptedReason')}>
            <Typography>{notAcceptedReasonLabel(complaint.notAcceptedReason)}</Typography>
          </Labelled>
          {complaint.notAcceptedText && (
            <Labelled label={translate('resources.complaints.fields.notAcceptedText')}>
              <Text>{complaint.notAcceptedText}</Text>
            </Labelled>
          )}
        </>
      )}
      {complaint.transferredAt && (
        <>
          <Labelled label={translate('gdp.complaints.transferred_to')}>
            {complaint.transferredToDepartmentId ? (
              <ReferenceField source="transferredToDepartmentId" reference="departments" link={false} />
            ) : (
              <ReferenceField source="transferredToAgencyId" reference="externalAgencies" link={false} />
            )}
            <Typography variant="body2" color="text.secondary">
              {formatChinaDateTime(complaint.transferredAt)}
            </Typography>
          </Labelled>
          {complaint.transferResult && (
            <Labelled label={translate('resources.complaints.fields.transferResult')}>
              <Text>{complaint.transferResult}</Text>
            </Labelled>
          )}
        </>
      )}
      {complaint.handledAt && (
        <>
          <Labelled label={translate('resources.complaints.fields.outcome')}>
            <ComplaintOutcomeField />
            <Typography variant="body2" color="text.secondary">
              {formatChinaDateTime(complaint.handledAt)}
            </Typography>
          </Labelled>
          {complaint.findings && (
            <Labelled label={translate('resources.complaints.fields.findings')}>
              <Text>{complaint.findings}</Text>
            </Labelled>
          )}
          {complaint.replyText && (
            <Labelled label={translate('resources.complaints.fields.replyText')}>
              <Text>{complaint.replyText}</Text>
            </Labelled>
          )}
        </>
      )}
    </Section>
  );
};

/** The case's deadlines: acceptance notice (3), handling (15, extendable), transfer (5) working days. */
const ComplaintDeadlines = () => {
  const complaint = useRecordContext<Complaint>();
  if (!complaint) return null;
  return (
    <SectionTable
      title="gdp.complaints.deadlines"
      testId="complaint-deadlines"
      emptyKey="gdp.complaints.no_deadlines"
      headers={['kind', 'startDate', 'dueDate', 'workingDaysLeft', 'extensionsWorkingDays', 'state'].map(
        (field) => `resources.deadlines.fields.${field}`,
      )}
      rows={deadlinesInOrder(complaint)}
      renderRow={(deadline) => (
        <TableRow>
          <TableCell>{deadlineKindLabel(deadline.kind)}</TableCell>
          <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatCalendarDate(deadline.startDate)}</TableCell>
          <TableCell>
            <DueDateField />
          </TableCell>
          <TableCell>
            <WorkingDaysLeftField />
          </TableCell>
          <TableCell>{deadline.extensionsWorkingDays}</TableCell>
          <TableCell>
            <DeadlineStateField />
          </TableCell>
        </TableRow>
      )}
    />
  );
};

/** Correction orders given with the findings (责令改正) and where each stands. */
const ComplaintCorrectionOrders = () => {
  const complaint = useRecordContext<Complaint>();
  if (!complaint?.correctionOrders) return null;
  return (
    <SectionTable
      title="gdp.complaints.correction_orders"
      testId="complaint-correction-orders"
      emptyKey="gdp.complaints.no_correction_orders"
      headers={['departmentId', 'requirement', 'dueDate', 'state', 'reportText'].map(
        (field) => `resources.correctionOrders.fields.${field}`,
      )}
      rows={complaint.correctionOrders}
      renderRow={(order) => (
        <TableRow sx={{ verticalAlign: 'top' }}>
          <TableCell sx={{ whiteSpace: 'nowrap' }}>
            <ReferenceField source="departmentId" reference="departments" link={false} />
          </TableCell>
          <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{order.requirement}</TableCell>
          <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatCalendarDate(order.dueDate)}</TableCell>
          <TableCell>
            <CorrectionOrderStateChip state={order.state} />
          </TableCell>
          <TableCell sx={{ whiteSpace: 'pre-wrap' }}>
            {order.reportText ?? '—'}
            {order.reportedAt && (
              <Typography variant="caption" display="block" color="text.secondary">
                {formatChinaDateTime(order.reportedAt)}
              </Typography>
            )}
          </TableCell>
        </TableRow>
      )}
    />
  );
};

/** Notices recorded to the complainant: subject, channel and time — never the address. */
const ComplaintNotices = () => {
  const complaint = useRecordContext<Complaint>();
  if (!complaint?.notices) return null;
  return (
    <SectionTable
      title="gdp.complaints.notices"
      testId="complaint-notices"
      emptyKey="gdp.complaints.no_notices"
      headers={[
        'gdp.complaints.notice_subject',
        'resources.complaints.fields.noticeChannel',
        'gdp.complaints.notice_sent_at',
      ]}
      rows={complaint.notices}
      renderRow={(notice) => (
        <TableRow>
          <TableCell>{notice.subject}</TableCell>
          <TableCell sx={{ whiteSpace: 'nowrap' }}>{noticeChannelLabel(notice.channel)}</TableCell>
          <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatChinaDateTime(notice.sentAt)}</TableCell>
        </TableRow>
      )}
    />
  );
};

/**
 * Who read the sealed identity, when and why (every reveal is recorded; the values themselves never are).
 * Shown so that the case's readers see each access to what the complainant entrusted.
 */
const ComplaintIdentityReveals = () => {
  const complaint = useRecordContext<Complaint>();
  if (!complaint?.identityReveals) return null;
  return (
    <SectionTable
      title="resources.complaints.fields.identityReveals"
      testId="complaint-identity-reveals"
      emptyKey="gdp.complaints.no_identity_reveals"
      headers={['revealedAt', 'revealedById', 'revealReason'].map(
        (field) => `resources.complaints.fields.${field}`,
      )}
      rows={complaint.identityReveals}
      renderRow={(reveal) => (
        <TableRow sx={{ verticalAlign: 'top' }}>
          <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatChinaDateTime(reveal.revealedAt)}</TableCell>
          <TableCell sx={{ whiteSpace: 'nowrap' }}>
            <ReferenceField source="revealedById" reference="users" link={false} />
          </TableCell>
          <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{reveal.reason}</TableCell>
        </TableRow>
      )}
    />
  );
};

export const ComplaintShow = () => (
  <Show actions={<ComplaintShowActions />}>
    <SimpleShowLayout
      direction="row"
      flexWrap="wrap"
      useFlexGap
      spacing={3}
      sx={{ '& .RaSimpleShowLayout-row': { minWidth: 160 } }}
    >
      <TextField source="caseNumber" />
      <ComplaintStateField source="state" />
      <ComplaintKindField source="violationKind" />
      <ComplaintChannelField source="channel" />
      <ChinaDateField source="receivedAt" />
      <CalendarDateField source="receivedDate" />
      <ReferenceField source="concernedDepartmentId" reference="departments" link={false} emptyText="—" />
      <BooleanField source="isAnonymous" />
      <BooleanField source="wantsReply" />
      <BooleanField source="hasAccessCode" />
      <HandlingDeadlineField source="handlingLeft" />
      <ComplaintOutcomeField source="outcome" />
      <ReferenceField source="handlerId" reference="users" link={false} emptyText="—" />
      <ChinaDateField source="closedAt" emptyText="—" />
      <NumberField source="version" />
      <ChinaDateField source="updatedAt" />
    </SimpleShowLayout>
    <Divider />
    <ComplaintSummary />
    <ComplaintSteps />
    <Divider />
    <ComplaintDeadlines />
    <Divider />
    <ComplaintCorrectionOrders />
    <Divider />
    <ComplaintNotices />
    <Divider />
    <ComplaintIdentityReveals />
  </Show>
);
