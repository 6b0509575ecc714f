import { z } from 'zod';
import { CONSULTATION_USES } from '../consultations/consultation.workflow.js';
import { DEFAULT_NOTICE_CHANNEL, NOTICE_CHANNELS } from '../notices/notices.js';
import { calendarDateSchema } from '../shared/calendar-date.js';
import { optionalPhoneSchema, optionalTextSchema, requiredTextSchema } from '../shared/text-fields.js';
import { APPLICATION_FEE_METHODS } from './application-fees.js';
import {
  APPLICANT_ID_TYPES,
  APPLICANT_TYPES,
  APPLICATION_DELIVERY_FORMS,
  APPLICATION_LIMITS,
  CORRECTION_PERIOD_DEFAULT_WORKING_DAYS,
  CORRECTION_PERIOD_MAX_WORKING_DAYS,
  FEE_PAYMENT_PERIOD_DEFAULT_WORKING_DAYS,
  STAFF_APPLICATION_CHANNELS,
} from './applications.js';

/**
 * Input shapes of the application module with their zh-CN messages, shared by the API (which enforces them)
 * and the console (which shows them on its forms). Rules needing other records or "now" (a receipt date not
 * in the future, the 7-working-day window) live in the API's use cases and the workflow's facts.
 */

const L = APPLICATION_LIMITS;

/** How the applicant is told (the system's own notice when not chosen). */
export const applicantNoticeChannelSchema = z.preprocess(
  (value) => value ?? DEFAULT_NOTICE_CHANNEL,
  z.enum(NOTICE_CHANNELS, { error: '告知方式无效' }),
);

const optionalEmailSchema = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim().toLowerCase() || null : value),
  z
    .string({ error: '电子邮箱须为文本' })
    .max(L.email, `电子邮箱最多 ${L.email} 个字符`)
    .refine((value) => z.email().safeParse(value).success, '电子邮箱格式不正确')
    .nullish(),
);

const RESIDENT_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const RESIDENT_ID_CHECK = '10X98765432';

/** The check character (GB 11643-1999) of a resident ID number's first 17 digits. */
export function residentIdCheckCharacter(first17: string): string {
  const sum = RESIDENT_ID_WEIGHTS.reduce((total, weight, index) => total + weight * Number(first17[index]), 0);
  return RESIDENT_ID_CHECK[sum % 11]!;
}

/** A mainland resident ID number (GB 11643-1999): 18 characters, a valid birth date and check character. */
export function isValidResidentId(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const birth = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  const date = new Date(`${birth}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== birth) return false;
  return residentIdCheckCharacter(value) === value[17];
}

/** 18-character unified social credit code (GB 32100-2015) with its check character. */
const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
export function isValidCreditCode(value: string): boolean {
  if (value.length !== 18 || [...value].some((char) => !CREDIT_CODE_ALPHABET.includes(char))) return false;
  const sum = CREDIT_CODE_WEIGHTS.reduce(
    (total, weight, index) => total + weight * CREDIT_CODE_ALPHABET.indexOf(value[index]!),
    0,
  );
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31] === value[17];
}

/** Shows the first 3 and last 2 characters of an ID number (lists, exports, audit: SPEC §2.4). */
export function maskIdNumber(value: string | null): string | null {
  if (!value) return value;
  if (value.length <= 5) return '*'.repeat(value.length);
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 5)}${value.slice(-2)}`;
}

const upperTrimmed = (value: unknown) =>
  typeof value === 'string' ? value.trim().toUpperCase() || null : value;

/** The applicant (条例 art. 29): who they are and how to reach them — personal data, the minimum needed. */
export const applicantSchema = z
  .object({
    applicantType: z.enum(APPLICANT_TYPES, { error: '请选择申请人类型' }),
    name: optionalTextSchema('姓名', L.name),
    idType: z.enum(APPLICANT_ID_TYPES, { error: '证件类型无效' }).nullish(),
    idNumber: z.preprocess(
      upperTrimmed,
      z.string({ error: '证件号码须为文本' }).max(L.idNumber, `证件号码最多 ${L.idNumber} 个字符`).nullish(),
    ),
    organisationName: optionalTextSchema('单位名称', L.organisationName),
    creditCode: z.preprocess(upperTrimmed, z.string({ error: '统一社会信用代码须为文本' }).nullish()),
    contactPerson: optionalTextSchema('联系人', L.contactPerson),
    phone: optionalPhoneSchema('联系电话'),
    email: optionalEmailSchema,
    postalAddress: optionalTextSchema('通信地址', L.postalAddress),
    postalCode: z.preprocess(
      (value) => (typeof value === 'string' ? value.trim() || null : value),
      z
        .string({ error: '邮政编码须为文本' })
        .regex(/^\d{6}$/, '邮政编码须为 6 位数字')
        .nullish(),
    ),
  })
  .superRefine((input, context) => {
    const issue = (path: string, message: string) =>
      context.addIssue({ code: 'custom', path: [path], message });
    if (input.applicantType === 'NATURAL_PERSON') {
      if (!input.name) issue('name', '请填写申请人姓名');
      if (!input.idType) issue('idType', '请选择身份证件类型');
      if (!input.idNumber) issue('idNumber', '请填写身份证件号码');
      else if (input.idType === 'RESIDENT_ID' && !isValidResidentId(input.idNumber)) {
        issue('idNumber', '居民身份证号码无效（18 位，校验位不符或出生日期无效）');
      }
      for (const field of ['organisationName', 'creditCode', 'contactPerson'] as const) {
        if (input[field]) issue(field, '自然人申请不填写单位信息');
      }
    } else {
      if (!input.organisationName) issue('organisationName', '请填写单位名称');
      if (!input.contactPerson) issue('contactPerson', '请填写联系人');
      if (input.creditCode && !isValidCreditCode(input.creditCode)) {
        issue('creditCode', '统一社会信用代码无效（18 位，校验位不符）');
      }
      for (const field of ['name', 'idType', 'idNumber'] as const) {
        if (input[field]) issue(field, '单位申请不填写个人身份证件，请填写单位名称和联系人');
      }
    }
    if (!input.phone && !input.email && !input.postalAddress) {
      issue('phone', '请至少填写一种联系方式（电话、电子邮箱或通信地址）');
    }
  });
export type ApplicantInput = z.output<typeof applicantSchema>;

/** What is applied for (条例 art. 29(2)–(3)). */
const requestShape = {
  description: requiredTextSchema('所需政府信息的名称、文号或者便于查询的其他特征性描述', L.description),
  purpose: optionalTextSchema('用途说明', L.purpose),
  deliveryForm: z.enum(APPLICATION_DELIVERY_FORMS, { error: '请选择信息提供形式' }),
};

/** An application registered by a handler (letter, in person, fax, e-mail). */
export const applicationIntakeSchema = z
  .object({
    channel: z.enum(STAFF_APPLICATION_CHANNELS, { error: '请选择申请方式（网上申请由外部应用提交）' }),
    /** The day it reached the bureau; the art. 31 receipt date is on or after it. */
    arrivedDate: calendarDateSchema('到达日期'),
    receivedDate: calendarDateSchema('收到申请日期'),
    applicant: applicantSchema,
    ...requestShape,
  })
  .refine((input) => input.receivedDate >= input.arrivedDate, {
    path: ['receivedDate'],
    message: '收到申请日期不能早于到达日期',
  });
export type ApplicationIntake = z.output<typeof applicationIntakeSchema>;

/** An application submitted through an external app (token scope applications:submit). */
export const externalApplicationSchema = z.object({
  applicant: applicantSchema,
  ...requestShape,
  privacyNoticeAccepted: z.literal(true, { error: '请阅读并同意隐私声明后再提交' }),
});
export type ExternalApplication = z.output<typeof externalApplicationSchema>;

/** 补正 (art. 30): what to correct and a reasonable period, told once. */
export const requestCorrectionSchema = z.object({
  request: requiredTextSchema('需要补正的事项', L.correctionRequest),
  periodWorkingDays: z.preprocess(
    (value) => value ?? CORRECTION_PERIOD_DEFAULT_WORKING_DAYS,
    z
      .number({ error: '补正期限须为整数' })
      .int('补正期限须为整数')
      .min(1, '补正期限至少 1 个工作日')
      .max(CORRECTION_PERIOD_MAX_WORKING_DAYS, `补正期限最多 ${CORRECTION_PERIOD_MAX_WORKING_DAYS} 个工作日`),
  ),
  noticeChannel: applicantNoticeChannelSchema,
});

/** The corrected application: the reply period counts again from its receipt (a restart). */
export const recordCorrectionSchema = z.object({
  receivedDate: calendarDateSchema('收到补正材料日期'),
  correctedDescription: requiredTextSchema('补正后的申请内容', L.correctedDescription),
});

/** Art. 33: once, at most 20 working days, the disclosure office head's consent and a notice. */
export const extendApplicationSchema = z.object({
  byWorkingDays: z
    .number({ error: '延长工作日数须为整数' })
    .int('延长工作日数须为整数')
    .min(1, '至少延长 1 个工作日')
    .max(20, '最多延长 20 个工作日'),
  reason: requiredTextSchema('延期理由', L.reason),
  noticeChannel: applicantNoticeChannelSchema,
});

/** The uses of the consultation entity an application may open (art. 32, 34). */
export const APPLICATION_CONSULTATION_USES = CONSULTATION_USES.filter((use) =>
  use.startsWith('APPLICATION_'),
);

export const feeNoticeSchema = z
  .object({
    method: z.enum(APPLICATION_FEE_METHODS, { error: '请选择计费方式' }),
    /** PER_PAGE: the pages of the information to supply (PER_APPLICATION counts the month's applications itself). */
    pages: z.number({ error: '页数须为整数' }).int('页数须为整数').min(1, '页数至少为 1').nullish(),
    paymentPeriodWorkingDays: z.preprocess(
      (value) => value ?? FEE_PAYMENT_PERIOD_DEFAULT_WORKING_DAYS,
      z
        .number({ error: '缴费期限须为整数' })
        .int('缴费期限须为整数')
        .min(1, '缴费期限至少 1 个工作日')
        .max(60, '缴费期限最多 60 个工作日'),
    ),
    noticeChannel: applicantNoticeChannelSchema,
  })
  .refine((input) => input.method !== 'PER_PAGE' || input.pages != null, {
    path: ['pages'],
    message: '按量计收须填写页数',
  });

export const recordPaymentSchema = z.object({
  paidDate: calendarDateSchema('缴费日期'),
  reference: requiredTextSchema('缴费凭证号', L.reference),
});

/** A reply that supplies nothing through review (or points to what is already published). */
export const replyApplicationSchema = z.object({
  resultCategory: z.string({ error: '请选择办理结果' }),
  resultReason: z.string().nullish(),
  replyText: optionalTextSchema('答复说明', L.replyText),
  publishedIndexNumbers: z
    .array(z.string().trim().min(1).max(64))
    .max(50, '最多引用 50 条已公开信息')
    .nullish(),
  responsibleAgency: optionalTextSchema('负责公开的机关', L.otherAgency),
  noticeChannel: applicantNoticeChannelSchema,
});
