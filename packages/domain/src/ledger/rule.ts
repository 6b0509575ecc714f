import { z } from 'zod';
import { badInput } from '../shared/domain-error.js';
import {
  calendarDateSchema,
  optionalCalendarDateSchema,
  type CalendarDate,
} from '../shared/calendar-date.js';
import { optionalTextSchema, requiredTextSchema } from '../shared/text-fields.js';

/**
 * The rules library (制度库): the disclosure work rules, the second item of the ledger [seed §9-3(2)];
 * the seed's 11 rules are its first entries. A rule keeps every version of its text; the version in
 * force is derived from the dates, never stored.
 */

/** The area of disclosure work a rule governs (the seed's 11 rules cover all but APPLICATION). */
export const RULE_CATEGORIES = [
  'ASSESSMENT',
  'PUBLIC_OPINION',
  'RELEASE_COORDINATION',
  'CONFIDENTIALITY_REVIEW',
  'SOURCE_MANAGEMENT',
  'PUBLIC_PARTICIPATION',
  'APPLICATION',
  'TRAINING',
  'LEDGER',
  'SOCIAL_EVALUATION',
  'COMPLAINT',
  'OTHER',
] as const;
export type RuleCategory = (typeof RULE_CATEGORIES)[number];

export const RULE_CATEGORY_LABELS: Record<RuleCategory, string> = {
  ASSESSMENT: '考核',
  PUBLIC_OPINION: '舆情收集研判和回应',
  RELEASE_COORDINATION: '信息发布协调',
  CONFIDENTIALITY_REVIEW: '保密审查',
  SOURCE_MANAGEMENT: '源头管理',
  PUBLIC_PARTICIPATION: '公众参与',
  APPLICATION: '依申请公开',
  TRAINING: '培训宣传',
  LEDGER: '工作台账',
  SOCIAL_EVALUATION: '社会评议',
  COMPLAINT: '投诉举报',
  OTHER: '其他',
};

/** Where a rule stands on a given day. */
export const RULE_STATUSES = ['IN_FORCE', 'NOT_YET_EFFECTIVE', 'REPEALED'] as const;
export type RuleStatus = (typeof RULE_STATUSES)[number];

export const RULE_STATUS_LABELS: Record<RuleStatus, string> = {
  IN_FORCE: '现行有效',
  NOT_YET_EFFECTIVE: '尚未施行',
  REPEALED: '已废止',
};

export const RULE_TEXT_MAX = 100_000;

export const ruleInputSchema = z.object({
  title: requiredTextSchema('制度名称', 128),
  issuingBody: requiredTextSchema('发布机关', 128),
  category: z.enum(RULE_CATEGORIES, { error: '制度类别无效' }),
  documentNumber: optionalTextSchema('文号', 64),
});
export type RuleInput = z.output<typeof ruleInputSchema>;

export const ruleVersionInputSchema = z
  .object({
    /** The text as issued: kept exactly, only surrounding blank space removed. */
    text: requiredTextSchema('制度全文', RULE_TEXT_MAX),
    effectiveDate: calendarDateSchema('施行日期'),
    repealDate: optionalCalendarDateSchema('废止日期'),
    note: optionalTextSchema('版本说明', 500),
  })
  .refine((version) => !version.repealDate || version.repealDate > version.effectiveDate, {
    path: ['repealDate'],
    message: '废止日期须晚于施行日期',
  });
export type RuleVersionInput = z.output<typeof ruleVersionInputSchema>;

export const createRuleInputSchema = ruleInputSchema.extend({ firstVersion: ruleVersionInputSchema });
export type CreateRuleInput = z.output<typeof createRuleInputSchema>;

/** Setting (or clearing, with no date) the repeal date of a rule's latest version. */
export const ruleRepealInputSchema = z.object({ repealDate: optionalCalendarDateSchema('废止日期') });

export interface DatedRuleVersion {
  versionNumber: number;
  effectiveDate: CalendarDate;
  repealDate: CalendarDate | null;
}

/**
 * The current version on `today`: the latest version (by effective date, then number) whose effective
 * date is not after today. A version effective tomorrow is not current today. Null when none is.
 */
export function currentRuleVersion<T extends DatedRuleVersion>(
  versions: readonly T[],
  today: CalendarDate,
): T | null {
  let current: T | null = null;
  for (const version of versions) {
    if (version.effectiveDate > today) continue;
    if (
      !current ||
      version.effectiveDate > current.effectiveDate ||
      (version.effectiveDate === current.effectiveDate && version.versionNumber > current.versionNumber)
    ) {
      current = version;
    }
  }
  return current;
}

/**
 * In force when the current version is not repealed on `today` (a repeal takes effect on its date);
 * a later version re-enacts a repealed rule from its own effective date.
 */
export function ruleStatusOf(versions: readonly DatedRuleVersion[], today: CalendarDate): RuleStatus {
  const current = currentRuleVersion(versions, today);
  if (!current) return 'NOT_YET_EFFECTIVE';
  return current.repealDate !== null && current.repealDate <= today ? 'REPEALED' : 'IN_FORCE';
}

/** A new version may not take effect before the latest one: versions follow each other in time. */
export function checkNextRuleVersion(
  latest: DatedRuleVersion | null,
  next: { effectiveDate: CalendarDate },
): void {
  if (latest && next.effectiveDate < latest.effectiveDate) {
    const message = `施行日期不能早于上一版本（第 ${latest.versionNumber} 版，${latest.effectiveDate} 施行）`;
    throw badInput('RULE.EFFECTIVE_DATE_BEFORE_PREVIOUS', message, { effectiveDate: [message] });
  }
}

/** A repeal date ends the latest version: it must come after that version takes effect. */
export function checkRuleRepealDate(latest: DatedRuleVersion, repealDate: CalendarDate | null): void {
  if (repealDate !== null && repealDate <= latest.effectiveDate) {
    const message = `废止日期须晚于最新版本的施行日期（${latest.effectiveDate}）`;
    throw badInput('RULE.REPEAL_BEFORE_EFFECTIVE', message, { repealDate: [message] });
  }
}
