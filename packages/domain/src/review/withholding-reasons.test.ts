import { describe, expect, it } from 'vitest';
import {
  ANNUAL_REPORT_WITHHOLDING_REASONS,
  ANNUAL_REPORT_WITHHOLDING_REASON_LABELS,
  DISCLOSURE_EXCEPTION_GROUNDS,
  DISCLOSURE_EXCEPTION_GROUND_LABELS,
  OVERRIDABLE_WITHHOLDING_REASONS,
  SECRECY_LEVELS,
  SECRECY_LEVEL_LABELS,
  WITHHOLDING_REASONS,
  WITHHOLDING_REASONS_DEFINITION,
  WITHHOLDING_REASON_LABELS,
  annualReportReasonOf,
  annualReportRowOf,
  isWithholdingReason,
  originalAttributeFor,
  type AnnualReportWithholdingReason,
  type WithholdingReason,
} from './withholding-reasons.js';

const CHINESE = /\p{Script=Han}/u;

describe('labels', () => {
  it.each([
    ['WITHHOLDING_REASONS', WITHHOLDING_REASONS, WITHHOLDING_REASON_LABELS],
    [
      'ANNUAL_REPORT_WITHHOLDING_REASONS',
      ANNUAL_REPORT_WITHHOLDING_REASONS,
      ANNUAL_REPORT_WITHHOLDING_REASON_LABELS,
    ],
    ['DISCLOSURE_EXCEPTION_GROUNDS', DISCLOSURE_EXCEPTION_GROUNDS, DISCLOSURE_EXCEPTION_GROUND_LABELS],
    ['SECRECY_LEVELS', SECRECY_LEVELS, SECRECY_LEVEL_LABELS],
  ] as Array<[string, readonly string[], Record<string, string>]>)(
    '%s: one distinct zh-CN label each',
    (_n, values, labels) => {
      expect(Object.keys(labels).sort()).toEqual([...values].sort());
      for (const value of values) expect(labels[value]).toMatch(CHINESE);
      expect(new Set(Object.values(labels)).size).toBe(values.length);
    },
  );

  it("the annual report's 三（三） rows in its order and wording (国办公开办函〔2021〕30号)", () => {
    expect(
      ANNUAL_REPORT_WITHHOLDING_REASONS.map((reason) => [
        annualReportRowOf(reason),
        ANNUAL_REPORT_WITHHOLDING_REASON_LABELS[reason],
      ]),
    ).toEqual([
      ['三（三）1', '属于国家秘密'],
      ['三（三）2', '其他法律行政法规禁止公开'],
      ['三（三）3', '危及“三安全一稳定”'],
      ['三（三）4', '保护第三方合法权益'],
      ['三（三）5', '属于三类内部事务信息'],
      ['三（三）6', '属于四类过程性信息'],
      ['三（三）7', '属于行政执法案卷'],
      ['三（三）8', '属于行政查询事项'],
    ]);
  });

  it('密级 from the highest', () => {
    expect(SECRECY_LEVELS.map((level) => SECRECY_LEVEL_LABELS[level])).toEqual(['绝密', '机密', '秘密']);
  });
});

/** Written out: each reason code, its article of the 条例, its annual-report row, what it does to the original. */
const EXPECTED: Record<
  WithholdingReason,
  [
    article: string,
    report: AnnualReportWithholdingReason,
    overridable: boolean,
    original: string,
    applicationOnly: boolean,
  ]
> = {
  STATE_SECRET: ['第十四条', 'STATE_SECRET', false, 'NOT_DISCLOSED', false],
  LAW_FORBIDS: ['第十四条', 'LAW_FORBIDS', false, 'NOT_DISCLOSED', false],
  ENDANGERS_SECURITY_STABILITY: ['第十四条', 'SECURITY_STABILITY', false, 'NOT_DISCLOSED', false],
  COMMERCIAL_SECRET: ['第十五条', 'THIRD_PARTY_RIGHTS', true, 'ON_APPLICATION', false],
  PERSONAL_PRIVACY: ['第十五条', 'THIRD_PARTY_RIGHTS', true, 'ON_APPLICATION', false],
  INTERNAL_AFFAIRS: ['第十六条第一款', 'INTERNAL_AFFAIRS', false, 'ON_APPLICATION', false],
  PROCESS_INFORMATION: ['第十六条第二款', 'PROCESS_INFORMATION', false, 'NOT_DISCLOSED', false],
  ENFORCEMENT_CASE_FILE: ['第十六条第二款', 'ENFORCEMENT_CASE_FILE', false, 'ON_APPLICATION', false],
  ADMINISTRATIVE_QUERY: ['第三十六条第（七）项', 'ADMINISTRATIVE_QUERY', false, 'ON_APPLICATION', true],
};

describe('reason codes (条例 art. 14–16, 36(7)) → annual report 三（三） sub-reasons', () => {
  it('the written-out table covers every reason code', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...WITHHOLDING_REASONS].sort());
  });

  it.each(WITHHOLDING_REASONS)('%s', (reason) => {
    const [article, report, overridable, original, applicationOnly] = EXPECTED[reason];
    const definition = WITHHOLDING_REASONS_DEFINITION[reason];
    expect(definition.article).toBe(`《政府信息公开条例》${article}`);
    expect(definition.annualReportReason).toBe(report);
    expect(definition.isOverridable).toBe(overridable);
    expect(definition.originalAttribute).toBe(original);
    expect(definition.isApplicationOnly).toBe(applicationOnly);
    expect(annualReportReasonOf([reason])).toBe(report);
  });

  it('every annual-report sub-reason is reached by some reason code (the mapping is complete)', () => {
    const reached = new Set(
      WITHHOLDING_REASONS.map((reason) => WITHHOLDING_REASONS_DEFINITION[reason].annualReportReason),
    );
    expect([...reached].sort()).toEqual([...ANNUAL_REPORT_WITHHOLDING_REASONS].sort());
  });

  it('art. 15 reasons are the overridable ones [seed §4-6]', () => {
    expect(OVERRIDABLE_WITHHOLDING_REASONS).toEqual(['COMMERCIAL_SECRET', 'PERSONAL_PRIVACY']);
  });

  it.each([
    [['PERSONAL_PRIVACY', 'STATE_SECRET'], 'STATE_SECRET'],
    [['ENFORCEMENT_CASE_FILE', 'INTERNAL_AFFAIRS'], 'INTERNAL_AFFAIRS'],
    [['COMMERCIAL_SECRET', 'PERSONAL_PRIVACY'], 'THIRD_PARTY_RIGHTS'],
    [['ADMINISTRATIVE_QUERY', 'PROCESS_INFORMATION'], 'PROCESS_INFORMATION'],
  ] as const)('several reasons %j are counted once, under the first row: %s', (reasons, expected) => {
    expect(annualReportReasonOf(reasons)).toBe(expected);
  });

  it('needs at least one reason', () => {
    expect(() => annualReportReasonOf([])).toThrow();
    expect(() => originalAttributeFor([])).toThrow();
  });

  it.each([
    [['PERSONAL_PRIVACY'], 'ON_APPLICATION'],
    [['PERSONAL_PRIVACY', 'INTERNAL_AFFAIRS'], 'ON_APPLICATION'],
    [['PERSONAL_PRIVACY', 'LAW_FORBIDS'], 'NOT_DISCLOSED'],
    [['PROCESS_INFORMATION'], 'NOT_DISCLOSED'],
  ] as const)('the original withheld for %j becomes %s (the most restrictive)', (reasons, expected) => {
    expect(originalAttributeFor(reasons)).toBe(expected);
  });

  it.each([
    ['STATE_SECRET', true],
    ['toString', false],
    ['__proto__', false],
    ['WORK_SECRET', false],
  ])('isWithholdingReason(%j) is %s', (value, expected) => {
    expect(isWithholdingReason(value)).toBe(expected);
  });
});
