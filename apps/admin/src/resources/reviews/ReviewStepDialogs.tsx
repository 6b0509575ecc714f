import {
  REVIEW_ACTION_LABELS,
  REVIEW_SUBJECT_KINDS_DEFINITION,
  ROLE_LABELS,
  type ReviewSubjectKind,
} from '@gdp/domain';
import {
  Alert,
  Box,
  Link,
  Button as MuiButton,
  Checkbox,
  FormControlLabel,
  Stack,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import { useRef, useState } from 'react';
import {
  ArrayInput,
  AutocompleteInput,
  Confirm,
  FormDataConsumer,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useDataProvider,
  useRefresh,
  useSourceContext,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import type { ConsoleDataProvider } from '../../providers/data-provider';
import { StepFormDialog } from '../documents/StepFormDialog';
import { ContentVersionPanel } from '../documents/ContentVersionPanel';
import { formatSize, readFileAsBase64 } from '../documents/document-content';
import {
  REVIEW_OUTCOME_CHOICES,
  SECRECY_LEVEL_CHOICES,
  WITHHOLDING_REASON_CHOICES,
} from '../documents/document-labels';
import { stepErrorMessage } from '../../shared/useRecordStep';
import { useWorkflowStep } from '../documents/useWorkflowStep';
import type { ReviewDetail, ReviewEvidenceFile } from './review.resource';
import {
  EXCEPTION_GROUND_CHOICES,
  EXCEPTION_REASON_CHOICES,
  REVIEW_CONSOLE_ACTIONS,
  exceptionEvidenceHint,
  redactableKindOf,
  redactedChoicesOf,
  redactionActionOf,
  toSupplyRedactionInput,
  type RedactionAction,
  type ReviewContentView,
  type ReviewStepAction,
} from './review-steps';
import { ReviewContentPanel, type ReviewContentsState, useReviewContents } from './ReviewContents';

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

/**
 * Preparing a redacted version: busy and error state, and on success the level-2 form names the new version
 * and the page reloads to list it.
 */
function usePrepareRedaction(action: RedactionAction) {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const refresh = useRefresh();
  const form = useFormContext();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function prepare(params: object): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      const prepared = await dataProvider.runAction<{ id: string }>('reviews', action, params);
      form.setValue('redactedContentVersionId', prepared.id, { shouldDirty: true });
      refresh();
      return true;
    } catch (caught) {
      setError(stepErrorMessage(caught));
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { prepare, error, busy };
}

const RedactionFrame = ({
  busy,
  error,
  onPrepare,
  children,
}: {
  busy: boolean;
  error: string | null;
  onPrepare: () => void;
  children: React.ReactNode;
}) => (
  <Box
    sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, mb: 2 }}
    data-testid="redacted-version-step"
  >
    <Typography variant="subtitle2" gutterBottom>
      准备区分处理版本
    </Typography>
    {children}
    <MuiButton sx={{ mt: 1 }} variant="outlined" disabled={busy} onClick={onPrepare}>
      生成区分处理版本
    </MuiButton>
    {error && (
      <Alert severity="error" sx={{ mt: 1 }}>
        {error}
      </Alert>
    )}
  </Box>
);

const RedactedTextInput = ({ value, onChange }: { value: string; onChange: (text: string) => void }) => (
  <MuiTextField
    label="区分处理后的正文"
    value={value}
    onChange={(event) => onChange(event.target.value)}
    multiline
    minRows={4}
    fullWidth
  />
);

/** A document: level 2 writes the text to publish; the version then takes replacement files. */
const DocumentRedactionStep = ({ review }: { review: ReviewDetail }) => {
  const { prepare, error, busy } = usePrepareRedaction(redactionActionOf('DOCUMENT'));
  const [body, setBody] = useState(review.contentVersion?.body ?? '');
  return (
    <RedactionFrame
      busy={busy}
      error={error}
      onPrepare={() => void prepare({ reviewId: review.id, reviewVersion: review.version, body })}
    >
      <RedactedTextInput value={body} onChange={setBody} />
      {review.redactedVersions.map((version) => (
        <Box key={version.id} sx={{ mt: 1 }}>
          <ContentVersionPanel content={version} title={`区分处理版本 ${version.seq}`} />
        </Box>
      ))}
    </RedactionFrame>
  );
};

/** A meeting's results: level 2 writes the text to publish. */
const MeetingResultRedactionStep = ({
  review,
  original,
}: {
  review: ReviewDetail;
  original: ReviewContentView;
}) => {
  const { prepare, error, busy } = usePrepareRedaction(redactionActionOf('MEETING_RESULT'));
  const [body, setBody] = useState(original.text);
  return (
    <RedactionFrame
      busy={busy}
      error={error}
      onPrepare={() => void prepare({ reviewId: review.id, reviewVersion: review.version, body })}
    >
      <RedactedTextInput value={body} onChange={setBody} />
    </RedactionFrame>
  );
};

interface UploadedCopy {
  key: number;
  fileName: string;
  sizeBytes: number;
  contentBase64: string;
}

/**
 * An application's reply material: level 2 writes the text to supply, keeps the original files that may go
 * as they are and uploads redacted copies of the others.
 */
const SupplyRedactionStep = ({ review, original }: { review: ReviewDetail; original: ReviewContentView }) => {
  const { prepare, error, busy } = usePrepareRedaction(redactionActionOf('APPLICATION_REPLY'));
  const [text, setText] = useState(original.text);
  const [keepFileIds, setKeepFileIds] = useState<string[]>([]);
  const [copies, setCopies] = useState<UploadedCopy[]>([]);
  const [readError, setReadError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  async function add(files: FileList) {
    setReadError(null);
    try {
      const read = await Promise.all(
        Array.from(files).map(async (file, index) => ({
          key: Date.now() + index,
          fileName: file.name,
          sizeBytes: file.size,
          contentBase64: await readFileAsBase64(file),
        })),
      );
      setCopies((previous) => [...previous, ...read]);
    } catch (caught) {
      setReadError(stepErrorMessage(caught));
    } finally {
      if (input.current) input.current.value = '';
    }
  }

  async function submit() {
    const done = await prepare({
      reviewId: review.id,
      reviewVersion: review.version,
      input: toSupplyRedactionInput(original, { text, keepFileIds, files: copies }),
    });
    if (done) setCopies([]);
  }

  return (
    <RedactionFrame busy={busy} error={error ?? readError} onPrepare={() => void submit()}>
      <RedactedTextInput value={text} onChange={setText} />
      {original.files.length > 0 && (
        <Box sx={{ mt: 1 }} data-testid="supply-keep-files">
          <Typography variant="caption" color="text.secondary" component="div">
            原样提供的原件文件
          </Typography>
          {original.files.map((file) => (
            <FormControlLabel
              key={file.id}
              control={
                <Checkbox
                  checked={keepFileIds.includes(file.id)}
                  onChange={(event) =>
                    setKeepFileIds((previous) =>
                      event.target.checked ? [...previous, file.id] : previous.filter((id) => id !== file.id),
                    )
                  }
                />
              }
              label={`${file.fileName}（${formatSize(file.sizeBytes)}）`}
            />
          ))}
        </Box>
      )}
      <Box sx={{ mt: 1 }} data-testid="supply-redacted-files">
        <Typography variant="caption" color="text.secondary" component="div">
          区分处理后的文件
        </Typography>
        <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
          {copies.map((copy) => (
            <Stack key={copy.key} direction="row" spacing={0.5} alignItems="center">
              <Typography variant="body2">
                {copy.fileName}（{formatSize(copy.sizeBytes)}）
              </Typography>
              <MuiButton
                size="small"
                onClick={() => setCopies((previous) => previous.filter((c) => c.key !== copy.key))}
              >
                移除
              </MuiButton>
            </Stack>
          ))}
          <MuiButton variant="outlined" size="small" component="label" disabled={busy}>
            添加文件
            <input
              ref={input}
              type="file"
              multiple
              hidden
              onChange={(event) => {
                if (event.target.files?.length) void add(event.target.files);
              }}
            />
          </MuiButton>
        </Stack>
      </Box>
    </RedactionFrame>
  );
};

/** 准备区分处理版本, through the subject's own module; the redacted versions are listed on the page. */
const RedactedVersionStep = ({
  review,
  contents,
}: {
  review: ReviewDetail;
  contents: ReviewContentsState;
}) => {
  const kind = redactableKindOf(review.subjectKind);
  if (kind === 'DOCUMENT') return <DocumentRedactionStep review={review} />;
  const original = contents.contents?.original;
  if (!kind || !original || original.isRemoved)
    return contents.notice ? (
      <Alert severity="info" sx={{ mb: 2 }}>
        {contents.notice}
      </Alert>
    ) : null;
  return (
    <>
      {kind === 'APPLICATION_REPLY' ? (
        <SupplyRedactionStep key={original.id} review={review} original={original} />
      ) : (
        <MeetingResultRedactionStep key={original.id} review={review} original={original} />
      )}
      {contents.contents?.redacted.map((version, index) => (
        <Box key={version.id} sx={{ mb: 1 }}>
          <ReviewContentPanel content={version} title={`区分处理版本 ${index + 1}`} />
        </Box>
      ))}
    </>
  );
};

/** Level 2's choice among the subject's redacted versions. */
const redactedVersionChoices = (review: ReviewDetail, contents: ReviewContentsState) =>
  review.subjectKind === 'DOCUMENT'
    ? review.redactedVersions.map((version) => ({ id: version.id, name: `区分处理版本 ${version.seq}` }))
    : redactedChoicesOf(contents.contents?.redacted ?? []);

/**
 * The evidence file of one exception row: uploaded to the review at once (uploadReviewEvidence), the row
 * keeps the returned id; a file uploaded earlier to this review may be chosen again.
 */
const EvidenceFileInput = ({ review }: { review: ReviewDetail }) => {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { getSource } = useSourceContext();
  const source = getSource('evidenceFileId');
  const form = useFormContext();
  const ground = useWatch({ name: getSource('ground') }) as unknown;
  const fileId = useWatch({ name: source }) as string | null | undefined;
  const input = useRef<HTMLInputElement>(null);
  const [uploaded, setUploaded] = useState<ReviewEvidenceFile[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const files = [
    ...review.evidenceFiles,
    ...uploaded.filter((file) => !review.evidenceFiles.some((f) => f.id === file.id)),
  ];
  const chosen = files.find((file) => file.id === fileId);

  async function upload(file: File) {
    setError(null);
    setBusy(true);
    try {
      const stored = await dataProvider.runAction<ReviewEvidenceFile>('reviews', 'uploadEvidence', {
        reviewId: review.id,
        fileName: file.name,
        contentBase64: await readFileAsBase64(file),
      });
      setUploaded((previous) => [...previous, stored]);
      form.setValue(source, stored.id, { shouldDirty: true });
    } catch (caught) {
      setError(stepErrorMessage(caught));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  return (
    <Box sx={{ mt: 1 }} data-testid="exception-evidence-file">
      <Typography variant="caption" color="text.secondary" component="div">
        {exceptionEvidenceHint(ground).file}
      </Typography>
      <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
        <MuiButton variant="outlined" size="small" component="label" disabled={busy}>
          {chosen ? '重新上传' : '上传文件'}
          <input
            ref={input}
            type="file"
            hidden
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void upload(file);
            }}
          />
        </MuiButton>
        {chosen ? (
          <>
            <Link href={chosen.url} target="_blank" rel="noopener">
              {chosen.fileName}
            </Link>
            <Typography variant="caption">{formatSize(chosen.sizeBytes)}</Typography>
            <MuiButton size="small" onClick={() => form.setValue(source, null, { shouldDirty: true })}>
              不使用此文件
            </MuiButton>
          </>
        ) : (
          files.length > 0 && (
            <MuiTextField
              select
              size="small"
              label="已上传的文件"
              value=""
              onChange={(event) => form.setValue(source, event.target.value, { shouldDirty: true })}
              SelectProps={{ native: true }}
              sx={{ minWidth: 200 }}
            >
              <option value="" />
              {files.map((file) => (
                <option key={file.id} value={file.id}>
                  {file.fileName}
                </option>
              ))}
            </MuiTextField>
          )
        )}
      </Stack>
      {error && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {error}
        </Alert>
      )}
    </Box>
  );
};

/** The reference of one exception row, labelled by its ground. */
const EvidenceReferenceInput = () => {
  const { getSource } = useSourceContext();
  const ground = useWatch({ name: getSource('ground') }) as unknown;
  return (
    <TextInput source="evidence" label={exceptionEvidenceHint(ground).reference} sx={{ minWidth: 240 }} />
  );
};

/** Art. 15 exceptions [seed §4-6]: what is disclosed all the same, on which ground, with what evidence. */
const ExceptionInputs = ({ review }: { review: ReviewDetail }) => (
  <ArrayInput source="exceptions" label="例外公开（权利人同意或公共利益认定）">
    <SimpleFormIterator inline={false} disableReordering data-testid="exception-rows">
      <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
        <SelectInput source="reason" label="涉及" choices={EXCEPTION_REASON_CHOICES} sx={{ minWidth: 200 }} />
        <SelectInput source="ground" label="情形" choices={EXCEPTION_GROUND_CHOICES} sx={{ minWidth: 240 }} />
        <EvidenceReferenceInput />
      </Stack>
      <EvidenceFileInput review={review} />
    </SimpleFormIterator>
  </ArrayInput>
);

const SecrecyInputs = ({ review }: { review: ReviewDetail }) => {
  const contents = useReviewContents(review);
  return (
    <>
      <OpinionInput />
      <AssessmentInputs />
      <FormDataConsumer>
        {({ formData }) => (
          <>
            {formData.outcome === 'PARTIAL' && (
              <>
                <RedactedVersionStep review={review} contents={contents} />
                <SelectInput
                  source="redactedContentVersionId"
                  label="区分处理版本"
                  choices={redactedVersionChoices(review, contents)}
                  sx={{ minWidth: 240 }}
                />
              </>
            )}
            {formData.outcome && formData.outcome !== 'WITHHOLD' && <ExceptionInputs review={review} />}
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
};

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

/** Whether the review ends in publication (a publisher is named at level 3) or in supplying to an applicant. */
const endsInPublication = (review: ReviewDetail) =>
  REVIEW_SUBJECT_KINDS_DEFINITION[review.subjectKind as ReviewSubjectKind]?.finalAction !== 'SUPPLY';

/** Who does level 1 for this kind of subject (the drafter of a document, the handler of an application…). */
const levelOneRoleLabel = (review: ReviewDetail) => {
  const definition = REVIEW_SUBJECT_KINDS_DEFINITION[review.subjectKind as ReviewSubjectKind];
  return definition ? ROLE_LABELS[definition.levelOneRole] : '信息制作人员';
};

interface DialogStep {
  intro?: string | ((review: ReviewDetail) => string);
  warning?: string;
  inputs: (review: ReviewDetail) => React.ReactNode;
}

const DIALOG_STEPS: Record<Exclude<ReviewStepAction, 'PUBLISH'>, DialogStep> = {
  INITIAL_REVIEW: {
    intro: (review) => `${levelOneRoleLabel(review)}初审：提出是否公开的意见。`,
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
    intro: (review) =>
      endsInPublication(review)
        ? '处室负责人审批并指定信息发布人。'
        : '处室负责人审批；审批通过后由承办人将审批通过的版本提供给申请人。',
    inputs: (review) => (
      <>
        <OpinionInput />
        {endsInPublication(review) && <PublisherInput review={review} />}
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
  const contents = useReviewContents(review);
  const { run, error } = useWorkflowStep('reviews', REVIEW_CONSOLE_ACTIONS[action], onClose, `已${label}`);
  // Fixed when the dialog opens: new defaults would reset the form when the review reloads.
  const [defaultValues] = useState(() => ({
    opinion: '',
    reasons: [],
    exceptions: [],
    redactedContentVersionId: redactedVersionChoices(review, contents).at(-1)?.id ?? null,
  }));
  return (
    <StepFormDialog
      recordId={review.id}
      title={label}
      intro={typeof step.intro === 'function' ? step.intro(review) : step.intro}
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
