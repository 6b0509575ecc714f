import {
  CATALOG_ENTRY_STATE_LABELS,
  CATALOG_SUBJECT_KIND_LABELS,
  DISCLOSURE_ATTRIBUTE_LABELS,
  DOCUMENT_ACTION_LABELS,
  DOCUMENT_PURPOSE_LABELS,
  DOCUMENT_STATE_LABELS,
  DOCUMENT_TYPE_LABELS,
  REVIEW_ACTION_LABELS,
  REVIEW_OUTCOME_LABELS,
  REVIEW_STAGE_LABELS,
  REVIEW_STATE_LABELS,
  REVIEW_SUBJECT_KIND_LABELS,
  SECRECY_LEVEL_LABELS,
  WITHHOLDING_REASON_LABELS,
} from '@gdp/domain';

/** A label table of the domain as react-admin choices, in the table's order. */
export const choicesOf = (labels: Readonly<Record<string, string>>) =>
  Object.entries(labels).map(([id, name]) => ({ id, name }));

/** The label of a code, or the code itself when the table does not know it (a newer API). */
export const labelIn =
  (labels: Readonly<Record<string, string>>) =>
  (code: string | null | undefined): string =>
    code ? (labels[code] ?? code) : '—';

export const DOCUMENT_TYPE_CHOICES = choicesOf(DOCUMENT_TYPE_LABELS);
export const DOCUMENT_PURPOSE_CHOICES = choicesOf(DOCUMENT_PURPOSE_LABELS);
export const DOCUMENT_STATE_CHOICES = choicesOf(DOCUMENT_STATE_LABELS);
export const DISCLOSURE_ATTRIBUTE_CHOICES = choicesOf(DISCLOSURE_ATTRIBUTE_LABELS);
export const REVIEW_STATE_CHOICES = choicesOf(REVIEW_STATE_LABELS);
export const REVIEW_SUBJECT_KIND_CHOICES = choicesOf(REVIEW_SUBJECT_KIND_LABELS);
export const REVIEW_OUTCOME_CHOICES = choicesOf(REVIEW_OUTCOME_LABELS);
export const WITHHOLDING_REASON_CHOICES = choicesOf(WITHHOLDING_REASON_LABELS);
export const SECRECY_LEVEL_CHOICES = choicesOf(SECRECY_LEVEL_LABELS);
export const CATALOG_ENTRY_STATE_CHOICES = choicesOf(CATALOG_ENTRY_STATE_LABELS);
export const CATALOG_SUBJECT_KIND_CHOICES = choicesOf(CATALOG_SUBJECT_KIND_LABELS);

/** Document history actions: the workflow's steps plus the events that are not user actions. */
const DOCUMENT_EVENT_LABELS: Readonly<Record<string, string>> = {
  ...DOCUMENT_ACTION_LABELS,
  CREATE: '起草',
  REMOVE_CONTENT: '删除原件内容',
};

export const documentEventLabel = labelIn(DOCUMENT_EVENT_LABELS);
export const documentStateLabel = labelIn(DOCUMENT_STATE_LABELS);
export const attributeLabel = labelIn(DISCLOSURE_ATTRIBUTE_LABELS);
export const reviewActionLabel = labelIn(REVIEW_ACTION_LABELS);
export const reviewStageLabel = labelIn(REVIEW_STAGE_LABELS);
export const reviewStateLabel = labelIn(REVIEW_STATE_LABELS);
export const reviewOutcomeLabel = labelIn(REVIEW_OUTCOME_LABELS);
export const withholdingReasonLabel = labelIn(WITHHOLDING_REASON_LABELS);
