import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { STAFF_CHANGE_KINDS, STAFF_CHANGE_KIND_LABELS, staffChangeInputSchema } from './staff-change.js';

function messagesOf(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  expect(result.success, `expected ${JSON.stringify(input)} to be refused`).toBe(false);
  const messages: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? []) (messages[issue.path.join('.')] ??= []).push(issue.message);
  return messages;
}

const DEPARTMENT = '7f1b0c52-4c1e-4b8e-9a55-0c7d3c0b2a01';
const USER = '0b8f3a8e-2d4c-4f6a-9b1e-3c5d7e9f1a2b';

describe('staff change kinds [seed §9-3(1)]', () => {
  it('cover leader changes, transfers in and out, post changes and others, each labelled', () => {
    expect(STAFF_CHANGE_KINDS).toEqual([
      'LEADER_CHANGE',
      'TRANSFER_IN',
      'TRANSFER_OUT',
      'POST_CHANGE',
      'OTHER',
    ]);
    expect(STAFF_CHANGE_KIND_LABELS).toEqual({
      LEADER_CHANGE: '分管领导变动',
      TRANSFER_IN: '工作人员调入',
      TRANSFER_OUT: '工作人员调出',
      POST_CHANGE: '岗位调整',
      OTHER: '其他',
    });
  });
});

describe('staffChangeInputSchema', () => {
  const good = {
    effectiveDate: '2026-11-02',
    kind: 'TRANSFER_IN',
    departmentId: DEPARTMENT,
    personName: '李明',
    userId: USER,
    description: '由政策法规处调入办公室，负责政务公开工作',
    documentNumber: '湖文广旅人〔2026〕12号',
  };

  const accepted: Array<[string, Record<string, unknown>]> = [
    ['a complete change', good],
    [
      'date, kind and name only (a bureau-level change of someone without an account)',
      { effectiveDate: '2026-11-02', kind: 'LEADER_CHANGE', personName: '张副局长' },
    ],
    ['nulls', { ...good, departmentId: null, userId: null, description: null, documentNumber: null }],
    ['empty optional ids', { ...good, departmentId: '', userId: '' }],
    ['a future date (an appointment taking effect later)', { ...good, effectiveDate: '2027-01-01' }],
    ...STAFF_CHANGE_KINDS.map((kind): [string, Record<string, unknown>] => [
      `kind ${kind}`,
      { ...good, kind },
    ]),
  ];
  it.each(accepted)('accepts %s', (_name, input) => {
    expect(staffChangeInputSchema.safeParse(input).success).toBe(true);
  });

  it('trims, and stores empty optional values as null', () => {
    expect(
      staffChangeInputSchema.parse({
        ...good,
        personName: ' 李明 ',
        departmentId: '',
        description: ' ',
        documentNumber: ' 文号1 ',
      }),
    ).toEqual({
      ...good,
      departmentId: null,
      description: null,
      documentNumber: '文号1',
    });
  });

  const DATE = '变动日期须为有效日期，格式 YYYY-MM-DD';
  const rejected: Array<[string, Record<string, unknown>, Record<string, string[]>]> = [
    ['missing date', { ...good, effectiveDate: undefined }, { effectiveDate: ['请填写变动日期'] }],
    ['impossible date', { ...good, effectiveDate: '2026-02-30' }, { effectiveDate: [DATE] }],
    ['date with time', { ...good, effectiveDate: '2026-11-02T08:00:00Z' }, { effectiveDate: [DATE] }],
    ['unknown kind', { ...good, kind: 'FIRED' }, { kind: ['变动类型无效'] }],
    ['department not a uuid', { ...good, departmentId: 'office' }, { departmentId: ['处室无效'] }],
    ['user not a uuid', { ...good, userId: 42 }, { userId: ['关联用户无效'] }],
    ['missing name', { ...good, personName: undefined }, { personName: ['请填写人员姓名'] }],
    ['blank name', { ...good, personName: '  ' }, { personName: ['请填写人员姓名'] }],
    [
      '33-character name',
      { ...good, personName: '李'.repeat(33) },
      { personName: ['人员姓名最多 32 个字符'] },
    ],
    [
      '2001-character description',
      { ...good, description: '说'.repeat(2001) },
      { description: ['变动说明最多 2000 个字符'] },
    ],
    [
      '65-character document number',
      { ...good, documentNumber: '号'.repeat(65) },
      { documentNumber: ['文号最多 64 个字符'] },
    ],
    [
      'several fields at once',
      { effectiveDate: '昨天', kind: 'X', personName: '' },
      { effectiveDate: [DATE], kind: ['变动类型无效'], personName: ['请填写人员姓名'] },
    ],
  ];
  it.each(rejected)('rejects %s', (_name, input, expected) => {
    expect(messagesOf(staffChangeInputSchema, input)).toEqual(expected);
  });
});
