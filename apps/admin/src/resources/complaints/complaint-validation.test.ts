import { describe, expect, it } from 'vitest';
import { COMPLAINT_STEP_VALIDATORS, validateComplaintIntake } from './complaint-validation';

const DEPARTMENT = '6f1c8a52-3d4b-4c59-9a7e-1f2b3c4d5e6f';

const intake = {
  violationKind: 'LATE_OR_STALE',
  channel: 'LETTER',
  receivedAt: new Date('2026-11-26T02:00:00Z'),
  summary: '反映某处室未按时更新公开目录。',
  concernedDepartmentId: DEPARTMENT,
  isAnonymous: false,
  wantsReply: true,
  issueAccessCode: true,
  sealed: { name: '赵六', content: '来信原文' },
};

describe('the intake form, checked with the domain’s schema', () => {
  it('passes a complete real-name intake', () => {
    expect(validateComplaintIntake(intake)).toEqual({});
  });

  it('puts each message on its input: the sealed part under sealed.*', () => {
    const noContent = validateComplaintIntake({ ...intake, sealed: { name: '赵六', content: '' } });
    expect(noContent).toEqual({ sealed: { content: '请填写投诉举报内容' } });
    const noName = validateComplaintIntake({ ...intake, sealed: { name: '', content: '来信原文' } });
    expect(noName).toEqual({ sealed: { name: expect.stringContaining('姓名') } });
  });

  it('refuses a name on an anonymous intake, and an online channel (external apps only)', () => {
    const anonymous = validateComplaintIntake({ ...intake, isAnonymous: true });
    expect(anonymous.sealed).toMatchObject({ name: '匿名投诉举报不填写姓名和联系方式' });
    expect(validateComplaintIntake({ ...intake, channel: 'ONLINE' })).toHaveProperty('channel');
  });

  it('asks for a way to reply when a reply is wanted', () => {
    const errors = validateComplaintIntake({ ...intake, issueAccessCode: false });
    expect(errors).toHaveProperty('issueAccessCode');
  });
});

const NO_REPLY = { wantsReply: false, isAnonymous: false, hasAccessCode: false };
const check = (
  step: keyof typeof COMPLAINT_STEP_VALIDATORS,
  values: Record<string, unknown>,
  complaint: typeof NO_REPLY = NO_REPLY,
) => COMPLAINT_STEP_VALIDATORS[step](values, complaint);

describe('the workflow forms', () => {
  it('transfer: the chosen kind of target must be picked, and a summary written', () => {
    expect(check('TRANSFER', { target: 'DEPARTMENT', summary: '' })).toEqual({
      summary: expect.any(String),
      toDepartmentId: expect.any(String),
    });
    expect(check('TRANSFER', { target: 'AGENCY', toDepartmentId: DEPARTMENT, summary: '摘要' })).toEqual({
      toAgencyId: expect.any(String),
    });
    expect(
      check('TRANSFER', {
        target: 'DEPARTMENT',
        toDepartmentId: DEPARTMENT,
        summary: '摘要',
      }),
    ).toEqual({});
  });

  it('reject and extend: reason, text and working days', () => {
    expect(check('REJECT', { noticeChannel: 'IN_SYSTEM' })).toMatchObject({
      reason: expect.any(String),
      text: expect.any(String),
    });
    expect(check('EXTEND', { byWorkingDays: null, reason: '', noticeChannel: 'IN_SYSTEM' })).toMatchObject({
      byWorkingDays: expect.any(String),
      reason: expect.any(String),
    });
    expect(
      check('EXTEND', {
        byWorkingDays: 5,
        reason: '需补充调查',
        noticeChannel: 'IN_SYSTEM',
      }),
    ).toEqual({});
  });

  it('handle: correction orders only with findings that hold, each row complete', () => {
    const order = { departmentId: DEPARTMENT, requirement: '更新目录', dueDate: '2026-12-10' };
    const base = { outcome: 'SUBSTANTIATED', findings: '属实', noticeChannel: 'IN_SYSTEM' };
    expect(check('HANDLE', { ...base, correctionOrders: [order] })).toEqual({});
    expect(check('HANDLE', { ...base, outcome: 'UNSUBSTANTIATED', correctionOrders: [order] })).toEqual({
      correctionOrders: '投诉举报不属实的，不能责令改正',
    });
    const incomplete = check('HANDLE', {
      ...base,
      correctionOrders: [{ ...order, requirement: '' }],
    });
    expect(incomplete).toMatchObject({ correctionOrders: { 0: { requirement: expect.any(String) } } });
  });

  it('handle: a reply is owed when asked for and the complainant can read it (named, or holding a code)', () => {
    const values = { outcome: 'UNSUBSTANTIATED', findings: '不属实', noticeChannel: 'IN_SYSTEM' };
    const asked = { wantsReply: true, isAnonymous: false, hasAccessCode: false };
    expect(check('HANDLE', values, asked)).toEqual({ replyText: 'gdp.complaints.reply_required' });
    expect(check('HANDLE', { ...values, replyText: '经核查不属实。' }, asked)).toEqual({});
    expect(check('HANDLE', values, { ...asked, isAnonymous: true })).toEqual({});
    expect(check('HANDLE', values, { ...asked, isAnonymous: true, hasAccessCode: true })).toHaveProperty(
      'replyText',
    );
  });
});
