import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../shared/calendar-date.js';
import { APPLICATION_RESULT_CODES } from './application-results.js';
import { APPLICANT_TYPES } from './applications.js';
import {
  ANNUAL_REPORT_APPLICATION_COLUMNS,
  annualReportApplicationSection,
  type AnnualReportCase,
} from './annual-report-applications.js';

const valueOf = (section: ReturnType<typeof annualReportApplicationSection>, key: string, column = 'TOTAL') =>
  section.rows.find((row) => row.key === key)!.values[
    ANNUAL_REPORT_APPLICATION_COLUMNS.indexOf(column as never)
  ];

describe('annual report section 三', () => {
  it('reproduces a real report: 4 applications by natural persons, 1 disclosed, 2 not held, 1 carried over', () => {
    const cases: AnnualReportCase[] = [
      {
        applicantType: 'NATURAL_PERSON',
        receivedDate: '2023-02-10',
        closedDate: '2023-03-01',
        resultCode: 'DISCLOSED',
      },
      {
        applicantType: 'NATURAL_PERSON',
        receivedDate: '2023-05-04',
        closedDate: '2023-05-30',
        resultCode: 'UNAVAILABLE.NOT_HELD',
      },
      {
        applicantType: 'NATURAL_PERSON',
        receivedDate: '2023-08-21',
        closedDate: '2023-09-12',
        resultCode: 'UNAVAILABLE.NOT_HELD',
      },
      {
        applicantType: 'NATURAL_PERSON',
        receivedDate: '2023-12-25',
        closedDate: '2024-01-15',
        resultCode: 'DISCLOSED',
      },
    ];
    const section = annualReportApplicationSection(2023, cases);
    expect(section.balanced).toBe(true);
    expect(valueOf(section, 'NEW')).toBe(4);
    expect(valueOf(section, 'NEW', 'NATURAL_PERSON')).toBe(4);
    expect(valueOf(section, 'CARRIED_IN')).toBe(0);
    expect(valueOf(section, 'DISCLOSED')).toBe(1);
    expect(valueOf(section, 'UNAVAILABLE.NOT_HELD')).toBe(2);
    expect(valueOf(section, 'RESULT_TOTAL')).toBe(3);
    expect(valueOf(section, 'CARRIED_OUT')).toBe(1);
    // The next year carries it in and answers it.
    const next = annualReportApplicationSection(2024, cases);
    expect(valueOf(next, 'CARRIED_IN')).toBe(1);
    expect(valueOf(next, 'DISCLOSED')).toBe(1);
    expect(valueOf(next, 'NEW')).toBe(0);
    expect(next.balanced).toBe(true);
  });

  it('lays the table out as the national form: headings, every sub-row, the total and the carry-over', () => {
    const section = annualReportApplicationSection(2026, []);
    const numbers = section.rows.map((row) => `${row.number}${row.label}`);
    expect(numbers[0]).toBe('一、本年新收政府信息公开申请数量');
    expect(numbers[2]).toBe('三、本年度办理结果');
    expect(numbers).toContain('（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
    expect(numbers).toContain('8.属于行政查询事项');
    expect(numbers).toContain('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请');
    expect(numbers.at(-2)).toBe('（七）总计');
    expect(numbers.at(-1)).toBe('四、结转下年度继续办理');
    const figures = section.rows.filter((row) => !row.isHeading);
    expect(figures).toHaveLength(2 + APPLICATION_RESULT_CODES.length + 2);
    expect(figures.every((row) => row.values.length === 7 && row.values.every((value) => value === 0))).toBe(
      true,
    );
    expect(section.rows.filter((row) => row.isHeading).map((row) => row.key)).toEqual([
      'RESULTS',
      'WITHHELD',
      'UNAVAILABLE',
      'NOT_PROCESSED',
      'OTHER',
    ]);
  });

  it('refuses a case closed before it was received or closed without a result', () => {
    expect(() =>
      annualReportApplicationSection(2026, [
        {
          applicantType: 'NATURAL_PERSON',
          receivedDate: '2026-03-02',
          closedDate: '2026-03-01',
          resultCode: 'DISCLOSED',
        },
      ]),
    ).toThrow();
    expect(() =>
      annualReportApplicationSection(2026, [
        {
          applicantType: 'NATURAL_PERSON',
          receivedDate: '2026-03-02',
          closedDate: '2026-03-05',
          resultCode: null,
        },
      ]),
    ).toThrow();
  });

  /** Property (fixed, printed seed): random cases over 2025–2027 balance every year and every column. */
  const SEED = 20261126;
  it(`balances 一 + 二 = 三（七）+ 四 in every column for random cases (seed ${SEED})`, () => {
    const caseArbitrary = fc
      .record({
        applicantType: fc.constantFrom(...APPLICANT_TYPES),
        receivedOffset: fc.integer({ min: 0, max: 3 * 365 }),
        duration: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
        resultCode: fc.constantFrom(...APPLICATION_RESULT_CODES),
      })
      .map(({ applicantType, receivedOffset, duration, resultCode }): AnnualReportCase => {
        const receivedDate = addCalendarDays('2025-01-01', receivedOffset);
        return {
          applicantType,
          receivedDate,
          closedDate: duration === null ? null : addCalendarDays(receivedDate, duration),
          resultCode: duration === null ? null : resultCode,
        };
      });
    fc.assert(
      fc.property(fc.array(caseArbitrary, { maxLength: 60 }), (cases) => {
        for (const year of [2025, 2026, 2027]) {
          const section = annualReportApplicationSection(year, cases);
          expect(section.balanced).toBe(true);
          // A plain reference count of the year's new receipts and of what is still open at its end.
          const received = cases.filter((item) => item.receivedDate.startsWith(`${year}-`)).length;
          const openAtEnd = cases.filter(
            (item) =>
              item.receivedDate <= `${year}-12-31` &&
              (item.closedDate === null || item.closedDate > `${year}-12-31`),
          ).length;
          expect(valueOf(section, 'NEW')).toBe(received);
          expect(valueOf(section, 'CARRIED_OUT')).toBe(openAtEnd);
          if (year > 2025) {
            expect(valueOf(section, 'CARRIED_IN')).toBe(
              valueOf(annualReportApplicationSection(year - 1, cases), 'CARRIED_OUT'),
            );
          }
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
