import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  EXTERNAL_AGENCY_KINDS,
  EXTERNAL_AGENCY_KIND_LABELS,
  externalAgencyInputSchema,
} from './external-agency.js';

function messagesOf(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  expect(result.success, `expected ${JSON.stringify(input)} to be refused`).toBe(false);
  const messages: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? []) (messages[issue.path.join('.')] ??= []).push(issue.message);
  return messages;
}

describe('external agency kinds', () => {
  it('are the levels relative to the bureau, each with a zh-CN label', () => {
    expect(EXTERNAL_AGENCY_KINDS).toEqual(['SUPERIOR', 'PEER', 'SUBORDINATE', 'OTHER']);
    expect(EXTERNAL_AGENCY_KIND_LABELS).toEqual({
      SUPERIOR: '上级机关',
      PEER: '同级部门',
      SUBORDINATE: '下级单位',
      OTHER: '其他',
    });
  });
});

describe('externalAgencyInputSchema', () => {
  const good = {
    name: '湖州市财政局',
    kind: 'PEER',
    contactPerson: '王科长',
    phone: '0572-2398000',
    address: '湖州市仁皇山路 1 号',
    notes: '联合发文常用',
  };

  const accepted: Array<[string, Record<string, unknown>]> = [
    ['a complete agency', good],
    ['name and kind only', { name: '浙江省文化和旅游厅', kind: 'SUPERIOR' }],
    ['nulls', { ...good, contactPerson: null, phone: null, address: null, notes: null }],
    ['100-character name', { ...good, name: '局'.repeat(100) }],
    ['phone with +, (), spaces', { ...good, phone: '+86 (572) 239-8000' }],
    ...EXTERNAL_AGENCY_KINDS.map((kind): [string, Record<string, unknown>] => [
      `kind ${kind}`,
      { ...good, kind },
    ]),
  ];
  it.each(accepted)('accepts %s', (_name, input) => {
    expect(externalAgencyInputSchema.safeParse(input).success).toBe(true);
  });

  it('trims text, turns empty optional text into null and drops unknown keys', () => {
    expect(
      externalAgencyInputSchema.parse({
        ...good,
        name: ' 湖州市财政局 ',
        contactPerson: '  ',
        phone: '',
        notes: ' 备注 ',
        isActive: false,
      }),
    ).toEqual({
      name: '湖州市财政局',
      kind: 'PEER',
      contactPerson: null,
      phone: null,
      address: '湖州市仁皇山路 1 号',
      notes: '备注',
    });
  });

  const rejected: Array<[string, Record<string, unknown>, Record<string, string[]>]> = [
    ['missing name', { kind: 'PEER' }, { name: ['请填写机关名称'] }],
    ['blank name', { ...good, name: '  ' }, { name: ['请填写机关名称'] }],
    ['101-character name', { ...good, name: '局'.repeat(101) }, { name: ['机关名称最多 100 个字符'] }],
    ['unknown kind', { ...good, kind: 'BUREAU' }, { kind: ['机关类别无效'] }],
    ['missing kind', { name: '湖州市财政局' }, { kind: ['机关类别无效'] }],
    [
      '33-character contact',
      { ...good, contactPerson: '王'.repeat(33) },
      { contactPerson: ['联系人最多 32 个字符'] },
    ],
    [
      'phone with letters',
      { ...good, phone: '0572-CALL' },
      { phone: ['联系电话只能包含数字、空格和 + - ( )'] },
    ],
    ['33-character phone', { ...good, phone: '1'.repeat(33) }, { phone: ['联系电话最多 32 个字符'] }],
    ['201-character address', { ...good, address: '路'.repeat(201) }, { address: ['地址最多 200 个字符'] }],
    ['1001-character notes', { ...good, notes: '注'.repeat(1001) }, { notes: ['备注最多 1000 个字符'] }],
    ['notes not text', { ...good, notes: 42 }, { notes: ['备注须为文本'] }],
    [
      'several fields at once',
      { name: '', kind: 'X', phone: 'abc' },
      { name: ['请填写机关名称'], kind: ['机关类别无效'], phone: ['联系电话只能包含数字、空格和 + - ( )'] },
    ],
  ];
  it.each(rejected)('rejects %s', (_name, input, expected) => {
    expect(messagesOf(externalAgencyInputSchema, input)).toEqual(expected);
  });
});
