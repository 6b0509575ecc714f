import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import {
  CONSULTATION_ACTIONS,
  CONSULTATION_REFERENCE_MAX,
  CONSULTATION_STATES,
  CONSULTATION_USES,
  SETTLEMENT_DECISIONS,
  SETTLING_BODIES,
  type CalendarDate,
  type ConsultationAction,
  type ConsultationState,
  type ConsultationUse,
  type SettlementDecision,
  type SettlingBody,
} from '@gdp/domain';
import { oneOf } from '../../db/sql-checks.js';
import {
  ConsultationStateEnum,
  ConsultationUseEnum,
  SettlementDecisionEnum,
  SettlingBodyEnum,
} from './consultation.enums.js';

/** What a consultation is about: a document, or an application (M6). */
export const CONSULTATION_SUBJECT_KINDS = ['DOCUMENT', 'APPLICATION'] as const;
export type ConsultationSubjectKind = (typeof CONSULTATION_SUBJECT_KINDS)[number];

/**
 * One consultation of one consultee (SPEC M4): an agency asked for its opinion, or a co-department asked
 * for its consent, with the letter, the answer and a settlement. Never deleted; withdrawn instead.
 */
@ObjectType({ description: '征求意见（每个被征求单位一条）' })
@Entity('consultation')
@Check('CHK_consultation_use', oneOf('use', CONSULTATION_USES))
@Check('CHK_consultation_state', oneOf('state', CONSULTATION_STATES))
@Check('CHK_consultation_subject_kind', oneOf('subject_kind', CONSULTATION_SUBJECT_KINDS))
@Check('CHK_consultation_settlement_body', oneOf('settlement_body', SETTLING_BODIES))
@Check('CHK_consultation_settlement_decision', oneOf('settlement_decision', SETTLEMENT_DECISIONS))
@Check(
  'CHK_consultation_consultee',
  `(("consultee_agency_id" IS NOT NULL)::int + ("consultee_department_id" IS NOT NULL)::int + ("consultee_third_party" IS NOT NULL)::int) = 1`,
)
@Index('IDX_consultation_subject', ['subjectKind', 'subjectId'])
@Index('IDX_consultation_consultee_department', ['consulteeDepartmentId', 'state'])
export class Consultation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: '事项种类（DOCUMENT：公文）' })
  @Column('varchar', { length: 16 })
  subjectKind: ConsultationSubjectKind;

  @Field(() => ID, { description: '事项（公文）' })
  @Column('uuid')
  subjectId: string;

  @Field(() => ConsultationUseEnum, { description: '用途' })
  @Column('varchar', { length: 32 })
  use: ConsultationUse;

  @Field(() => ID, { description: '主办处室' })
  @Column('uuid')
  departmentId: string;

  @Field(() => ID, { nullable: true, description: '被征求意见的其他行政机关' })
  @Column('uuid', { nullable: true })
  consulteeAgencyId: string | null;

  @Field(() => ID, { nullable: true, description: '会办处室' })
  @Column('uuid', { nullable: true })
  consulteeDepartmentId: string | null;

  /** The third party of an application (条例 art. 32), by name; reached through notices. */
  @Field(() => String, { nullable: true, description: '被征求意见的第三方（依申请公开）' })
  @Column('varchar', { length: 100, nullable: true })
  consulteeThirdParty: string | null;

  @Field(() => String, { description: '拟公开政府信息基本情况' })
  @Column('text')
  basicFacts: string;

  @Field(() => String, { description: '本机关的意见' })
  @Column('text')
  opinion: string;

  @Field(() => String, { description: '意见的依据' })
  @Column('text')
  basis: string;

  @Field(() => ConsultationStateEnum, { description: '状态' })
  @Column('varchar', { length: 24 })
  state: ConsultationState;

  @Field(() => Boolean, { nullable: true, description: '答复是否同意' })
  @Column('boolean', { nullable: true })
  replyAgrees: boolean | null;

  @Field(() => String, { nullable: true, description: '答复内容（会办处室的意见或不同意的理由）' })
  @Column('text', { nullable: true })
  replyText: string | null;

  @Field(() => String, { nullable: true, description: '书面答复日期' })
  @Column('date', { nullable: true })
  repliedOn: CalendarDate | null;

  @Field(() => ID, { nullable: true, description: '登记答复或作出同意的人员' })
  @Column('uuid', { nullable: true })
  answeredById: string | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { nullable: true })
  answeredAt: Date | null;

  @Field(() => SettlingBodyEnum, { nullable: true, description: '决定机关' })
  @Column('varchar', { length: 24, nullable: true })
  settlementBody: SettlingBody | null;

  @Field(() => SettlementDecisionEnum, { nullable: true, description: '决定结果' })
  @Column('varchar', { length: 16, nullable: true })
  settlementDecision: SettlementDecision | null;

  @Field(() => String, { nullable: true, description: '决定文号或凭证' })
  @Column('varchar', { length: CONSULTATION_REFERENCE_MAX, nullable: true })
  settlementReference: string | null;

  @Field(() => String, { nullable: true, description: '决定内容' })
  @Column('text', { nullable: true })
  settlementSummary: string | null;

  @Field(() => ID, { nullable: true, description: '答复时限' })
  @Column('uuid', { nullable: true })
  deadlineId: string | null;

  @Field(() => ID)
  @Column('uuid')
  sentById: string;

  @Field(() => Date, { description: '发出时间' })
  @Column('timestamptz')
  sentAt: Date;

  @Field(() => Int)
  @VersionColumn()
  version: number;

  @Field(() => Date)
  @Column('timestamptz')
  createdAt: Date;

  @Field(() => Date)
  @Column('timestamptz')
  updatedAt: Date;
}

/** One step of a consultation: sent, answered, reminded, escalated, settled, withdrawn. */
@ObjectType({ description: '征求意见办理记录' })
@Entity('consultation_event')
@Check('CHK_consultation_event_action', oneOf('action', [...CONSULTATION_ACTIONS, 'SEND']))
@Index('IDX_consultation_event_consultation', ['consultationId', 'id'])
export class ConsultationEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Field(() => ID)
  @Column('uuid')
  consultationId: string;

  @Field(() => String, { description: '事项' })
  @Column('varchar', { length: 16 })
  action: ConsultationAction | 'SEND';

  @Field(() => ConsultationStateEnum, { nullable: true })
  @Column('varchar', { length: 24, nullable: true })
  fromState: ConsultationState | null;

  @Field(() => ConsultationStateEnum)
  @Column('varchar', { length: 24 })
  toState: ConsultationState;

  @Field(() => String, { nullable: true, description: '说明' })
  @Column('text', { nullable: true })
  note: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  actorId: string | null;

  @Field(() => Date)
  @Column('timestamptz')
  at: Date;
}
