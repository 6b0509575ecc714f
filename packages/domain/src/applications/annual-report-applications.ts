import type { CalendarDate } from '../shared/calendar-date.js';
import {
  APPLICATION_RESULT_CODES,
  applicationResultLabel,
  parseApplicationResultCode,
} from './application-results.js';
import {
  APPLICANT_TYPES,
  APPLICANT_TYPE_LABELS,
  APPLICATION_RESULT_CATEGORIES,
  APPLICATION_RESULT_CATEGORY_LABELS,
  type ApplicantType,
} from './applications.js';

/**
 * Section 三 of the annual report (国办公开办函〔2021〕30号): 收到和处理政府信息公开申请情况, for one year —
 * receipts counted by the day of receipt (条例 art. 31), results by the day of the reply, carry-overs from
 * the cases' history — with the table's own check 一 + 二 = 三（七）+ 四.
 */

/** The seven columns: the natural person, the five kinds of legal person or organisation, the total. */
export const ANNUAL_REPORT_APPLICATION_COLUMNS = [...APPLICANT_TYPES, 'TOTAL'] as const;
export type AnnualReportApplicationColumn = (typeof ANNUAL_REPORT_APPLICATION_COLUMNS)[number];
export const ANNUAL_REPORT_APPLICATION_COLUMN_LABELS: Record<AnnualReportApplicationColumn, string> = {
  ...APPLICANT_TYPE_LABELS,
  TOTAL: '总计',
};
/** The heading above the five organisation columns. */
export const ANNUAL_REPORT_ORGANISATION_HEADING = '法人或其他组织';

/** A case as the report sees it: who applied, when it was received, when and how it was closed. */
export interface AnnualReportCase {
  applicantType: ApplicantType;
  receivedDate: CalendarDate;
  /** The day of the reply (or of the closing step), null while open. */
  closedDate: CalendarDate | null;
  /** The result code (application-results.ts), null while open. */
  resultCode: string | null;
}

export interface AnnualReportRow {
  /** NEW, CARRIED_IN, a result code, RESULT_TOTAL, CARRIED_OUT; headings have a key too (RESULTS, a category). */
  key: string;
  /** The row's number as printed: 一、 / （三） / 1 … */
  number: string;
  label: string;
  /** 0: top rows; 1: the result categories; 2: their sub-reasons. */
  depth: 0 | 1 | 2;
  /** A heading only (三、本年度办理结果; a category with sub-rows): no figures. */
  isHeading: boolean;
  /** One figure per column, in ANNUAL_REPORT_APPLICATION_COLUMNS order; empty for headings. */
  values: number[];
}

export interface AnnualReportApplicationSection {
  year: number;
  rows: AnnualReportRow[];
  /** 一 + 二 = 三（七）+ 四, per column. */
  balanced: boolean;
}

const CHINESE_NUMBERS = ['一', '二', '三', '四', '五', '六', '七'];

/** The report's table for `year`. Cases closed before they were received are a data error: refused. */
export function annualReportApplicationSection(
  year: number,
  cases: readonly AnnualReportCase[],
): AnnualReportApplicationSection {
  if (!Number.isInteger(year) || year < 2000 || year > 2999) throw new Error(`invalid report year ${year}`);
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const zero = () => ANNUAL_REPORT_APPLICATION_COLUMNS.map(() => 0);
  const counts = new Map<string, number[]>();
  const add = (key: string, type: ApplicantType) => {
    const values = counts.get(key) ?? zero();
    values[APPLICANT_TYPES.indexOf(type)]! += 1;
    values[values.length - 1]! += 1;
    counts.set(key, values);
  };
  for (const item of cases) {
    if (item.closedDate !== null && item.closedDate < item.receivedDate) {
      throw new Error(`a case closed on ${item.closedDate} before its receipt on ${item.receivedDate}`);
    }
    if (item.receivedDate > last) continue;
    const openAtStart = item.receivedDate < first && (item.closedDate === null || item.closedDate >= first);
    if (item.receivedDate >= first) add('NEW', item.applicantType);
    else if (openAtStart) add('CARRIED_IN', item.applicantType);
    else continue;
    if (item.closedDate !== null && item.closedDate <= last) {
      const code = item.resultCode;
      if (code === null || parseApplicationResultCode(code) === null) {
        throw new Error(`a case closed on ${item.closedDate} without a valid result (${code})`);
      }
      add(code, item.applicantType);
      add('RESULT_TOTAL', item.applicantType);
    } else {
      add('CARRIED_OUT', item.applicantType);
    }
  }
  const valuesOf = (key: string) => counts.get(key) ?? zero();
  const rows: AnnualReportRow[] = [
    {
      key: 'NEW',
      number: '一、',
      label: '本年新收政府信息公开申请数量',
      depth: 0,
      isHeading: false,
      values: valuesOf('NEW'),
    },
    {
      key: 'CARRIED_IN',
      number: '二、',
      label: '上年结转政府信息公开申请数量',
      depth: 0,
      isHeading: false,
      values: valuesOf('CARRIED_IN'),
    },
    { key: 'RESULTS', number: '三、', label: '本年度办理结果', depth: 0, isHeading: true, values: [] },
  ];
  APPLICATION_RESULT_CATEGORIES.forEach((category, index) => {
    const number = `（${CHINESE_NUMBERS[index]}）`;
    const codes = APPLICATION_RESULT_CODES.filter(
      (code) => code === category || code.startsWith(`${category}.`),
    );
    if (codes.length === 1 && codes[0] === category) {
      const label =
        category === 'PARTIALLY_DISCLOSED'
          ? `${APPLICATION_RESULT_CATEGORY_LABELS[category]}（区分处理的，只计这一情形，不计其他情形）`
          : APPLICATION_RESULT_CATEGORY_LABELS[category];
      rows.push({ key: category, number, label, depth: 1, isHeading: false, values: valuesOf(category) });
      return;
    }
    rows.push({
      key: category,
      number,
      label: APPLICATION_RESULT_CATEGORY_LABELS[category],
      depth: 1,
      isHeading: true,
      values: [],
    });
    codes.forEach((code, subIndex) => {
      const label = applicationResultLabel(parseApplicationResultCode(code)!).split('·')[1]!;
      rows.push({
        key: code,
        number: `${subIndex + 1}.`,
        label,
        depth: 2,
        isHeading: false,
        values: valuesOf(code),
      });
    });
  });
  rows.push(
    {
      key: 'RESULT_TOTAL',
      number: '（七）',
      label: '总计',
      depth: 1,
      isHeading: false,
      values: valuesOf('RESULT_TOTAL'),
    },
    {
      key: 'CARRIED_OUT',
      number: '四、',
      label: '结转下年度继续办理',
      depth: 0,
      isHeading: false,
      values: valuesOf('CARRIED_OUT'),
    },
  );
  const balanced = ANNUAL_REPORT_APPLICATION_COLUMNS.every(
    (_, column) =>
      valuesOf('NEW')[column]! + valuesOf('CARRIED_IN')[column]! ===
      valuesOf('RESULT_TOTAL')[column]! + valuesOf('CARRIED_OUT')[column]!,
  );
  return { year, rows, balanced };
}
