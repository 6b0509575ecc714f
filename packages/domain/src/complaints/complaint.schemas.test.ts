import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  acceptComplaintSchema,
  complaintIntakeSchema,
  complaintPeriodSchema,
  extendComplaintSchema,
  externalComplaintSchema,
  handleComplaintSchema,
  isReplyRequired,
  rejectComplaintSchema,
  revealComplaintIdentitySchema,
  transferComplaintSchema,
} from './complaint.schemas.js';

function messagesOf(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  expect(result.success, `expected ${JSON.stringify(input)} to be refused`).toBe(false);
  const messages: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? []) (messages[issue.path.join('.')] ??= []).push(issue.message);
  return messages;
}

const DEPT = '6f1c8a52-3d4b-4c59-9a7e-1f2b3c4d5e6f';
const OTHER_DEPT = '7a1c8a52-3d4b-4c59-9a7e-1f2b3c4d5e6f';

describe('staff intake', () => {
  const base = {
    violationKind: 'LATE_OR_STALE',
    channel: 'LETTER',
    receivedAt: '2026-09-25T02:00:00.000Z',
    summary: '反映某处室未按期更新公开目录',
    concernedDepartmentId: DEPT,
    isAnonymous: false,
    wantsReply: true,
    issueAccessCode: false,
    sealed: {
      name: '王某某',
      workplace: '某公司',
      address: '湖州市某路 1 号',
      phone: '13800138000',
      email: 'A@B.cn',
      content: '来信全文',
    },
  };

  it('accepts a real-name letter, trimming and normalising', () => {
    const parsed = complaintIntakeSchema.parse({
      ...base,
      summary: '  摘要  ',
      sealed: { ...base.sealed, workplace: ' ' },
    });
    expect(parsed).toMatchObject({ summary: '摘要', receivedAt: new Date('2026-09-25T02:00:00.000Z') });
    expect(parsed.sealed).toMatchObject({ workplace: null, email: 'a@b.cn' });
  });

  it('accepts an anonymous call with an access code to read the reply', () => {
    const sealed = { content: '电话反映的内容' };
    expect(
      complaintIntakeSchema.safeParse({
        ...base,
        channel: 'TELEPHONE',
        isAnonymous: true,
        issueAccessCode: true,
        sealed,
      }).success,
    ).toBe(true);
  });

  const refused: Array<[string, Record<string, unknown>, string, string]> = [
    [
      'ONLINE, which only external apps submit',
      { channel: 'ONLINE' },
      'channel',
      '请选择投诉举报方式（网上提交的由外部应用提交）',
    ],
    ['an unknown kind', { violationKind: 'NOPE' }, 'violationKind', '请选择投诉举报事项类别'],
    ['no content', { sealed: { ...base.sealed, content: '  ' } }, 'sealed.content', '请填写投诉举报内容'],
    [
      'a name on an anonymous complaint',
      { isAnonymous: true, issueAccessCode: true },
      'sealed.name',
      '匿名投诉举报不填写姓名和联系方式',
    ],
    [
      'a real-name complaint without a name',
      { sealed: { ...base.sealed, name: '' } },
      'sealed.name',
      '实名投诉举报请填写姓名（或选择匿名）',
    ],
    [
      'an anonymous complaint wanting a reply it could not read',
      { isAnonymous: true, sealed: { content: '内容' } },
      'issueAccessCode',
      '匿名投诉举报要求答复的，须发放查询码',
    ],
    [
      'a reply wanted with no way to send it',
      { sealed: { name: '王某某', content: '内容' } },
      'issueAccessCode',
      '要求答复的，请填写至少一种联系方式或发放查询码',
    ],
    [
      'a bad phone',
      { sealed: { ...base.sealed, phone: 'call me' } },
      'sealed.phone',
      '联系电话只能包含数字、空格和 + - ( )',
    ],
    ['a bad e-mail', { sealed: { ...base.sealed, email: 'nope' } }, 'sealed.email', '电子邮箱格式不正确'],
    ['a bad department', { concernedDepartmentId: 'x' }, 'concernedDepartmentId', '被投诉举报处室无效'],
    ['a long summary', { summary: '摘'.repeat(1001) }, 'summary', '事项摘要最多 1000 个字符'],
    ['a missing receipt time', { receivedAt: 'not a date' }, 'receivedAt', '请填写收到时间'],
  ];
  it.each(refused)('refuses %s in zh-CN', (_name, change, field, message) => {
    expect(messagesOf(complaintIntakeSchema, { ...base, ...change })[field]).toEqual([message]);
  });
});

describe('external submission', () => {
  const base = {
    violationKind: 'FALSE_DISCLOSURE',
    content: '网站公开的数据与实际不符',
    concernedDepartment: '某处室',
    isAnonymous: true,
    wantsReply: true,
    privacyNoticeAccepted: true,
  };

  it('accepts an anonymous complaint (a code is always issued, so a reply can be read)', () => {
    const parsed = externalComplaintSchema.parse(base);
    expect(parsed).toMatchObject({ concernedDepartment: '某处室', privacyNoticeAccepted: true });
    expect(parsed.name ?? null).toBeNull();
  });

  it('accepts a real-name complaint', () => {
    expect(
      externalComplaintSchema.safeParse({ ...base, isAnonymous: false, name: '李某', phone: '13900001111' })
        .success,
    ).toBe(true);
  });

  it.each([
    [
      'the privacy notice not accepted',
      { privacyNoticeAccepted: false },
      'privacyNoticeAccepted',
      '请阅读并同意隐私声明后再提交',
    ],
    [
      'the privacy notice not mentioned',
      { privacyNoticeAccepted: undefined },
      'privacyNoticeAccepted',
      '请阅读并同意隐私声明后再提交',
    ],
    [
      'a phone number on an anonymous complaint',
      { phone: '13900001111' },
      'phone',
      '匿名投诉举报不填写姓名和联系方式',
    ],
    [
      'a real-name complaint without a name',
      { isAnonymous: false },
      'name',
      '实名投诉举报请填写姓名（或选择匿名）',
    ],
    ['no content', { content: '' }, 'content', '请填写投诉举报内容'],
    ['content too long', { content: '字'.repeat(10_001) }, 'content', '投诉举报内容最多 10000 个字符'],
  ] as const)('refuses %s', (_name, change, field, message) => {
    expect(messagesOf(externalComplaintSchema, { ...base, ...change })[field]).toEqual([message]);
  });
});

describe('workflow inputs', () => {
  it('accept: the summary is optional here (required by the API when the case has none)', () => {
    expect(acceptComplaintSchema.parse({ needsTransfer: true, summary: ' ' })).toEqual({
      needsTransfer: true,
      summary: null,
    });
  });

  it('reject: a reason code and a text; the notice goes in the system by default', () => {
    expect(
      rejectComplaintSchema.parse({ reason: 'OUT_OF_SCOPE', text: '不属于政务公开事项' }).noticeChannel,
    ).toBe('IN_SYSTEM');
    expect(messagesOf(rejectComplaintSchema, { reason: 'MAYBE', text: '' })).toEqual({
      reason: ['请选择不予受理理由'],
      text: ['请填写不予受理说明'],
    });
  });

  it('transfer: to a department or an agency, exactly one', () => {
    expect(transferComplaintSchema.safeParse({ toDepartmentId: DEPT, summary: '摘要' }).success).toBe(true);
    const both = messagesOf(transferComplaintSchema, {
      toDepartmentId: DEPT,
      toAgencyId: OTHER_DEPT,
      summary: '摘要',
    });
    expect(both.toDepartmentId).toEqual(['请选择一个转办对象：本局处室或其他行政机关（二者选一）']);
    expect(messagesOf(transferComplaintSchema, { summary: '' })).toMatchObject({
      summary: ['请填写转办摘要'],
    });
  });

  it.each([
    [0, '至少延长 1 个工作日'],
    [16, '每次最多延长 15 个工作日'],
    [1.5, '延长的工作日数须为整数'],
  ])('extend by %s is refused: %s', (byWorkingDays, message) => {
    expect(
      messagesOf(extendComplaintSchema, { byWorkingDays, reason: '需要补充调查' }).byWorkingDays,
    ).toEqual([message]);
  });

  it('extend needs a reason', () => {
    expect(messagesOf(extendComplaintSchema, { byWorkingDays: 5, reason: ' ' }).reason).toEqual([
      '请填写延期理由',
    ]);
  });

  describe('handle', () => {
    const base = {
      outcome: 'SUBSTANTIATED',
      findings: '经查属实',
      replyText: '经调查，您反映的问题属实，已责令整改。',
    };
    it('takes orders to correct only when something was found', () => {
      const orders = [{ departmentId: DEPT, requirement: '十个工作日内更新目录', dueDate: '2026-10-30' }];
      expect(
        handleComplaintSchema.parse({ ...base, correctionOrders: orders }).correctionOrders,
      ).toHaveLength(1);
      expect(handleComplaintSchema.parse(base).correctionOrders).toEqual([]);
      expect(
        messagesOf(handleComplaintSchema, { ...base, outcome: 'UNSUBSTANTIATED', correctionOrders: orders })
          .correctionOrders,
      ).toEqual(['投诉举报不属实的，不能责令改正']);
    });

    it('refuses one department twice, a bad date, a missing requirement', () => {
      const order = { departmentId: DEPT, requirement: '整改', dueDate: '2026-10-30' };
      const messages = messagesOf(handleComplaintSchema, {
        ...base,
        correctionOrders: [order, { ...order, requirement: ' ', dueDate: '2026-02-30' }],
      });
      expect(messages).toEqual({
        'correctionOrders.1.requirement': ['请填写整改要求'],
        'correctionOrders.1.dueDate': ['整改期限须为有效日期，格式 YYYY-MM-DD'],
        'correctionOrders.1.departmentId': ['同一处室的整改要求请写在一项中'],
      });
    });

    it('needs an outcome and findings', () => {
      expect(messagesOf(handleComplaintSchema, { outcome: 'PERHAPS', findings: '' })).toEqual({
        outcome: ['请选择处理结论'],
        findings: ['请填写调查处理意见'],
      });
    });
  });

  it('reveal needs a reason', () => {
    expect(messagesOf(revealComplaintIdentitySchema, { reason: '  ' }).reason).toEqual(['请填写查看理由']);
    expect(messagesOf(revealComplaintIdentitySchema, {}).reason).toEqual(['请填写查看理由']);
  });

  it('a period runs forward', () => {
    expect(
      messagesOf(complaintPeriodSchema, { receivedFrom: '2026-10-02', receivedTo: '2026-10-01' }).receivedTo,
    ).toEqual(['结束日期不能早于开始日期']);
  });
});

describe('isReplyRequired', () => {
  it.each([
    [true, false, false, true],
    [true, true, true, true],
    [true, true, false, false],
    [false, false, true, false],
  ])('wantsReply %s, anonymous %s, code %s → %s', (wantsReply, isAnonymous, hasAccessCode, expected) => {
    expect(isReplyRequired({ wantsReply, isAnonymous, hasAccessCode })).toBe(expected);
  });
});
