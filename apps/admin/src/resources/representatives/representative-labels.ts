import {
  ELIGIBILITY_OUTCOME_LABELS,
  REPRESENTATIVE_STATE_LABELS,
  REPRESENTATIVE_TYPE_LABELS,
} from '@gdp/domain';
import { choicesOf, labelIn } from '../documents/document-labels';

/** Choices and labels of the registry, from the domain's tables. */
export const REPRESENTATIVE_TYPE_CHOICES = choicesOf(REPRESENTATIVE_TYPE_LABELS);
export const REPRESENTATIVE_STATE_CHOICES = choicesOf(REPRESENTATIVE_STATE_LABELS);
export const ELIGIBILITY_OUTCOME_CHOICES = choicesOf(ELIGIBILITY_OUTCOME_LABELS);

export const representativeTypeLabel = labelIn(REPRESENTATIVE_TYPE_LABELS);
export const representativeStateLabel = labelIn(REPRESENTATIVE_STATE_LABELS);
/** No check recorded yet reads 未审核, not a dash: it is why someone cannot be invited. */
export const eligibilityOutcomeLabel = (outcome: string | null | undefined): string =>
  outcome ? labelIn(ELIGIBILITY_OUTCOME_LABELS)(outcome) : '未审核';
