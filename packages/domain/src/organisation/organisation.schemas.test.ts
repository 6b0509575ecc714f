import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { DEPARTMENT_KINDS } from './department.js';
import { departmentInputSchema, userInputSchema, usernameSchema } from './organisation.schemas.js';

/** The messages of a failed parse, keyed by the path of the field. */
function messagesOf(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  expect(result.success, `expected ${JSON.stringify(input)} to be refused`).toBe(false);
  const messages: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? []) {
    const key = issue.path.join('.');
    (messages[key] ??= []).push(issue.message);
  }
  return messages;
}

const DEPARTMENT_UUID = '7f1b0c52-4c1e-4b8e-9a55-0c7d3c0b2a01';

describe('departmentInputSchema', () => {
  const good = { code: 'OFFICE', name: '办公室', kind: 'OFFICE', sortOrder: 0, phone: '010-12345678' };

  const accepted: Array<[string, Record<string, unknown>]> = [
    ['a complete department', good],
    ['phone omitted', { code: 'DIV_01', name: '政策法规处', kind: 'DIVISION', sortOrder: 10 }],
    ['phone null', { ...good, phone: null }],
    ['phone empty', { ...good, phone: '' }],
    ['phone with +, (), spaces', { ...good, phone: '+86 (10) 1234-5678' }],
    ['2-character code', { ...good, code: 'AB' }],
    ['32-character code', { ...good, code: 'A' + 'B'.repeat(31) }],
    ['64-character name', { ...good, name: '处'.repeat(64) }],
    ['sortOrder 9999', { ...good, sortOrder: 9999 }],
    ...DEPARTMENT_KINDS.map((kind): [string, Record<string, unknown>] => [`kind ${kind}`, { ...good, kind }]),
  ];

  it.each(accepted)('accepts %s', (_name, input) => {
    expect(departmentInputSchema.safeParse(input).success).toBe(true);
  });

  it('trims text fields and drops unknown keys', () => {
    const result = departmentInputSchema.safeParse({
      ...good,
      code: '  OFFICE ',
      name: ' 办公室 ',
      phone: ' 010-12345678 ',
      isActive: false,
    });
    expect(result.success).toBe(true);
    expect(result.data).toEqual({
      code: 'OFFICE',
      name: '办公室',
      kind: 'OFFICE',
      sortOrder: 0,
      phone: '010-12345678',
    });
  });

  const CODE = '处室代码须为 2–32 位大写字母、数字或下划线，以字母开头';
  const rejected: Array<[string, Record<string, unknown>, Record<string, string[]>]> = [
    ['lower-case code', { ...good, code: 'office' }, { code: [CODE] }],
    ['code starting with a digit', { ...good, code: '1OFFICE' }, { code: [CODE] }],
    ['1-character code', { ...good, code: 'A' }, { code: [CODE] }],
    ['33-character code', { ...good, code: 'A' + 'B'.repeat(32) }, { code: [CODE] }],
    ['code with a hyphen', { ...good, code: 'GEN-OFFICE' }, { code: [CODE] }],
    ['code in Chinese', { ...good, code: '办公室' }, { code: [CODE] }],
    ['empty name', { ...good, name: '' }, { name: ['请填写处室名称'] }],
    ['blank name', { ...good, name: '   ' }, { name: ['请填写处室名称'] }],
    ['missing name', { code: 'OFFICE', kind: 'OFFICE', sortOrder: 0 }, { name: ['请填写处室名称'] }],
    ['name not a string', { ...good, name: 42 }, { name: ['请填写处室名称'] }],
    ['65-character name', { ...good, name: '处'.repeat(65) }, { name: ['处室名称最多 64 个字符'] }],
    ['unknown kind', { ...good, kind: 'BUREAU' }, { kind: ['处室类型无效'] }],
    ['missing kind', { code: 'OFFICE', name: '办公室', sortOrder: 0 }, { kind: ['处室类型无效'] }],
    ['fractional sortOrder', { ...good, sortOrder: 1.5 }, { sortOrder: ['排序须为整数'] }],
    ['negative sortOrder', { ...good, sortOrder: -1 }, { sortOrder: ['排序不能为负数'] }],
    ['sortOrder 10000', { ...good, sortOrder: 10_000 }, { sortOrder: ['排序最大为 9999'] }],
    [
      'phone with letters',
      { ...good, phone: '010-CALL-ME' },
      { phone: ['电话只能包含数字、空格和 + - ( )'] },
    ],
    ['33-character phone', { ...good, phone: '1'.repeat(33) }, { phone: ['电话最多 32 个字符'] }],
    [
      'several fields at once',
      { code: 'x', name: '', kind: 'NONE', sortOrder: -5, phone: 'abc' },
      {
        code: [CODE],
        name: ['请填写处室名称'],
        kind: ['处室类型无效'],
        sortOrder: ['排序不能为负数'],
        phone: ['电话只能包含数字、空格和 + - ( )'],
      },
    ],
  ];

  it.each(rejected)('rejects %s', (_name, input, expected) => {
    expect(messagesOf(departmentInputSchema, input)).toEqual(expected);
  });

  it('rejects a missing code and a missing sortOrder', () => {
    const messages = messagesOf(departmentInputSchema, { name: '办公室', kind: 'OFFICE' });
    expect(Object.keys(messages).sort()).toEqual(['code', 'sortOrder']);
  });
});

describe('userInputSchema', () => {
  const good = {
    username: 'zhangsan',
    displayName: '张三',
    departmentId: DEPARTMENT_UUID,
    phone: '13800138000',
    email: 'zhangsan@example.gov.cn',
  };

  const accepted: Array<[string, Record<string, unknown>]> = [
    ['a complete user', good],
    ['only username and name', { username: 'li.si', displayName: '李四' }],
    ['null department, phone and email', { ...good, departmentId: null, phone: null, email: null }],
    ['empty phone', { ...good, phone: '' }],
    ['username with digits, dot, underscore, hyphen', { ...good, username: 'wang_wu-2.x' }],
    ['3-character username', { ...good, username: 'abc' }],
    ['32-character username', { ...good, username: 'a'.repeat(32) }],
    ['32-character name', { ...good, displayName: '张'.repeat(32) }],
    ['32-character phone', { ...good, phone: '1'.repeat(32) }],
    ['phone with +, (), spaces', { ...good, phone: '+86 (138) 0013-8000' }],
  ];

  it.each(accepted)('accepts %s', (_name, input) => {
    expect(userInputSchema.safeParse(input).success).toBe(true);
  });

  it('trims username, name and phone', () => {
    const result = userInputSchema.safeParse({
      ...good,
      username: ' zhangsan ',
      displayName: ' 张三 ',
      phone: ' 13800138000 ',
    });
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ username: 'zhangsan', displayName: '张三', phone: '13800138000' });
  });

  const USERNAME = '用户名须为 3–32 位小写字母、数字或 . _ -，以字母开头';
  const rejected: Array<[string, Record<string, unknown>, Record<string, string[]>]> = [
    ['missing username', { displayName: '张三' }, { username: ['请填写用户名'] }],
    ['username not a string', { ...good, username: 7 }, { username: ['请填写用户名'] }],
    ['upper-case username', { ...good, username: 'ZhangSan' }, { username: [USERNAME] }],
    ['username starting with a digit', { ...good, username: '1zhang' }, { username: [USERNAME] }],
    ['2-character username', { ...good, username: 'zs' }, { username: [USERNAME] }],
    ['33-character username', { ...good, username: 'a'.repeat(33) }, { username: [USERNAME] }],
    ['username with a space inside', { ...good, username: 'zhang san' }, { username: [USERNAME] }],
    ['username in Chinese', { ...good, username: '张三' }, { username: [USERNAME] }],
    ['empty username', { ...good, username: '' }, { username: [USERNAME] }],
    ['missing name', { username: 'zhangsan' }, { displayName: ['请填写姓名'] }],
    ['blank name', { ...good, displayName: '  ' }, { displayName: ['请填写姓名'] }],
    ['33-character name', { ...good, displayName: '张'.repeat(33) }, { displayName: ['姓名最多 32 个字符'] }],
    ['department not a UUID', { ...good, departmentId: 'dept-1' }, { departmentId: ['处室无效'] }],
    ['department empty', { ...good, departmentId: '' }, { departmentId: ['处室无效'] }],
    ['phone with letters', { ...good, phone: '138-ABCD' }, { phone: ['电话格式不正确'] }],
    ['33-character phone', { ...good, phone: '1'.repeat(33) }, { phone: ['电话格式不正确'] }],
    ['email without @', { ...good, email: 'zhangsan.example.gov.cn' }, { email: ['电子邮箱格式不正确'] }],
    ['email without domain', { ...good, email: 'zhangsan@' }, { email: ['电子邮箱格式不正确'] }],
    [
      'several fields at once',
      { username: 'Z', displayName: '', departmentId: 'x', phone: 'x', email: 'x' },
      {
        username: [USERNAME],
        displayName: ['请填写姓名'],
        departmentId: ['处室无效'],
        phone: ['电话格式不正确'],
        email: ['电子邮箱格式不正确'],
      },
    ],
  ];

  it.each(rejected)('rejects %s', (_name, input, expected) => {
    expect(messagesOf(userInputSchema, input)).toEqual(expected);
  });

  it('usernameSchema is the username rule on its own', () => {
    expect(usernameSchema.safeParse('zhangsan').success).toBe(true);
    expect(messagesOf(usernameSchema, 'Zhang')).toEqual({ '': [USERNAME] });
  });
});
