import { describe, expect, it } from 'vitest';
import {
  CONTACT_ADDRESS_CHANNELS,
  NOTICE_CHANNELS,
  NOTICE_CHANNEL_LABELS,
  NOTICE_RECIPIENT_KINDS,
  NOTICE_RECIPIENT_KIND_LABELS,
  OUTBOX_ACTIONS,
  OUTBOX_CHANNELS,
  OUTBOX_MAX_ATTEMPTS,
  OUTBOX_STATES,
  OUTBOX_STATE_LABELS,
  isOutboxChannel,
  maskContactAddress,
  needsContactAddress,
  noticeInputSchema,
  outboxActionsFor,
  outboxRetryDelayMinutes,
  outboxTransition,
  type OutboxState,
} from './notices.js';

function messagesOf(input: unknown): Record<string, string[]> {
  const result = noticeInputSchema.safeParse(input);
  expect(result.success, `expected ${JSON.stringify(input)} to be refused`).toBe(false);
  const messages: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? []) (messages[issue.path.join('.')] ??= []).push(issue.message);
  return messages;
}

const CASE_ID = '6f1c8a52-3d4b-4c59-9a7e-1f2b3c4d5e6f';
const base = {
  caseKind: 'APPLICATION',
  caseId: CASE_ID,
  recipientKind: 'APPLICANT',
  recipientRef: 'APPLICANT',
  subject: '补正告知',
  content: '您的申请内容不明确，请于 15 个工作日内补正。',
};

describe('notice channels', () => {
  it('each has a zh-CN label; in-system is the default and needs no address', () => {
    expect(NOTICE_CHANNELS).toEqual(['IN_SYSTEM', 'SMS', 'EMAIL', 'POST', 'PHONE', 'IN_PERSON', 'FAX']);
    for (const channel of NOTICE_CHANNELS) expect(NOTICE_CHANNEL_LABELS[channel]).toMatch(/[\u4e00-\u9fff]/);
    expect(NOTICE_CHANNEL_LABELS.POST).toBe('邮寄');
    expect(noticeInputSchema.parse(base).channel).toBe('IN_SYSTEM');
  });

  it.each([
    ['IN_SYSTEM', false, false],
    ['SMS', true, true],
    ['EMAIL', true, true],
    ['POST', false, true],
    ['PHONE', false, true],
    ['IN_PERSON', false, false],
    ['FAX', false, true],
  ] as const)('%s: sent through the outbox %s, needs an address %s', (channel, outbox, address) => {
    expect(isOutboxChannel(channel)).toBe(outbox);
    expect(needsContactAddress(channel)).toBe(address);
  });

  it('outbox channels all need an address', () => {
    for (const channel of OUTBOX_CHANNELS) expect(CONTACT_ADDRESS_CHANNELS).toContain(channel);
  });
});

describe('recipient kinds and outbox states', () => {
  it('have zh-CN labels', () => {
    expect(NOTICE_RECIPIENT_KINDS).toEqual(['APPLICANT', 'COMPLAINANT', 'REPRESENTATIVE', 'THIRD_PARTY', 'AGENCY']);
    for (const kind of NOTICE_RECIPIENT_KINDS) expect(NOTICE_RECIPIENT_KIND_LABELS[kind]).toMatch(/[\u4e00-\u9fff]/);
    expect(OUTBOX_STATE_LABELS).toEqual({ PENDING: '待发送', SENT: '已发送', FAILED: '发送失败' });
  });

  const table: Array<[OutboxState, OutboxState | null]> = [
    ['PENDING', null],
    ['SENT', null],
    ['FAILED', 'PENDING'],
  ];
  it.each(table)('RETRY from %s leads to %s', (state, next) => {
    expect(outboxTransition(state, 'RETRY')).toBe(next);
    expect(outboxActionsFor(state)).toEqual(next ? ['RETRY'] : []);
  });

  it('covers every (state, action) pair', () => {
    expect(table.map(([state]) => state).sort()).toEqual([...OUTBOX_STATES].sort());
    expect(OUTBOX_ACTIONS).toEqual(['RETRY']);
  });

  it('waits longer after each failed try, within the attempt limit', () => {
    const delays = Array.from({ length: OUTBOX_MAX_ATTEMPTS - 1 }, (_, index) => outboxRetryDelayMinutes(index + 1));
    expect(delays).toEqual([1, 5, 15, 60]);
    expect(outboxRetryDelayMinutes(99)).toBe(60);
  });
});

describe('maskContactAddress', () => {
  it.each([
    ['SMS', '13812345678', '138****5678'],
    ['SMS', '+86 138-1234-5678', '138****5678'],
    ['EMAIL', 'Zhang.San@Example.com', 'z***@example.com'],
    ['PHONE', '0572-2398000', '057****8000'],
    ['FAX', '0572 2398001', '057****8001'],
    ['PHONE', '12345', '****'],
    ['POST', '浙江省湖州市吴兴区仁皇山路 1 号', '浙江省湖州市****'],
    ['POST', '湖州市', '****'],
  ] as const)('%s %s → %s', (channel, address, masked) => {
    expect(maskContactAddress(channel, address)).toBe(masked);
  });

  it('stays short (the stored masked form has 160 characters) and hides the middle of the longest e-mail', () => {
    const longest = `${'a'.repeat(60)}@${'b'.repeat(63)}.com`;
    expect(noticeInputSchema.safeParse({ ...base, channel: 'EMAIL', contactAddress: longest }).success).toBe(true);
    const masked = maskContactAddress('EMAIL', longest);
    expect(masked.length).toBeLessThanOrEqual(160);
    expect(masked).not.toContain('aa');
  });
});

describe('noticeInputSchema', () => {
  const accepted: Array<[string, Record<string, unknown>, Record<string, unknown>]> = [
    ['an in-system notice', base, { channel: 'IN_SYSTEM', contactAddress: null, proof: null, deadlineId: null }],
    ['an e-mail, lower-cased', { ...base, channel: 'EMAIL', contactAddress: ' Li@Example.COM ' }, { contactAddress: 'li@example.com' }],
    ['an SMS with a +86 prefix', { ...base, channel: 'SMS', contactAddress: '+86 139 0000 1111' }, { contactAddress: '13900001111' }],
    ['a letter with its proof', { ...base, channel: 'POST', contactAddress: '湖州市仁皇山路 1 号', proof: 'EMS 1234567890' }, { proof: 'EMS 1234567890' }],
    ['a call', { ...base, channel: 'PHONE', contactAddress: '0572-2398000' }, { contactAddress: '0572-2398000' }],
    ['in person, empty address', { ...base, channel: 'IN_PERSON', contactAddress: '' }, { contactAddress: null }],
    ['meeting a deadline', { ...base, deadlineId: CASE_ID }, { deadlineId: CASE_ID }],
    ['a composite reference', { ...base, recipientRef: `APPLICATION:${CASE_ID}:APPLICANT` }, {}],
    ['200-character subject, 5000-character content', { ...base, subject: '告'.repeat(200), content: '知'.repeat(5000) }, {}],
  ];
  it.each(accepted)('accepts %s', (_name, input, expected) => {
    expect(noticeInputSchema.parse(input)).toMatchObject(expected);
  });

  const refused: Array<[string, Record<string, unknown>, string, string]> = [
    ['a bad e-mail', { ...base, channel: 'EMAIL', contactAddress: 'not-an-email' }, 'contactAddress', '电子邮箱格式不正确'],
    ['an e-mail without address', { ...base, channel: 'EMAIL' }, 'contactAddress', '请填写电子邮箱'],
    ['an SMS without number', { ...base, channel: 'SMS', contactAddress: '  ' }, 'contactAddress', '请填写手机号码'],
    ['a landline for SMS', { ...base, channel: 'SMS', contactAddress: '0572-2398000' }, 'contactAddress', '手机号码格式不正确（须为 11 位中国大陆手机号码）'],
    ['a letter without address', { ...base, channel: 'POST' }, 'contactAddress', '请填写邮寄地址'],
    ['a phone number with letters', { ...base, channel: 'PHONE', contactAddress: 'call me' }, 'contactAddress', '电话号码格式不正确'],
    ['an address for an in-system notice', { ...base, contactAddress: '13812345678' }, 'contactAddress', '“系统内告知（凭查询码查看）”方式无需填写联系地址'],
    ['a name as reference', { ...base, recipientRef: '张三' }, 'recipientRef', '收件人引用须为系统标识（字母、数字和 : _ . -），不能填写姓名'],
    ['a missing subject', { ...base, subject: ' ' }, 'subject', '请填写告知标题'],
    ['a long subject', { ...base, subject: '告'.repeat(201) }, 'subject', '告知标题最多 200 个字符'],
    ['a long content', { ...base, content: '知'.repeat(5001) }, 'content', '告知内容最多 5000 个字符'],
    ['a long proof', { ...base, proof: '凭'.repeat(501) }, 'proof', '送达凭证最多 500 个字符'],
    ['an unknown case kind', { ...base, caseKind: 'NOPE' }, 'caseKind', '案件类型无效'],
    ['a bad case id', { ...base, caseId: 'x' }, 'caseId', '案件编号无效'],
    ['an unknown channel', { ...base, channel: 'PIGEON' }, 'channel', '告知方式无效'],
    ['a bad deadline id', { ...base, deadlineId: 'x' }, 'deadlineId', '办理时限编号无效'],
  ];
  it.each(refused)('refuses %s in zh-CN', (_name, input, field, message) => {
    expect(messagesOf(input)[field]).toEqual([message]);
  });
});
