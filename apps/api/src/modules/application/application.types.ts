import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type {
  ApplicantIdType,
  ApplicantType,
  ApplicationChannel,
  ApplicationDeliveryForm,
  ApplicationFeeMethod,
  ApplicationState,
  ConsultationUse,
  DisclosureAttribute,
  NoticeChannel,
  WithholdingReason,
} from '@gdp/domain';
import { PageOf } from '../../shared/graphql/pagination.js';
import { ConsultationUseEnum } from '../consultation/consultation.enums.js';
import { DisclosureAttributeEnum } from '../document/document.enums.js';
import { NoticeChannelEnum } from '../notice/notice.enums.js';
import { SuppliedContentView } from './application-supply.types.js';
import { WithholdingReasonEnum } from '../review/review.enums.js';
import { Application } from './application.entity.js';
import {
  ApplicantIdTypeEnum,
  ApplicantTypeEnum,
  ApplicationChannelEnum,
  ApplicationDeliveryFormEnum,
  ApplicationFeeMethodEnum,
  ApplicationResultCategoryEnum,
  ApplicationStateEnum,
} from './application.enums.js';

export const ApplicationPage = PageOf(Application, 'ApplicationPage');

@InputType()
export class ApplicationFilter {
  @Field(() => ApplicationStateEnum, { nullable: true })
  state?: ApplicationState;

  @Field(() => ApplicationChannelEnum, { nullable: true })
  channel?: ApplicationChannel;

  @Field(() => ApplicantTypeEnum, { nullable: true })
  applicantType?: ApplicantType;

  @Field(() => String, { nullable: true, description: '案件编号或申请内容包含' })
  q?: string;

  @Field(() => String, { nullable: true, description: '收到日期不早于（YYYY-MM-DD）' })
  receivedFrom?: string;

  @Field(() => String, { nullable: true, description: '收到日期不晚于（YYYY-MM-DD）' })
  receivedTo?: string;

  @Field(() => Boolean, { nullable: true, description: '有逾期的办理时限（true）或没有（false）' })
  overdue?: boolean;

  @Field(() => [ID], { nullable: true })
  ids?: string[];
}

@InputType({ description: '申请人（条例第二十九条）' })
export class ApplicantInputType {
  @Field(() => ApplicantTypeEnum)
  applicantType: ApplicantType;

  @Field(() => String, { nullable: true, description: '姓名（自然人）' })
  name?: string | null;

  @Field(() => ApplicantIdTypeEnum, { nullable: true, description: '身份证件类型（自然人）' })
  idType?: ApplicantIdType | null;

  @Field(() => String, { nullable: true, description: '身份证件号码（自然人；加密保存）' })
  idNumber?: string | null;

  @Field(() => String, { nullable: true, description: '单位名称（法人或其他组织）' })
  organisationName?: string | null;

  @Field(() => String, { nullable: true, description: '统一社会信用代码' })
  creditCode?: string | null;

  @Field(() => String, { nullable: true, description: '联系人（法人或其他组织）' })
  contactPerson?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  postalAddress?: string | null;

  @Field(() => String, { nullable: true })
  postalCode?: string | null;
}

@InputType({ description: '登记政府信息公开申请（当面、邮寄、传真、电子邮件）' })
export class ApplicationIntakeInput {
  @Field(() => ApplicationChannelEnum, { description: '申请方式（网上申请由外部应用提交）' })
  channel: ApplicationChannel;

  @Field(() => String, { description: '到达日期（YYYY-MM-DD）' })
  arrivedDate: string;

  @Field(() => String, { description: '收到申请日期（条例第三十一条；YYYY-MM-DD）' })
  receivedDate: string;

  @Field(() => ApplicantInputType)
  applicant: ApplicantInputType;

  @Field(() => String)
  description: string;

  @Field(() => String, { nullable: true })
  purpose?: string | null;

  @Field(() => ApplicationDeliveryFormEnum)
  deliveryForm: ApplicationDeliveryForm;

  @Field(() => Boolean, { nullable: true, description: '发给申请人查询码（默认是）' })
  issueAccessCode?: boolean | null;
}

@InputType({ description: '网上提交政府信息公开申请（外部应用）' })
export class ExternalApplicationInput {
  @Field(() => ApplicantInputType)
  applicant: ApplicantInputType;

  @Field(() => String)
  description: string;

  @Field(() => String, { nullable: true })
  purpose?: string | null;

  @Field(() => ApplicationDeliveryFormEnum)
  deliveryForm: ApplicationDeliveryForm;

  @Field(() => Boolean, { description: '已阅读并同意隐私声明（applicationPrivacyNotice）' })
  privacyNoticeAccepted: boolean;
}

@InputType()
export class RequestApplicationCorrectionInput {
  @Field(() => String, { description: '需要补正的事项' })
  request: string;

  @Field(() => Int, { nullable: true, description: '补正期限（工作日，默认 15）' })
  periodWorkingDays?: number | null;

  @Field(() => NoticeChannelEnum, { nullable: true, description: '告知方式（默认系统内告知）' })
  noticeChannel?: NoticeChannel | null;
}

@InputType()
export class RecordApplicationCorrectionInput {
  @Field(() => String, { description: '收到补正材料日期（YYYY-MM-DD）' })
  receivedDate: string;

  @Field(() => String, { description: '补正后的申请内容' })
  correctedDescription: string;
}

@InputType()
export class ExtendApplicationInput {
  @Field(() => Int, { description: '延长工作日数（最多 20）' })
  byWorkingDays: number;

  @Field(() => String, { description: '延期理由（告知申请人）' })
  reason: string;

  @Field(() => NoticeChannelEnum, { nullable: true })
  noticeChannel?: NoticeChannel | null;
}

@InputType()
export class ApplicationFeeNoticeInput {
  @Field(() => ApplicationFeeMethodEnum)
  method: ApplicationFeeMethod;

  @Field(() => Int, { nullable: true, description: '页数（按量计收）' })
  pages?: number | null;

  @Field(() => Int, { nullable: true, description: '缴费期限（工作日，默认 20）' })
  paymentPeriodWorkingDays?: number | null;

  @Field(() => NoticeChannelEnum, { nullable: true })
  noticeChannel?: NoticeChannel | null;
}

@InputType()
export class RecordApplicationPaymentInput {
  @Field(() => String, { description: '缴费日期（YYYY-MM-DD）' })
  paidDate: string;

  @Field(() => String, { description: '缴费凭证号' })
  reference: string;
}

@InputType({ description: '答复（不含需保密审查后提供的信息）' })
export class ReplyToApplicationInput {
  @Field(() => ApplicationResultCategoryEnum)
  resultCategory: string;

  @Field(() => String, { nullable: true, description: '具体情形（见 applicationResultReasons）' })
  resultReason?: string | null;

  @Field(() => String, { nullable: true, description: '答复说明' })
  replyText?: string | null;

  @Field(() => [String], { nullable: true, description: '已主动公开信息的索引号' })
  publishedIndexNumbers?: string[] | null;

  @Field(() => String, { nullable: true, description: '负责公开的机关' })
  responsibleAgency?: string | null;

  @Field(() => [WithholdingReasonEnum], { nullable: true, description: '不予公开的理由（不予公开时必填）' })
  withholdingReasons?: WithholdingReason[] | null;

  @Field(() => NoticeChannelEnum, { nullable: true })
  noticeChannel?: NoticeChannel | null;
}

@InputType({ description: '第三方（条例第三十二条）' })
export class ApplicationThirdPartyInput {
  @Field(() => String, { description: '第三方名称或姓名' })
  name: string;

  @Field(() => NoticeChannelEnum, { description: '征求意见的送达方式' })
  channel: NoticeChannel;

  @Field(() => String, { nullable: true, description: '联系地址（邮寄、短信、电子邮件时必填）' })
  contactAddress?: string | null;
}

@InputType()
export class ConsultOnApplicationInput {
  @Field(() => ConsultationUseEnum, { description: 'APPLICATION_THIRD_PARTY 或 APPLICATION_JOINT_AGENCY' })
  use: ConsultationUse;

  @Field(() => [ID], { nullable: true, description: '共同制作机关（其他行政机关）' })
  agencyIds?: string[] | null;

  @Field(() => [ApplicationThirdPartyInput], { nullable: true, description: '第三方' })
  thirdParties?: ApplicationThirdPartyInput[] | null;

  @Field(() => String)
  basicFacts: string;

  @Field(() => String)
  opinion: string;

  @Field(() => String)
  basis: string;
}

@ObjectType()
export class ApplicationRegistration {
  @Field(() => Application)
  application: Application;

  @Field(() => String, { nullable: true, description: '查询码（仅此一次显示）' })
  accessCode: string | null;
}

@ObjectType()
export class ApplicationSubmission {
  @Field(() => String)
  caseNumber: string;

  @Field(() => String, { description: '查询码（仅此一次显示）' })
  accessCode: string;

  @Field(() => String, { description: '收到申请日期' })
  receivedDate: string;
}

@ObjectType({ description: '对申请人的告知' })
export class ApplicationNoticeView {
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

@ObjectType({ description: '告知' })
export class ApplicationStatusNotice {
  @Field(() => String)
  subject: string;

  @Field(() => String)
  content: string;

  @Field(() => Date)
  sentAt: Date;
}

@ObjectType({ description: '政府信息公开申请答复书' })
export class ReplyLetterView {
  @Field(() => String)
  title: string;

  @Field(() => String)
  salutation: string;

  @Field(() => [String])
  paragraphs: string[];

  @Field(() => String)
  signature: string;

  @Field(() => String)
  date: string;
}

@ObjectType({ description: '申请办理情况（申请人凭案件编号和查询码查看）' })
export class ApplicationStatus {
  @Field(() => String)
  caseNumber: string;

  @Field(() => ApplicationStateEnum)
  state: ApplicationState;

  @Field(() => String, { description: '办理状态（中文）' })
  stateLabel: string;

  @Field(() => String)
  receivedDate: string;

  @Field(() => String, { nullable: true, description: '答复期限（含延期；暂停期间为空）' })
  replyDueDate: string | null;

  @Field(() => [ApplicationStatusNotice], { description: '给申请人的告知（按时间）' })
  notices: ApplicationStatusNotice[];

  @Field(() => ReplyLetterView, { nullable: true, description: '答复书（办结后）' })
  replyLetter: ReplyLetterView | null;

  @Field(() => SuppliedContentView, { nullable: true, description: '经保密审查提供的信息（予以公开或部分公开办结后）' })
  suppliedContent: SuppliedContentView | null;

  @Field(() => [String], { description: '已主动公开信息的公开目录索引号（条例第三十六条第（一）项，按公开的版本获取）' })
  publishedIndexNumbers: string[];
}

@ObjectType({ description: '同一申请人的其他申请' })
export class RelatedApplication {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  caseNumber: string;

  @Field(() => String)
  receivedDate: string;

  @Field(() => ApplicationStateEnum)
  state: ApplicationState;

  @Field(() => String, { nullable: true })
  resultCode: string | null;
}

@ObjectType({ description: '申请人证件号码（已记录查看）' })
export class ApplicantIdNumberReveal {
  @Field(() => ApplicantIdTypeEnum, { nullable: true })
  idType: ApplicantIdType | null;

  @Field(() => String, { nullable: true })
  idNumber: string | null;
}

@ObjectType({ description: '年报第三部分的一行' })
export class AnnualReportApplicationRow {
  @Field(() => String)
  key: string;

  @Field(() => String)
  number: string;

  @Field(() => String)
  label: string;

  @Field(() => Int)
  depth: number;

  @Field(() => Boolean)
  isHeading: boolean;

  @Field(() => [Int], { description: '按列：自然人、五类法人或其他组织、总计' })
  values: number[];
}

@ObjectType({ description: '年报第三部分：收到和处理政府信息公开申请情况' })
export class AnnualReportApplications {
  @Field(() => Int)
  year: number;

  @Field(() => [String], { description: '列名' })
  columns: string[];

  @Field(() => [AnnualReportApplicationRow])
  rows: AnnualReportApplicationRow[];

  @Field(() => Boolean, { description: '一 + 二 = 三（七）+ 四' })
  balanced: boolean;
}

@InputType()
export class AskApplicantForReasonsInput {
  @Field(() => String, { description: '需申请人说明的事项（条例第三十五条）' })
  request: string;

  @Field(() => NoticeChannelEnum, { nullable: true })
  noticeChannel?: NoticeChannel | null;
}

@InputType()
export class ApplicationReasonablePeriodInput {
  @Field(() => Int, { description: '在法定期限之外延迟答复的工作日数' })
  byWorkingDays: number;

  @Field(() => String, { description: '认为理由合理但无法按期答复的说明（告知申请人）' })
  reason: string;

  @Field(() => NoticeChannelEnum, { nullable: true })
  noticeChannel?: NoticeChannel | null;
}

@ObjectType({ description: '本局文件（申请所涉及的政府信息）' })
export class RequestedDocumentView {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => String, { nullable: true, description: '文号' })
  documentNumber: string | null;

  @Field(() => String, { nullable: true, description: '主办处室' })
  departmentName: string | null;

  @Field(() => DisclosureAttributeEnum, { nullable: true, description: '公开属性' })
  attribute: DisclosureAttribute | null;

  @Field(() => String, { nullable: true, description: '成文日期' })
  formedDate: string | null;

  @Field(() => Boolean, { description: '与其他机关联合发文（本局负有公开义务，局信息公开制度第三条第一款）' })
  jointlyIssued: boolean;

  @Field(() => Int, { description: '自上次评估公开属性以来申请该文件的不同申请人数（条例第四十四条）' })
  distinctApplicants: number;
}
