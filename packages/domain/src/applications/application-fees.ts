import { badInput } from '../shared/domain-error.js';

/**
 * Processing fees (国办函〔2020〕109号; 条例 art. 42): free by default; charged only for excessive volume
 * or frequency, by ONE method per application — per application (the applicant's applications in one
 * calendar month) or per page — never both. Amounts are in yuan; both tables are progressive by part.
 */
export const APPLICATION_FEE_METHODS = ['PER_APPLICATION', 'PER_PAGE'] as const;
export type ApplicationFeeMethod = (typeof APPLICATION_FEE_METHODS)[number];
export const APPLICATION_FEE_METHOD_LABELS: Record<ApplicationFeeMethod, string> = {
  PER_APPLICATION: '按件计收',
  PER_PAGE: '按量计收',
};

/**
 * Per application: this application being the `ordinal`-th of the applicant in the calendar month —
 * 1–10 free; 11–30 100 元 each; from 31 each further band of 10 costs 100 元 more each (31–40: 200,
 * 41–50: 300, …).
 */
export function perApplicationFee(ordinal: number): number {
  if (!Number.isInteger(ordinal) || ordinal < 1) {
    throw badInput('APPLICATION.INVALID_FEE_BASIS', '本月申请件数须为正整数', { ordinal: ['须为正整数'] });
  }
  if (ordinal <= 10) return 0;
  if (ordinal <= 30) return 100;
  return 100 + 100 * Math.ceil((ordinal - 30) / 10);
}

/** Per page, by part: ≤ 30 free; pages 31–100 10 元; 101–200 20 元; from 201 40 元 each. */
export function perPageFee(pages: number): number {
  if (!Number.isInteger(pages) || pages < 1) {
    throw badInput('APPLICATION.INVALID_FEE_BASIS', '页数须为正整数', { pages: ['须为正整数'] });
  }
  const band = (from: number, to: number, price: number) =>
    Math.max(0, Math.min(pages, to) - from + 1) * price;
  return band(31, 100, 10) + band(101, 200, 20) + band(201, Number.POSITIVE_INFINITY, 40);
}

/** The fee of one application by its method; the basis is the month's ordinal or the page count. */
export function applicationFee(method: ApplicationFeeMethod, basis: number): number {
  return method === 'PER_APPLICATION' ? perApplicationFee(basis) : perPageFee(basis);
}
