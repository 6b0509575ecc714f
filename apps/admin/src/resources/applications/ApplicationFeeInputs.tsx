import { applicationFee, type ApplicationFeeMethod } from '@gdp/domain';
import { Alert } from '@mui/material';
import { NumberInput, RadioButtonGroupInput, SelectInput } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { APPLICATION_FEE_METHOD_CHOICES, APPLICATION_NOTICE_CHANNEL_CHOICES } from './application-labels';

/** The fee the domain computes for a page count; null until the pages are a positive whole number. */
export function perPageFeeOf(pages: unknown): number | null {
  const count = Number(pages);
  return Number.isInteger(count) && count >= 1 ? applicationFee('PER_PAGE', count) : null;
}

/** The fee shown as the form is filled: per page from the pages; per application the API counts the month. */
export const FeePreview = () => {
  const method = useWatch({ name: 'method' }) as ApplicationFeeMethod | undefined;
  const pages = useWatch({ name: 'pages' });
  if (method === 'PER_APPLICATION') {
    return (
      <Alert severity="info" data-testid="fee-preview">
        按件计收：申请人本月第 1–10 件免费，第 11–30 件每件 100 元，第 31 件起每 10 件为一档、每档每件加收 100
        元。 件数由系统按申请人本自然月的申请计算，金额见收费通知。
      </Alert>
    );
  }
  const fee = perPageFeeOf(pages);
  return (
    <Alert severity={fee === null ? 'info' : 'success'} data-testid="fee-preview">
      {fee === null
        ? '按量计收：30 页以内免费，31–100 页每页 10 元，101–200 页每页 20 元，201 页起每页 40 元。'
        : `应收信息处理费：${fee} 元`}
    </Alert>
  );
};

/** 收费通知: one method per application (never both), the pages for 按量, the period to pay, the notice. */
export const ApplicationFeeInputs = () => {
  const method = useWatch({ name: 'method' });
  return (
    <>
      <RadioButtonGroupInput source="method" label="计费方式" choices={APPLICATION_FEE_METHOD_CHOICES} />
      {method === 'PER_PAGE' && (
        <NumberInput source="pages" label="拟提供信息的页数" min={1} step={1} sx={{ width: 220 }} />
      )}
      <FeePreview />
      <NumberInput
        source="paymentPeriodWorkingDays"
        label="缴费期限（工作日）"
        min={1}
        max={60}
        step={1}
        sx={{ width: 220, mt: 2 }}
      />
      <SelectInput
        source="noticeChannel"
        label="告知方式"
        choices={APPLICATION_NOTICE_CHANNEL_CHOICES}
        sx={{ width: 320 }}
      />
    </>
  );
};
