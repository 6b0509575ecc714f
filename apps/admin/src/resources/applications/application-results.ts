import {
  AUTOMATIC_RESULT_CODES,
  applicationResultReasonsOf,
  type ApplicationResultCategory,
} from '@gdp/domain';
import { APPLICATION_RESULT_CATEGORY_CHOICES } from './application-labels';

/** The reply form's first select: the annual report's categories 三（一）–（六）. */
export const REPLY_RESULT_CATEGORY_CHOICES = APPLICATION_RESULT_CATEGORY_CHOICES;

const isCategory = (value: unknown): value is ApplicationResultCategory =>
  REPLY_RESULT_CATEGORY_CHOICES.some((choice) => choice.id === value);

/**
 * The second select, dependent on the first: the category's sub-reasons as the report words them. The
 * closings the system records itself (逾期不补正, 逾期未缴费) have their own steps and are not offered.
 * Empty for 予以公开 and 部分公开, which have no sub-reason.
 */
export function replyResultReasonChoices(category: unknown): Array<{ id: string; name: string }> {
  if (!isCategory(category)) return [];
  return applicationResultReasonsOf(category)
    .filter(({ reason }) => !AUTOMATIC_RESULT_CODES.includes(`${category}.${reason}`))
    .map(({ reason, label }) => ({ id: reason, name: label }));
}

/** Which further inputs a result calls for in the reply letter's wording (条例 art. 36–37). */
export interface ReplyResultInputs {
  /** 已主动公开: the catalog index numbers where the information is (art. 36(1)). */
  publishedIndexNumbers: boolean;
  /** 不予公开 / 部分公开: the legal reasons the letter cites. */
  withholdingReasons: boolean;
  /** 本机关不掌握: the agency responsible, when known (art. 36(5)). */
  responsibleAgency: boolean;
}

export function replyResultInputsOf(category: unknown, reason: unknown): ReplyResultInputs {
  return {
    publishedIndexNumbers: category === 'DISCLOSED',
    withholdingReasons: category === 'WITHHELD' || category === 'PARTIALLY_DISCLOSED',
    responsibleAgency: category === 'UNAVAILABLE' && reason === 'NOT_HELD',
  };
}

/** Index numbers typed one per line (or separated by commas / 、), trimmed, empty ones dropped. */
export const indexNumbersOf = (value: unknown): string[] =>
  typeof value === 'string'
    ? value
        .split(/[\n,，、;；]+/)
        .map((item) => item.trim())
        .filter(Boolean)
    : Array.isArray(value)
      ? value
          .map(String)
          .map((item) => item.trim())
          .filter(Boolean)
      : [];
