import CancelIcon from '@mui/icons-material/Cancel';
import EditNoteIcon from '@mui/icons-material/EditNote';
import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import ForumIcon from '@mui/icons-material/Forum';
import HelpOutlineIcon from '@mui/icons-material/HelpOutline';
import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';
import MoreTimeIcon from '@mui/icons-material/MoreTime';
import PaymentsIcon from '@mui/icons-material/Payments';
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import RequestQuoteIcon from '@mui/icons-material/RequestQuote';
import SendIcon from '@mui/icons-material/Send';
import ShieldIcon from '@mui/icons-material/Shield';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import {
  CORRECTION_PERIOD_DEFAULT_WORKING_DAYS,
  CORRECTION_PERIOD_MAX_WORKING_DAYS,
  DEFAULT_NOTICE_CHANNEL,
  FEE_PAYMENT_PERIOD_DEFAULT_WORKING_DAYS,
  REASONABLE_PERIOD_MAX_WORKING_DAYS,
} from '@gdp/domain';
import { useState, type ReactElement, type ReactNode } from 'react';
import {
  AutocompleteInput,
  Button,
  Confirm,
  DateInput,
  FileField,
  FileInput,
  FormDataConsumer,
  NumberInput,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  TextInput,
  useCanAccess,
  useRecordContext,
} from 'react-admin';
import { toCalendarDate } from '../../shared/dates';
import { REVIEW_OUTCOME_CHOICES, WITHHOLDING_REASON_CHOICES } from '../documents/document-labels';
import { StepFormDialog } from '../documents/StepFormDialog';
import { APPLICATION_NOTICE_CHANNEL_CHOICES, applicationActionLabel } from './application-labels';
import type { Application } from './application.resource';
import {
  APPLICATION_CONSOLE_ACTIONS,
  SUPPLY_STEP,
  SUPPLY_STEP_LABEL,
  applicationStepsOf,
  consoleActionOf,
  type ApplicationStep,
} from './application-steps';
import { APPLICATION_STEP_VALIDATORS } from './application-validation';
import { ApplicationConsultInputs, validateConsult } from './ApplicationConsultInputs';
import { ApplicationFeeInputs } from './ApplicationFeeInputs';
import { ApplicationResultInputs } from './ApplicationResultInputs';
import { useApplicationStep } from './useApplicationStep';

const wide = { width: '100%' } as const;

const NoticeChannelInput = () => (
  <SelectInput
    source="noticeChannel"
    label="告知方式"
    choices={APPLICATION_NOTICE_CHANNEL_CHOICES}
    sx={{ width: 320 }}
  />
);

interface StepDefinition {
  icon: ReactElement;
  intro?: string;
  maxWidth?: 'sm' | 'md';
  defaultValues: (application: Application) => Record<string, unknown>;
  inputs: ReactNode;
}

/** The steps with a form; the two closings are confirmations (below). Rules and messages from the domain. */
const STEPS: Partial<Record<ApplicationStep, StepDefinition>> = {
  REQUEST_CORRECTION: {
    icon: <EditNoteIcon />,
    intro:
      '申请内容不明确的，应当自收到申请之日起 7 个工作日内一次性告知申请人作出补正，说明需要补正的事项和合理的补正期限；答复期限自收到补正的申请之日起计算（《政府信息公开条例》第三十条）。',
    defaultValues: () => ({
      periodWorkingDays: CORRECTION_PERIOD_DEFAULT_WORKING_DAYS,
      noticeChannel: DEFAULT_NOTICE_CHANNEL,
    }),
    inputs: (
      <>
        <TextInput source="request" label="需要补正的事项" multiline minRows={4} sx={wide} />
        <NumberInput
          source="periodWorkingDays"
          label="补正期限（工作日）"
          min={1}
          max={CORRECTION_PERIOD_MAX_WORKING_DAYS}
          step={1}
          sx={{ width: 220 }}
        />
        <NoticeChannelInput />
      </>
    ),
  },
  RECORD_CORRECTION: {
    icon: <ReceiptLongIcon />,
    intro: '登记收到的补正材料后，答复期限自收到补正申请之日的次日重新起算。',
    defaultValues: (application) => ({
      receivedDate: toCalendarDate(new Date()),
      correctedDescription: application.description ?? '',
    }),
    inputs: (
      <>
        <DateInput source="receivedDate" label="收到补正材料日期" sx={{ width: 220 }} />
        <TextInput source="correctedDescription" label="补正后的申请内容" multiline minRows={4} sx={wide} />
      </>
    ),
  },
  EXTEND: {
    icon: <EventRepeatIcon />,
    intro:
      '不能在 20 个工作日内答复的，经政府信息公开工作机构负责人同意并告知申请人，可以延长答复期限一次，延长的期限最长不超过 20 个工作日（《政府信息公开条例》第三十三条）。',
    defaultValues: () => ({ byWorkingDays: 20, noticeChannel: DEFAULT_NOTICE_CHANNEL }),
    inputs: (
      <>
        <NumberInput
          source="byWorkingDays"
          label="延长工作日数"
          min={1}
          max={20}
          step={1}
          sx={{ width: 200 }}
        />
        <TextInput
          source="reason"
          label="延期理由"
          helperText="延期理由将告知申请人"
          multiline
          minRows={3}
          sx={wide}
        />
        <NoticeChannelInput />
      </>
    ),
  },
  ASK_REASONS: {
    icon: <HelpOutlineIcon />,
    intro:
      '申请公开政府信息的数量、频次明显超过合理范围的，可以要求申请人说明理由；认为理由不合理的，告知不予处理（不予处理·无正当理由大量反复申请须先要求说明理由）；认为理由合理但无法在期限内答复的，可以确定延迟答复的合理期限并告知申请人（《政府信息公开条例》第三十五条）。要求说明理由期间答复期限照常计算。',
    defaultValues: () => ({ noticeChannel: DEFAULT_NOTICE_CHANNEL }),
    inputs: (
      <>
        <TextInput source="request" label="需申请人说明的事项" multiline minRows={4} sx={wide} />
        <NoticeChannelInput />
      </>
    ),
  },
  SET_REASONABLE_PERIOD: {
    icon: <MoreTimeIcon />,
    intro:
      '申请人说明的理由合理，但无法在《政府信息公开条例》第三十三条规定的期限内答复的，可以确定延迟答复的合理期限并告知申请人（第三十五条）。须经政府信息公开工作机构负责人同意；只确定一次，不占用第三十三条的延期。',
    defaultValues: () => ({ byWorkingDays: 20, noticeChannel: DEFAULT_NOTICE_CHANNEL }),
    inputs: (
      <>
        <NumberInput
          source="byWorkingDays"
          label="延迟答复的工作日数"
          min={1}
          max={REASONABLE_PERIOD_MAX_WORKING_DAYS}
          step={1}
          sx={{ width: 220 }}
        />
        <TextInput
          source="reason"
          label="认为理由合理但无法按期答复的说明"
          helperText="将告知申请人"
          multiline
          minRows={3}
          sx={wide}
        />
        <NoticeChannelInput />
      </>
    ),
  },
  CONSULT: {
    icon: <ForumIcon />,
    maxWidth: 'md',
    intro:
      '公开可能损害第三方合法权益的，应当书面征求第三方意见（第三十二条）；申请公开多个行政机关共同制作的信息的，可以征求相关行政机关意见（第三十四条）。征求意见所需时间不计算在答复期限内。',
    defaultValues: () => ({
      use: 'APPLICATION_THIRD_PARTY',
      thirdParties: [{ channel: 'POST' }],
      agencyIds: [],
    }),
    inputs: <ApplicationConsultInputs />,
  },
  ISSUE_FEE_NOTICE: {
    icon: <RequestQuoteIcon />,
    intro:
      '申请公开政府信息的数量、频次明显超过合理范围的，可以收取信息处理费，按件或按量选择一种方式计收（国办函〔2020〕109号）。收费通知发出后答复期限暂停，至申请人缴费之日恢复。',
    defaultValues: () => ({
      method: 'PER_PAGE',
      paymentPeriodWorkingDays: FEE_PAYMENT_PERIOD_DEFAULT_WORKING_DAYS,
      noticeChannel: DEFAULT_NOTICE_CHANNEL,
    }),
    inputs: <ApplicationFeeInputs />,
  },
  RECORD_PAYMENT: {
    icon: <PaymentsIcon />,
    intro: '登记缴费后，答复期限自缴费之日恢复计算。',
    defaultValues: () => ({ paidDate: toCalendarDate(new Date()) }),
    inputs: (
      <>
        <DateInput source="paidDate" label="缴费日期" sx={{ width: 220 }} />
        <TextInput source="reference" label="缴费凭证号" sx={{ width: 360 }} />
      </>
    ),
  },
  REPLY: {
    icon: <TaskAltIcon />,
    maxWidth: 'md',
    intro:
      '选择办理结果（按年度报告第三部分的类别和具体情形），答复书按《政府信息公开条例》第三十六条至第三十九条的相应表述生成；需向申请人提供信息的，应先送保密审查。',
    defaultValues: () => ({ noticeChannel: DEFAULT_NOTICE_CHANNEL }),
    inputs: (
      <>
        <ApplicationResultInputs />
        <TextInput
          source="replyText"
          label="答复说明"
          helperText="写入答复书正文之后，可不填"
          multiline
          minRows={4}
          sx={wide}
        />
        <NoticeChannelInput />
      </>
    ),
  },
  SUBMIT_REPLY_FOR_REVIEW: {
    icon: <SendIcon />,
    maxWidth: 'md',
    intro:
      '向申请人提供的信息须先经保密审查：由信息所在处室的信息安全保密员、处室负责人审查审批后，再提供给申请人并办结；部分公开的，由保密员准备区分处理后的版本，答复书说明不予公开部分的理由（《政府信息公开条例》第三十七条）。审查期间答复期限照常计算。',
    defaultValues: () => ({ levelOneOutcome: 'DISCLOSE', noticeChannel: DEFAULT_NOTICE_CHANNEL }),
    inputs: (
      <>
        <ReferenceInput
          source="holdingDepartmentId"
          reference="departments"
          filter={{ isActive: true }}
          perPage={100}
        >
          <AutocompleteInput
            label="信息所在处室"
            optionText="name"
            filterToQuery={(q) => ({ q })}
            helperText="由该处室的信息安全保密员、处室负责人审查"
            sx={{ width: 360 }}
          />
        </ReferenceInput>
        <TextInput
          source="suppliedText"
          label="提供的信息内容（或所附文件的说明）"
          multiline
          minRows={5}
          sx={wide}
        />
        <FileInput source="files" label="提供的文件" multiple>
          <FileField source="src" title="title" />
        </FileInput>
        <SelectInput
          source="levelOneOutcome"
          label="初审：信息性质"
          choices={REVIEW_OUTCOME_CHOICES}
          sx={{ minWidth: 240 }}
        />
        <FormDataConsumer>
          {({ formData }) =>
            formData.levelOneOutcome && formData.levelOneOutcome !== 'DISCLOSE' ? (
              <>
                <SelectArrayInput
                  source="levelOneReasons"
                  label="不予公开理由"
                  choices={WITHHOLDING_REASON_CHOICES}
                  sx={wide}
                />
                <TextInput source="levelOneBasis" label="依据" multiline minRows={2} sx={wide} />
              </>
            ) : null
          }
        </FormDataConsumer>
        <TextInput source="levelOneOpinion" label="初审意见" multiline minRows={2} sx={wide} />
        <TextInput
          source="replyText"
          label="答复说明"
          helperText="提供后写入答复书正文之后，可不填"
          multiline
          minRows={3}
          sx={wide}
        />
        <NoticeChannelInput />
      </>
    ),
  },
};

const CONFIRMATIONS: Partial<Record<ApplicationStep, { icon: ReactElement; text: string }>> = {
  CLOSE_UNCORRECTED: {
    icon: <CancelIcon />,
    text: '申请人无正当理由逾期未补正，视为放弃申请。确定按“其他处理·逾期不补正”办结案件 %{caseNumber}？',
  },
  CLOSE_UNPAID: {
    icon: <MarkEmailReadIcon />,
    text: '申请人逾期未按收费通知缴纳费用。确定按“其他处理·逾期未缴费”办结案件 %{caseNumber}？',
  },
};

const StepDialog = ({
  application,
  action,
  onClose,
}: {
  application: Application;
  action: ApplicationStep;
  onClose: () => void;
}) => {
  const step = STEPS[action]!;
  const { run, error } = useApplicationStep(application, action, onClose);
  const validate =
    action === 'CONSULT' ? validateConsult : (APPLICATION_STEP_VALIDATORS[action] ?? (() => ({})));
  return (
    <StepFormDialog
      recordId={application.id}
      title={`${applicationActionLabel(action)} · ${application.caseNumber}`}
      intro={step.intro}
      maxWidth={step.maxWidth}
      saveLabel={applicationActionLabel(action)}
      error={error}
      onClose={onClose}
      onSubmit={run}
      validate={validate}
      defaultValues={step.defaultValues(application)}
    >
      {step.inputs}
    </StepFormDialog>
  );
};

const CloseConfirm = ({
  application,
  action,
  onClose,
}: {
  application: Application;
  action: ApplicationStep;
  onClose: () => void;
}) => {
  const { run, error, busy } = useApplicationStep(application, action, onClose);
  return (
    <Confirm
      isOpen
      loading={busy}
      title={applicationActionLabel(action)}
      content={error ?? CONFIRMATIONS[action]!.text}
      translateOptions={{ caseNumber: application.caseNumber }}
      confirm={applicationActionLabel(action)}
      onConfirm={() => void run({})}
      onClose={onClose}
    />
  );
};

/** One step's button, for users allowed the step's mutation (the API checks again). */
const ApplicationStepButton = ({
  application,
  action,
}: {
  application: Application;
  action: ApplicationStep;
}) => {
  const { canAccess } = useCanAccess({
    resource: 'applications',
    action: APPLICATION_CONSOLE_ACTIONS[action],
    record: application,
  });
  const [open, setOpen] = useState(false);
  if (!canAccess) return null;
  const confirmation = CONFIRMATIONS[action];
  return (
    <>
      <Button label={applicationActionLabel(action)} onClick={() => setOpen(true)}>
        {confirmation?.icon ?? STEPS[action]?.icon ?? <TaskAltIcon />}
      </Button>
      {open &&
        (confirmation ? (
          <CloseConfirm application={application} action={action} onClose={() => setOpen(false)} />
        ) : (
          <StepDialog application={application} action={action} onClose={() => setOpen(false)} />
        ))}
    </>
  );
};

/**
 * 提供给申请人: once the reply's review is approved, the handler supplies exactly the approved version
 * (the redacted one for a partial disclosure) and the case closes with its reply.
 */
const SupplyReplyButton = ({ application }: { application: Application }) => {
  const { canAccess } = useCanAccess({
    resource: 'applications',
    action: consoleActionOf(SUPPLY_STEP),
    record: application,
  });
  const [open, setOpen] = useState(false);
  const { run, error, busy } = useApplicationStep(application, SUPPLY_STEP, () => setOpen(false));
  if (!canAccess || application.state !== 'IN_REVIEW' || application.supplyReview?.state !== 'APPROVED')
    return null;
  return (
    <>
      <Button label={SUPPLY_STEP_LABEL} onClick={() => setOpen(true)}>
        <ShieldIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title={SUPPLY_STEP_LABEL}
        content={
          error ??
          '答复材料已通过保密审查。确定将审批通过的版本提供给申请人，并按“予以公开”或“部分公开”办结案件 %{caseNumber}？'
        }
        translateOptions={{ caseNumber: application.caseNumber }}
        confirm={SUPPLY_STEP_LABEL}
        onConfirm={() => void run({})}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

/**
 * The case's workflow buttons: exactly the steps the API offers the user now (`availableActions`) — the
 * console never compares states — and, while the reply's review is approved, supplying it.
 */
export const ApplicationWorkflowActions = () => {
  const application = useRecordContext<Application>();
  // A row opened from the list has no description until `application(id)` answers: the forms start from it.
  if (!application || application.description === undefined) return null;
  return (
    <>
      {applicationStepsOf(application.availableActions).map((action) => (
        <ApplicationStepButton key={action} application={application} action={action} />
      ))}
      <SupplyReplyButton application={application} />
    </>
  );
};
