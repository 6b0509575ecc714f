import { z } from 'zod';
import { deadlineKindOf } from '../calendar/deadline-kinds.js';
import { DEFAULT_NOTICE_CHANNEL, NOTICE_CHANNELS } from '../notices/notices.js';
import { calendarDateSchema, optionalCalendarDateSchema } from '../shared/calendar-date.js';
import {
  optionalIdSchema,
  optionalPhoneSchema,
  optionalTextSchema,
  requiredTextSchema,
} from '../shared/text-fields.js';
import {
  COMPLAINT_CHANNELS,
  COMPLAINT_LIMITS,
  COMPLAINT_OUTCOMES,
  COMPLAINT_OUTCOMES_WITH_CORRECTION,
  COMPLAINT_VIOLATION_KINDS,
  NOT_ACCEPTED_REASONS,
  STAFF_INTAKE_CHANNELS,
} from './complaints.js';

/**
 * Input shapes of the complaint module with their zh-CN messages, shared by the API (which enforces them)
 * and the console (which shows them on its forms). Rules needing other records or "now" live in the API's
 * use cases (e.g. a due date not in the past, a reply required when the complainant can read it).
 */

const L = COMPLAINT_LIMITS;

const violationKindSchema = z.enum(COMPLAINT_VIOLATION_KINDS, { error: '请选择投诉举报事项类别' });
const noticeChannelSchema = z.preprocess(
  (value) => value ?? DEFAULT_NOTICE_CHANNEL,
  z.enum(NOTICE_CHANNELS, { error: '告知方式无效' }),
);
const booleanSchema = (label: string) => z.boolean({ error: `请选择${label}` });

const optionalEmailSchema = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim().toLowerCase() || null : value),
  z
    .string({ error: '电子邮箱须为文本' })
    .max(L.email, `电子邮箱最多 ${L.email} 个字符`)
    .refine((value) => z.email().safeParse(value).success, '电子邮箱格式不正确')
    .nullish(),
);

/** The identity of the complainant and the report material as written: sealed, never shown (seed §11-5). */
const identityShape = {
  name: optionalTextSchema('姓名', L.name),
  workplace: optionalTextSchema('工作单位', L.workplace),
  address: optionalTextSchema('住址', L.address),
  phone: optionalPhoneSchema('联系电话'),
  email: optionalEmailSchema,
};
export const COMPLAINANT_IDENTITY_FIELDS = ['name', 'workplace', 'address', 'phone', 'email'] as const;
export type ComplainantIdentityField = (typeof COMPLAINANT_IDENTITY_FIELDS)[number];

interface IdentityFacts {
  isAnonymous: boolean;
  name?: string | null;
  workplace?: string | null;
  address?: string | null;
  phone?: string | null;
  email?: string | null;
}

/**
 * An anonymous complaint carries no name or contact (they would be collected for nothing, and an "anonymous"
 * case holding a name misleads everyone who handles it); a real-name one carries at least the name.
 */
function checkIdentity(facts: IdentityFacts, context: z.RefinementCtx, path: readonly string[] = []): void {
  if (facts.isAnonymous) {
    for (const field of COMPLAINANT_IDENTITY_FIELDS) {
      if (facts[field]) {
        context.addIssue({
          code: 'custom',
          path: [...path, field],
          message: '匿名投诉举报不填写姓名和联系方式',
        });
      }
    }
  } else if (!facts.name) {
    context.addIssue({
      code: 'custom',
      path: [...path, 'name'],
      message: '实名投诉举报请填写姓名（或选择匿名）',
    });
  }
}

export const complaintSealedInputSchema = z.object({
  ...identityShape,
  content: requiredTextSchema('投诉举报内容', L.content),
});
export type ComplaintSealedInput = z.output<typeof complaintSealedInputSchema>;

/** A complaint that came by letter, telephone, fax, e-mail or visit, registered by a complaint handler. */
export const complaintIntakeSchema = z
  .object({
    violationKind: violationKindSchema,
    channel: z.enum(STAFF_INTAKE_CHANNELS, { error: '请选择投诉举报方式（网上提交的由外部应用提交）' }),
    receivedAt: z.coerce.date({ error: '请填写收到时间' }),
    summary: optionalTextSchema('事项摘要', L.summary),
    concernedDepartmentId: optionalIdSchema('被投诉举报处室无效'),
    isAnonymous: booleanSchema('是否匿名'),
    wantsReply: booleanSchema('是否要求答复'),
    issueAccessCode: booleanSchema('是否发放查询码'),
    sealed: complaintSealedInputSchema,
  })
  .superRefine((input, context) => {
    checkIdentity({ isAnonymous: input.isAnonymous, ...input.sealed }, context, ['sealed']);
    const reachable =
      input.issueAccessCode || Boolean(input.sealed.phone || input.sealed.email || input.sealed.address);
    if (input.wantsReply && !reachable) {
      context.addIssue({
        code: 'custom',
        path: ['issueAccessCode'],
        message: input.isAnonymous
          ? '匿名投诉举报要求答复的，须发放查询码'
          : '要求答复的，请填写至少一种联系方式或发放查询码',
      });
    }
  });
export type ComplaintIntake = z.output<typeof complaintIntakeSchema>;

/** A complaint submitted through an external app (token scope complaints:submit). */
export const externalComplaintSchema = z
  .object({
    violationKind: violationKindSchema,
    content: requiredTextSchema('投诉举报内容', L.content),
    concernedDepartment: optionalTextSchema('被投诉举报的单位或处室', L.concernedDepartment),
    isAnonymous: booleanSchema('是否匿名'),
    wantsReply: booleanSchema('是否要求答复'),
    ...identityShape,
    privacyNoticeAccepted: z.literal(true, { error: '请阅读并同意隐私声明后再提交' }),
  })
  .superRefine((input, context) => checkIdentity(input, context));
export type ExternalComplaint = z.output<typeof externalComplaintSchema>;

export const acceptComplaintSchema = z.object({
  needsTransfer: booleanSchema('是否需要转办'),
  summary: optionalTextSchema('事项摘要', L.summary),
});

export const rejectComplaintSchema = z.object({
  reason: z.enum(NOT_ACCEPTED_REASONS, { error: '请选择不予受理理由' }),
  text: requiredTextSchema('不予受理说明', L.notAcceptedText),
  noticeChannel: noticeChannelSchema,
});

export const transferComplaintSchema = z
  .object({
    toDepartmentId: optionalIdSchema('转办处室无效'),
    toAgencyId: optionalIdSchema('转办机关无效'),
    summary: requiredTextSchema('转办摘要', L.summary),
  })
  .superRefine((input, context) => {
    if (Boolean(input.toDepartmentId) === Boolean(input.toAgencyId)) {
      const message = '请选择一个转办对象：本局处室或其他行政机关（二者选一）';
      context.addIssue({ code: 'custom', path: ['toDepartmentId'], message });
      context.addIssue({ code: 'custom', path: ['toAgencyId'], message });
    }
  });

export const complaintTransferResultSchema = z.object({
  text: requiredTextSchema('转办结果', L.transferResult),
});

const MAX_EXTENSION = deadlineKindOf('COMPLAINT_HANDLING').extension?.maxWorkingDaysEach ?? 15;

export const extendComplaintSchema = z.object({
  byWorkingDays: z
    .number({ error: '请填写延长的工作日数' })
    .int('延长的工作日数须为整数')
    .min(1, '至少延长 1 个工作日')
    .max(MAX_EXTENSION, `每次最多延长 ${MAX_EXTENSION} 个工作日`),
  reason: requiredTextSchema('延期理由', L.extensionReason),
  noticeChannel: noticeChannelSchema,
});

export const correctionOrderInputSchema = z.object({
  departmentId: z.guid('请选择责令改正的处室'),
  requirement: requiredTextSchema('整改要求', L.requirement),
  dueDate: calendarDateSchema('整改期限'),
});

export const handleComplaintSchema = z
  .object({
    outcome: z.enum(COMPLAINT_OUTCOMES, { error: '请选择处理结论' }),
    findings: requiredTextSchema('调查处理意见', L.findings),
    replyText: optionalTextSchema('答复内容', L.replyText),
    noticeChannel: noticeChannelSchema,
    correctionOrders: z
      .array(correctionOrderInputSchema, { error: '责令改正事项格式不正确' })
      .max(L.correctionOrdersPerComplaint, `责令改正事项最多 ${L.correctionOrdersPerComplaint} 项`)
      .nullish()
      .transform((orders) => orders ?? []),
  })
  .superRefine((input, context) => {
    if (input.correctionOrders.length > 0 && !COMPLAINT_OUTCOMES_WITH_CORRECTION.includes(input.outcome)) {
      context.addIssue({
        code: 'custom',
        path: ['correctionOrders'],
        message: '投诉举报不属实的，不能责令改正',
      });
    }
    const seen = new Set<string>();
    input.correctionOrders.forEach((order, index) => {
      if (seen.has(order.departmentId)) {
        context.addIssue({
          code: 'custom',
          path: ['correctionOrders', index, 'departmentId'],
          message: '同一处室的整改要求请写在一项中',
        });
      }
      seen.add(order.departmentId);
    });
  });
export type HandleComplaintInput = z.output<typeof handleComplaintSchema>;

export const reportCorrectionSchema = z.object({
  text: requiredTextSchema('整改情况', L.reportText),
});

export const revealComplaintIdentitySchema = z.object({
  reason: requiredTextSchema('查看理由', L.revealReason),
});

/** Received between two dates (Asia/Shanghai), both included, either open. */
export const complaintPeriodSchema = z
  .object({
    receivedFrom: optionalCalendarDateSchema('开始日期'),
    receivedTo: optionalCalendarDateSchema('结束日期'),
  })
  .refine((range) => !range.receivedFrom || !range.receivedTo || range.receivedFrom <= range.receivedTo, {
    path: ['receivedTo'],
    message: '结束日期不能早于开始日期',
  });

/** Of every channel (ONLINE included), for the filters of lists and statistics. */
export const complaintChannelSchema = z.enum(COMPLAINT_CHANNELS, { error: '投诉举报方式无效' });

/**
 * Whether the handler must write a reply when handling: the complainant asked for one and can receive it —
 * they left their name (and so a way to be reached) or hold an access code to read it [seed §11-4].
 */
export const isReplyRequired = (complaint: {
  wantsReply: boolean;
  isAnonymous: boolean;
  hasAccessCode: boolean;
}): boolean => complaint.wantsReply && (!complaint.isAnonymous || complaint.hasAccessCode);
