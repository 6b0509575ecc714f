import {
  ANNUAL_REPORT_WITHHOLDING_REASONS,
  ANNUAL_REPORT_WITHHOLDING_REASON_LABELS,
  type AnnualReportWithholdingReason,
} from '../review/withholding-reasons.js';
import { badInput } from '../shared/domain-error.js';
import {
  APPLICATION_RESULT_CATEGORIES,
  APPLICATION_RESULT_CATEGORY_LABELS,
  NOT_PROCESSED_REASONS,
  NOT_PROCESSED_REASON_LABELS,
  OTHER_HANDLING_REASONS,
  OTHER_HANDLING_REASON_LABELS,
  UNAVAILABLE_REASONS,
  UNAVAILABLE_REASON_LABELS,
  type ApplicationResult,
  type ApplicationResultCategory,
} from './applications.js';

/**
 * An application's result as one code (`CATEGORY` or `CATEGORY.REASON`) — the value stored, filtered on and
 * counted in the annual report's rows 三（一）–（六）.
 */
const SUB_REASONS: Record<ApplicationResultCategory, readonly string[]> = {
  DISCLOSED: [],
  PARTIALLY_DISCLOSED: [],
  WITHHELD: ANNUAL_REPORT_WITHHOLDING_REASONS,
  UNAVAILABLE: UNAVAILABLE_REASONS,
  NOT_PROCESSED: NOT_PROCESSED_REASONS,
  OTHER: OTHER_HANDLING_REASONS,
};

const SUB_REASON_LABELS: Record<ApplicationResultCategory, Readonly<Record<string, string>>> = {
  DISCLOSED: {},
  PARTIALLY_DISCLOSED: {},
  WITHHELD: ANNUAL_REPORT_WITHHOLDING_REASON_LABELS,
  UNAVAILABLE: UNAVAILABLE_REASON_LABELS,
  NOT_PROCESSED: NOT_PROCESSED_REASON_LABELS,
  OTHER: OTHER_HANDLING_REASON_LABELS,
};

/** Every result code, in the annual report's row order. */
export const APPLICATION_RESULT_CODES: readonly string[] = APPLICATION_RESULT_CATEGORIES.flatMap(
  (category) =>
    SUB_REASONS[category].length === 0
      ? [category]
      : SUB_REASONS[category].map((reason) => `${category}.${reason}`),
);

export const applicationResultCode = (result: ApplicationResult): string =>
  result.reason === null ? result.category : `${result.category}.${result.reason}`;

/** The result of a code, or null when the code is not one of APPLICATION_RESULT_CODES. */
export function parseApplicationResultCode(code: string): ApplicationResult | null {
  if (!APPLICATION_RESULT_CODES.includes(code)) return null;
  const [category, reason] = code.split('.') as [ApplicationResultCategory, string | undefined];
  return { category, reason: reason ?? null } as ApplicationResult;
}

/** The result from a category and an optional sub-reason, refused with a zh-CN field error when they do not fit. */
export function applicationResultOf(category: string, reason: string | null | undefined): ApplicationResult {
  if (!(APPLICATION_RESULT_CATEGORIES as readonly string[]).includes(category)) {
    throw badInput('APPLICATION.INVALID_RESULT', '请选择办理结果', { resultCategory: ['请选择办理结果'] });
  }
  const typed = category as ApplicationResultCategory;
  const allowed = SUB_REASONS[typed];
  if (allowed.length === 0) {
    if (reason) {
      throw badInput(
        'APPLICATION.INVALID_RESULT',
        `“${APPLICATION_RESULT_CATEGORY_LABELS[typed]}”无需选择具体情形`,
        {
          resultReason: ['无需选择具体情形'],
        },
      );
    }
    return { category: typed, reason: null } as ApplicationResult;
  }
  if (!reason || !allowed.includes(reason)) {
    throw badInput(
      'APPLICATION.INVALID_RESULT',
      `请选择“${APPLICATION_RESULT_CATEGORY_LABELS[typed]}”的具体情形`,
      {
        resultReason: ['请选择具体情形'],
      },
    );
  }
  return { category: typed, reason } as ApplicationResult;
}

/** 不予公开·属于国家秘密 — the category, and the sub-reason where there is one. */
export function applicationResultLabel(result: ApplicationResult): string {
  const category = APPLICATION_RESULT_CATEGORY_LABELS[result.category];
  return result.reason === null
    ? category
    : `${category}·${SUB_REASON_LABELS[result.category][result.reason]}`;
}

/** The sub-reason labels of a category, for the console's second select. */
export const applicationResultReasonsOf = (
  category: ApplicationResultCategory,
): ReadonlyArray<{ reason: string; label: string }> =>
  SUB_REASONS[category].map((reason) => ({ reason, label: SUB_REASON_LABELS[category][reason]! }));

/** Results that supply information to the applicant: they pass the review with final action SUPPLY. */
export const SUPPLYING_RESULT_CATEGORIES: readonly ApplicationResultCategory[] = [
  'DISCLOSED',
  'PARTIALLY_DISCLOSED',
];

/** Results recorded by the system's own steps, not chosen in a reply. */
export const AUTOMATIC_RESULT_CODES: readonly string[] = ['OTHER.NO_CORRECTION', 'OTHER.UNPAID'];

export const isWithholdingResultReason = (value: string): value is AnnualReportWithholdingReason =>
  (ANNUAL_REPORT_WITHHOLDING_REASONS as readonly string[]).includes(value);
