import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { isDomainError } from '../shared/domain-error.js';
import {
  RULE_CATEGORIES,
  RULE_CATEGORY_LABELS,
  RULE_STATUSES,
  RULE_STATUS_LABELS,
  checkNextRuleVersion,
  checkRuleRepealDate,
  createRuleInputSchema,
  currentRuleVersion,
  ruleInputSchema,
  ruleRepealInputSchema,
  ruleStatusOf,
  ruleVersionInputSchema,
  type DatedRuleVersion,
  type RuleStatus,
} from './rule.js';

function messagesOf(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  expect(result.success, `expected ${JSON.stringify(input)} to be refused`).toBe(false);
  const messages: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? []) (messages[issue.path.join('.')] ??= []).push(issue.message);
  return messages;
}

const v = (
  versionNumber: number,
  effectiveDate: string,
  repealDate: string | null = null,
): DatedRuleVersion => ({
  versionNumber,
  effectiveDate,
  repealDate,
});

describe('labels', () => {
  it('every category and status has a zh-CN label', () => {
    for (const category of RULE_CATEGORIES) expect(RULE_CATEGORY_LABELS[category]).toMatch(/[\u4e00-\u9fa5]/);
    for (const status of RULE_STATUSES) expect(RULE_STATUS_LABELS[status]).toMatch(/[\u4e00-\u9fa5]/);
    expect(RULE_STATUS_LABELS).toEqual({
      IN_FORCE: '现行有效',
      NOT_YET_EFFECTIVE: '尚未施行',
      REPEALED: '已废止',
    });
  });
});

describe('currentRuleVersion and ruleStatusOf on a given day', () => {
  const seeded = [v(1, '2019-02-27')];
  const revised = [v(1, '2019-02-27'), v(2, '2026-11-27')];
  const sameDay = [v(1, '2026-01-01'), v(2, '2026-01-01')];
  const repealed = [v(1, '2019-02-27', '2026-11-26')];
  const repealedThenReenacted = [v(1, '2019-02-27', '2025-01-01'), v(2, '2026-03-01')];
  const unordered = [v(3, '2026-06-01'), v(1, '2019-02-27'), v(2, '2024-01-01')];

  const cases: Array<[string, DatedRuleVersion[], string, number | null, RuleStatus]> = [
    ['no versions', [], '2026-11-26', null, 'NOT_YET_EFFECTIVE'],
    ['the seed’s rule today', seeded, '2026-11-26', 1, 'IN_FORCE'],
    ['effective on the very day', seeded, '2019-02-27', 1, 'IN_FORCE'],
    ['the day before it takes effect', seeded, '2019-02-26', null, 'NOT_YET_EFFECTIVE'],
    ['a revision effective tomorrow is not current today', revised, '2026-11-26', 1, 'IN_FORCE'],
    ['the revision is current on its day', revised, '2026-11-27', 2, 'IN_FORCE'],
    ['and after', revised, '2030-01-01', 2, 'IN_FORCE'],
    ['two versions effective the same day: the later number', sameDay, '2026-01-01', 2, 'IN_FORCE'],
    ['the day before a repeal', repealed, '2026-11-25', 1, 'IN_FORCE'],
    ['a repeal takes effect on its date', repealed, '2026-11-26', 1, 'REPEALED'],
    ['repealed ever after', repealed, '2030-01-01', 1, 'REPEALED'],
    ['repealed, before the re-enactment', repealedThenReenacted, '2025-06-01', 1, 'REPEALED'],
    ['re-enacted by a later version', repealedThenReenacted, '2026-03-01', 2, 'IN_FORCE'],
    ['versions in any order', unordered, '2025-01-01', 2, 'IN_FORCE'],
    ['versions in any order, latest', unordered, '2026-06-01', 3, 'IN_FORCE'],
  ];
  it.each(cases)('%s', (_name, versions, today, expectedNumber, expectedStatus) => {
    expect(currentRuleVersion(versions, today)?.versionNumber ?? null).toBe(expectedNumber);
    expect(ruleStatusOf(versions, today)).toBe(expectedStatus);
  });

  it('returns the version object itself', () => {
    const versions = [{ ...v(1, '2019-02-27'), text: '正文' }];
    expect(currentRuleVersion(versions, '2026-11-26')).toBe(versions[0]);
  });
});

describe('checkNextRuleVersion: versions follow each other in time', () => {
  const cases: Array<[string, DatedRuleVersion | null, string, boolean]> = [
    ['the first version, any date', null, '2019-02-27', true],
    ['a later date', v(1, '2019-02-27'), '2026-11-27', true],
    ['the same date', v(1, '2019-02-27'), '2019-02-27', true],
    ['an earlier date', v(2, '2026-01-01'), '2025-12-31', false],
  ];
  it.each(cases)('%s', (_name, latest, effectiveDate, accepted) => {
    if (accepted) {
      expect(() => checkNextRuleVersion(latest, { effectiveDate })).not.toThrow();
      return;
    }
    try {
      checkNextRuleVersion(latest, { effectiveDate });
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error)).toBe(true);
      expect(error).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'RULE.EFFECTIVE_DATE_BEFORE_PREVIOUS',
        fields: { effectiveDate: ['施行日期不能早于上一版本（第 2 版，2026-01-01 施行）'] },
      });
    }
  });
});

describe('checkRuleRepealDate', () => {
  const latest = v(1, '2019-02-27');
  const cases: Array<[string, string | null, boolean]> = [
    ['clearing', null, true],
    ['the day after it took effect', '2019-02-28', true],
    ['years later', '2026-11-26', true],
    ['the day it took effect', '2019-02-27', false],
    ['before it took effect', '2018-12-31', false],
  ];
  it.each(cases)('%s', (_name, repealDate, accepted) => {
    if (accepted) expect(() => checkRuleRepealDate(latest, repealDate)).not.toThrow();
    else
      expect(() => checkRuleRepealDate(latest, repealDate)).toThrow(
        expect.objectContaining({
          reason: 'RULE.REPEAL_BEFORE_EFFECTIVE',
          fields: { repealDate: ['废止日期须晚于最新版本的施行日期（2019-02-27）'] },
        }),
      );
  });
});

describe('rule input schemas', () => {
  const rule = {
    title: '政务公开工作培训制度',
    issuingBody: '湖州市文化广电旅游局',
    category: 'TRAINING',
    documentNumber: null,
  };
  const version = { text: '一、围绕贯彻落实……', effectiveDate: '2019-02-27', repealDate: null, note: null };

  it('accepts a rule with its first version, trimming text but keeping the body’s inner lines', () => {
    const parsed = createRuleInputSchema.parse({
      ...rule,
      title: ' 政务公开工作培训制度 ',
      documentNumber: '',
      firstVersion: { ...version, text: '\n第一条 ……\n第二条 ……\n' },
    });
    expect(parsed).toEqual({
      ...rule,
      documentNumber: null,
      firstVersion: { ...version, text: '第一条 ……\n第二条 ……' },
    });
  });

  const rejectedRules: Array<[string, Record<string, unknown>, Record<string, string[]>]> = [
    ['missing title', { ...rule, title: undefined }, { title: ['请填写制度名称'] }],
    ['129-character title', { ...rule, title: '制'.repeat(129) }, { title: ['制度名称最多 128 个字符'] }],
    ['blank issuing body', { ...rule, issuingBody: ' ' }, { issuingBody: ['请填写发布机关'] }],
    ['unknown category', { ...rule, category: 'MISC' }, { category: ['制度类别无效'] }],
    [
      '65-character document number',
      { ...rule, documentNumber: '号'.repeat(65) },
      { documentNumber: ['文号最多 64 个字符'] },
    ],
  ];
  it.each(rejectedRules)('rule: rejects %s', (_name, input, expected) => {
    expect(messagesOf(ruleInputSchema, input)).toEqual(expected);
  });

  const rejectedVersions: Array<[string, Record<string, unknown>, Record<string, string[]>]> = [
    ['missing text', { ...version, text: undefined }, { text: ['请填写制度全文'] }],
    ['blank text', { ...version, text: ' \n ' }, { text: ['请填写制度全文'] }],
    ['text too long', { ...version, text: '字'.repeat(100_001) }, { text: ['制度全文最多 100000 个字符'] }],
    [
      'missing effective date',
      { ...version, effectiveDate: undefined },
      { effectiveDate: ['请填写施行日期'] },
    ],
    [
      'impossible effective date',
      { ...version, effectiveDate: '2019-02-29' },
      { effectiveDate: ['施行日期须为有效日期，格式 YYYY-MM-DD'] },
    ],
    [
      'bad repeal date',
      { ...version, repealDate: '2020-13-01' },
      { repealDate: ['废止日期须为有效日期，格式 YYYY-MM-DD'] },
    ],
    [
      'repeal on the effective date',
      { ...version, repealDate: '2019-02-27' },
      { repealDate: ['废止日期须晚于施行日期'] },
    ],
    [
      'repeal before the effective date',
      { ...version, repealDate: '2019-01-01' },
      { repealDate: ['废止日期须晚于施行日期'] },
    ],
    ['501-character note', { ...version, note: '注'.repeat(501) }, { note: ['版本说明最多 500 个字符'] }],
  ];
  it.each(rejectedVersions)('version: rejects %s', (_name, input, expected) => {
    expect(messagesOf(ruleVersionInputSchema, input)).toEqual(expected);
  });

  it('names nested first-version fields by their path', () => {
    expect(messagesOf(createRuleInputSchema, { ...rule, firstVersion: { ...version, text: '' } })).toEqual({
      'firstVersion.text': ['请填写制度全文'],
    });
    expect(messagesOf(createRuleInputSchema, { ...rule })).toEqual({ firstVersion: [expect.any(String)] });
  });

  it('repeal input: a date, or empty to clear', () => {
    expect(ruleRepealInputSchema.parse({ repealDate: '2026-12-31' })).toEqual({ repealDate: '2026-12-31' });
    expect(ruleRepealInputSchema.parse({ repealDate: '' })).toEqual({ repealDate: null });
    expect(ruleRepealInputSchema.parse({ repealDate: null })).toEqual({ repealDate: null });
    expect(messagesOf(ruleRepealInputSchema, { repealDate: '2026-02-30' })).toEqual({
      repealDate: ['废止日期须为有效日期，格式 YYYY-MM-DD'],
    });
  });
});
