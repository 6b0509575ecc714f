import {
  isReplyRequired,
  acceptComplaintSchema,
  complaintIntakeSchema,
  complaintTransferResultSchema,
  extendComplaintSchema,
  handleComplaintSchema,
  rejectComplaintSchema,
  transferComplaintSchema,
} from '@gdp/domain';
import type { FormValues } from '../../providers/resource-definition';
import { validateWith, type FormErrors } from '../../shared/zod-validation';
import type { ComplaintStepAction } from './complaint-case';
import {
  toAcceptVariables,
  toComplaintIntakeInput,
  toHandleVariables,
  toRejectVariables,
  toTransferResultVariables,
  toTransferVariables,
  type Complaint,
  type ComplaintActionParams,
} from './complaint.resource';

/**
 * The forms checked with the domain's schemas — the same rules and zh-CN messages the API applies — on the
 * input each form becomes: its field names are the form's (the intake's sealed part under `sealed`, a
 * correction order's under `correctionOrders.<n>`), so every message lands on its input.
 */
const validateIntakeInput = validateWith(complaintIntakeSchema);

export const validateComplaintIntake = (values: FormValues): FormErrors =>
  validateIntakeInput(toComplaintIntakeInput(values));

/** Ids and versions play no part in the checks: the form's values only. */
const params = (data: FormValues): ComplaintActionParams => ({ id: '', version: 0, data });

const validateAccept = validateWith(acceptComplaintSchema);
const validateReject = validateWith(rejectComplaintSchema);
const validateTransfer = validateWith(transferComplaintSchema);
const validateTransferResult = validateWith(complaintTransferResultSchema);
const validateExtend = validateWith(extendComplaintSchema);
const validateHandle = validateWith(handleComplaintSchema);

type StepValidator = (
  values: FormValues,
  complaint: Pick<Complaint, 'wantsReply' | 'isAnonymous' | 'hasAccessCode'>,
) => FormErrors;

export const COMPLAINT_STEP_VALIDATORS: Record<Exclude<ComplaintStepAction, 'CLOSE'>, StepValidator> = {
  ACCEPT: (values) => validateAccept(toAcceptVariables(params(values))),
  REJECT: (values) => validateReject(toRejectVariables(params(values))),
  TRANSFER: (values) => {
    // The domain flags both targets when neither is chosen; the form shows only the chosen kind's input.
    const errors = validateTransfer(toTransferVariables(params(values)));
    const { toDepartmentId, toAgencyId, ...rest } = errors;
    const target = values.target === 'AGENCY' ? { toAgencyId } : { toDepartmentId };
    return { ...rest, ...Object.fromEntries(Object.entries(target).filter(([, message]) => message)) };
  },
  RECORD_TRANSFER_RESULT: (values) => validateTransferResult(toTransferResultVariables(params(values))),
  // On the form's values: an empty number input is null there, which the schema reports as missing.
  EXTEND: (values) => validateExtend(values),
  HANDLE: (values, complaint) => {
    const input = toHandleVariables(params(values)).input;
    const errors = validateHandle(input);
    // The domain's rule needing the case: a reply is owed when asked for and the complainant can read it.
    if (isReplyRequired(complaint) && !input.replyText && !errors.replyText)
      errors.replyText = 'gdp.complaints.reply_required';
    return errors;
  },
};
