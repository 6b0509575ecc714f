import DescriptionIcon from '@mui/icons-material/Description';
import {
  Alert,
  Box,
  Divider,
  LinearProgress,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import {
  Button,
  ListButton,
  NumberField,
  RecordContextProvider,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { CalendarDateField } from '../../shared/CalendarDateField';
import { ChinaDateField } from '../../shared/ChinaDateField';
import { formatCalendarDate, formatChinaDateTime } from '../../shared/dates';
import { deadlineKindLabel } from '../../shared/labels';
import { DeadlineStateField, DueDateField, WorkingDaysLeftField } from '../deadlines/DeadlineFields';
import { deadlinesInOrder, replyDeadlineOf } from './application-case';
import {
  applicantIdTypeLabel,
  applicantTypeLabel,
  applicationResultCodeLabel,
  applicationStateLabel,
  consultationStateLabel,
  consultationUseLabel,
  deliveryFormLabel,
  feeMethodLabel,
  noticeChannelLabel,
  withholdingReasonLabel,
} from './application-labels';
import type { Application } from './application.resource';
import {
  ApplicationChannelField,
  ApplicationResultField,
  ApplicationStateField,
  ReplyDeadlineField,
} from './ApplicationFields';
import { ApplicationTimeline } from './ApplicationTimeline';
import { ApplicationWorkflowActions } from './ApplicationWorkflowActions';
import { RevealIdNumberButton } from './RevealIdNumberButton';
import { RequestedDocumentsSection } from './RequestedDocumentsSection';
import { Facts, Section, Text } from '../../shared/ShowSection';

export const replyLetterPath = (id: string) => `/applications/${id}/reply-letter`;

const ReplyLetterButton = () => {
  const application = useRecordContext<Application>();
  if (!application?.replyDate) return null;
  return (
    <Button component={RouterLink} to={replyLetterPath(application.id)} label="答复书">
      <DescriptionIcon />
    </Button>
  );
};

const ApplicationShowActions = () => (
  <TopToolbar>
    <ListButton />
    <ReplyLetterButton />
    <ApplicationWorkflowActions />
  </TopToolbar>
);

/** Who applied: the masked ID number, the full one only through the audited reveal. */
const ApplicantSection = () => {
  const application = useRecordContext<Application>();
  if (!application) return null;
  const applicant = application.applicant;
  return (
    <Section title="申请人" testId="application-applicant">
      {application.anonymisedAt && (
        <Alert severity="info" sx={{ mb: 1 }}>
          保存期限届满，申请人个人信息已匿名化。
        </Alert>
      )}
      <Facts
        items={[
          ['申请人类型', applicantTypeLabel(application.applicantType)],
          ['姓名', applicant?.name],
          ['单位名称', applicant?.organisationName],
          ['统一社会信用代码', applicant?.creditCode],
          ['联系人', applicant?.contactPerson],
          ['身份证件类型', applicant?.idType ? applicantIdTypeLabel(applicant.idType) : null],
          [
            '身份证件号码',
            applicant?.idNumberMasked ? (
              <Stack direction="row" spacing={1} alignItems="center">
                <Typography component="span" variant="body2" sx={{ fontFamily: 'monospace' }}>
                  {applicant.idNumberMasked}
                </Typography>
                <RevealIdNumberButton application={application} />
              </Stack>
            ) : null,
          ],
          ['联系电话', applicant?.phone],
          ['电子邮箱', applicant?.email],
          ['通信地址', applicant?.postalAddress],
          ['邮政编码', applicant?.postalCode],
        ]}
      />
    </Section>
  );
};

/** What is asked for, and the corrected text after a 补正. */
const RequestSection = () => {
  const application = useRecordContext<Application>();
  if (!application) return null;
  if (application.description === undefined) return <LinearProgress sx={{ m: 2 }} />;
  return (
    <Section title="申请内容" testId="application-request">
      <Text>{application.description}</Text>
      {application.purpose && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          用途说明：{application.purpose}
        </Typography>
      )}
      <Typography variant="body2" sx={{ mt: 1 }}>
        信息提供形式：{application.deliveryForm ? deliveryFormLabel(application.deliveryForm) : '—'}
      </Typography>
      {application.correctedDescription && (
        <Box sx={{ mt: 2 }}>
          <Typography variant="body2" color="text.secondary">
            补正后的申请内容
          </Typography>
          <Text>{application.correctedDescription}</Text>
        </Box>
      )}
    </Section>
  );
};

/** The reply clock and every deadline of the case (补正告知, the applicant's periods). */
const ClockSection = () => {
  const application = useRecordContext<Application>();
  if (!application) return null;
  const reply = replyDeadlineOf(application);
  const rows = deadlinesInOrder(application);
  return (
    <Section title="答复期限" testId="application-clock">
      <Stack direction="row" spacing={3} alignItems="flex-start" sx={{ mb: 2 }} flexWrap="wrap">
        <ReplyDeadlineField />
        {reply && (
          <Facts
            items={[
              ['起算日', formatCalendarDate(reply.startDate)],
              ['期限', `${reply.periodWorkingDays} 个工作日`],
              [
                '已延长',
                reply.extensionsWorkingDays > 0 ? `${reply.extensionsWorkingDays} 个工作日` : '未延长',
              ],
              ['计时', reply.isSuspended ? '暂停（征求意见或待缴费期间不计入）' : '进行中'],
            ]}
          />
        )}
      </Stack>
      {rows.length > 0 && (
        <Table size="small">
          <TableHead>
            <TableRow>
              {['时限', '起算日', '截止日', '剩余', '延长', '状态'].map((header) => (
                <TableCell key={header}>{header}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((deadline) => (
              <RecordContextProvider key={deadline.id} value={deadline}>
                <TableRow>
                  <TableCell>{deadlineKindLabel(deadline.kind)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {formatCalendarDate(deadline.startDate)}
                  </TableCell>
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
              </RecordContextProvider>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
};

/** 补正, fees and the reply as recorded. */
const StepsSection = () => {
  const application = useRecordContext<Application>();
  if (!application || application.description === undefined) return null;
  const hasSteps =
    application.correctionRequestedDate ||
    application.feeNoticeDate ||
    application.reasonsRequestedDate ||
    application.replyDate ||
    application.supplyReview;
  if (!hasSteps) return null;
  return (
    <Section title="办理情况" testId="application-steps">
      <Facts
        items={[
          ['告知补正日期', formatCalendarDate(application.correctionRequestedDate)],
          ['需要补正的事项', application.correctionRequest],
          [
            '补正期限',
            application.correctionPeriodWorkingDays
              ? `${application.correctionPeriodWorkingDays} 个工作日`
              : null,
          ],
          ['收到补正材料日期', formatCalendarDate(application.correctionReceivedDate)],
          ['要求说明理由日期', formatCalendarDate(application.reasonsRequestedDate)],
          ['需申请人说明的事项', application.reasonsRequest],
          [
            '确定的延迟答复期限',
            application.reasonablePeriodWorkingDays
              ? `${application.reasonablePeriodWorkingDays} 个工作日（第三十五条）`
              : null,
          ],
          ['收费通知日期', formatCalendarDate(application.feeNoticeDate)],
          ['计费方式', application.feeMethod ? feeMethodLabel(application.feeMethod) : null],
          ['信息处理费', application.feeAmount != null ? `${application.feeAmount} 元` : null],
          [
            '缴费期限',
            application.feePaymentPeriodWorkingDays
              ? `${application.feePaymentPeriodWorkingDays} 个工作日`
              : null,
          ],
          ['缴费日期', formatCalendarDate(application.feePaidDate)],
          ['缴费凭证号', application.feeReference],
          ['答复日期', formatCalendarDate(application.replyDate)],
          ['办理结果', application.resultCode ? <ApplicationResultField /> : null],
          [
            '不予公开的理由',
            application.withholdingReasons?.length
              ? application.withholdingReasons.map(withholdingReasonLabel).join('；')
              : null,
          ],
          [
            '已主动公开信息索引号',
            application.publishedIndexNumbers?.length ? application.publishedIndexNumbers.join('、') : null,
          ],
          ['负责公开的机关', application.responsibleAgency],
          [
            '答复材料的保密审查',
            application.supplyReview ? (
              <Link component={RouterLink} to={`/reviews/${application.supplyReview.id}/show`}>
                查看保密审查
              </Link>
            ) : null,
          ],
          [
            '转入的投诉举报',
            application.linkedComplaintId ? (
              <Link component={RouterLink} to={`/complaints/${application.linkedComplaintId}/show`}>
                查看投诉举报案件
              </Link>
            ) : null,
          ],
        ]}
      />
      {application.replyText && (
        <Box sx={{ mt: 2 }}>
          <Typography variant="body2" color="text.secondary">
            答复说明
          </Typography>
          <Text>{application.replyText}</Text>
        </Box>
      )}
    </Section>
  );
};

/**
 * What the handler should weigh before replying: earlier applications of the same applicant with the same
 * request (a possible 重复申请), and how many the applicant made in 30 days (数量、频次明显超过合理范围).
 */
const FlagsSection = () => {
  const application = useRecordContext<Application>();
  if (!application || application.description === undefined) return null;
  const repeats = application.possibleRepeatOf ?? [];
  const recent = application.applicationsInLast30Days ?? 0;
  if (repeats.length === 0 && recent <= 1) return null;
  return (
    <Box sx={{ px: 2, pt: 2 }} data-testid="application-flags">
      {repeats.length > 0 && (
        <Alert severity="warning" sx={{ mb: 1 }}>
          可能与以下申请重复：
          {repeats.map((related, index) => (
            <span key={related.id}>
              {index > 0 ? '、' : ''}
              <Link component={RouterLink} to={`/applications/${related.id}/show`}>
                {related.caseNumber}
              </Link>
              （{formatCalendarDate(related.receivedDate)}收到，{applicationStateLabel(related.state)}
              {related.resultCode ? `，${applicationResultCodeLabel(related.resultCode)}` : ''}）
            </span>
          ))}
        </Alert>
      )}
      {recent > 1 && (
        <Alert severity="info" data-testid="applications-in-30-days">
          该申请人近 30 日内共提出 {recent} 件申请。
        </Alert>
      )}
    </Box>
  );
};

/** Consultations of third parties and joint agencies (art. 32, 34): the reply clock stops while they run. */
const ConsultationsSection = () => {
  const application = useRecordContext<Application>();
  if (!application?.consultations) return null;
  return (
    <Section title="征求意见" testId="application-consultations">
      {application.consultations.length === 0 ? (
        <Typography color="text.secondary">未征求意见</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              {['情形', '被征求意见方', '发出时间', '答复截止日', '状态', '答复'].map((header) => (
                <TableCell key={header}>{header}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {application.consultations.map((consultation) => (
              <TableRow key={consultation.id} sx={{ verticalAlign: 'top' }}>
                <TableCell>{consultationUseLabel(consultation.use)}</TableCell>
                <TableCell>
                  <Link component={RouterLink} to={`/consultations/${consultation.id}/show`}>
                    {consultation.consulteeName}
                  </Link>
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {formatChinaDateTime(consultation.sentAt)}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {formatCalendarDate(consultation.dueDate) || '—'}
                </TableCell>
                <TableCell>{consultationStateLabel(consultation.state)}</TableCell>
                <TableCell sx={{ whiteSpace: 'pre-wrap' }}>
                  {consultation.replyAgrees === null || consultation.replyAgrees === undefined
                    ? '—'
                    : consultation.replyAgrees
                      ? '同意公开'
                      : '不同意公开'}
                  {consultation.replyText ? `：${consultation.replyText}` : ''}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
};

/** Notices to the applicant (补正, 延期, 收费, 答复): subject, channel and time — never the address. */
const NoticesSection = () => {
  const application = useRecordContext<Application>();
  if (!application?.notices) return null;
  return (
    <Section title="告知记录" testId="application-notices">
      {application.notices.length === 0 ? (
        <Typography color="text.secondary">尚无告知记录</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              {['事由', '告知方式', '告知时间'].map((header) => (
                <TableCell key={header}>{header}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {application.notices.map((notice) => (
              <TableRow key={notice.id}>
                <TableCell>{notice.subject}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{noticeChannelLabel(notice.channel)}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatChinaDateTime(notice.sentAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
};

const HistorySection = () => {
  const application = useRecordContext<Application>();
  if (!application?.events) return null;
  return (
    <Section title="办理记录" testId="application-history">
      <ApplicationTimeline events={application.events} />
    </Section>
  );
};

export const ApplicationShow = () => (
  <Show actions={<ApplicationShowActions />}>
    <SimpleShowLayout
      direction="row"
      flexWrap="wrap"
      useFlexGap
      spacing={3}
      sx={{ '& .RaSimpleShowLayout-row': { minWidth: 160 } }}
    >
      <TextField source="caseNumber" label="案件编号" />
      <ApplicationStateField source="state" label="办理状态" />
      <ApplicationChannelField source="channel" label="申请方式" />
      <CalendarDateField source="arrivedDate" label="到达日期" />
      <CalendarDateField source="receivedDate" label="收到申请日期" />
      <ReplyDeadlineField source="replyDueDate" label="答复期限" />
      <ApplicationResultField source="resultCode" label="办理结果" />
      <ReferenceField source="handlerId" reference="users" link={false} emptyText="—" label="承办人" />
      <NumberField source="version" label="版本" />
      <ChinaDateField source="updatedAt" label="更新时间" />
    </SimpleShowLayout>
    <FlagsSection />
    <Divider />
    <ApplicantSection />
    <Divider />
    <RequestSection />
    <RequestedDocumentsSection />
    <Divider />
    <ClockSection />
    <StepsSection />
    <Divider />
    <ConsultationsSection />
    <Divider />
    <NoticesSection />
    <Divider />
    <HistorySection />
  </Show>
);
