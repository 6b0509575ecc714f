import { APPLICATION_LIMITS, APPLICATION_RECEIPT_RULES, type ApplicationChannel } from '@gdp/domain';
import { Alert, Stack } from '@mui/material';
import { BooleanInput, DateInput, SelectInput, TextInput } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { APPLICATION_DELIVERY_FORM_CHOICES, STAFF_APPLICATION_CHANNEL_CHOICES } from './application-labels';
import { ApplicantInputs } from './ApplicantInputs';

/** Art. 31: which day counts as the day of receipt for the chosen channel, beside the date it sets. */
export const ReceiptRuleHint = () => {
  const channel = useWatch({ name: 'channel' }) as ApplicationChannel | undefined;
  if (!channel || !Object.hasOwn(APPLICATION_RECEIPT_RULES, channel)) return null;
  return (
    <Alert severity="info" data-testid="receipt-rule" sx={{ alignSelf: 'center', maxWidth: 420 }}>
      《政府信息公开条例》第三十一条：{APPLICATION_RECEIPT_RULES[channel]}
    </Alert>
  );
};

/** The fields of ApplicationIntakeInput: how and when it came, who applies, what they ask for and in what form. */
export const ApplicationInputs = () => (
  <>
    <SelectInput
      source="channel"
      label="申请方式"
      choices={STAFF_APPLICATION_CHANNEL_CHOICES}
      sx={{ width: 360 }}
    />
    <Stack direction="row" spacing={2} flexWrap="wrap" alignItems="flex-start">
      <DateInput source="arrivedDate" label="到达日期" helperText="申请送达本局之日" sx={{ width: 200 }} />
      <DateInput
        source="receivedDate"
        label="收到申请日期"
        helperText="答复期限自收到申请之日的次日起算"
        sx={{ width: 200 }}
      />
      <ReceiptRuleHint />
    </Stack>
    <ApplicantInputs />
    <TextInput
      source="description"
      label="所需政府信息的名称、文号或者便于查询的其他特征性描述"
      multiline
      minRows={4}
      inputProps={{ maxLength: APPLICATION_LIMITS.description }}
      sx={{ maxWidth: 720 }}
      fullWidth
    />
    <TextInput
      source="purpose"
      label="用途说明"
      multiline
      minRows={2}
      inputProps={{ maxLength: APPLICATION_LIMITS.purpose }}
      sx={{ maxWidth: 720 }}
      fullWidth
    />
    <SelectInput
      source="deliveryForm"
      label="信息提供形式"
      choices={APPLICATION_DELIVERY_FORM_CHOICES}
      sx={{ width: 240 }}
    />
    <BooleanInput
      source="issueAccessCode"
      label="发放查询码"
      helperText="申请人凭案件编号和查询码在网上查询办理进度、补正告知和答复书；查询码只显示一次"
    />
  </>
);
