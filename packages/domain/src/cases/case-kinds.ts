/**
 * The kinds of record that deadlines, tasks, notices and citizen codes point to (SPEC §2.3–2.3c).
 * A link is (kind, id): the shared services never join a module's table, so a module adds its kind
 * here and its own rows stay its own.
 */
export const CASE_KINDS = [
  'APPLICATION',
  'COMPLAINT',
  'MEETING',
  'INVITATION',
  'DOCUMENT',
  'CONSULTATION',
  'CALENDAR_YEAR',
  'REVIEW',
] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const CASE_KIND_LABELS: Record<CaseKind, string> = {
  APPLICATION: '政府信息公开申请',
  COMPLAINT: '投诉举报',
  MEETING: '会议（社会代表列席）',
  INVITATION: '列席邀请（社会代表）',
  DOCUMENT: '政府信息',
  CONSULTATION: '征求意见',
  CALENDAR_YEAR: '节假日安排',
  REVIEW: '保密审查',
};

/** Case numbers shown to citizens: a prefix per kind, the year and a yearly sequence (YS-2026-000123). */
export const CASE_NUMBER_PREFIXES: Partial<Record<CaseKind, string>> = {
  APPLICATION: 'YS',
  COMPLAINT: 'TS',
  MEETING: 'LX',
  // Each representative's invitation has its own number and code: the holder acts on that invitation only.
  INVITATION: 'YQ',
};
