import type {
  DisclosureExceptionGround,
  ReviewAssessmentInput,
  ReviewOutcomeInput,
  SecrecyLevel,
  WithholdingReason,
} from '../../graphql/generated/graphql';
import { type FormValues, optionalText, requiredText } from '../../providers/resource-definition';

interface ReviewVersions {
  contentVersionId: string;
  approvedContentVersionId?: string | null;
  assessment?: { outcome: string; redactedContentVersionId?: string | null } | null;
  outcome?: { outcome: string; redactedContentVersionId?: string | null } | null;
}

/**
 * Which content version a step names. Level 1 and 2 review the subject's content; the head approves the
 * redacted version when level 2 chose partial disclosure; publishing and confirming name the approved one.
 */
export function contentVersionIdFor(action: string, review: ReviewVersions): string {
  if (action === 'PUBLISH' || action === 'CONFIRM')
    return (
      review.approvedContentVersionId ?? review.outcome?.redactedContentVersionId ?? review.contentVersionId
    );
  if (action === 'APPROVE') {
    const decided = review.outcome ?? review.assessment;
    if (decided?.outcome === 'PARTIAL' && decided.redactedContentVersionId)
      return decided.redactedContentVersionId;
  }
  return review.contentVersionId;
}

const reasonsOf = (value: unknown): WithholdingReason[] =>
  Array.isArray(value) ? value.filter((item): item is WithholdingReason => typeof item === 'string') : [];

/** Level 1's assessment: the outcome and, unless disclosing, the reasons and basis. */
export function toAssessmentInput(data: FormValues): ReviewAssessmentInput {
  return {
    outcome: data.outcome as ReviewAssessmentInput['outcome'],
    reasons: data.outcome === 'DISCLOSE' ? [] : reasonsOf(data.reasons),
    basis: optionalText(data.basis),
  };
}

/** Level 2's outcome: the assessment plus the redacted version, exceptions and state-secret metadata. */
export function toOutcomeInput(data: FormValues): ReviewOutcomeInput {
  const assessment = toAssessmentInput(data);
  const secret = (data.stateSecret ?? {}) as FormValues;
  const exceptions = (Array.isArray(data.exceptions) ? data.exceptions : []) as FormValues[];
  return {
    ...assessment,
    redactedContentVersionId:
      assessment.outcome === 'PARTIAL' ? optionalText(data.redactedContentVersionId) : null,
    exceptions: exceptions
      .filter((row) => row && row.reason && row.ground)
      .map((row) => ({
        reason: row.reason as WithholdingReason,
        ground: row.ground as DisclosureExceptionGround,
        evidence: requiredText(row.evidence).trim(),
      })),
    stateSecret: (assessment.reasons ?? []).includes('STATE_SECRET')
      ? {
          level: secret.level as SecrecyLevel,
          term: requiredText(secret.term).trim(),
          basis: requiredText(secret.basis).trim(),
          scope: requiredText(secret.scope).trim(),
        }
      : null,
  };
}

/** The console action (the access map's key) of each step the API offers. */
export const REVIEW_CONSOLE_ACTIONS = {
  INITIAL_REVIEW: 'initial',
  SECRECY_REVIEW: 'secrecy',
  APPROVE: 'approve',
  RETURN: 'return',
  ESCALATE: 'escalate',
  REFER_TO_SECRECY_BUREAU: 'refer',
  RECORD_DETERMINATION: 'recordDetermination',
  CONFIRM: 'confirm',
  PUBLISH: 'publish',
  CANCEL: 'cancel',
} as const;

export type ReviewStepAction = keyof typeof REVIEW_CONSOLE_ACTIONS;

/** The steps the console offers, in the API's order; SUPPLY belongs to applications, not to this page. */
export const reviewStepsOf = (available: readonly string[]): ReviewStepAction[] =>
  available.filter((action): action is ReviewStepAction => Object.hasOwn(REVIEW_CONSOLE_ACTIONS, action));
