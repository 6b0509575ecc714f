import type { AnnualReportWithholdingReason } from '../review/withholding-reasons.js';

/**
 * Disclosure applications (依申请公开, SPEC M6; 条例 art. 27–45): who applies, by which channel, the states
 * of a case and the results as the national annual report counts them (国办公开办函〔2021〕30号, section 三).
 */

/**
 * How an application arrived, each with the day that counts as its receipt (条例 art. 31). ONLINE
 * applications come only through an external app; the case number returned is the bureau's confirmation,
 * so the day of submission is the day both sides confirm.
 */
export const APPLICATION_CHANNELS = [
  'IN_PERSON',
  'REGISTERED_POST',
  'ORDINARY_POST',
  'FAX',
  'EMAIL',
  'ONLINE',
] as const;
export type ApplicationChannel = (typeof APPLICATION_CHANNELS)[number];

export const APPLICATION_CHANNEL_LABELS: Record<ApplicationChannel, string> = {
  IN_PERSON: '当面提交',
  REGISTERED_POST: '邮寄（需签收的挂号信、邮政快递等）',
  ORDINARY_POST: '邮寄（平常信函等无需签收）',
  FAX: '传真',
  EMAIL: '电子邮件',
  ONLINE: '网上申请（外部应用）',
};

/** Art. 31: which day is the day of receipt, per channel (shown beside the receipt date field). */
export const APPLICATION_RECEIPT_RULES: Record<ApplicationChannel, string> = {
  IN_PERSON: '以申请人提交政府信息公开申请之日为收到申请之日',
  REGISTERED_POST: '以行政机关签收之日为收到申请之日',
  ORDINARY_POST: '以行政机关与申请人确认之日为收到申请之日',
  FAX: '以双方确认之日为收到申请之日',
  EMAIL: '以双方确认之日为收到申请之日',
  ONLINE: '以双方确认之日为收到申请之日（提交成功即返回案件编号确认）',
};

/** What staff register by hand; ONLINE applications arrive only through an external app. */
export const STAFF_APPLICATION_CHANNELS = [
  'IN_PERSON',
  'REGISTERED_POST',
  'ORDINARY_POST',
  'FAX',
  'EMAIL',
] as const satisfies readonly ApplicationChannel[];

/** The applicant types, in the order of the annual report's columns (section 三). */
export const APPLICANT_TYPES = [
  'NATURAL_PERSON',
  'COMMERCIAL_ENTERPRISE',
  'RESEARCH_INSTITUTION',
  'SOCIAL_WELFARE_ORGANISATION',
  'LEGAL_SERVICE_ORGANISATION',
  'OTHER_ORGANISATION',
] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];

export const APPLICANT_TYPE_LABELS: Record<ApplicantType, string> = {
  NATURAL_PERSON: '自然人',
  COMMERCIAL_ENTERPRISE: '商业企业',
  RESEARCH_INSTITUTION: '科研机构',
  SOCIAL_WELFARE_ORGANISATION: '社会公益组织',
  LEGAL_SERVICE_ORGANISATION: '法律服务机构',
  OTHER_ORGANISATION: '其他',
};

export const isOrganisationApplicant = (type: ApplicantType): boolean => type !== 'NATURAL_PERSON';

/** Identity documents of a natural person (条例 art. 29: 身份证明). */
export const APPLICANT_ID_TYPES = [
  'RESIDENT_ID',
  'PASSPORT',
  'HK_MACAO_PERMIT',
  'TAIWAN_PERMIT',
  'OTHER',
] as const;
export type ApplicantIdType = (typeof APPLICANT_ID_TYPES)[number];
export const APPLICANT_ID_TYPE_LABELS: Record<ApplicantIdType, string> = {
  RESIDENT_ID: '居民身份证',
  PASSPORT: '护照',
  HK_MACAO_PERMIT: '港澳居民来往内地通行证',
  TAIWAN_PERMIT: '台湾居民来往大陆通行证',
  OTHER: '其他有效身份证件',
};

/** How the applicant wants the information (条例 art. 29(3), art. 40). */
export const APPLICATION_DELIVERY_FORMS = ['PAPER', 'ELECTRONIC', 'ON_SITE'] as const;
export type ApplicationDeliveryForm = (typeof APPLICATION_DELIVERY_FORMS)[number];
export const APPLICATION_DELIVERY_FORM_LABELS: Record<ApplicationDeliveryForm, string> = {
  PAPER: '纸质文本',
  ELECTRONIC: '电子文本',
  ON_SITE: '当场查阅、抄录',
};

/**
 * PROCESSING: the reply clock runs (20 working days, art. 33) — consultations and fee notices suspend it
 * without changing the state; AWAITING_CORRECTION: a 补正 notice went out (art. 30); AWAITING_FEE: a fee
 * notice went out (国办函〔2020〕109号); IN_REVIEW: the information to supply passes the confidentiality
 * review (final action SUPPLY); CLOSED: a result is recorded and the reply given.
 */
export const APPLICATION_STATES = [
  'PROCESSING',
  'AWAITING_CORRECTION',
  'AWAITING_FEE',
  'IN_REVIEW',
  'CLOSED',
] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

export const APPLICATION_STATE_LABELS: Record<ApplicationState, string> = {
  PROCESSING: '办理中',
  AWAITING_CORRECTION: '待申请人补正',
  AWAITING_FEE: '待申请人缴费',
  IN_REVIEW: '答复保密审查中',
  CLOSED: '已办结',
};

export const APPLICATION_OPEN_STATES: readonly ApplicationState[] = APPLICATION_STATES.filter(
  (state) => state !== 'CLOSED',
);

// ── Results: the annual report's section 三, rows (一)–(六) ────────────────────────────────────────────

export const APPLICATION_RESULT_CATEGORIES = [
  'DISCLOSED',
  'PARTIALLY_DISCLOSED',
  'WITHHELD',
  'UNAVAILABLE',
  'NOT_PROCESSED',
  'OTHER',
] as const;
export type ApplicationResultCategory = (typeof APPLICATION_RESULT_CATEGORIES)[number];

export const APPLICATION_RESULT_CATEGORY_LABELS: Record<ApplicationResultCategory, string> = {
  DISCLOSED: '予以公开',
  PARTIALLY_DISCLOSED: '部分公开',
  WITHHELD: '不予公开',
  UNAVAILABLE: '无法提供',
  NOT_PROCESSED: '不予处理',
  OTHER: '其他处理',
};

/** 三（四）无法提供. */
export const UNAVAILABLE_REASONS = ['NOT_HELD', 'NEEDS_CREATION', 'STILL_UNCLEAR'] as const;
export type UnavailableReason = (typeof UNAVAILABLE_REASONS)[number];
export const UNAVAILABLE_REASON_LABELS: Record<UnavailableReason, string> = {
  NOT_HELD: '本机关不掌握相关政府信息',
  NEEDS_CREATION: '没有现成信息需要另行制作',
  STILL_UNCLEAR: '补正后申请内容仍不明确',
};

/** 三（五）不予处理. */
export const NOT_PROCESSED_REASONS = [
  'COMPLAINT',
  'REPEAT',
  'PUBLICATION',
  'EXCESSIVE',
  'CONFIRMATION',
] as const;
export type NotProcessedReason = (typeof NOT_PROCESSED_REASONS)[number];
export const NOT_PROCESSED_REASON_LABELS: Record<NotProcessedReason, string> = {
  COMPLAINT: '信访举报投诉类申请',
  REPEAT: '重复申请',
  PUBLICATION: '要求提供公开出版物',
  EXCESSIVE: '无正当理由大量反复申请',
  CONFIRMATION: '要求行政机关确认或重新出具已获取信息',
};

/** 三（六）其他处理. */
export const OTHER_HANDLING_REASONS = ['NO_CORRECTION', 'UNPAID', 'OTHER'] as const;
export type OtherHandlingReason = (typeof OTHER_HANDLING_REASONS)[number];
export const OTHER_HANDLING_REASON_LABELS: Record<OtherHandlingReason, string> = {
  NO_CORRECTION: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  UNPAID: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  OTHER: '其他',
};

/**
 * A recorded result: the category and, where the report splits it, its sub-reason. The sub-reasons of
 * 不予公开 are the review's annual-report reasons (review/withholding-reasons.ts), so an application's
 * withholding counts in the same row as the review that decided it.
 */
export type ApplicationResult =
  | { category: 'DISCLOSED'; reason: null }
  | { category: 'PARTIALLY_DISCLOSED'; reason: null }
  | { category: 'WITHHELD'; reason: AnnualReportWithholdingReason }
  | { category: 'UNAVAILABLE'; reason: UnavailableReason }
  | { category: 'NOT_PROCESSED'; reason: NotProcessedReason }
  | { category: 'OTHER'; reason: OtherHandlingReason };

/** Lengths of the free texts, shared by the schemas, the columns and the console's inputs. */
export const APPLICATION_LIMITS = {
  name: 50,
  idNumber: 32,
  organisationName: 100,
  creditCode: 18,
  contactPerson: 50,
  email: 100,
  postalAddress: 200,
  postalCode: 6,
  description: 5000,
  purpose: 1000,
  correctionRequest: 2000,
  correctedDescription: 5000,
  replyText: 8000,
  reason: 1000,
  reference: 200,
  otherAgency: 100,
  retentionNote: 200,
} as const;

/**
 * The period the applicant is given to correct an unclear application (art. 30 says "a reasonable
 * period"): a default the handler may change per notice, within bounds.
 */
export const CORRECTION_PERIOD_DEFAULT_WORKING_DAYS = 15;
export const CORRECTION_PERIOD_MAX_WORKING_DAYS = 60;
/** The period to pay after a fee notice — unconfirmed nationally (REGULATIONS.md), so configurable. */
export const FEE_PAYMENT_PERIOD_DEFAULT_WORKING_DAYS = 20;

/**
 * Personal data of a closed case is kept this many years after closure, then anonymised (the case row
 * stays for the statistics and the annual report). The bureau's archive rules set the period per kind of
 * case; 政府信息公开申请 files are kept 10 years (文书档案保管期限 定期10年).
 */
export const PERSONAL_DATA_RETENTION_YEARS = {
  APPLICATION: 10,
} as const;

/** What anonymised personal fields read afterwards. */
export const ANONYMISED_TEXT = '（已匿名化）';

/**
 * The privacy notice an external app shows before an application is submitted (个人信息保护法; SPEC §2.4).
 */
export const APPLICATION_PRIVACY_NOTICE = [
  '政府信息公开申请隐私声明',
  '一、本局依据《中华人民共和国政府信息公开条例》办理您的政府信息公开申请。您填写的姓名（名称）、身份证件号码、联系电话、电子邮箱、通信地址仅用于核实申请人身份、办理本件申请、向您送达告知书和答复书。',
  '二、身份证件号码加密保存，列表和导出中均作遮掩处理；只有本局依申请公开办理人员因办理需要方可查阅，查阅留有记录。未经您同意，不向第三方提供您的个人信息；征求第三方意见时不告知申请人身份。',
  `三、申请办结后，您的个人信息按档案管理规定保存 ${PERSONAL_DATA_RETENTION_YEARS.APPLICATION} 年，期满后作匿名化处理，仅保留统计所需的申请人类型、收到日期和办理结果。`,
  '四、提交后您将得到案件编号和查询码，凭二者可查询办理进度、补正告知、答复书和提供的政府信息。查询码只显示一次，请妥善保存。',
  '提交即表示您已阅读并同意本声明。',
].join('\n');
