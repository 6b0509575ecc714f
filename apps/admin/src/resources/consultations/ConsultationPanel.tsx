import {
  CONSULTATION_ACTION_LABELS,
  CONSULTATION_STATE_LABELS,
  CONSULTATION_USE_LABELS,
  SETTLEMENT_DECISION_LABELS,
  SETTLING_BODY_LABELS,
  consultationLetterSchema,
  type ConsultationAction,
} from '@gdp/domain';
import {
  Alert,
  Card,
  CardContent,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import {
  Button,
  CheckboxGroupInput,
  FormDataConsumer,
  RadioButtonGroupInput,
  TextInput,
  useCanAccess,
  useDataProvider,
  useGetList,
  useGetMany,
  useRecordContext,
} from 'react-admin';
import type { ConsoleDataProvider } from '../../providers/data-provider';
import { validateWith } from '../../shared/zod-validation';
import type { Document } from '../documents/document.resource';
import { StepFormDialog } from '../documents/StepFormDialog';
import { useWorkflowStep } from '../documents/useWorkflowStep';
import { CONSULTATION_CONSOLE_ACTIONS, type Consultation } from './consultation.resource';

const wide = { width: '100%' };
const choicesOf = (labels: Record<string, string>) =>
  Object.entries(labels).map(([id, name]) => ({ id, name }));
const SENDABLE_USES = choicesOf({
  AGENCY_RELEASE: CONSULTATION_USE_LABELS.AGENCY_RELEASE,
  CO_DEPARTMENT_CONSENT: CONSULTATION_USE_LABELS.CO_DEPARTMENT_CONSENT,
});
const AGREES = [
  { id: 'true', name: '同意公开' },
  { id: 'false', name: '不同意公开' },
];

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** The letter [seed §3-2(2)]: to the agencies chosen, or a consent request to the document's co-departments. */
const SendDialog = ({ document, onClose }: { document: Document; onClose: () => void }) => {
  const { run, error } = useWorkflowStep('consultations', 'send', onClose, '已发出征求意见');
  const agencies = useGetList('externalAgencies', {
    pagination: { page: 1, perPage: 100 },
    filter: { isActive: true },
    sort: { field: 'name', order: 'ASC' },
  });
  const coDepartments = useGetMany('departments', { ids: document.coDepartmentIds ?? [] });
  const validateLetter = validateWith(consultationLetterSchema);
  return (
    <StepFormDialog
      recordId={document.id}
      title="发出征求意见"
      intro="征求其他行政机关意见须在公文签发前发出，意见函应包括拟公开政府信息的基本情况、本机关的意见和依据；会办处室的书面同意由该处室负责人在系统内作出。"
      saveLabel="发出"
      maxWidth="md"
      error={error}
      onClose={onClose}
      onSubmit={(data) => run({ documentId: document.id, data })}
      validate={(values) => ({
        ...validateLetter(values),
        ...(Array.isArray(values.consulteeIds) && values.consulteeIds.length > 0
          ? {}
          : { consulteeIds: '至少选择一个' }),
      })}
      defaultValues={{ use: 'AGENCY_RELEASE', consulteeIds: [], basicFacts: '', opinion: '', basis: '' }}
    >
      <RadioButtonGroupInput source="use" label="用途" choices={SENDABLE_USES} />
      <FormDataConsumer>
        {({ formData }) =>
          formData.use === 'CO_DEPARTMENT_CONSENT' ? (
            <CheckboxGroupInput
              key="departments"
              source="consulteeIds"
              label="会办处室"
              choices={(coDepartments.data ?? []).map((department) => ({
                id: department.id,
                name: department.name,
              }))}
            />
          ) : (
            <CheckboxGroupInput
              key="agencies"
              source="consulteeIds"
              label="其他行政机关"
              choices={(agencies.data ?? []).map((agency) => ({ id: agency.id, name: agency.name }))}
            />
          )
        }
      </FormDataConsumer>
      <TextInput source="basicFacts" label="拟公开政府信息基本情况" multiline minRows={2} sx={wide} />
      <TextInput source="opinion" label="本机关的意见" multiline minRows={2} sx={wide} />
      <TextInput source="basis" label="意见的依据" multiline minRows={2} sx={wide} />
    </StepFormDialog>
  );
};

type StepAction = Exclude<ConsultationAction, 'LAPSE'>;

const STEP_FIELDS: Record<StepAction, { defaults: Record<string, unknown>; inputs: ReactNode }> = {
  RECORD_REPLY: {
    defaults: { agrees: 'true', reply: '', repliedOn: today() },
    inputs: (
      <>
        <RadioButtonGroupInput source="agrees" label="答复意见" choices={AGREES} />
        <TextInput source="reply" label="答复内容" multiline minRows={2} sx={wide} />
        <TextInput source="repliedOn" label="答复日期" type="date" />
      </>
    ),
  },
  CONSENT: {
    defaults: { opinion: '' },
    inputs: <TextInput source="opinion" label="意见（可不填）" multiline minRows={2} sx={wide} />,
  },
  REFUSE: {
    defaults: { reason: '' },
    inputs: <TextInput source="reason" label="不同意的理由" multiline minRows={2} sx={wide} />,
  },
  REMIND: {
    defaults: { note: '' },
    inputs: <TextInput source="note" label="催告内容" multiline minRows={2} sx={wide} />,
  },
  ESCALATE: {
    defaults: { reason: '' },
    inputs: <TextInput source="reason" label="报请上级的事由" multiline minRows={2} sx={wide} />,
  },
  SETTLE: {
    defaults: { body: 'COMMON_SUPERIOR', decision: 'DISCLOSE', reference: '', summary: '' },
    inputs: (
      <>
        <RadioButtonGroupInput source="body" label="决定机关" choices={choicesOf(SETTLING_BODY_LABELS)} />
        <RadioButtonGroupInput
          source="decision"
          label="决定结果"
          choices={choicesOf(SETTLEMENT_DECISION_LABELS)}
        />
        <TextInput source="reference" label="决定文号或凭证" sx={wide} />
        <TextInput source="summary" label="决定内容" multiline minRows={2} sx={wide} />
      </>
    ),
  },
  WITHDRAW: {
    defaults: { reason: '' },
    inputs: <TextInput source="reason" label="撤回理由" multiline minRows={2} sx={wide} />,
  },
};

const StepDialog = ({
  consultation,
  action,
  onClose,
}: {
  consultation: Consultation;
  action: StepAction;
  onClose: () => void;
}) => {
  const label = CONSULTATION_ACTION_LABELS[action];
  const { run, error } = useWorkflowStep(
    'consultations',
    CONSULTATION_CONSOLE_ACTIONS[action] as string,
    onClose,
    `已${label}`,
  );
  const fields = STEP_FIELDS[action];
  return (
    <StepFormDialog
      recordId={consultation.id}
      title={`${label}：${consultation.consulteeName}`}
      saveLabel={label}
      error={error}
      onClose={onClose}
      onSubmit={(data) =>
        run({
          id: consultation.id,
          version: consultation.version,
          data: action === 'RECORD_REPLY' ? { ...data, agrees: data.agrees === 'true' } : data,
        })
      }
      validate={() => ({})}
      defaultValues={fields.defaults}
    >
      {fields.inputs}
    </StepFormDialog>
  );
};

const StepButton = ({ consultation, action }: { consultation: Consultation; action: StepAction }) => {
  const { canAccess } = useCanAccess({
    resource: 'consultations',
    action: CONSULTATION_CONSOLE_ACTIONS[action] as string,
    record: consultation,
  });
  const [open, setOpen] = useState(false);
  if (!canAccess) return null;
  return (
    <>
      <Button label={CONSULTATION_ACTION_LABELS[action]} onClick={() => setOpen(true)} />
      {open && <StepDialog consultation={consultation} action={action} onClose={() => setOpen(false)} />}
    </>
  );
};

const answerOf = (consultation: Consultation): string => {
  const parts = [consultation.replyText, consultation.repliedOn ? `（${consultation.repliedOn}）` : null];
  if (consultation.settlementBody && consultation.settlementDecision) {
    parts.push(
      `${SETTLING_BODY_LABELS[consultation.settlementBody]}${SETTLEMENT_DECISION_LABELS[consultation.settlementDecision]}（${consultation.settlementReference ?? ''}）`,
    );
  }
  return parts.filter(Boolean).join(' ') || '—';
};

/** 征求意见与会办 on the document's page (SPEC M4): each consultee's state, due date and the steps offered. */
export const ConsultationPanel = () => {
  const document = useRecordContext<Document>();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { canAccess: canSend } = useCanAccess({ resource: 'consultations', action: 'send' });
  const [sending, setSending] = useState(false);
  const { data } = useGetList<Consultation>(
    'consultations',
    {
      filter: { documentId: document?.id },
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'sentAt', order: 'ASC' },
    },
    { enabled: Boolean(document?.id) },
  );
  const blocker = useQuery({
    queryKey: ['consultations', 'publicationBlocker', document?.id, document?.version, data],
    queryFn: () =>
      dataProvider.runAction<string | null>('consultations', 'publicationBlocker', {
        documentId: document?.id,
      }),
    enabled: Boolean(document?.id),
  });
  if (!document) return null;
  const consultations = data ?? [];
  return (
    <Card variant="outlined" data-testid="consultation-panel">
      <CardContent>
        <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
          <Typography variant="subtitle1">征求意见与会办</Typography>
          {canSend && <Button label="发出征求意见" onClick={() => setSending(true)} />}
        </Stack>
        {blocker.data && (
          <Alert severity="warning" sx={{ my: 1 }} data-testid="publication-blocker">
            发布前须办结：{blocker.data}
          </Alert>
        )}
        {consultations.length === 0 ? (
          <Typography variant="body2">暂无</Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>用途</TableCell>
                <TableCell>被征求单位</TableCell>
                <TableCell>状态</TableCell>
                <TableCell>答复截止日</TableCell>
                <TableCell>答复或决定</TableCell>
                <TableCell>操作</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {consultations.map((consultation) => (
                <TableRow key={consultation.id} data-testid="consultation-row">
                  <TableCell>{CONSULTATION_USE_LABELS[consultation.use]}</TableCell>
                  <TableCell>{consultation.consulteeName}</TableCell>
                  <TableCell>{CONSULTATION_STATE_LABELS[consultation.state]}</TableCell>
                  <TableCell>{consultation.dueDate ?? '—'}</TableCell>
                  <TableCell>{answerOf(consultation)}</TableCell>
                  <TableCell>
                    {consultation.availableActions
                      .filter((action): action is StepAction => action !== 'LAPSE')
                      .map((action) => (
                        <StepButton key={action} consultation={consultation} action={action} />
                      ))}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
      {sending && <SendDialog document={document} onClose={() => setSending(false)} />}
    </Card>
  );
};
