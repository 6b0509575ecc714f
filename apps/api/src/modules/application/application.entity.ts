import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import {
  APPLICANT_ID_TYPES,
  APPLICANT_TYPES,
  APPLICATION_ACTIONS,
  APPLICATION_CHANNELS,
  APPLICATION_DELIVERY_FORMS,
  APPLICATION_FEE_METHODS,
  APPLICATION_LIMITS,
  APPLICATION_RESULT_CODES,
  APPLICATION_STATES,
  type ApplicantIdType,
  type ApplicantType,
  type ApplicationChannel,
  type ApplicationDeliveryForm,
  type ApplicationFeeMethod,
  type ApplicationState,
  type CalendarDate,
  type WithholdingReason,
} from '@gdp/domain';
import { oneOf } from '../../db/sql-checks.js';
import { Document } from '../document/document.entity.js';
import { User } from '../organisation/user.entity.js';
import { WithholdingReasonEnum } from '../review/review.enums.js';
import {
  ApplicantTypeEnum,
  ApplicationChannelEnum,
  ApplicationDeliveryFormEnum,
  ApplicationFeeMethodEnum,
  ApplicationStateEnum,
} from './application.enums.js';

const L = APPLICATION_LIMITS;

/**
 * A disclosure application (依申请公开, SPEC M6; 条例 art. 27–45) as the bureau handles it. The applicant's
 * identity is kept apart (`application_applicant`); `applicantFingerprint` (a keyed hash of the ID number or
 * credit code) finds the same applicant's other cases without decrypting anything. After the retention
 * period the personal fields are anonymised; the row stays for the statistics and the annual report.
 */
@ObjectType({ description: '政府信息公开申请' })
@Entity('application')
@Check('CHK_application_channel', oneOf('channel', APPLICATION_CHANNELS))
@Check('CHK_application_applicant_type', oneOf('applicant_type', APPLICANT_TYPES))
@Check('CHK_application_delivery_form', oneOf('delivery_form', APPLICATION_DELIVERY_FORMS))
@Check('CHK_application_state', oneOf('state', APPLICATION_STATES))
@Check('CHK_application_result_code', oneOf('result_code', APPLICATION_RESULT_CODES))
@Check('CHK_application_fee_method', oneOf('fee_method', APPLICATION_FEE_METHODS))
@Check('CHK_application_received', '"received_date" >= "arrived_date"')
@Index('IDX_application_received', ['receivedDate', 'id'])
@Index('IDX_application_state', ['state'])
@Index('IDX_application_fingerprint', ['applicantFingerprint', 'receivedDate'])
export class Application {
  /** Chosen before the insert: the applicant's encrypted ID number is bound to it. */
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => String, { description: '案件编号（如 YS-2026-000001）' })
  @Column('varchar', { length: 32, unique: true })
  caseNumber: string;

  @Field(() => ApplicationChannelEnum, { description: '申请方式' })
  @Column('varchar', { length: 16 })
  channel: ApplicationChannel;

  @Field(() => String, { description: '到达日期' })
  @Column('date')
  arrivedDate: CalendarDate;

  @Field(() => String, { description: '收到申请日期（条例第三十一条；答复期限自次日起算）' })
  @Column('date')
  receivedDate: CalendarDate;

  @Field(() => ApplicantTypeEnum, { description: '申请人类型' })
  @Column('varchar', { length: 32 })
  applicantType: ApplicantType;

  @Field(() => String, { description: '所需政府信息的名称、文号或者便于查询的其他特征性描述' })
  @Column('varchar', { length: L.description })
  description: string;

  @Field(() => String, { nullable: true, description: '用途说明' })
  @Column('varchar', { length: L.purpose, nullable: true })
  purpose: string | null;

  @Field(() => ApplicationDeliveryFormEnum, { description: '信息提供形式' })
  @Column('varchar', { length: 16 })
  deliveryForm: ApplicationDeliveryForm;

  @Field(() => String, { nullable: true, description: '补正后的申请内容' })
  @Column('varchar', { length: L.correctedDescription, nullable: true })
  correctedDescription: string | null;

  @Field(() => ApplicationStateEnum, { description: '办理状态' })
  @Column('varchar', { length: 24 })
  state: ApplicationState;

  @Field(() => String, { nullable: true, description: '办理结果代码（CATEGORY 或 CATEGORY.REASON，见年报第三部分）' })
  @Column('varchar', { length: 48, nullable: true })
  resultCode: string | null;

  @Field(() => String, { nullable: true, description: '答复说明' })
  @Column('varchar', { length: L.replyText, nullable: true })
  replyText: string | null;

  @Field(() => String, { nullable: true, description: '答复（办结）日期' })
  @Column('date', { nullable: true })
  replyDate: CalendarDate | null;

  @Field(() => [String], { description: '已主动公开信息的索引号（条例第三十六条第（一）项）' })
  @Column('jsonb', { default: () => "'[]'" })
  publishedIndexNumbers: string[];

  @Field(() => String, { nullable: true, description: '负责公开该信息的机关（条例第三十六条第（五）项）' })
  @Column('varchar', { length: L.otherAgency, nullable: true })
  responsibleAgency: string | null;

  @Field(() => [WithholdingReasonEnum], { description: '不予公开的理由' })
  @Column('jsonb', { default: () => "'[]'" })
  withholdingReasons: WithholdingReason[];

  @Field(() => String, { nullable: true, description: '需要补正的事项' })
  @Column('varchar', { length: L.correctionRequest, nullable: true })
  correctionRequest: string | null;

  @Field(() => String, { nullable: true, description: '告知补正日期' })
  @Column('date', { nullable: true })
  correctionRequestedDate: CalendarDate | null;

  @Field(() => Int, { nullable: true, description: '补正期限（工作日）' })
  @Column('integer', { nullable: true })
  correctionPeriodWorkingDays: number | null;

  @Field(() => String, { nullable: true, description: '收到补正材料日期（答复期限自次日重新起算）' })
  @Column('date', { nullable: true })
  correctionReceivedDate: CalendarDate | null;

  @Field(() => ApplicationFeeMethodEnum, { nullable: true, description: '计费方式' })
  @Column('varchar', { length: 16, nullable: true })
  feeMethod: ApplicationFeeMethod | null;

  @Field(() => Int, { nullable: true, description: '计费依据（本月第几件申请，或页数）' })
  @Column('integer', { nullable: true })
  feeBasis: number | null;

  @Field(() => Int, { nullable: true, description: '信息处理费（元）' })
  @Column('integer', { nullable: true })
  feeAmount: number | null;

  @Field(() => String, { nullable: true, description: '收费通知日期' })
  @Column('date', { nullable: true })
  feeNoticeDate: CalendarDate | null;

  @Field(() => Int, { nullable: true, description: '缴费期限（工作日）' })
  @Column('integer', { nullable: true })
  feePaymentPeriodWorkingDays: number | null;

  @Field(() => String, { nullable: true, description: '缴费日期' })
  @Column('date', { nullable: true })
  feePaidDate: CalendarDate | null;

  @Field(() => String, { nullable: true, description: '缴费凭证号' })
  @Column('varchar', { length: L.reference, nullable: true })
  feeReference: string | null;

  @Field(() => String, { nullable: true, description: '要求申请人说明理由的事项（条例第三十五条）' })
  @Column('varchar', { length: L.reason, nullable: true })
  reasonsRequest: string | null;

  @Field(() => String, { nullable: true, description: '要求说明理由的日期' })
  @Column('date', { nullable: true })
  reasonsRequestedDate: CalendarDate | null;

  @Field(() => Int, { nullable: true, description: '确定的延迟答复期限（工作日，条例第三十五条）' })
  @Column('integer', { nullable: true })
  reasonablePeriodWorkingDays: number | null;

  @Field(() => ID, { nullable: true, description: '转入的投诉举报（条例第三十九条第一款）' })
  @Column('uuid', { nullable: true })
  linkedComplaintId: string | null;

  /** HMAC of the normalised ID number or credit code; null without one or once anonymised. */
  @Column('char', { length: 64, nullable: true })
  applicantFingerprint: string | null;

  @Field(() => Date, { nullable: true, description: '个人信息匿名化时间' })
  @Column('timestamptz', { nullable: true })
  anonymisedAt: Date | null;

  @Field(() => ID, { nullable: true, description: '承办人' })
  @Column('uuid', { nullable: true })
  handlerId: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'handler_id' })
  handler?: Relation<User>;

  @Field(() => Int, { description: '版本号（乐观锁）' })
  @VersionColumn()
  version: number;

  @Field(() => Date)
  @Column('timestamptz')
  createdAt: Date;

  @Field(() => Date)
  @Column('timestamptz')
  updatedAt: Date;
}

/**
 * Who applied and how to reach them (条例 art. 29), one row per application (`id` is the application's).
 * The ID number is stored only encrypted (bound to the row) and as a masked copy for lists and exports.
 * Not a GraphQL type: the API shows it through ApplicantView, masked.
 */
@Entity('application_applicant')
@Check('CHK_application_applicant_id_type', oneOf('id_type', APPLICANT_ID_TYPES))
export class ApplicationApplicant {
  @PrimaryColumn('uuid')
  id: string;

  @OneToOne(() => Application, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'id' })
  application?: Relation<Application>;

  @Column('varchar', { length: L.name, nullable: true })
  name: string | null;

  @Column('varchar', { length: 24, nullable: true })
  idType: ApplicantIdType | null;

  @Column('text', { nullable: true })
  idNumberCipher: string | null;

  @Column('varchar', { length: L.idNumber, nullable: true })
  idNumberMasked: string | null;

  @Column('varchar', { length: L.organisationName, nullable: true })
  organisationName: string | null;

  @Column('varchar', { length: L.creditCode, nullable: true })
  creditCode: string | null;

  @Column('varchar', { length: L.contactPerson, nullable: true })
  contactPerson: string | null;

  @Column('varchar', { length: 32, nullable: true })
  phone: string | null;

  @Column('varchar', { length: L.email, nullable: true })
  email: string | null;

  @Column('varchar', { length: L.postalAddress, nullable: true })
  postalAddress: string | null;

  @Column('varchar', { length: L.postalCode, nullable: true })
  postalCode: string | null;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz')
  updatedAt: Date;
}

/**
 * A document of the bureau an application asks for, as the handler identified it: what makes a document
 * "applied for repeatedly" (条例 art. 44) and tells whether the bureau holds the information (seed §3-1).
 */
@Entity('application_document')
@Index('IDX_application_document_document', ['documentId', 'linkedAt'])
export class ApplicationDocument {
  @PrimaryColumn('uuid')
  applicationId: string;

  @ManyToOne(() => Application, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id' })
  application?: Relation<Application>;

  @PrimaryColumn('uuid')
  documentId: string;

  @ManyToOne(() => Document, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'document_id' })
  document?: Relation<Document>;

  @Column('uuid', { nullable: true })
  linkedById: string | null;

  @Column('timestamptz')
  linkedAt: Date;
}

/** The actions of an application's history besides the workflow's own (intake, consultations, reads, retention). */
export const APPLICATION_EVENT_ACTIONS = [
  'REGISTER',
  'SUBMIT',
  ...APPLICATION_ACTIONS,
  'CONSULTATION_ENDED',
  'REVEAL_ID_NUMBER',
  'ANONYMISE',
  // The confidentiality review of a reply: supplied (closes), returned or cancelled, or withheld (back to the handler).
  'SUPPLY',
  'REVIEW_RETURNED',
  'REVIEW_WITHHELD',
] as const;
export type ApplicationEventAction = (typeof APPLICATION_EVENT_ACTIONS)[number];

/**
 * One step of an application: its status history (the annual report reads the closing dates from it), and
 * the audited reads of the ID number. A record of fact, never changed.
 */
@ObjectType({ description: '申请办理记录' })
@Entity('application_event')
@Check('CHK_application_event_action', oneOf('action', APPLICATION_EVENT_ACTIONS))
@Check('CHK_application_event_from_state', oneOf('from_state', APPLICATION_STATES))
@Check('CHK_application_event_to_state', oneOf('to_state', APPLICATION_STATES))
@Index('IDX_application_event_application', ['applicationId', 'id'])
export class ApplicationEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Field(() => ID)
  @Column('uuid')
  applicationId: string;

  @ManyToOne(() => Application, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id' })
  application?: Relation<Application>;

  @Field(() => String, { description: '事项' })
  @Column('varchar', { length: 32 })
  action: ApplicationEventAction;

  @Field(() => ApplicationStateEnum, { nullable: true })
  @Column('varchar', { length: 24, nullable: true })
  fromState: ApplicationState | null;

  @Field(() => ApplicationStateEnum)
  @Column('varchar', { length: 24 })
  toState: ApplicationState;

  @Field(() => String, { description: '发生日期（北京时间）' })
  @Column('date')
  onDate: CalendarDate;

  @Field(() => ID, { nullable: true, description: '办理人（外部提交或系统为空）' })
  @Column('uuid', { nullable: true })
  actorId: string | null;

  @Field(() => String, { nullable: true, description: '说明' })
  @Column('text', { nullable: true })
  note: string | null;

  @Field(() => Date)
  @Column('timestamptz')
  at: Date;
}
