import { z } from 'zod';
import { departmentScopeOf, hasPermission, type Actor } from '../identity/actor.js';
import {
  REVIEW_SUBJECT_KINDS,
  REVIEW_SUBJECT_KIND_LABELS,
  type ReviewSubjectKind,
} from '../review/review.workflow.js';
import { optionalCalendarDateSchema } from '../shared/calendar-date.js';
import { optionalTextSchema, requiredTextSchema } from '../shared/text-fields.js';

/**
 * Entries of the public catalog (政府信息公开目录, SPEC M5; 条例 art. 12): what the named publisher
 * published, tagged by the kind of reviewed item so "published meeting results" is a filtered view. A
 * correction is a new version under the same index number; the version it replaces is SUPERSEDED. Only
 * PUBLISHED entries are ever shown outside the bureau.
 */
export const CATALOG_ENTRY_STATES = ['PUBLISHED', 'SUPERSEDED', 'WITHDRAWN'] as const;
export type CatalogEntryState = (typeof CATALOG_ENTRY_STATES)[number];

export const CATALOG_ENTRY_STATE_LABELS: Record<CatalogEntryState, string> = {
  PUBLISHED: '已发布',
  SUPERSEDED: '已被更正版本取代',
  WITHDRAWN: '已撤下',
};

/** Every reviewed kind that ends in publication; application replies are supplied to one applicant instead. */
export type CatalogSubjectKind = Exclude<ReviewSubjectKind, 'APPLICATION_REPLY'>;
export const CATALOG_SUBJECT_KINDS = REVIEW_SUBJECT_KINDS.filter(
  (kind): kind is CatalogSubjectKind => kind !== 'APPLICATION_REPLY',
);
export const CATALOG_SUBJECT_KIND_LABELS = Object.fromEntries(
  CATALOG_SUBJECT_KINDS.map((kind) => [kind, REVIEW_SUBJECT_KIND_LABELS[kind]]),
) as Record<CatalogSubjectKind, string>;

export const CATALOG_ENTRY_ACTIONS = ['WITHDRAW', 'EMERGENCY_WITHDRAW'] as const;
export type CatalogEntryAction = (typeof CATALOG_ENTRY_ACTIONS)[number];
export const CATALOG_ENTRY_ACTION_LABELS: Record<CatalogEntryAction, string> = {
  WITHDRAW: '撤下',
  EMERGENCY_WITHDRAW: '紧急撤下',
};

/**
 * 索引号: `<bureau code>/<year>-<5-digit yearly sequence>` (GDP-BUREAU/2026-00001). The bureau code comes
 * from the BUREAU_INDEX_CODE setting (default below); the sequence is the Asia/Shanghai year of publication,
 * kept in the shared case-number counter under its own prefix. Numbers are given at publication only: a
 * number given earlier would reveal that an unpublished item exists.
 */
export const DEFAULT_BUREAU_INDEX_CODE = '000000000';
export const BUREAU_INDEX_CODE_PATTERN = /^[A-Z0-9-]{1,32}$/;
export const CATALOG_INDEX_SEQUENCE_PREFIX = 'SYH';
export const INDEX_NUMBER_MAX = 48;
const INDEX_SEQUENCE_DIGITS = 5;

export function formatIndexNumber(bureauCode: string, year: number, sequence: number): string {
  if (!BUREAU_INDEX_CODE_PATTERN.test(bureauCode))
    throw new RangeError(`invalid bureau index code: ${bureauCode}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence >= 10 ** INDEX_SEQUENCE_DIGITS) {
    throw new RangeError(`index sequence out of range: ${sequence}`);
  }
  return `${bureauCode}/${year}-${String(sequence).padStart(INDEX_SEQUENCE_DIGITS, '0')}`;
}

export const CATALOG_ENTRY_TITLE_MAX = 300;
export const CATALOG_ENTRY_SUMMARY_MAX = 2000;
export const CATALOG_SEARCH_MAX = 100;
export const CATALOG_WITHDRAWAL_REASON_MAX = 500;

export const withdrawCatalogEntrySchema = z.object({
  reason: requiredTextSchema('撤下理由', CATALOG_WITHDRAWAL_REASON_MAX),
});

/** Filters of the catalog as external apps page through it: a bounded search and a publication period. */
export const catalogSearchSchema = z
  .object({
    search: optionalTextSchema('检索词', CATALOG_SEARCH_MAX),
    publishedFrom: optionalCalendarDateSchema('发布日期起'),
    publishedTo: optionalCalendarDateSchema('发布日期止'),
  })
  .refine((range) => !range.publishedFrom || !range.publishedTo || range.publishedFrom <= range.publishedTo, {
    path: ['publishedTo'],
    message: '发布日期止不能早于发布日期起',
  });
export type CatalogSearch = z.output<typeof catalogSearchSchema>;

/**
 * Who may withdraw a published entry: a publisher of the owning department, or the leadership group's
 * office bureau-wide (REVIEW_OVERSIGHT).
 */
export function mayWithdrawCatalogEntry(actor: Actor, owningDepartmentId: string): boolean {
  if (actor.kind !== 'staff') return false;
  if (hasPermission(actor, 'REVIEW_OVERSIGHT')) return true;
  const scope = departmentScopeOf(actor.grants, 'PUBLISH');
  return scope === 'ALL' || scope.includes(owningDepartmentId);
}

export function availableCatalogEntryActions(
  entry: { state: CatalogEntryState; owningDepartmentId: string },
  actor: Actor,
): CatalogEntryAction[] {
  if (entry.state !== 'PUBLISHED') return [];
  const actions: CatalogEntryAction[] = [];
  if (mayWithdrawCatalogEntry(actor, entry.owningDepartmentId)) actions.push('WITHDRAW');
  // A leak [seed §4-5]: the leadership office takes an item down at once, whatever version anyone holds.
  if (hasPermission(actor, 'REVIEW_OVERSIGHT')) actions.push('EMERGENCY_WITHDRAW');
  return actions;
}
