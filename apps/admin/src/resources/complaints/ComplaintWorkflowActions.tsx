import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import BlockIcon from '@mui/icons-material/Block';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import EditNoteIcon from '@mui/icons-material/EditNote';
import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import ForwardIcon from '@mui/icons-material/Forward';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { isReplyRequired } from '@gdp/domain';
import { useState, type ReactElement, type ReactNode } from 'react';
import {
  ArrayInput,
  AutocompleteInput,
  BooleanInput,
  Button,
  Confirm,
  DateInput,
  FormDataConsumer,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { FormValues } from '../../providers/resource-definition';
import {
  complaintActionLabel,
  COMPLAINT_OUTCOME_CHOICES,
  NOT_ACCEPTED_REASON_CHOICES,
  NOTICE_CHANNEL_CHOICES,
} from '../../shared/labels';
import { useRecordStep } from '../../shared/useRecordStep';
import { COMPLAINT_CONSOLE_ACTIONS, workflowStepsOf, type ComplaintStepAction } from './complaint-case';
import type { Complaint } from './complaint.resource';
import { COMPLAINT_STEP_VALIDATORS } from './complaint-validation';
import { ComplaintActionDialog } from './ComplaintActionDialog';

const wide = { width: '100%' } as const;

const NoticeChannelInput = () => (
  <SelectInput
    source="noticeChannel"
    label="resources.complaints.fields.noticeChannel"
    choices={NOTICE_CHANNEL_CHOICES}
    sx={{ width: 320 }}
  />
);

/**
 * A department of the bureau. `defaultValue` is read by SimpleFormIterator for a new row (react-admin takes
 * new rows' defaults from its children's props): a correction order starts with the department concerned.
 */
const DepartmentInput = ({
  source,
  label,
  helperText,
}: {
  source: string;
  label: string;
  helperText?: string;
  defaultValue?: string | null;
}) => (
  <ReferenceInput source={source} reference="departments" perPage={100}>
    <AutocompleteInput
      label={label}
      optionText="name"
      filterToQuery={(q) => ({ q })}
      helperText={helperText}
      sx={{ minWidth: 240 }}
    />
  </ReferenceInput>
);

interface StepDefinition {
  icon: ReactElement;
  title: string;
  intro?: string;
  warning?: string;
  maxWidth?: 'sm' | 'md';
  defaultValues: (complaint: Complaint) => FormValues;
  inputs: (complaint: Complaint) => ReactNode;
}

/** Each step's form (CLOSE is a confirmation, below). Rules and messages come from the domain's schemas. */
const STEPS: Record<Exclude<ComplaintStepAction, 'CLOSE'>, StepDefinition> = {
  ACCEPT: {
    icon: <AssignmentTurnedInIcon />,
    title: 'gdp.complaints.steps.accept',
    intro: 'gdp.complaints.intro.accept',
    defaultValues: (complaint) => ({ needsTransfer: false, summary: complaint.summary ?? '' }),
    inputs: () => (
      <>
        <BooleanInput source="needsTransfer" label="resources.complaints.fields.needsTransfer" />
        <TextInput
          source="summary"
          label="resources.complaints.fields.summary"
          helperText="gdp.complaints.summary_hint"
          multiline
          minRows={4}
          sx={wide}
        />
      </>
    ),
  },
  REJECT: {
    icon: <BlockIcon />,
    title: 'gdp.complaints.steps.reject',
    intro: 'gdp.complaints.intro.reject',
    defaultValues: () => ({ noticeChannel: 'IN_SYSTEM' }),
    inputs: () => (
      <>
        <SelectInput
          source="reason"
          label="resources.complaints.fields.notAcceptedReason"
          choices={NOT_ACCEPTED_REASON_CHOICES}
          sx={{ minWidth: 320 }}
        />
        <TextInput
          source="text"
          label="resources.complaints.fields.notAcceptedText"
          helperText="gdp.complaints.reject_text_hint"
          multiline
          minRows={4}
          sx={wide}
        />
        <NoticeChannelInput />
      </>
    ),
  },
  TRANSFER: {
    icon: <ForwardIcon />,
    title: 'gdp.complaints.steps.transfer',
    intro: 'gdp.complaints.intro.transfer',
    warning: 'gdp.complaints.transfer_warning',
    defaultValues: (complaint) => ({
      target: 'DEPARTMENT',
      toDepartmentId: complaint.concernedDepartmentId ?? null,
      summary: complaint.summary ?? '',
    }),
    inputs: () => (
      <>
        <RadioButtonGroupInput
          source="target"
          label="resources.complaints.fields.target"
          choices={[
            { id: 'DEPARTMENT', name: 'gdp.complaints.target.DEPARTMENT' },
            { id: 'AGENCY', name: 'gdp.complaints.target.AGENCY' },
          ]}
        />
        <FormDataConsumer>
          {({ formData }) =>
            formData.target === 'AGENCY' ? (
              <ReferenceInput source="toAgencyId" reference="externalAgencies" perPage={100}>
                <AutocompleteInput
                  label="resources.complaints.fields.transferredToAgencyId"
                  optionText="name"
                  filterToQuery={(q) => ({ q })}
                  sx={{ minWidth: 320 }}
                />
              </ReferenceInput>
            ) : (
              <DepartmentInput
                source="toDepartmentId"
                label="resources.complaints.fields.transferredToDepartmentId"
              />
            )
          }
        </FormDataConsumer>
        <TextInput
          source="summary"
          label="resources.complaints.fields.transferSummary"
          helperText="gdp.complaints.transfer_summary_hint"
          multiline
          minRows={5}
          sx={wide}
        />
      </>
    ),
  },
  RECORD_TRANSFER_RESULT: {
    icon: <EditNoteIcon />,
    title: 'gdp.complaints.steps.recordTransferResult',
    intro: 'gdp.complaints.intro.recordTransferResult',
    defaultValues: () => ({}),
    inputs: () => (
      <TextInput
        source="text"
        label="resources.complaints.fields.transferResult"
        multiline
        minRows={4}
        sx={wide}
      />
    ),
  },
  EXTEND: {
    icon: <EventRepeatIcon />,
    title: 'gdp.complaints.steps.extend',
    intro: 'gdp.complaints.intro.extend',
    defaultValues: () => ({ noticeChannel: 'IN_SYSTEM' }),
    inputs: () => (
      <>
        <NumberInput
          source="byWorkingDays"
          label="resources.complaints.fields.byWorkingDays"
          min={1}
          step={1}
          sx={{ width: 200 }}
        />
        <TextInput
          source="reason"
          label="resources.complaints.fields.extensionReason"
          helperText="gdp.complaints.extension_reason_hint"
          multiline
          minRows={3}
          sx={wide}
        />
        <NoticeChannelInput />
      </>
    ),
  },
  HANDLE: {
    icon: <TaskAltIcon />,
    title: 'gdp.complaints.steps.handle',
    intro: 'gdp.complaints.intro.handle',
    maxWidth: 'md',
    defaultValues: () => ({ correctionOrders: [], noticeChannel: 'IN_SYSTEM' }),
    inputs: (complaint) => (
      <>
        <SelectInput
          source="outcome"
          label="resources.complaints.fields.outcome"
          choices={COMPLAINT_OUTCOME_CHOICES}
          sx={{ minWidth: 200 }}
        />
        <TextInput
          source="findings"
          label="resources.complaints.fields.findings"
          multiline
          minRows={4}
          sx={wide}
        />
        <TextInput
          source="replyText"
          label="resources.complaints.fields.replyText"
          helperText={
            isReplyRequired(complaint)
              ? 'gdp.complaints.reply_requested_hint'
              : 'gdp.complaints.reply_optional_hint'
          }
          multiline
          minRows={3}
          sx={wide}
        />
        <NoticeChannelInput />
        <ArrayInput
          source="correctionOrders"
          label="resources.complaints.fields.correctionOrders"
          helperText="gdp.complaints.correction_orders_hint"
        >
          <SimpleFormIterator inline disableReordering disableClear data-testid="correction-order-inputs">
            <DepartmentInput
              source="departmentId"
              label="resources.complaints.fields.orderDepartment"
              defaultValue={complaint.concernedDepartmentId ?? null}
            />
            <TextInput
              source="requirement"
              label="resources.complaints.fields.orderRequirement"
              helperText="gdp.complaints.order_requirement_hint"
              multiline
              sx={{ flex: 1, minWidth: 240 }}
            />
            <DateInput
              source="dueDate"
              label="resources.complaints.fields.orderDueDate"
              sx={{ width: 170, flexShrink: 0 }}
            />
          </SimpleFormIterator>
        </ArrayInput>
      </>
    ),
  },
};

/** Runs one step of the case with the version the handler saw (see `useRecordStep`). */
function useComplaintStep(complaint: Complaint, action: ComplaintStepAction, onDone: () => void) {
  const translate = useTranslate();
  const step = useRecordStep(
    {
      resource: 'complaints',
      action: COMPLAINT_CONSOLE_ACTIONS[action],
      successMessage: translate('gdp.complaints.step_done', {
        action: complaintActionLabel(action),
        caseNumber: complaint.caseNumber,
      }),
    },
    onDone,
  );
  return {
    ...step,
    run: (data: FormValues) => step.run({ id: complaint.id, version: complaint.version, data }),
  };
}

const StepDialog = ({
  complaint,
  action,
  onClose,
}: {
  complaint: Complaint;
  action: Exclude<ComplaintStepAction, 'CLOSE'>;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const step = STEPS[action];
  const { run, error } = useComplaintStep(complaint, action, onClose);
  const validate = COMPLAINT_STEP_VALIDATORS[action];
  return (
    <ComplaintActionDialog
      title={step.title}
      intro={step.intro ? translate(step.intro) : undefined}
      warning={step.warning ? translate(step.warning) : undefined}
      maxWidth={step.maxWidth}
      saveLabel={complaintActionLabel(action)}
      error={error}
      onClose={onClose}
      onSubmit={run}
      validate={(values) => validate(values, complaint)}
      defaultValues={step.defaultValues(complaint)}
    >
      {step.inputs(complaint)}
    </ComplaintActionDialog>
  );
};

const CloseConfirm = ({ complaint, onClose }: { complaint: Complaint; onClose: () => void }) => {
  const { run, error, busy } = useComplaintStep(complaint, 'CLOSE', onClose);
  const translate = useTranslate();
  return (
    <Confirm
      isOpen
      loading={busy}
      title="gdp.complaints.steps.close"
      content={error ?? translate('gdp.complaints.close_confirm', { caseNumber: complaint.caseNumber })}
      confirm={complaintActionLabel('CLOSE')}
      onConfirm={() => void run({})}
      onClose={onClose}
    />
  );
};

const STEP_ICONS: Record<ComplaintStepAction, ReactElement> = {
  ...Object.fromEntries(Object.entries(STEPS).map(([action, step]) => [action, step.icon])),
  CLOSE: <CheckCircleIcon />,
} as Record<ComplaintStepAction, ReactElement>;

/** One step's button, for users allowed the step's mutation (the API checks again). */
const ComplaintStepButton = ({
  complaint,
  action,
}: {
  complaint: Complaint;
  action: ComplaintStepAction;
}) => {
  const { canAccess } = useCanAccess({
    resource: 'complaints',
    action: COMPLAINT_CONSOLE_ACTIONS[action],
    record: complaint,
  });
  const [open, setOpen] = useState(false);
  if (!canAccess) return null;
  return (
    <>
      <Button label={complaintActionLabel(action)} onClick={() => setOpen(true)}>
        {STEP_ICONS[action]}
      </Button>
      {open &&
        (action === 'CLOSE' ? (
          <CloseConfirm complaint={complaint} onClose={() => setOpen(false)} />
        ) : (
          <StepDialog complaint={complaint} action={action} onClose={() => setOpen(false)} />
        ))}
    </>
  );
};

/**
 * The case's workflow buttons, driven by `availableActions` (the API decides what may happen now; the
 * console never compares states): 受理, 不予受理, 转办, 记录转办结果, 延期, 处理, 办结.
 */
export const ComplaintWorkflowActions = () => {
  const complaint = useRecordContext<Complaint>();
  // A row opened from the list has no summary until `complaint(id)` answers: its forms start from it.
  if (!complaint || complaint.summary === undefined) return null;
  return (
    <>
      {workflowStepsOf(complaint.availableActions).map((action) => (
        <ComplaintStepButton key={action} complaint={complaint} action={action} />
      ))}
    </>
  );
};
