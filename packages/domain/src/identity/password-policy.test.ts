import { describe, expect, it } from 'vitest';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_CLASSES,
  PASSWORD_MIN_LENGTH,
  checkPasswordPolicy,
} from './password-policy.js';

const TOO_SHORT = '密码至少 8 个字符';
const TOO_LONG = '密码最多 128 个字符';
const CLASSES = '密码须包含大写字母、小写字母、数字、符号中的至少三类';
const USERNAME = '密码不能包含用户名';

describe('password policy constants (SPEC §2.1, 等保 level 3)', () => {
  it('requires at least 8 characters, at most 128, 3 of 4 classes', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(8);
    expect(PASSWORD_MAX_LENGTH).toBe(128);
    expect(PASSWORD_MIN_CLASSES).toBe(3);
  });
});

describe('checkPasswordPolicy', () => {
  const cases: Array<{ name: string; password: string; username?: string; expected: string[] }> = [
    // Length
    { name: 'empty', password: '', expected: [TOO_SHORT, CLASSES] },
    { name: '7 characters, 4 classes', password: 'Ab1!xyz', expected: [TOO_SHORT] },
    { name: 'exactly 8 characters, 3 classes', password: 'Abcdef12', expected: [] },
    { name: 'exactly 128 characters', password: 'Ab1!' + 'x'.repeat(124), expected: [] },
    { name: '129 characters', password: 'Ab1!' + 'x'.repeat(125), expected: [TOO_LONG] },
    { name: '129 characters of one class', password: 'x'.repeat(129), expected: [TOO_LONG, CLASSES] },
    // Character classes
    { name: '1 class: lower case', password: 'abcdefghij', expected: [CLASSES] },
    { name: '1 class: digits', password: '1234567890', expected: [CLASSES] },
    { name: '2 classes: lower + digits', password: 'abcd1234', expected: [CLASSES] },
    { name: '2 classes: upper + lower', password: 'AbcdEfgh', expected: [CLASSES] },
    { name: '2 classes: digits + symbols', password: '1234!@#$', expected: [CLASSES] },
    { name: '3 classes: upper + lower + digits', password: 'Abcd1234', expected: [] },
    { name: '3 classes: lower + digits + symbols', password: 'abcd!234', expected: [] },
    { name: '3 classes: upper + digits + symbols', password: 'ABCD!234', expected: [] },
    { name: '3 classes: upper + lower + symbols', password: 'Abcd!efg', expected: [] },
    { name: '4 classes', password: 'Abcd!234', expected: [] },
    { name: 'a space counts as a symbol', password: 'abcd 1234', expected: [] },
    // Chinese characters count as symbols
    { name: 'Chinese + lower + digits', password: '政务abcd1234', expected: [] },
    { name: 'Chinese + lower (2 classes)', password: '政务公开abcdefg', expected: [CLASSES] },
    { name: 'Chinese only (1 class)', password: '政务公开平台密码', expected: [CLASSES] },
    { name: '8 Chinese characters reach the minimum length', password: '政务公开平台Ab', expected: [] },
    // Username
    { name: 'contains the username', password: 'zhangsan@2024', username: 'zhangsan', expected: [USERNAME] },
    {
      name: 'contains the username, other case',
      password: 'ZhangSan@2024',
      username: 'zhangsan',
      expected: [USERNAME],
    },
    {
      name: 'username given in upper case',
      password: 'zhangsan@2024',
      username: 'ZHANGSAN',
      expected: [USERNAME],
    },
    {
      name: 'username padded with spaces',
      password: 'Xzhangsan#1',
      username: '  zhangsan ',
      expected: [USERNAME],
    },
    { name: 'username in the middle', password: 'A1!wang.wu!1A', username: 'wang.wu', expected: [USERNAME] },
    { name: 'does not contain the username', password: 'Zhang@2024', username: 'zhangsan', expected: [] },
    { name: 'usernames shorter than 3 are ignored', password: 'Li@123456', username: 'li', expected: [] },
    { name: 'blank username is ignored', password: 'Abcd1234', username: '   ', expected: [] },
    {
      name: 'every violation at once',
      password: 'wangwu',
      username: 'wangwu',
      expected: [TOO_SHORT, CLASSES, USERNAME],
    },
  ];

  it.each(cases)('$name', ({ password, username, expected }) => {
    const context = username === undefined ? undefined : { username };
    expect(checkPasswordPolicy(password, context)).toEqual(expected);
  });

  it('checks the username only when it is given', () => {
    expect(checkPasswordPolicy('zhangsan@2024')).toEqual([]);
    expect(checkPasswordPolicy('zhangsan@2024', {})).toEqual([]);
  });
});
