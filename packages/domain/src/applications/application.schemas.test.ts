import { describe, expect, it } from 'vitest';
import {
  applicantSchema,
  applicationIntakeSchema,
  externalApplicationSchema,
  feeNoticeSchema,
  isValidCreditCode,
  isValidResidentId,
  maskIdNumber,
  requestCorrectionSchema,
} from './application.schemas.js';

const fieldErrors = (result: {
  success: boolean;
  error?: { issues: Array<{ path: PropertyKey[]; message: string }> };
}) => Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

// A valid test number (check character computed by GB 11643), not a real person's.
const VALID_ID = '11010519491231002X';
const VALID_CREDIT_CODE = '91350100M000100Y43';

const person = {
  applicantType: 'NATURAL_PERSON',
  name: '张三',
  idType: 'RESIDENT_ID',
  idNumber: VALID_ID.toLowerCase(),
  phone: '13800000000',
};

describe('applicant', () => {
  it('checks resident ID numbers by their check character and birth date', () => {
    expect(isValidResidentId(VALID_ID)).toBe(true);
    expect(isValidResidentId('110105194912310021')).toBe(false);
    expect(isValidResidentId('110105194902300028')).toBe(false);
    expect(isValidResidentId('1101051949123100')).toBe(false);
  });

  it('checks unified social credit codes', () => {
    expect(isValidCreditCode(VALID_CREDIT_CODE)).toBe(true);
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    expect(isValidCreditCode('91350100M000100YI3')).toBe(false);
  });

  it('masks ID numbers for lists', () => {
    expect(maskIdNumber(VALID_ID)).toBe('110*************2X');
    expect(maskIdNumber('AB12')).toBe('****');
    expect(maskIdNumber(null)).toBeNull();
  });

  it('accepts a natural person with an ID and a contact, upper-casing the ID', () => {
    const parsed = applicantSchema.parse(person);
    expect(parsed.idNumber).toBe(VALID_ID);
  });

  it('asks a natural person for name, ID and a contact, and no organisation fields', () => {
    const result = applicantSchema.safeParse({ applicantType: 'NATURAL_PERSON', organisationName: '某公司' });
    expect(fieldErrors(result)).toEqual({
      name: '请填写申请人姓名',
      idType: '请选择身份证件类型',
      idNumber: '请填写身份证件号码',
      organisationName: '自然人申请不填写单位信息',
      phone: '请至少填写一种联系方式（电话、电子邮箱或通信地址）',
    });
    expect(
      fieldErrors(applicantSchema.safeParse({ ...person, idNumber: '110105194912310021' })),
    ).toHaveProperty('idNumber');
  });

  it('asks an organisation for its name and contact person, and no personal ID', () => {
    const result = applicantSchema.safeParse({
      applicantType: 'LEGAL_SERVICE_ORGANISATION',
      idNumber: VALID_ID,
      creditCode: '91350100M000100Y44',
      email: 'law@example.cn',
    });
    expect(Object.keys(fieldErrors(result)).sort()).toEqual([
      'contactPerson',
      'creditCode',
      'idNumber',
      'organisationName',
    ]);
    expect(
      applicantSchema.safeParse({
        applicantType: 'LEGAL_SERVICE_ORGANISATION',
        organisationName: '某律师事务所',
        contactPerson: '李四',
        creditCode: VALID_CREDIT_CODE,
        email: 'LAW@example.cn',
      }).data?.email,
    ).toBe('law@example.cn');
  });
});

describe('intake and steps', () => {
  const intake = {
    channel: 'ORDINARY_POST',
    arrivedDate: '2026-03-02',
    receivedDate: '2026-03-04',
    applicant: person,
    description: '2025 年度文化市场综合执法检查计划',
    deliveryForm: 'ELECTRONIC',
  };

  it('accepts a registered application and refuses a receipt before arrival or the online channel', () => {
    expect(applicationIntakeSchema.safeParse(intake).success).toBe(true);
    expect(fieldErrors(applicationIntakeSchema.safeParse({ ...intake, receivedDate: '2026-03-01' }))).toEqual(
      {
        receivedDate: '收到申请日期不能早于到达日期',
      },
    );
    expect(fieldErrors(applicationIntakeSchema.safeParse({ ...intake, channel: 'ONLINE' }))).toHaveProperty(
      'channel',
    );
  });

  it('requires the privacy notice on external submission', () => {
    const external = { applicant: person, description: '某信息', deliveryForm: 'PAPER' };
    expect(fieldErrors(externalApplicationSchema.safeParse(external))).toEqual({
      privacyNoticeAccepted: '请阅读并同意隐私声明后再提交',
    });
    expect(externalApplicationSchema.safeParse({ ...external, privacyNoticeAccepted: true }).success).toBe(
      true,
    );
  });

  it('defaults the correction period and bounds it', () => {
    expect(requestCorrectionSchema.parse({ request: '请写明文件名称' }).periodWorkingDays).toBe(15);
    expect(
      requestCorrectionSchema.safeParse({ request: '请写明文件名称', periodWorkingDays: 61 }).success,
    ).toBe(false);
  });

  it('asks for the pages when charging per page', () => {
    expect(fieldErrors(feeNoticeSchema.safeParse({ method: 'PER_PAGE' }))).toEqual({
      pages: '按量计收须填写页数',
    });
    expect(feeNoticeSchema.parse({ method: 'PER_APPLICATION' }).paymentPeriodWorkingDays).toBe(20);
  });
});
