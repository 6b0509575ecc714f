import {
  DISCLOSURE_EXCEPTION_GROUND_LABELS,
  WITHHOLDING_REASONS,
  WITHHOLDING_REASONS_DEFINITION,
  WITHHOLDING_REASON_LABELS,
} from '@gdp/domain';
import type {
  ApplicationSupplyRedactionInput,
  DisclosureExceptionGround,
  ReviewAssessmentInput,
  ReviewOutcomeInput,
  ReviewSubjectKind,
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
        evidenceFileId: optionalText(row.evidenceFileId),
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

/** The reasons art. 15 lets be disclosed all the same (commercial secrets, privacy), as the domain marks them. */
export const EXCEPTION_REASON_CHOICES = WITHHOLDING_REASONS.filter(
  (reason) => WITHHOLDING_REASONS_DEFINITION[reason].isOverridable,
).map((reason) => ({ id: reason, name: WITHHOLDING_REASON_LABELS[reason] }));

export const EXCEPTION_GROUND_CHOICES = (
  Object.keys(DISCLOSURE_EXCEPTION_GROUND_LABELS) as DisclosureExceptionGround[]
).map((ground) => ({ id: ground, name: DISCLOSURE_EXCEPTION_GROUND_LABELS[ground] }));

/** What the reference and file of an exception row are, by its ground (the API's rule, said up front). */
export function exceptionEvidenceHint(ground: unknown): { reference: string; file: string } {
  return ground === 'PUBLIC_INTEREST'
    ? { reference: '领导小组决定文号', file: '决定文件（可选）' }
    : { reference: '同意书编号或日期', file: '权利人书面同意书（必须上传）' };
}

interface EvidenceFileRef {
  id: string;
}

/** Each recorded exception with its evidence file (null without one, or when the file is not listed). */
export function exceptionsWithFiles<E extends { evidenceFileId?: string | null }, F extends EvidenceFileRef>(
  exceptions: readonly E[] | null | undefined,
  files: readonly F[] | null | undefined,
): Array<E & { file: F | null }> {
  return (exceptions ?? []).map((exception) => ({
    ...exception,
    file: (exception.evidenceFileId && files?.find((file) => file.id === exception.evidenceFileId)) || null,
  }));
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

/** The console page of a review's subject, where one exists. */
export function subjectPathOf(review: { subjectKind: string; subjectId: string }): string | null {
  const resource = SUBJECT_RESOURCES[review.subjectKind as ReviewSubjectKind];
  return resource ? `/${resource}/${review.subjectId}/show` : null;
}

const SUBJECT_RESOURCES: Partial<Record<ReviewSubjectKind, string>> = {
  DOCUMENT: 'documents',
  APPLICATION_REPLY: 'applications',
  MEETING_RESULT: 'meetings',
};

/** The console action preparing level 2's redacted version, by subject kind (each module has its own). */
const REDACTION_ACTIONS = {
  DOCUMENT: 'prepareRedacted',
  APPLICATION_REPLY: 'prepareSupplyRedaction',
  MEETING_RESULT: 'prepareMeetingResultRedaction',
} as const;

export type RedactableSubjectKind = keyof typeof REDACTION_ACTIONS;
export type RedactionAction = (typeof REDACTION_ACTIONS)[RedactableSubjectKind];

/** The subject kinds whose redacted version the console prepares; other kinds offer no such dialog. */
export const redactableKindOf = (subjectKind: string): RedactableSubjectKind | null =>
  Object.hasOwn(REDACTION_ACTIONS, subjectKind) ? (subjectKind as RedactableSubjectKind) : null;

export const redactionActionOf = (subjectKind: RedactableSubjectKind): RedactionAction =>
  REDACTION_ACTIONS[subjectKind];

/** One file of a content version as the review page lists it; href is null once its content is removed. */
export interface ReviewContentFile {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  href: string | null;
}

/** A content version of an application's reply or a meeting's results, in one shape for the page. */
export interface ReviewContentView {
  id: string;
  text: string;
  files: ReviewContentFile[];
  isRemoved: boolean;
  isSealed: boolean;
}

export interface ReviewContents {
  original: ReviewContentView | null;
  redacted: ReviewContentView[];
}

interface VersionedContent {
  id: string;
  kind: string;
  basedOnId?: string | null;
  sealedAt?: string | null;
}

interface RemovalFacts {
  contentVersionId: string;
  isContentRemovalRequired: boolean;
  decisions: readonly { action: string }[];
}

/**
 * The original's content is gone once the leadership office confirmed a state secret (the API then keeps
 * only a note in place of the text and drops the files).
 */
export const isOriginalRemoved = (review: RemovalFacts): boolean =>
  review.isContentRemovalRequired && review.decisions.some((decision) => decision.action === 'CONFIRM');

/** The version under review and the redacted versions based on it, in the API's order. */
function contentsOf<V extends VersionedContent>(
  versions: readonly V[],
  review: RemovalFacts,
  view: (version: V) => Omit<ReviewContentView, 'id' | 'isRemoved' | 'isSealed'>,
): ReviewContents {
  const toView = (version: V, isRemoved: boolean): ReviewContentView => ({
    id: version.id,
    ...view(version),
    isRemoved,
    isSealed: Boolean(version.sealedAt),
  });
  const original = versions.find((version) => version.id === review.contentVersionId);
  return {
    original: original ? toView(original, isOriginalRemoved(review)) : null,
    redacted: versions
      .filter((version) => version.kind === 'REDACTED' && version.basedOnId === review.contentVersionId)
      .map((version) => toView(version, false)),
  };
}

interface SupplyFile {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  contentBase64?: string | null;
  removedAt?: string | null;
}

const supplyFileOf = (file: SupplyFile): ReviewContentFile => ({
  id: file.id,
  fileName: file.fileName,
  contentType: file.contentType,
  sizeBytes: file.sizeBytes,
  href:
    file.contentBase64 && !file.removedAt ? `data:${file.contentType};base64,${file.contentBase64}` : null,
});

/** An application's reply material under review: text and files, original and redacted. */
export function supplyContentsOf(
  review: RemovalFacts & {
    supplyVersions: readonly (VersionedContent & { text: string; files: readonly SupplyFile[] })[];
  },
): ReviewContents {
  return contentsOf(review.supplyVersions, review, (version) => ({
    text: version.text,
    files: version.files.filter((file) => !file.removedAt).map(supplyFileOf),
  }));
}

/** A meeting's result texts under review (read from the meeting, which holds them). */
export function meetingContentsOf(
  review: RemovalFacts,
  resultVersions: readonly (VersionedContent & { body: string })[],
): ReviewContents {
  return contentsOf(resultVersions, review, (version) => ({ text: version.body, files: [] }));
}

/** Level 2's choice among the redacted versions, numbered in the order they were prepared. */
export const redactedChoicesOf = (redacted: readonly { id: string }[]) =>
  redacted.map((version, index) => ({ id: version.id, name: `区分处理版本 ${index + 1}` }));

/**
 * The redacted reply material: the text, the original files kept as they are (only those of the original)
 * and the redacted copies uploaded.
 */
export function toSupplyRedactionInput(
  original: ReviewContentView | null,
  form: {
    text: string;
    keepFileIds: readonly string[];
    files: readonly { fileName: string; contentBase64: string }[];
  },
): ApplicationSupplyRedactionInput {
  const originalFileIds = new Set(original?.files.map((file) => file.id) ?? []);
  return {
    text: form.text,
    keepFileIds: form.keepFileIds.filter((id) => originalFileIds.has(id)),
    files: form.files.map(({ fileName, contentBase64 }) => ({ fileName, contentBase64 })),
  };
}
