import {
  askApplicantForReasonsSchema,
  reasonablePeriodSchema,
  applicationIntakeSchema,
  applicationResultOf,
  extendApplicationSchema,
  feeNoticeSchema,
  recordCorrectionSchema,
  recordPaymentSchema,
  replyApplicationSchema,
  requestCorrectionSchema,
} from '@gdp/domain';
import type { FormValues } from '../../providers/resource-definition';
import { validateWith, type FormErrors } from '../../shared/zod-validation';
import {
  toApplicationIntakeInput,
  toAskReasonsInput,
  toExtendInput,
  toReasonablePeriodInput,
  toFeeNoticeInput,
  toRecordCorrectionInput,
  toRecordPaymentInput,
  toReplyInput,
  toRequestCorrectionInput,
} from './application-forms';
import type { ApplicationStep } from './application-steps';

/**
 * The forms checked with the domain's schemas — the API's rules and zh-CN messages — on the input each
 * form becomes. The intake's applicant sits under `applicant.*`, as in the form, so each message lands on
 * its input.
 */
const validateIntakeInput = validateWith(applicationIntakeSchema);

export const validateApplicationIntake = (values: FormValues): FormErrors =>
  validateIntakeInput(toApplicationIntakeInput(values));

const validateRequestCorrection = validateWith(requestCorrectionSchema);
const validateRecordCorrection = validateWith(recordCorrectionSchema);
const validateExtend = validateWith(extendApplicationSchema);
const validateFeeNotice = validateWith(feeNoticeSchema);
const validatePayment = validateWith(recordPaymentSchema);
const validateReplyShape = validateWith(replyApplicationSchema);
const validateAskReasons = validateWith(askApplicantForReasonsSchema);
const validateReasonablePeriod = validateWith(reasonablePeriodSchema);

/** The reply: its shape, then the category and sub-reason as the domain pairs them; 已公开 needs its index numbers. */
export function validateReply(values: FormValues): FormErrors {
  const input = toReplyInput(values);
  const errors = validateReplyShape(input);
  try {
    applicationResultOf(input.resultCategory, input.resultReason);
  } catch (error) {
    const fields = (error as { fields?: Record<string, string[]> }).fields ?? {};
    for (const [name, messages] of Object.entries(fields)) errors[name] ??= messages[0] ?? '';
  }
  if (input.resultCategory === 'DISCLOSED' && input.publishedIndexNumbers.length === 0)
    errors.publishedIndexNumbers ??= '请填写已主动公开信息的索引号（需提供信息的，请送保密审查后答复）';
  return errors;
}

type StepValidator = (values: FormValues) => FormErrors;

/** The steps with a form (the two closings are confirmations). */
export const APPLICATION_STEP_VALIDATORS: Partial<Record<ApplicationStep, StepValidator>> = {
  REQUEST_CORRECTION: (values) => validateRequestCorrection(toRequestCorrectionInput(values)),
  RECORD_CORRECTION: (values) => validateRecordCorrection(toRecordCorrectionInput(values)),
  EXTEND: (values) => validateExtend(toExtendInput(values)),
  ASK_REASONS: (values) => validateAskReasons(toAskReasonsInput(values)),
  SET_REASONABLE_PERIOD: (values) => validateReasonablePeriod(toReasonablePeriodInput(values)),
  ISSUE_FEE_NOTICE: (values) => validateFeeNotice(toFeeNoticeInput(values)),
  RECORD_PAYMENT: (values) => validatePayment(toRecordPaymentInput(values)),
  REPLY: validateReply,
};
