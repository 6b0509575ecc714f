import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import {
  COMPLAINT_CHANNELS,
  COMPLAINT_LIMITS,
  COMPLAINT_OUTCOMES,
  COMPLAINT_STATES,
  COMPLAINT_VIOLATION_KINDS,
  NOT_ACCEPTED_REASONS,
  type ComplaintChannel,
  type ComplaintOutcome,
  type ComplaintState,
  type ComplaintViolationKind,
  type NotAcceptedReason,
} from '@gdp/domain';
import { oneOf } from '../../db/sql-checks.js';
import { ExternalAgency } from '../external-agency/external-agency.entity.js';
import { Department } from '../organisation/department.entity.js';
import { User } from '../organisation/user.entity.js';
import {
  ComplaintChannelEnum,
  ComplaintOutcomeEnum,
  ComplaintStateEnum,
  ComplaintViolationKindEnum,
  NotAcceptedReasonEnum,
} from './complaint.enums.js';

/**
 * A complaint or report (投诉举报, SPEC M14) as the bureau handles it. It holds what the handlers write and
 * decide — never who complained or what they wrote: that is sealed in `complaint_sealed` [seed §11-5].
 * `summary` is the handler's description of the matter, the only one anyone else sees. Never deleted.
 */
@ObjectType({ description: '投诉举报（不含投诉举报人身份和原始材料）' })
@Entity('complaint')
@Check('CHK_complaint_violation_kind', oneOf('violation_kind', COMPLAINT_VIOLATION_KINDS))
@Check('CHK_complaint_channel', oneOf('channel', COMPLAINT_CHANNELS))
@Check('CHK_complaint_state', oneOf('state', COMPLAINT_STATES))
@Check('CHK_complaint_not_accepted_reason', oneOf('not_accepted_reason', NOT_ACCEPTED_REASONS))
@Check('CHK_complaint_outcome', oneOf('outcome', COMPLAINT_OUTCOMES))
@Check(
  'CHK_complaint_transfer_target',
  '"transferred_to_department_id" IS NULL OR "transferred_to_agency_id" IS NULL',
)
@Index('IDX_complaint_received', ['receivedAt', 'id'])
@Index('IDX_complaint_state', ['state'])
export class Complaint {
  /** Chosen before the insert: the sealed identity is bound to it. */
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => String, { description: '案件编号（如 TS-2026-000001）' })
  @Column('varchar', { length: 32, unique: true })
  caseNumber: string;

  @Field(() => ComplaintViolationKindEnum, { description: '投诉举报事项类别' })
  @Column('varchar', { length: 32 })
  violationKind: ComplaintViolationKind;

  @Field(() => ComplaintChannelEnum, { description: '投诉举报方式' })
  @Column('varchar', { length: 16 })
  channel: ComplaintChannel;

  @Field(() => Date, { description: '收到时间' })
  @Column('timestamptz')
  receivedAt: Date;

  @Field(() => String, { description: '收到日期（北京时间；期限自次日起算）' })
  @Column('date')
  receivedDate: string;

  @Field(() => String, { nullable: true, description: '事项摘要（办理人撰写，不含投诉举报人身份）' })
  @Column('varchar', { length: COMPLAINT_LIMITS.summary, nullable: true })
  summary: string | null;

  @Field(() => ID, { nullable: true, description: '被投诉举报的处室' })
  @Column('uuid', { nullable: true })
  concernedDepartmentId: string | null;

  @ManyToOne(() => Department, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'concerned_department_id' })
  concernedDepartment?: Relation<Department>;

  @Field(() => Boolean, { description: '匿名投诉举报' })
  @Column('boolean')
  isAnonymous: boolean;

  @Field(() => Boolean, { description: '要求答复' })
  @Column('boolean')
  wantsReply: boolean;

  @Field(() => ComplaintStateEnum, { description: '办理状态' })
  @Column('varchar', { length: 16 })
  state: ComplaintState;

  @Field(() => NotAcceptedReasonEnum, { nullable: true, description: '不予受理理由' })
  @Column('varchar', { length: 16, nullable: true })
  notAcceptedReason: NotAcceptedReason | null;

  @Field(() => String, { nullable: true, description: '不予受理说明（已告知投诉举报人）' })
  @Column('varchar', { length: COMPLAINT_LIMITS.notAcceptedText, nullable: true })
  notAcceptedText: string | null;

  @Field(() => ID, { nullable: true, description: '转办处室' })
  @Column('uuid', { nullable: true })
  transferredToDepartmentId: string | null;

  @ManyToOne(() => Department, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'transferred_to_department_id' })
  transferredToDepartment?: Relation<Department>;

  @Field(() => ID, { nullable: true, description: '转办机关（其他行政机关）' })
  @Column('uuid', { nullable: true })
  transferredToAgencyId: string | null;

  @ManyToOne(() => ExternalAgency, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'transferred_to_agency_id' })
  transferredToAgency?: Relation<ExternalAgency>;

  @Field(() => Date, { nullable: true, description: '转办时间' })
  @Column('timestamptz', { nullable: true })
  transferredAt: Date | null;

  @Field(() => String, { nullable: true, description: '转办结果' })
  @Column('varchar', { length: COMPLAINT_LIMITS.transferResult, nullable: true })
  transferResult: string | null;

  @Field(() => ComplaintOutcomeEnum, { nullable: true, description: '处理结论' })
  @Column('varchar', { length: 24, nullable: true })
  outcome: ComplaintOutcome | null;

  @Field(() => String, { nullable: true, description: '调查处理意见（内部）' })
  @Column('varchar', { length: COMPLAINT_LIMITS.findings, nullable: true })
  findings: string | null;

  @Field(() => String, { nullable: true, description: '答复内容（投诉举报人凭查询码可见）' })
  @Column('varchar', { length: COMPLAINT_LIMITS.replyText, nullable: true })
  replyText: string | null;

  @Field(() => Date, { nullable: true, description: '处理时间' })
  @Column('timestamptz', { nullable: true })
  handledAt: Date | null;

  @Field(() => Date, { nullable: true, description: '办结时间' })
  @Column('timestamptz', { nullable: true })
  closedAt: Date | null;

  @Field(() => ID, { nullable: true, description: '由政府信息公开申请转入（条例第三十九条第一款）' })
  @Column('uuid', { nullable: true })
  sourceApplicationId: string | null;

  @Field(() => ID, { nullable: true, description: '承办人（受理或登记的投诉举报处理人员）' })
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
 * The complainant's identity and the report material as written [seed §11-5]: one AES-256-GCM ciphertext
 * (shared/crypto/field-encryption.ts) of their JSON, bound to the complaint's id. Not a GraphQL type: it is
 * opened only by `revealComplaintIdentity` (audited, with its reason) and by the system itself (to check
 * that the handlers' texts do not name the complainant, and to address a notice).
 */
@Entity('complaint_sealed')
export class ComplaintSealedRecord {
  @PrimaryColumn('uuid')
  complaintId: string;

  @ManyToOne(() => Complaint, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'complaint_id' })
  complaint?: Relation<Complaint>;

  @Column('text')
  cipher: string;

  @Column('timestamptz')
  createdAt: Date;
}

/**
 * One read of a complainant's identity: who, when and why (SPEC M14, "every read audited"). A record of
 * fact, never changed or deleted (the database refuses both); it holds no revealed value.
 */
@ObjectType({ description: '查看举报人身份记录' })
@Entity('complaint_identity_reveal')
@Index('IDX_complaint_identity_reveal_complaint', ['complaintId', 'revealedAt'])
export class ComplaintIdentityReveal {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  complaintId: string;

  @ManyToOne(() => Complaint, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'complaint_id' })
  complaint?: Relation<Complaint>;

  @Field(() => ID, { description: '查看人' })
  @Column('uuid')
  revealedById: string;

  @ManyToOne(() => User, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'revealed_by_id' })
  revealedBy?: Relation<User>;

  @Field(() => String, { description: '查看理由' })
  @Column('varchar', { length: COMPLAINT_LIMITS.revealReason })
  reason: string;

  @Field(() => Date, { description: '查看时间' })
  @Column('timestamptz')
  revealedAt: Date;
}
