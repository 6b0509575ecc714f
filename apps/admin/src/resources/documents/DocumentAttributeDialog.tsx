import { FormDataConsumer, SelectInput, TextInput } from 'react-admin';
import { attributeLabel, DISCLOSURE_ATTRIBUTE_CHOICES } from './document-labels';
import type { Document } from './document.resource';
import { StepFormDialog } from './StepFormDialog';
import { useWorkflowStep } from './useWorkflowStep';

/**
 * 确定公开属性 / 重新确定公开属性: the attribute and the reason. A reason is required when the choice deviates
 * from the system's proposal (or always, for a re-determination); the API says so on the field.
 */
export const DocumentAttributeDialog = ({
  document,
  redetermine,
  onClose,
}: {
  document: Document;
  redetermine: boolean;
  onClose: () => void;
}) => {
  const action = redetermine ? 'redetermineAttribute' : 'setAttribute';
  const title = redetermine ? '重新确定公开属性' : '确定公开属性';
  const { run, error } = useWorkflowStep('documents', action, onClose, `已${title}`);
  const proposed = document.attributeProposal?.attribute ?? null;
  return (
    <StepFormDialog
      recordId={document.id}
      title={title}
      intro={proposed ? `系统建议：${attributeLabel(proposed)}` : '系统无建议的公开属性，请确定'}
      saveLabel={title}
      error={error}
      onClose={onClose}
      onSubmit={(data) => run({ id: document.id, version: document.version, data })}
      validate={() => ({})}
      defaultValues={{ attribute: document.attribute ?? proposed ?? null, reason: '' }}
    >
      <SelectInput
        source="attribute"
        label="公开属性"
        choices={DISCLOSURE_ATTRIBUTE_CHOICES}
        sx={{ minWidth: 240 }}
      />
      <FormDataConsumer>
        {({ formData }) => (
          <TextInput
            source="reason"
            label="理由"
            helperText={
              redetermine || (proposed && formData.attribute !== proposed)
                ? '与系统建议不同或重新确定时须说明理由'
                : '可选'
            }
            multiline
            minRows={3}
            sx={{ width: '100%' }}
          />
        )}
      </FormDataConsumer>
    </StepFormDialog>
  );
};
