import { REVIEW_ACTION_LABELS } from '@gdp/domain';
import { Alert, Box, Button as MuiButton, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { useState } from 'react';
import {
  AutocompleteInput,
  Confirm,
  FormDataConsumer,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  TextInput,
  useDataProvider,
  useRefresh,
} from 'react-admin';
import { useFormContext } from 'react-hook-form';
import type { ConsoleDataProvider } from '../../providers/data-provider';
import { StepFormDialog } from '../documents/StepFormDialog';
import { ContentVersionPanel } from '../documents/ContentVersionPanel';
import {
  REVIEW_OUTCOME_CHOICES,
  SECRECY_LEVEL_CHOICES,
  WITHHOLDING_REASON_CHOICES,
} from '../documents/document-labels';
import { stepErrorMessage, useWorkflowStep } from '../documents/useWorkflowStep';
import type { ReviewContentVersion, ReviewDetail } from './review.resource';
import { REVIEW_CONSOLE_ACTIONS, type ReviewStepAction } from './review-steps';

const wide = { width: '100%' } as const;

const OpinionInput = () => <TextInput source="opinion" label="审查意见" multiline minRows={3} sx={wide} />;

/** Outcome, reasons and basis: level 1's assessment and the start of level 2's outcome. */
const AssessmentInputs = () => (
  <>
    <SelectInput source="outcome" label="审查结论" choices={REVIEW_OUTCOME_CHOICES} sx={{ minWidth: 240 }} />
    <FormDataConsumer>
      {({ formData }) =>
        formData.outcome && formData.outcome !== 'DISCLOSE' ? (
          <>
            <SelectArrayInput
              source="reasons"
              label="不予公开理由"
              choices={WITHHOLDING_REASON_CHOICES}
              sx={wide}
            />
            <TextInput source="basis" label="依据" multiline minRows={2} sx={wide} />
          </>
        ) : null
      }
    </FormDataConsumer>
  </>
);

/** 准备区分处理版本: level 2 writes the text to publish; the version then takes replacement files. */
const RedactedVersionStep = ({ review }: { review: ReviewDetail }) => {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const refresh = useRefresh();
  const form = useFormContext();
  const [body, setBody] = useState(review.contentVersion?.body ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function prepare() {
    setBusy(true);
    setError(null);
    try {
      const prepared = await dataProvider.runAction<ReviewContentVersion>('reviews', 'prepareRedacted', {
        reviewId: review.id,
        reviewVersion: review.version,
        body,
      });
      form.setValue('redactedContentVersionId', prepared.id);
      refresh();
    } catch (caught) {
      setError(stepErrorMessage(caught));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Box
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, mb: 2 }}
      data-testid="redacted-version-step"
    >
      <Typography variant="subtitle2" gutterBottom>
        准备区分处理版本
      </Typography>
      <MuiTextField
        label="区分处理后的正文"
        value={body}
        onChange={(event) => setBody(event.target.value)}
        multiline
        minRows={4}
        fullWidth
      />
      <MuiButton sx={{ mt: 1 }} variant="outlined" disabled={busy} onClick={() => void prepare()}>
        生成区分处理版本
      </MuiButton>
      {error && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {error}
        </Alert>
      )}
      {review.redactedVersions.map((version) => (
        <Box key={version.id} sx={{ mt: 1 }}>
          <ContentVersionPanel content={version} title={`区分处理版本 ${version.seq}`} />
        </Box>
      ))}
    </Box>
  );
};

const SecrecyInputs = ({ review }: { review: ReviewDetail }) => (
  <>
    <OpinionInput />
    <AssessmentInputs />
    <FormDataConsumer>
      {({ formData }) => (
        <>
          {formData.outcome === 'PARTIAL' && (
            <>
              <RedactedVersionStep review={review} />
              <SelectInput
                source="redactedContentVersionId"
                label="区分处理版本"
                choices={review.redactedVersions.map((version) => ({
                  id: version.id,
                  name: `区分处理版本 ${version.seq}`,
                }))}
                sx={{ minWidth: 240 }}
              />
            </>
          )}
          {Array.isArray(formData.reasons) && formData.reasons.includes('STATE_SECRET') && (
            <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap data-testid="state-secret-inputs">
              <SelectInput source="stateSecret.level" label="密级" choices={SECRECY_LEVEL_CHOICES} />
              <TextInput source="stateSecret.term" label="保密期限" />
              <TextInput source="stateSecret.basis" label="定密依据" />
              <TextInput source="stateSecret.scope" label="知悉范围" />
            </Stack>
          )}
        </>
      )}
    </FormDataConsumer>
  </>
);

/** The publisher: a user of the review's department holding PUBLISHER. */
const PublisherInput = ({ review }: { review: ReviewDetail }) => (
  <ReferenceInput
    source="publisherId"
    reference="users"
    perPage={100}
    filter={{ role: 'PUBLISHER', departmentId: review.owningDepartmentId, isActive: true }}
  >
    <AutocompleteInput
      label="信息发布人"
      optionText="displayName"
      filterToQuery={(q) => ({ q })}
      sx={{ minWidth: 320 }}
    />
  </ReferenceInput>
);

interface DialogStep {
  intro?: string;
  warning?: string;
  inputs: (review: ReviewDetail) => React.ReactNode;
}

const DIALOG_STEPS: Record<Exclude<ReviewStepAction, 'PUBLISH'>, DialogStep> = {
  INITIAL_REVIEW: {
    intro: '信息制作人员初审：提出是否公开的意见。',
    inputs: () => (
      <>
        <OpinionInput />
        <AssessmentInputs />
      </>
    ),
  },
  SECRECY_REVIEW: {
    intro: '信息安全保密员审查；部分公开须先准备区分处理版本。',
    inputs: (review) => <SecrecyInputs review={review} />,
  },
  APPROVE: {
    intro: '处室负责人审批并指定信息发布人。',
    inputs: (review) => (
      <>
        <OpinionInput />
        <PublisherInput review={review} />
      </>
    ),
  },
  RETURN: { inputs: () => <OpinionInput /> },
  ESCALATE: { intro: '难以确定的，提请领导小组确定。', inputs: () => <OpinionInput /> },
  REFER_TO_SECRECY_BUREAU: { intro: '领导小组难以确定的，报市保密局确定。', inputs: () => <OpinionInput /> },
  CANCEL: { inputs: () => <OpinionInput /> },
  RECORD_DETERMINATION: {
    inputs: () => (
      <>
        <OpinionInput />
        <TextInput source="reference" label="文号或会议" sx={wide} />
      </>
    ),
  },
  CONFIRM: {
    warning: '确认后，原件内容将从本系统删除，不能恢复。',
    inputs: () => <OpinionInput />,
  },
};

export const ReviewStepDialog = ({
  review,
  action,
  onClose,
}: {
  review: ReviewDetail;
  action: Exclude<ReviewStepAction, 'PUBLISH'>;
  onClose: () => void;
}) => {
  const label = REVIEW_ACTION_LABELS[action];
  const step = DIALOG_STEPS[action];
  const { run, error } = useWorkflowStep('reviews', REVIEW_CONSOLE_ACTIONS[action], onClose, `已${label}`);
  // Fixed when the dialog opens: new defaults would reset the form when the review reloads.
  const [defaultValues] = useState(() => ({
    opinion: '',
    reasons: [],
    redactedContentVersionId: review.redactedVersions.at(-1)?.id ?? null,
  }));
  return (
    <StepFormDialog
      recordId={review.id}
      title={label}
      intro={step.intro}
      warning={step.warning}
      maxWidth={action === 'SECRECY_REVIEW' ? 'md' : 'sm'}
      saveLabel={label}
      error={error}
      onClose={onClose}
      onSubmit={(data) => run({ review, data })}
      validate={() => ({})}
      defaultValues={defaultValues}
    >
      {step.inputs(review)}
    </StepFormDialog>
  );
};

export const PublishConfirm = ({ review, onClose }: { review: ReviewDetail; onClose: () => void }) => {
  const label = REVIEW_ACTION_LABELS.PUBLISH;
  const { run, error, busy } = useWorkflowStep('reviews', 'publish', onClose, `已${label}`);
  return (
    <Confirm
      isOpen
      loading={busy}
      title={label}
      content={error ?? '将发布经审批的版本到公开目录。确定发布“%{title}”？'}
      translateOptions={{ title: review.title }}
      confirm={label}
      onConfirm={() => void run({ review, data: {} })}
      onClose={onClose}
    />
  );
};
