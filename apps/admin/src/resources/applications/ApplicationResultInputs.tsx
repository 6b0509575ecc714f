import { APPLICATION_LIMITS } from '@gdp/domain';
import { Alert } from '@mui/material';
import { SelectArrayInput, SelectInput, TextInput } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { WITHHOLDING_REASON_CHOICES } from './application-labels';
import {
  REPLY_RESULT_CATEGORY_CHOICES,
  replyResultInputsOf,
  replyResultReasonChoices,
} from './application-results';

const wide = { width: '100%' } as const;

/**
 * The result as the annual report counts it: the category (三（一）–（六）), then — for the categories the
 * report splits — its sub-reason, chosen from the category's own list. A new category clears the sub-reason.
 * The inputs the reply letter's wording needs follow the choice.
 */
export const ApplicationResultInputs = () => {
  const { setValue } = useFormContext();
  const category = useWatch({ name: 'resultCategory' }) as string | undefined;
  const reason = useWatch({ name: 'resultReason' }) as string | undefined;
  const reasons = replyResultReasonChoices(category);
  const needs = replyResultInputsOf(category, reason);
  return (
    <>
      <SelectInput
        source="resultCategory"
        label="办理结果"
        choices={REPLY_RESULT_CATEGORY_CHOICES}
        onChange={() => setValue('resultReason', null, { shouldDirty: true })}
        sx={{ minWidth: 240 }}
      />
      {reasons.length > 0 && (
        <SelectInput
          source="resultReason"
          label="具体情形"
          choices={reasons}
          data-testid="result-reason"
          sx={{ minWidth: 420 }}
        />
      )}
      {needs.publishedIndexNumbers && (
        <TextInput
          source="publishedIndexNumbers"
          label="已主动公开信息的索引号"
          helperText="每行一个；答复书据此告知申请人获取途径。需向申请人提供信息的，请先送保密审查"
          multiline
          minRows={2}
          sx={wide}
        />
      )}
      {needs.withholdingReasons && (
        <SelectArrayInput
          source="withholdingReasons"
          label="不予公开的理由"
          choices={WITHHOLDING_REASON_CHOICES}
          helperText="答复书逐项援引其法律依据"
          sx={wide}
        />
      )}
      {needs.responsibleAgency && (
        <TextInput
          source="responsibleAgency"
          label="负责公开该信息的机关"
          helperText="能够确定的，告知申请人该机关的名称；不能确定的留空"
          inputProps={{ maxLength: APPLICATION_LIMITS.otherAgency }}
          sx={wide}
        />
      )}
      {category === 'NOT_PROCESSED' && reason === 'COMPLAINT' && (
        <Alert severity="info" sx={{ mb: 1 }}>
          信访、投诉、举报类申请按不予处理办结，并转入投诉举报程序登记（《政府信息公开条例》第三十九条）。
        </Alert>
      )}
    </>
  );
};
