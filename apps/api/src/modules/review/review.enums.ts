import {
  ANNUAL_REPORT_WITHHOLDING_REASONS,
  ANNUAL_REPORT_WITHHOLDING_REASON_LABELS,
  DISCLOSURE_EXCEPTION_GROUNDS,
  DISCLOSURE_EXCEPTION_GROUND_LABELS,
  REVIEW_ACTIONS,
  REVIEW_ACTION_LABELS,
  REVIEW_FINAL_ACTIONS,
  REVIEW_FINAL_ACTION_LABELS,
  REVIEW_OUTCOMES,
  REVIEW_OUTCOME_LABELS,
  REVIEW_STAGES,
  REVIEW_STAGE_LABELS,
  REVIEW_STATES,
  REVIEW_STATE_LABELS,
  REVIEW_SUBJECT_KINDS,
  REVIEW_SUBJECT_KIND_LABELS,
  SECRECY_LEVELS,
  SECRECY_LEVEL_LABELS,
  WITHHOLDING_REASONS,
  WITHHOLDING_REASON_LABELS,
} from '@gdp/domain';
import { enumFrom } from '../../shared/graphql/domain-enum.js';

export const ReviewSubjectKindEnum = enumFrom(
  'ReviewSubjectKind',
  REVIEW_SUBJECT_KINDS,
  REVIEW_SUBJECT_KIND_LABELS,
);
export const ReviewFinalActionEnum = enumFrom(
  'ReviewFinalAction',
  REVIEW_FINAL_ACTIONS,
  REVIEW_FINAL_ACTION_LABELS,
);
export const ReviewStateEnum = enumFrom('ReviewState', REVIEW_STATES, REVIEW_STATE_LABELS);
export const ReviewStageEnum = enumFrom('ReviewStage', REVIEW_STAGES, REVIEW_STAGE_LABELS);
export const ReviewActionEnum = enumFrom('ReviewAction', REVIEW_ACTIONS, REVIEW_ACTION_LABELS);
export const ReviewOutcomeKindEnum = enumFrom('ReviewOutcomeKind', REVIEW_OUTCOMES, REVIEW_OUTCOME_LABELS);
export const WithholdingReasonEnum = enumFrom(
  'WithholdingReason',
  WITHHOLDING_REASONS,
  WITHHOLDING_REASON_LABELS,
);
export const AnnualReportWithholdingReasonEnum = enumFrom(
  'AnnualReportWithholdingReason',
  ANNUAL_REPORT_WITHHOLDING_REASONS,
  ANNUAL_REPORT_WITHHOLDING_REASON_LABELS,
);
export const DisclosureExceptionGroundEnum = enumFrom(
  'DisclosureExceptionGround',
  DISCLOSURE_EXCEPTION_GROUNDS,
  DISCLOSURE_EXCEPTION_GROUND_LABELS,
);
export const SecrecyLevelEnum = enumFrom('SecrecyLevel', SECRECY_LEVELS, SECRECY_LEVEL_LABELS);
