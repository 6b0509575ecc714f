import { DOCUMENT_ACTION_LABELS } from '@gdp/domain';
import { useState } from 'react';
import { Button, Confirm, EditButton, TextInput, useCanAccess, useRecordContext } from 'react-admin';
import { StepFormDialog } from './StepFormDialog';
import { DocumentAttributeDialog } from './DocumentAttributeDialog';
import { DOCUMENT_CONSOLE_ACTIONS, type Document } from './document.resource';
import { useWorkflowStep } from './useWorkflowStep';

type DocumentAction = keyof typeof DOCUMENT_CONSOLE_ACTIONS;
type ConfirmedAction = 'SIGN' | 'SUBMIT_FOR_REVIEW' | 'DISCARD' | 'REVISE';

const CONFIRM_TEXT: Record<ConfirmedAction, string> = {
  SIGN: '签发后公开属性只能经重新确定后变更。确定签发“%{title}”？',
  SUBMIT_FOR_REVIEW: '确定将“%{title}”提交保密审查？',
  DISCARD: '作废后不能恢复。确定作废“%{title}”？',
  REVISE: '将以已公开内容为基础新建更正版本，更正后须重新审查。确定更正“%{title}”？',
};

const StepConfirm = ({
  document,
  action,
  onClose,
}: {
  document: Document;
  action: ConfirmedAction;
  onClose: () => void;
}) => {
  const label = DOCUMENT_ACTION_LABELS[action];
  const { run, error, busy } = useWorkflowStep(
    'documents',
    DOCUMENT_CONSOLE_ACTIONS[action],
    onClose,
    `已${label}`,
  );
  return (
    <Confirm
      isOpen
      loading={busy}
      title={label}
      content={error ?? CONFIRM_TEXT[action]}
      translateOptions={{ title: document.title }}
      confirm={label}
      onConfirm={() => void run({ id: document.id, version: document.version })}
      onClose={onClose}
    />
  );
};

/** 条例 art. 18: the periodic re-assessment keeps the attribute, with its reason. */
const ConfirmAttributeDialog = ({ document, onClose }: { document: Document; onClose: () => void }) => {
  const { run, error } = useWorkflowStep('documents', 'confirmAttribute', onClose, '已记录定期评估结论');
  return (
    <StepFormDialog
      recordId={document.id}
      title={DOCUMENT_ACTION_LABELS.CONFIRM_ATTRIBUTE}
      warning="定期评估（《政府信息公开条例》第十八条）：如情况变化可以公开，请改用“重新确定公开属性”。"
      saveLabel="维持"
      error={error}
      onClose={onClose}
      onSubmit={(data) =>
        run({ id: document.id, version: document.version, data: { reason: String(data.reason ?? '') } })
      }
      validate={() => ({})}
      defaultValues={{ reason: '' }}
    >
      <TextInput source="reason" label="评估理由" multiline minRows={3} sx={{ width: '100%' }} />
    </StepFormDialog>
  );
};

/** [seed §4-9] The declassification of information once withheld as a state secret, before it is published. */
const DeclassificationDialog = ({ document, onClose }: { document: Document; onClose: () => void }) => {
  const { run, error } = useWorkflowStep('documents', 'recordDeclassification', onClose, '已登记解密手续');
  return (
    <StepFormDialog
      recordId={document.id}
      title={DOCUMENT_ACTION_LABELS.RECORD_DECLASSIFICATION}
      warning="该信息曾经审查确定为国家秘密：按保密规定办理解密手续后在此登记，方可公开。"
      saveLabel="登记"
      error={error}
      onClose={onClose}
      onSubmit={(data) =>
        run({ id: document.id, version: document.version, data: { reference: String(data.reference ?? '') } })
      }
      validate={() => ({})}
      defaultValues={{ reference: '' }}
    >
      <TextInput source="reference" label="解密手续的文号或依据" sx={{ width: '100%' }} />
    </StepFormDialog>
  );
};

const StepButton = ({ document, action }: { document: Document; action: DocumentAction }) => {
  const { canAccess } = useCanAccess({
    resource: 'documents',
    action: DOCUMENT_CONSOLE_ACTIONS[action],
    record: document,
  });
  const [open, setOpen] = useState(false);
  if (!canAccess) return null;
  if (action === 'EDIT') return <EditButton label="编辑" />;
  const close = () => setOpen(false);
  return (
    <>
      <Button label={DOCUMENT_ACTION_LABELS[action]} onClick={() => setOpen(true)} />
      {open &&
        (action === 'SET_ATTRIBUTE' || action === 'REDETERMINE_ATTRIBUTE' ? (
          <DocumentAttributeDialog
            document={document}
            redetermine={action === 'REDETERMINE_ATTRIBUTE'}
            onClose={close}
          />
        ) : action === 'RECORD_DECLASSIFICATION' ? (
          <DeclassificationDialog document={document} onClose={close} />
        ) : action === 'CONFIRM_ATTRIBUTE' ? (
          <ConfirmAttributeDialog document={document} onClose={close} />
        ) : (
          <StepConfirm document={document} action={action} onClose={close} />
        ))}
    </>
  );
};

/** The document's buttons, exactly the actions the API offers now (it decides; the console never compares states). */
export const DocumentWorkflowActions = () => {
  const document = useRecordContext<Document>();
  // Only the document's own page loads its actions (a list row does not).
  if (!document?.availableActions || document.attributeProposal === undefined) return null;
  const { availableActions } = document;
  return (
    <>
      {availableActions
        .filter((action): action is DocumentAction => Object.hasOwn(DOCUMENT_CONSOLE_ACTIONS, action))
        .map((action) => (
          <StepButton key={action} document={document} action={action} />
        ))}
    </>
  );
};
