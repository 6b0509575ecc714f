import { describe, expect, it } from 'vitest';
import { toApplicationIntakeInput } from './application-forms';
import { APPLICATION_STEP_VALIDATORS, validateApplicationIntake } from './application-validation';

/** A valid resident ID (GB 11643-1999 check character). */
const RESIDENT_ID = '11010519491231002X';
const CREDIT_CODE = '91350100M000100Y43';

const person = {
  applicantType: 'NATURAL_PERSON',
  name: '李明',
  idType: 'RESIDENT_ID',
  idNumber: RESIDENT_ID.toLowerCase(),
  phone: '13800000000',
};
const intake = {
  channel: 'REGISTERED_POST',
  arrivedDate: '2026-11-20',
  receivedDate: '2026-11-23',
  applicant: person,
  description: '2025年度本局政府信息公开工作年度报告所附的统计表',
  purpose: '',
  deliveryForm: 'ELECTRONIC',
};

describe('the intake form, checked with the domain’s applicationIntakeSchema', () => {
  it('passes a natural person with a valid resident ID (upper-cased as sent)', () => {
    expect(validateApplicationIntake(intake)).toEqual({});
    expect(toApplicationIntakeInput(intake).applicant.idNumber).toBe(RESIDENT_ID);
  });

  it('puts the applicant’s messages under applicant.*, in zh-CN', () => {
    const errors = validateApplicationIntake({
      ...intake,
      applicant: { applicantType: 'NATURAL_PERSON', idType: 'RESIDENT_ID', idNumber: '110105194912310021' },
    });
    expect(errors.applicant).toEqual({
      name: '请填写申请人姓名',
      idNumber: '居民身份证号码无效（18 位，校验位不符或出生日期无效）',
      phone: '请至少填写一种联系方式（电话、电子邮箱或通信地址）',
    });
  });

  it('asks an organisation for its name and contact person, and checks the credit code', () => {
    const errors = validateApplicationIntake({
      ...intake,
      applicant: {
        applicantType: 'COMMERCIAL_ENTERPRISE',
        creditCode: '91350100M000100Y44',
        email: 'a@b.cn',
      },
    });
    expect(errors.applicant).toEqual({
      organisationName: '请填写单位名称',
      contactPerson: '请填写联系人',
      creditCode: '统一社会信用代码无效（18 位，校验位不符）',
    });
  });

  it('never sends the other kind’s fields: a switched block with stale person fields still passes as an organisation', () => {
    const organisation = {
      ...person,
      applicantType: 'RESEARCH_INSTITUTION',
      organisationName: '某大学公共管理学院',
      creditCode: CREDIT_CODE,
      contactPerson: '王老师',
    };
    expect(validateApplicationIntake({ ...intake, applicant: organisation })).toEqual({});
    expect(toApplicationIntakeInput({ ...intake, applicant: organisation }).applicant).toMatchObject({
      name: null,
      idType: null,
      idNumber: null,
      organisationName: '某大学公共管理学院',
    });
  });

  it('refuses the online channel (external apps only) and a receipt before the arrival', () => {
    expect(validateApplicationIntake({ ...intake, channel: 'ONLINE' })).toHaveProperty('channel');
    expect(validateApplicationIntake({ ...intake, receivedDate: '2026-11-19' })).toEqual({
      receivedDate: '收到申请日期不能早于到达日期',
    });
  });
});

describe('the step forms', () => {
  it('extension: at most 20 working days, a reason', () => {
    const extend = APPLICATION_STEP_VALIDATORS.EXTEND!;
    expect(extend({ byWorkingDays: 21, reason: '需调取档案' })).toEqual({
      byWorkingDays: '最多延长 20 个工作日',
    });
    expect(extend({ byWorkingDays: 10, reason: ' ' })).toEqual({ reason: '请填写延期理由' });
    expect(extend({ byWorkingDays: 10, reason: '需调取档案', noticeChannel: 'POST' })).toEqual({});
  });

  it('fee notice: per page needs the pages', () => {
    const fee = APPLICATION_STEP_VALIDATORS.ISSUE_FEE_NOTICE!;
    expect(fee({ method: 'PER_PAGE' })).toEqual({ pages: '按量计收须填写页数' });
    expect(fee({ method: 'PER_APPLICATION' })).toEqual({});
  });

  it('art. 35: the matter to explain, and a longer period of at most 60 working days with its reason', () => {
    const ask = APPLICATION_STEP_VALIDATORS.ASK_REASONS!;
    expect(ask({ request: ' ' })).toEqual({ request: '请填写需申请人说明的事项' });
    expect(ask({ request: '请说明申请用途' })).toEqual({});
    const period = APPLICATION_STEP_VALIDATORS.SET_REASONABLE_PERIOD!;
    expect(period({ byWorkingDays: 61, reason: '数量较多' })).toEqual({
      byWorkingDays: '最多延迟 60 个工作日',
    });
    expect(period({ byWorkingDays: 30, reason: '' })).toHaveProperty('reason');
    expect(period({ byWorkingDays: 30, reason: '数量较多，无法按期答复' })).toEqual({});
  });
});
