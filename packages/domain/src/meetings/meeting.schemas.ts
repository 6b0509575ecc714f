import { z } from 'zod';
import { DEFAULT_NOTICE_CHANNEL, NOTICE_CHANNELS } from '../notices/notices.js';
import {
  optionalIdSchema,
  optionalPhoneSchema,
  optionalTextSchema,
  requiredTextSchema,
} from '../shared/text-fields.js';
import {
  ELIGIBILITY_OUTCOMES,
  MEETING_LIMITS,
  OPINION_ADOPTIONS,
  REPRESENTATIVE_TYPES,
  TOPIC_CATEGORIES,
} from './meetings.js';

/**
 * Input shapes of the meetings module with zh-CN messages, shared by the API and the console. Rules that need
 * other records or "now" (a start in the future, seats taken, the department of the organizer) are the API's.
 */
const L = MEETING_LIMITS;

const noticeChannelSchema = z.preprocess(
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
const instantSchema = (label: string) => z.coerce.date({ error: `请填写${label}` });
const seatsSchema = z
  .number({ error: '席位数须为整数' })
  .int('席位数须为整数')
  .min(1, '席位数至少为 1')
  .max(L.seats, `席位数最多 ${L.seats}`)
  .nullish();

export const representativeSchema = z
  .object({
    name: requiredTextSchema('姓名', L.name),
    type: z.enum(REPRESENTATIVE_TYPES, { error: '请选择代表类别' }),
    organisation: optionalTextSchema('工作单位', L.organisation),
    title: optionalTextSchema('职务职称', L.title),
    expertise: optionalTextSchema('专业领域', L.expertise),
    phone: optionalPhoneSchema('联系电话'),
    email: optionalEmailSchema,
    postalAddress: optionalTextSchema('通信地址', L.postalAddress),
  })
  .refine((input) => Boolean(input.phone || input.email || input.postalAddress), {
    path: ['phone'],
    message: '请至少填写一种联系方式（电话、电子邮箱或通信地址）',
  });
export type RepresentativeInput = z.output<typeof representativeSchema>;

/** Seed §6-3 checked as one outcome, with what it rests on (e.g. 推荐单位意见、无违法犯罪记录证明) — no ratings. */
export const eligibilityCheckSchema = z.object({
  outcome: z.enum(ELIGIBILITY_OUTCOMES, { error: '请选择审核结论' }),
  basis: requiredTextSchema('审核依据', L.eligibilityBasis),
});

/**
 * Keys on which two registry entries may be the same person: the same phone, the same e-mail, or the same
 * name at the same organisation. The registry warns (and needs a confirmation) rather than refuses.
 */
export function representativeDuplicateKeys(input: {
  name: string;
  organisation?: string | null;
  phone?: string | null;
  email?: string | null;
}): string[] {
  const keys: string[] = [];
  const digits = input.phone?.replace(/\D/g, '');
  if (digits) keys.push(`PHONE:${digits}`);
  if (input.email) keys.push(`EMAIL:${input.email.trim().toLowerCase()}`);
  const name = input.name.replace(/\s+/g, '');
  keys.push(`NAME:${name}|${(input.organisation ?? '').replace(/\s+/g, '')}`);
  return keys;
}

export const topicInputSchema = z
  .object({
    id: optionalIdSchema('议题无效'),
    title: requiredTextSchema('议题名称', L.topicTitle),
    description: optionalTextSchema('议题说明', L.topicDescription),
    representativesMayAttend: z.boolean({ error: '请选择是否邀请社会代表列席该议题' }),
    category: z.enum(TOPIC_CATEGORIES, { error: '议题类别无效' }).nullish(),
    seats: seatsSchema,
  })
  .superRefine((topic, context) => {
    if (topic.representativesMayAttend && !topic.category) {
      context.addIssue({
        code: 'custom',
        path: ['category'],
        message: '邀请社会代表列席的议题须选择议题类别（局制度第六条第二项）',
      });
    }
    if (!topic.representativesMayAttend && topic.seats) {
      context.addIssue({ code: 'custom', path: ['seats'], message: '不邀请社会代表的议题不设席位' });
    }
  });

export const meetingInputSchema = z
  .object({
    title: requiredTextSchema('会议名称', L.meetingTitle),
    departmentId: z.guid('请选择承办处室'),
    startsAt: instantSchema('会议开始时间'),
    plannedEndsAt: instantSchema('预计结束时间'),
    place: requiredTextSchema('会议地点', L.place),
    seats: seatsSchema,
    topics: z
      .array(topicInputSchema, { error: '请填写议题' })
      .min(1, '至少一个议题')
      .max(L.topicsPerMeeting, `最多 ${L.topicsPerMeeting} 个议题`),
  })
  .superRefine((meeting, context) => {
    if (meeting.plannedEndsAt <= meeting.startsAt) {
      context.addIssue({ code: 'custom', path: ['plannedEndsAt'], message: '预计结束时间须晚于开始时间' });
    }
    if (!meeting.topics.some((topic) => topic.representativesMayAttend)) {
      context.addIssue({ code: 'custom', path: ['topics'], message: '至少一个议题邀请社会代表列席' });
    }
  });
export type MeetingInput = z.output<typeof meetingInputSchema>;

export const inviteSchema = z.object({
  representativeId: z.guid('请选择社会代表'),
  /** Empty: the whole meeting. */
  topicIds: z.array(z.guid('议题无效')).max(L.topicsPerMeeting),
  noticeChannel: noticeChannelSchema,
});

export const postponeMeetingSchema = z.object({
  reason: requiredTextSchema('延期原因', L.reason),
  noticeChannel: noticeChannelSchema,
});
export const rescheduleMeetingSchema = z
  .object({
    startsAt: instantSchema('会议开始时间'),
    plannedEndsAt: instantSchema('预计结束时间'),
    noticeChannel: noticeChannelSchema,
  })
  .refine((input) => input.plannedEndsAt > input.startsAt, {
    path: ['plannedEndsAt'],
    message: '预计结束时间须晚于开始时间',
  });
export const cancelMeetingSchema = postponeMeetingSchema;

export const closeMeetingSchema = z.object({
  endedAt: instantSchema('会议结束时间'),
  minutes: requiredTextSchema('会议纪要', L.minutes),
  decisions: requiredTextSchema('会议决定情况', L.decisions),
});

export const opinionInputSchema = z.object({
  topicId: optionalIdSchema('议题无效'),
  content: requiredTextSchema('意见内容', L.opinion),
});
export const speechInputSchema = z.object({
  topicId: z.guid('请选择议题'),
  invitationId: z.guid('请选择发言的代表'),
  content: requiredTextSchema('发言内容', L.speech),
});
export const adoptionInputSchema = z.object({
  adoption: z.enum(OPINION_ADOPTIONS, { error: '请选择采纳情况' }),
  explanation: requiredTextSchema('采纳情况说明', L.explanation),
});
export const interestDeclarationSchema = z.object({
  topicId: z.guid('议题无效'),
  hasDirectInterest: z.boolean({ error: '请选择是否与该议题有直接利害关系' }),
  note: optionalTextSchema('说明', L.interestNote),
});
