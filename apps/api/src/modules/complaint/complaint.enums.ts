import {
  COMPLAINT_ACTIONS,
  COMPLAINT_ACTION_LABELS,
  COMPLAINT_CHANNELS,
  COMPLAINT_CHANNEL_LABELS,
  COMPLAINT_OUTCOMES,
  COMPLAINT_OUTCOME_LABELS,
  COMPLAINT_STATES,
  COMPLAINT_STATE_LABELS,
  COMPLAINT_VIOLATION_KINDS,
  COMPLAINT_VIOLATION_KIND_LABELS,
  CORRECTION_ORDER_ACTIONS,
  CORRECTION_ORDER_ACTION_LABELS,
  CORRECTION_ORDER_STATES,
  CORRECTION_ORDER_STATE_LABELS,
  NOT_ACCEPTED_REASONS,
  NOT_ACCEPTED_REASON_LABELS,
} from '@gdp/domain';
import { enumFrom } from '../../shared/graphql/domain-enum.js';

export const ComplaintViolationKindEnum = enumFrom(
  'ComplaintViolationKind',
  COMPLAINT_VIOLATION_KINDS,
  COMPLAINT_VIOLATION_KIND_LABELS,
);
export const ComplaintChannelEnum = enumFrom(
  'ComplaintChannel',
  COMPLAINT_CHANNELS,
  COMPLAINT_CHANNEL_LABELS,
);
export const ComplaintStateEnum = enumFrom('ComplaintState', COMPLAINT_STATES, COMPLAINT_STATE_LABELS);
export const ComplaintActionEnum = enumFrom('ComplaintAction', COMPLAINT_ACTIONS, COMPLAINT_ACTION_LABELS);
export const ComplaintOutcomeEnum = enumFrom(
  'ComplaintOutcome',
  COMPLAINT_OUTCOMES,
  COMPLAINT_OUTCOME_LABELS,
);
export const NotAcceptedReasonEnum = enumFrom(
  'ComplaintNotAcceptedReason',
  NOT_ACCEPTED_REASONS,
  NOT_ACCEPTED_REASON_LABELS,
);
export const CorrectionOrderStateEnum = enumFrom(
  'CorrectionOrderState',
  CORRECTION_ORDER_STATES,
  CORRECTION_ORDER_STATE_LABELS,
);
export const CorrectionOrderActionEnum = enumFrom(
  'CorrectionOrderAction',
  CORRECTION_ORDER_ACTIONS,
  CORRECTION_ORDER_ACTION_LABELS,
);
