/**
 * Complaints and reports about disclosure work (投诉举报, SPEC M14) [seed §11]: the ten kinds of
 * violation anyone may complain about, the channels they come by, the states of a case, its outcome and
 * the orders to correct (责令改正) that findings may give a department.
 */

/** The ten kinds of seed §11-1(1)–(10). */
export const COMPLAINT_VIOLATION_KINDS = [
  'NOT_IMPLEMENTING',
  'FALSE_DISCLOSURE',
  'OUTSIDE_CATALOG',
  'DISCLOSED_PROHIBITED',
  'CONTRARY_DOCUMENTS',
  'LATE_OR_STALE',
  'UNAPPROVED_DISCLOSURE',
  'LEAK_FOR_GAIN',
  'APPLICATION_MISHANDLED',
  'OTHER',
] as const;
export type ComplaintViolationKind = (typeof COMPLAINT_VIOLATION_KINDS)[number];

/** The seed's own wording, for forms and the privacy of nobody: these are about the bureau's conduct. */
export const COMPLAINT_VIOLATION_KIND_LABELS: Record<ComplaintViolationKind, string> = {
  NOT_IMPLEMENTING: '不传达贯彻、落实有关政务公开的决定和要求',
  FALSE_DISCLOSURE: '公开的政务信息内容不真实，搞虚假公开',
  OUTSIDE_CATALOG: '不按本单位政务公开目录规定的内容、形式和范围公开政务信息',
  DISCLOSED_PROHIBITED: '违反国家法律法规和有关规定公开不准公开的政务信息',
  CONTRARY_DOCUMENTS: '制发违背上级关于政务公开决定和要求的文件或作出违背上级有关规定的决策、决定',
  LATE_OR_STALE: '不按照规定的时间、期限公开政务信息或不及时更新政务公开信息',
  UNAPPROVED_DISCLOSURE: '未经审查批准擅自公开政务信息',
  LEAK_FOR_GAIN: '故意泄露或者利用尚未公开的政务信息谋取个人利益',
  APPLICATION_MISHANDLED:
    '对公民、法人和其他组织要求提供政务信息的申请无正当理由不受理、拖延办理或者不按批准的申请要求提供政务信息',
  OTHER: '其他违反政务公开规定的行为',
};

/** Short forms for lists, filters and charts, where the seed's sentences do not fit. */
export const COMPLAINT_VIOLATION_KIND_SHORT_LABELS: Record<ComplaintViolationKind, string> = {
  NOT_IMPLEMENTING: '不传达贯彻落实政务公开决定和要求',
  FALSE_DISCLOSURE: '公开内容不真实/虚假公开',
  OUTSIDE_CATALOG: '不按政务公开目录规定的内容形式范围公开',
  DISCLOSED_PROHIBITED: '违规公开不准公开的信息',
  CONTRARY_DOCUMENTS: '制发违背上级决定要求的文件或决策',
  LATE_OR_STALE: '不按时公开或不及时更新',
  UNAPPROVED_DISCLOSURE: '未经审查批准擅自公开',
  LEAK_FOR_GAIN: '泄露或利用未公开信息谋取私利',
  APPLICATION_MISHANDLED: '无正当理由不受理、拖延或不按要求提供申请信息',
  OTHER: '其他违反政务公开规定的行为',
};

/** Seed §11-3(1) — letter, telephone, fax, e-mail, visit — plus the external apps (SPEC M14). */
export const COMPLAINT_CHANNELS = ['LETTER', 'TELEPHONE', 'FAX', 'EMAIL', 'VISIT', 'ONLINE'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

export const COMPLAINT_CHANNEL_LABELS: Record<ComplaintChannel, string> = {
  LETTER: '信函',
  TELEPHONE: '电话',
  FAX: '传真',
  EMAIL: '电子邮件',
  VISIT: '走访',
  ONLINE: '网上提交（外部应用）',
};

/** What staff register by hand; ONLINE complaints arrive only through an external app's submission. */
export const STAFF_INTAKE_CHANNELS = [
  'LETTER',
  'TELEPHONE',
  'FAX',
  'EMAIL',
  'VISIT',
] as const satisfies readonly ComplaintChannel[];

export const COMPLAINT_STATES = [
  'RECEIVED',
  'INVESTIGATING',
  'TRANSFERRED',
  'NOT_ACCEPTED',
  'HANDLED',
  'CLOSED',
] as const;
export type ComplaintState = (typeof COMPLAINT_STATES)[number];

export const COMPLAINT_STATE_LABELS: Record<ComplaintState, string> = {
  RECEIVED: '已接收待受理',
  INVESTIGATING: '已受理调查中',
  TRANSFERRED: '已转办',
  NOT_ACCEPTED: '不予受理',
  HANDLED: '已处理',
  CLOSED: '已办结',
};

/** Cases that no longer move (NOT_ACCEPTED, CLOSED). */
export const COMPLAINT_TERMINAL_STATES: readonly ComplaintState[] = ['NOT_ACCEPTED', 'CLOSED'];

export const COMPLAINT_OUTCOMES = ['SUBSTANTIATED', 'PARTLY_SUBSTANTIATED', 'UNSUBSTANTIATED'] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];

export const COMPLAINT_OUTCOME_LABELS: Record<ComplaintOutcome, string> = {
  SUBSTANTIATED: '属实',
  PARTLY_SUBSTANTIATED: '部分属实',
  UNSUBSTANTIATED: '不属实',
};

/** Outcomes that found one of the violations: only these may order a department to correct [seed §11-2]. */
export const COMPLAINT_OUTCOMES_WITH_CORRECTION: readonly ComplaintOutcome[] = [
  'SUBSTANTIATED',
  'PARTLY_SUBSTANTIATED',
];

/** Why a complaint is not accepted; the reason is told to the complainant within 3 working days [seed §11-3(3)]. */
export const NOT_ACCEPTED_REASONS = ['OUT_OF_SCOPE', 'ALREADY_HANDLED', 'UNCLEAR', 'OTHER'] as const;
export type NotAcceptedReason = (typeof NOT_ACCEPTED_REASONS)[number];

export const NOT_ACCEPTED_REASON_LABELS: Record<NotAcceptedReason, string> = {
  OUT_OF_SCOPE: '不属于政务公开投诉举报范围',
  ALREADY_HANDLED: '同一事项已处理完毕且无新情况',
  UNCLEAR: '事实不清且无法联系补充',
  OTHER: '其他',
};

/** An order to correct (责令改正) given to a department by the findings [seed §11-2]. */
export const CORRECTION_ORDER_STATES = ['ORDERED', 'REPORTED', 'VERIFIED'] as const;
export type CorrectionOrderState = (typeof CORRECTION_ORDER_STATES)[number];

export const CORRECTION_ORDER_STATE_LABELS: Record<CorrectionOrderState, string> = {
  ORDERED: '已责令改正',
  REPORTED: '已报告整改',
  VERIFIED: '已核实整改完成',
};

/** Lengths of the free texts, shared by the zod schemas, the columns and the console's inputs. */
export const COMPLAINT_LIMITS = {
  summary: 1000,
  content: 10_000,
  name: 50,
  workplace: 100,
  address: 200,
  email: 100,
  concernedDepartment: 100,
  notAcceptedText: 2000,
  transferResult: 2000,
  extensionReason: 500,
  findings: 5000,
  replyText: 4000,
  requirement: 1000,
  reportText: 2000,
  revealReason: 200,
  correctionOrdersPerComplaint: 20,
} as const;

/**
 * The privacy notice an external app shows before a complaint is submitted (个人信息保护法; SPEC §2.4);
 * the submission must say it was accepted.
 */
export const COMPLAINT_PRIVACY_NOTICE = [
  '投诉举报隐私声明',
  '一、本局政务公开工作领导小组办公室依据《政务公开投诉举报制度》受理您的投诉举报。您填写的姓名、工作单位、住址、联系电话、电子邮箱和投诉举报内容仅用于办理本件投诉举报。',
  '二、上述信息加密保存，列入密件管理，只有经授权的投诉举报处理人员因办理需要方可查阅，每次查阅均留有记录；办理中不向被调查人出示举报材料，不暴露举报人身份；未经您同意，不公开您的姓名和工作单位。',
  '三、您可以匿名投诉举报（不填写姓名和联系方式）。无论实名还是匿名，提交后都会得到案件编号和查询码，凭二者可查询办理进度、告知和答复。查询码只显示一次，请妥善保存。',
  '四、投诉举报材料按档案管理规定的期限保存，期满后依规处理。',
  '提交即表示您已阅读并同意本声明。',
].join('\n');
