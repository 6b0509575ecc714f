import {
  APPLICANT_ID_TYPE_LABELS,
  APPLICANT_TYPE_LABELS,
  APPLICATION_ACTION_LABELS,
  APPLICATION_CHANNEL_LABELS,
  APPLICATION_DELIVERY_FORM_LABELS,
  APPLICATION_FEE_METHOD_LABELS,
  APPLICATION_RESULT_CATEGORY_LABELS,
  APPLICATION_STATE_LABELS,
  CONSULTATION_STATE_LABELS,
  CONSULTATION_USE_LABELS,
  NOTICE_CHANNEL_LABELS,
  STAFF_APPLICATION_CHANNELS,
  WITHHOLDING_REASON_LABELS,
  applicationResultLabel,
  parseApplicationResultCode,
} from '@gdp/domain';
import { choicesOf, labelIn } from '../documents/document-labels';

/** Choices and labels of the application module, all from the domain's tables (never restated here). */
export const APPLICATION_STATE_CHOICES = choicesOf(APPLICATION_STATE_LABELS);
export const APPLICATION_CHANNEL_CHOICES = choicesOf(APPLICATION_CHANNEL_LABELS);
/** Staff register letters, visits, faxes and e-mails; online applications arrive through external apps. */
export const STAFF_APPLICATION_CHANNEL_CHOICES = STAFF_APPLICATION_CHANNELS.map((channel) => ({
  id: channel,
  name: APPLICATION_CHANNEL_LABELS[channel],
}));
export const APPLICANT_TYPE_CHOICES = choicesOf(APPLICANT_TYPE_LABELS);
export const APPLICANT_ID_TYPE_CHOICES = choicesOf(APPLICANT_ID_TYPE_LABELS);
export const APPLICATION_DELIVERY_FORM_CHOICES = choicesOf(APPLICATION_DELIVERY_FORM_LABELS);
export const APPLICATION_RESULT_CATEGORY_CHOICES = choicesOf(APPLICATION_RESULT_CATEGORY_LABELS);
export const APPLICATION_FEE_METHOD_CHOICES = choicesOf(APPLICATION_FEE_METHOD_LABELS);
export const WITHHOLDING_REASON_CHOICES = choicesOf(WITHHOLDING_REASON_LABELS);
export const APPLICATION_NOTICE_CHANNEL_CHOICES = choicesOf(NOTICE_CHANNEL_LABELS);

export const applicationStateLabel = labelIn(APPLICATION_STATE_LABELS);
export const applicationChannelLabel = labelIn(APPLICATION_CHANNEL_LABELS);
export const applicantTypeLabel = labelIn(APPLICANT_TYPE_LABELS);
export const applicantIdTypeLabel = labelIn(APPLICANT_ID_TYPE_LABELS);
export const deliveryFormLabel = labelIn(APPLICATION_DELIVERY_FORM_LABELS);
export const applicationActionLabel = labelIn(APPLICATION_ACTION_LABELS);
export const feeMethodLabel = labelIn(APPLICATION_FEE_METHOD_LABELS);
export const noticeChannelLabel = labelIn(NOTICE_CHANNEL_LABELS);
export const consultationUseLabel = labelIn(CONSULTATION_USE_LABELS);
export const consultationStateLabel = labelIn(CONSULTATION_STATE_LABELS);
export const withholdingReasonLabel = labelIn(WITHHOLDING_REASON_LABELS);

/** 不予公开·属于国家秘密 from the stored result code; the code itself when this console does not know it. */
export function applicationResultCodeLabel(code: string | null | undefined): string {
  if (!code) return '—';
  const result = parseApplicationResultCode(code);
  return result ? applicationResultLabel(result) : code;
}
