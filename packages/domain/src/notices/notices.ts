import { z } from 'zod';
import { CASE_KINDS } from '../cases/case-kinds.js';
import { optionalTextSchema, requiredTextSchema } from '../shared/text-fields.js';

/**
 * Notices to people outside the system (SPEC §2.3a): citizens and representatives never log in, yet the
 * rules say they must be "told". A notice is the system's memory of having told someone — who (by
 * reference, never by name), how, what, when, by whom, with what proof. It is a record of fact: never
 * edited or deleted. By default it is stored and read through the person's code (IN_SYSTEM); SMS and
 * e-mail also go out through the outbox where the bureau has configured them.
 */
export const NOTICE_CHANNELS = ['IN_SYSTEM', 'SMS', 'EMAIL', 'POST', 'PHONE', 'IN_PERSON', 'FAX'] as const;
export type NoticeChannel = (typeof NOTICE_CHANNELS)[number];

export const NOTICE_CHANNEL_LABELS: Record<NoticeChannel, string> = {
  IN_SYSTEM: '系统内告知（凭查询码查看）',
  SMS: '短信',
  EMAIL: '电子邮件',
  POST: '邮寄',
  PHONE: '电话',
  IN_PERSON: '当面',
  FAX: '传真',
};

export const DEFAULT_NOTICE_CHANNEL: NoticeChannel = 'IN_SYSTEM';

/** Channels the system itself sends through an outbox adapter; the others are recorded after the fact. */
export const OUTBOX_CHANNELS = ['SMS', 'EMAIL'] as const satisfies readonly NoticeChannel[];
export type OutboxChannel = (typeof OUTBOX_CHANNELS)[number];

export const isOutboxChannel = (channel: NoticeChannel): channel is OutboxChannel =>
  (OUTBOX_CHANNELS as readonly string[]).includes(channel);

/**
 * Channels that need a contact address (a mobile number, an e-mail or postal address, a phone or fax
 * number). The others take none: personal data is collected only where the channel needs it.
 */
export const CONTACT_ADDRESS_CHANNELS = ['SMS', 'EMAIL', 'POST', 'PHONE', 'FAX'] as const satisfies readonly NoticeChannel[];

export const needsContactAddress = (channel: NoticeChannel): boolean =>
  (CONTACT_ADDRESS_CHANNELS as readonly string[]).includes(channel);

/** Who is told, in the role they have in the case. */
export const NOTICE_RECIPIENT_KINDS = ['APPLICANT', 'COMPLAINANT', 'REPRESENTATIVE', 'THIRD_PARTY', 'AGENCY'] as const;
export type NoticeRecipientKind = (typeof NOTICE_RECIPIENT_KINDS)[number];

export const NOTICE_RECIPIENT_KIND_LABELS: Record<NoticeRecipientKind, string> = {
  APPLICANT: '申请人',
  COMPLAINANT: '投诉举报人',
  REPRESENTATIVE: '社会代表',
  THIRD_PARTY: '第三方',
  AGENCY: '其他行政机关',
};

/** A message to send by SMS or e-mail: waiting (first try or a retry), sent, or given up after the last try. */
export const OUTBOX_STATES = ['PENDING', 'SENT', 'FAILED'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

export const OUTBOX_STATE_LABELS: Record<OutboxState, string> = {
  PENDING: '待发送',
  SENT: '已发送',
  FAILED: '发送失败',
};

/** What a system administrator can do with a message: put a failed one back in the queue. */
export const OUTBOX_ACTIONS = ['RETRY'] as const;
export type OutboxAction = (typeof OUTBOX_ACTIONS)[number];

export const OUTBOX_ACTION_LABELS: Record<OutboxAction, string> = { RETRY: '重新发送' };

const OUTBOX_TRANSITIONS: Record<OutboxAction, { from: readonly OutboxState[]; to: OutboxState }> = {
  RETRY: { from: ['FAILED'], to: 'PENDING' },
};

export const outboxActionsFor = (state: OutboxState): OutboxAction[] =>
  OUTBOX_ACTIONS.filter((action) => OUTBOX_TRANSITIONS[action].from.includes(state));

/** The state an action leads to, or null when the message's state does not allow it. */
export const outboxTransition = (state: OutboxState, action: OutboxAction): OutboxState | null =>
  OUTBOX_TRANSITIONS[action].from.includes(state) ? OUTBOX_TRANSITIONS[action].to : null;

/** Tries per message before it is marked FAILED (a person then decides: retry, or tell another way). */
export const OUTBOX_MAX_ATTEMPTS = 5;

/** Wait after the n-th failed try (1-based): a short outage clears itself, a long one ends in FAILED. */
const RETRY_DELAYS_MINUTES = [1, 5, 15, 60] as const;

export function outboxRetryDelayMinutes(failedAttempts: number): number {
  const index = Math.min(Math.max(failedAttempts, 1), RETRY_DELAYS_MINUTES.length) - 1;
  return RETRY_DELAYS_MINUTES[index];
}

export const NOTICE_SUBJECT_MAX = 200;
export const NOTICE_CONTENT_MAX = 5000;
export const NOTICE_PROOF_MAX = 500;
export const NOTICE_RECIPIENT_REF_MAX = 100;
export const NOTICE_EMAIL_MAX = 128;
export const NOTICE_POSTAL_ADDRESS_MAX = 200;

/** Mainland China mobile numbers: 11 digits starting 13–19 (a +86 / 0086 prefix is dropped). */
const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;
const PHONE_NUMBER = /^[0-9+\-() ]{5,32}$/;
/**
 * A recipient reference is an identifier the module understands (e.g. `APPLICANT` or
 * `APPLICATION:<id>:APPLICANT`), never a person's name: only ASCII letters, digits and `: _ . -`.
 */
const RECIPIENT_REF = /^[A-Za-z0-9:_.-]+$/;

/** The address as stored: mobile numbers without separators or country prefix, e-mail in lower case. */
export function normalizeContactAddress(channel: NoticeChannel, address: string): string {
  const trimmed = address.trim();
  switch (channel) {
    case 'SMS':
      return trimmed.replace(/[\s-]/g, '').replace(/^(?:\+86|0086)/, '');
    case 'EMAIL':
      return trimmed.toLowerCase();
    default:
      return trimmed;
  }
}

/**
 * The form shown instead of the address (`138****5678`, `z***@example.com`): enough for staff to tell two
 * recipients apart, not enough to contact or identify the person.
 */
export function maskContactAddress(channel: NoticeChannel, address: string): string {
  const value = normalizeContactAddress(channel, address);
  if (channel === 'EMAIL') {
    const at = value.lastIndexOf('@');
    if (at <= 0) return '***';
    return `${value[0]}***${value.slice(at)}`;
  }
  if (channel === 'POST') {
    const characters = [...value];
    return characters.length <= 6 ? '****' : `${characters.slice(0, 6).join('')}****`;
  }
  const digits = value.replace(/\D/g, '');
  if (digits.length >= 7) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  return '****';
}

function contactAddressProblem(channel: NoticeChannel, address: string | null | undefined): string | null {
  if (!needsContactAddress(channel)) {
    return address ? `“${NOTICE_CHANNEL_LABELS[channel]}”方式无需填写联系地址` : null;
  }
  if (!address) {
    return channel === 'EMAIL'
      ? '请填写电子邮箱'
      : channel === 'SMS'
        ? '请填写手机号码'
        : channel === 'POST'
          ? '请填写邮寄地址'
          : channel === 'FAX'
            ? '请填写传真号码'
            : '请填写电话号码';
  }
  const value = normalizeContactAddress(channel, address);
  switch (channel) {
    case 'SMS':
      return MAINLAND_MOBILE.test(value) ? null : '手机号码格式不正确（须为 11 位中国大陆手机号码）';
    case 'EMAIL':
      if (value.length > NOTICE_EMAIL_MAX) return `电子邮箱最多 ${NOTICE_EMAIL_MAX} 个字符`;
      return z.email().safeParse(value).success ? null : '电子邮箱格式不正确';
    case 'POST':
      return [...value].length > NOTICE_POSTAL_ADDRESS_MAX ? `邮寄地址最多 ${NOTICE_POSTAL_ADDRESS_MAX} 个字符` : null;
    default:
      return PHONE_NUMBER.test(value) ? null : `${channel === 'FAX' ? '传真' : '电话'}号码格式不正确`;
  }
}

/**
 * Recording a notice. `recipientRef` points to the person through the case (never a name); the contact
 * address, when the channel needs one, is checked per channel and stored encrypted; `deadlineId` names a
 * "tell X within N working days" deadline that this notice meets.
 */
export const noticeInputSchema = z
  .object({
    caseKind: z.enum(CASE_KINDS, { error: '案件类型无效' }),
    caseId: z.guid('案件编号无效'),
    recipientKind: z.enum(NOTICE_RECIPIENT_KINDS, { error: '收件人类型无效' }),
    recipientRef: z
      .string({ error: '请填写收件人引用' })
      .trim()
      .min(1, '请填写收件人引用')
      .max(NOTICE_RECIPIENT_REF_MAX, `收件人引用最多 ${NOTICE_RECIPIENT_REF_MAX} 个字符`)
      .regex(RECIPIENT_REF, '收件人引用须为系统标识（字母、数字和 : _ . -），不能填写姓名'),
    channel: z.enum(NOTICE_CHANNELS, { error: '告知方式无效' }).default(DEFAULT_NOTICE_CHANNEL),
    contactAddress: optionalTextSchema('联系地址', 256),
    subject: requiredTextSchema('告知标题', NOTICE_SUBJECT_MAX),
    content: requiredTextSchema('告知内容', NOTICE_CONTENT_MAX),
    proof: optionalTextSchema('送达凭证', NOTICE_PROOF_MAX),
    deadlineId: z.preprocess((value) => (value === '' ? null : value), z.guid('办理时限编号无效').nullish()),
  })
  .superRefine((input, context) => {
    const problem = contactAddressProblem(input.channel, input.contactAddress);
    if (problem) context.addIssue({ code: 'custom', path: ['contactAddress'], message: problem });
  })
  .transform((input) => ({
    ...input,
    contactAddress:
      input.contactAddress && needsContactAddress(input.channel)
        ? normalizeContactAddress(input.channel, input.contactAddress)
        : null,
    proof: input.proof ?? null,
    deadlineId: input.deadlineId ?? null,
  }));
export type NoticeInput = z.input<typeof noticeInputSchema>;
export type ParsedNoticeInput = z.output<typeof noticeInputSchema>;
