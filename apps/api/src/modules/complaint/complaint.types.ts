import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type {
  ComplaintChannel,
  ComplaintOutcome,
  ComplaintState,
  ComplaintViolationKind,
  CorrectionOrderState,
  NoticeChannel,
} from '@gdp/domain';
import { PageOf } from '../../shared/graphql/pagination.js';
import { NoticeChannelEnum } from '../notice/notice.enums.js';
import { Complaint } from './complaint.entity.js';
import {
  ComplaintChannelEnum,
  ComplaintOutcomeEnum,
  ComplaintStateEnum,
  ComplaintViolationKindEnum,
  CorrectionOrderStateEnum,
} from './complaint.enums.js';
import { CorrectionOrder } from './correction-order.entity.js';

export const ComplaintPage = PageOf(Complaint, 'ComplaintPage');
export const CorrectionOrderPage = PageOf(CorrectionOrder, 'CorrectionOrderPage');

// ---------------------------------------------------------------------------------------------------
// Staff: filters and inputs
// ---------------------------------------------------------------------------------------------------

@InputType()
export class ComplaintFilter {
  @Field(() => ComplaintStateEnum, { nullable: true })
  state?: ComplaintState;

  @Field(() => ComplaintViolationKindEnum, { nullable: true })
  violationKind?: ComplaintViolationKind;

  @Field(() => ComplaintChannelEnum, { nullable: true })
  channel?: ComplaintChannel;

  @Field(() => ID, { nullable: true, description: '被投诉举报的处室' })
  concernedDepartmentId?: string;

  @Field(() => ComplaintOutcomeEnum, { nullable: true })
  outcome?: ComplaintOutcome;

  @Field(() => Boolean, { nullable: true, description: '有逾期的办理时限（true）或没有（false）' })
  overdue?: boolean;

  @Field(() => String, { nullable: true, description: '收到日期不早于（YYYY-MM-DD）' })
  receivedFrom?: string;

  @Field(() => String, { nullable: true, description: '收到日期不晚于（YYYY-MM-DD）' })
  receivedTo?: string;

  @Field(() => String, { nullable: true, description: '案件编号或事项摘要包含' })
  q?: string;

  @Field(() => [ID], { nullable: true })
  ids?: string[];
}

@InputType()
export class ComplaintStatisticsFilter {
  @Field(() => String, { nullable: true, description: '收到日期不早于（YYYY-MM-DD）' })
  receivedFrom?: string;

  @Field(() => String, { nullable: true, description: '收到日期不晚于（YYYY-MM-DD）' })
  receivedTo?: string;
}

@InputType({ description: '投诉举报人身份和原始材料（加密保存，任何列表和详情中都不显示）' })
export class ComplaintSealedInput {
  @Field(() => String, { nullable: true, description: '姓名（匿名时不填）' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: '工作单位' })
  workplace?: string | null;

  @Field(() => String, { nullable: true, description: '住址' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: '联系电话' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: '电子邮箱' })
  email?: string | null;

  @Field(() => String, { description: '投诉举报内容（来信、记录等原文）' })
  content: string;
}

@InputType({ description: '登记投诉举报（信函、电话、传真、电子邮件、走访）' })
export class ComplaintIntakeInput {
  @Field(() => ComplaintViolationKindEnum)
  violationKind: ComplaintViolationKind;

  @Field(() => ComplaintChannelEnum, { description: '投诉举报方式（网上提交的由外部应用提交，不在此登记）' })
  channel: ComplaintChannel;

  @Field(() => Date, { description: '收到时间' })
  receivedAt: Date;

  @Field(() => String, { nullable: true, description: '事项摘要（也可在受理时填写）' })
  summary?: string | null;

  @Field(() => ID, { nullable: true, description: '被投诉举报的处室' })
  concernedDepartmentId?: string | null;

  @Field(() => Boolean)
  isAnonymous: boolean;

  @Field(() => Boolean)
  wantsReply: boolean;

  @Field(() => Boolean, { description: '发放查询码（仅显示一次，请转告投诉举报人）' })
  issueAccessCode: boolean;

  @Field(() => ComplaintSealedInput)
  sealed: ComplaintSealedInput;
}

@InputType({ description: '责令改正' })
export class CorrectionOrderInput {
  @Field(() => ID, { description: '被责令改正的处室' })
  departmentId: string;

  @Field(() => String, { description: '整改要求（不得含投诉举报人身份）' })
  requirement: string;

  @Field(() => String, { description: '整改期限（YYYY-MM-DD）' })
  dueDate: string;
}

@InputType({ description: '作出处理' })
export class HandleComplaintInput {
  @Field(() => ComplaintOutcomeEnum)
  outcome: ComplaintOutcome;

  @Field(() => String, { description: '调查处理意见（内部）' })
  findings: string;

  @Field(() => String, { nullable: true, description: '答复内容（要求答复且能收到答复的，必填）' })
  replyText?: string | null;

  @Field(() => NoticeChannelEnum, { nullable: true, description: '答复的告知方式（默认系统内告知）' })
  noticeChannel?: NoticeChannel | null;

  @Field(() => [CorrectionOrderInput], { nullable: true, description: '责令改正事项（属实或部分属实时）' })
  correctionOrders?: CorrectionOrderInput[] | null;
}

@InputType()
export class CorrectionOrderFilter {
  @Field(() => CorrectionOrderStateEnum, { nullable: true })
  state?: CorrectionOrderState;

  @Field(() => ID, { nullable: true })
  departmentId?: string;

  @Field(() => ID, { nullable: true })
  complaintId?: string;

  @Field(() => [ID], { nullable: true })
  ids?: string[];
}

// ---------------------------------------------------------------------------------------------------
// Staff: results
// ---------------------------------------------------------------------------------------------------

@ObjectType({ description: '投诉举报登记结果（查询码仅此一次显示）' })
export class ComplaintRegistration {
  @Field(() => Complaint)
  complaint: Complaint;

  @Field(() => String, { nullable: true, description: '查询码（仅在发放时返回一次）' })
  accessCode: string | null;
}

@ObjectType({ description: '投诉举报人身份和原始材料（每次查看均记录理由）' })
export class ComplaintSealed {
  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true })
  workplace: string | null;

  @Field(() => String, { nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { description: '投诉举报内容（原文）' })
  content: string;

  @Field(() => String, { nullable: true, description: '投诉举报人填写的被投诉举报单位（网上提交时）' })
  concernedDepartment: string | null;
}

@ObjectType({ description: '对投诉举报人的告知（不含联系地址）' })
export class ComplaintNotice {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  subject: string;

  @Field(() => String)
  content: string;

  @Field(() => NoticeChannelEnum)
  channel: NoticeChannel;

  @Field(() => Date)
  sentAt: Date;
}

@ObjectType()
export class ComplaintKindCount {
  @Field(() => ComplaintViolationKindEnum)
  violationKind: ComplaintViolationKind;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class ComplaintChannelCount {
  @Field(() => ComplaintChannelEnum)
  channel: ComplaintChannel;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class ComplaintOutcomeCount {
  @Field(() => ComplaintOutcomeEnum)
  outcome: ComplaintOutcome;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class ComplaintStateCount {
  @Field(() => ComplaintStateEnum)
  state: ComplaintState;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class ComplaintDepartmentCount {
  @Field(() => ID, { nullable: true, description: '被投诉举报的处室（为空：未指定）' })
  departmentId: string | null;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: '投诉举报统计（按收到日期）' })
export class ComplaintStatistics {
  @Field(() => Int)
  total: number;

  @Field(() => [ComplaintKindCount], { description: '按事项类别（含零）' })
  byKind: ComplaintKindCount[];

  @Field(() => [ComplaintChannelCount], { description: '按投诉举报方式（含零）' })
  byChannel: ComplaintChannelCount[];

  @Field(() => [ComplaintOutcomeCount], { description: '按处理结论（含零；未处理的不计）' })
  byOutcome: ComplaintOutcomeCount[];

  @Field(() => [ComplaintStateCount], { description: '按办理状态（含零）' })
  byState: ComplaintStateCount[];

  @Field(() => [ComplaintDepartmentCount], { description: '按被投诉举报处室（有投诉举报的处室）' })
  byConcernedDepartment: ComplaintDepartmentCount[];

  @Field(() => Int, { description: '有逾期办理时限的件数' })
  overdue: number;
}

// ---------------------------------------------------------------------------------------------------
// External apps
// ---------------------------------------------------------------------------------------------------

@InputType({ description: '网上投诉举报' })
export class ExternalComplaintInput {
  @Field(() => ComplaintViolationKindEnum)
  violationKind: ComplaintViolationKind;

  @Field(() => String, { description: '投诉举报内容' })
  content: string;

  @Field(() => String, { nullable: true, description: '被投诉举报的单位或处室' })
  concernedDepartment?: string | null;

  @Field(() => Boolean, { description: '匿名（不填写姓名和联系方式）' })
  isAnonymous: boolean;

  @Field(() => Boolean, { description: '要求答复（凭查询码查看）' })
  wantsReply: boolean;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  workplace?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => Boolean, { description: '已阅读并同意隐私声明（complaintPrivacyNotice）' })
  privacyNoticeAccepted: boolean;
}

@ObjectType({ description: '投诉举报已提交：案件编号和查询码（查询码仅此一次显示）' })
export class ComplaintSubmission {
  @Field(() => String)
  caseNumber: string;

  @Field(() => String)
  accessCode: string;

  @Field(() => Date)
  receivedAt: Date;
}

@ObjectType({ description: '告知' })
export class ComplaintStatusNotice {
  @Field(() => String)
  subject: string;

  @Field(() => String)
  content: string;

  @Field(() => Date)
  sentAt: Date;
}

@ObjectType({ description: '投诉举报办理情况（投诉举报人凭案件编号和查询码查看）' })
export class ComplaintStatus {
  @Field(() => String)
  caseNumber: string;

  @Field(() => ComplaintStateEnum)
  state: ComplaintState;

  @Field(() => String, { description: '办理状态（中文）' })
  stateLabel: string;

  @Field(() => String, { description: '收到日期' })
  receivedDate: string;

  @Field(() => String, { nullable: true, description: '办理期限（含延期）' })
  handlingDueDate: string | null;

  @Field(() => ComplaintOutcomeEnum, { nullable: true })
  outcome: ComplaintOutcome | null;

  @Field(() => String, { nullable: true, description: '处理结论（中文）' })
  outcomeLabel: string | null;

  @Field(() => String, { nullable: true, description: '答复' })
  replyText: string | null;

  @Field(() => [ComplaintStatusNotice], { description: '给投诉举报人的告知（按时间）' })
  notices: ComplaintStatusNotice[];
}
