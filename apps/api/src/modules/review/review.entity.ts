import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import {
  REVIEW_ACTIONS,
  REVIEW_FINAL_ACTIONS,
  REVIEW_STAGES,
  REVIEW_STATES,
  REVIEW_SUBJECT_KINDS,
  type ReviewAction,
  type ReviewAssessment,
  type ReviewFinalAction,
  type ReviewOutcome,
  type ReviewStage,
  type ReviewState,
  type ReviewSubjectKind,
} from '@gdp/domain';
import { oneOf } from '../../db/sql-checks.js';
import {
  ReviewActionEnum,
  ReviewFinalActionEnum,
  ReviewStageEnum,
  ReviewStateEnum,
  ReviewSubjectKindEnum,
} from './review.enums.js';

/**
 * One confidentiality review (保密审查, SPEC M3) of a subject — a document, a meeting's results, an
 * application reply… — persisted as the domain's `Review`; its decisions in `review_decision`. Opinions,
 * assessments and outcomes are internal: they never reach external callers.
 */
@ObjectType({ description: '保密审查' })
@Entity('review')
@Check('CHK_review_subject_kind', oneOf('subject_kind', REVIEW_SUBJECT_KINDS))
@Check('CHK_review_final_action', oneOf('final_action', REVIEW_FINAL_ACTIONS))
@Check('CHK_review_state', oneOf('state', REVIEW_STATES))
@Check('CHK_review_escalated_from', `"escalated_from" IN ('LEVEL_2', 'LEVEL_3')`)
@Index('IDX_review_subject', ['subjectKind', 'subjectId'])
@Index('IDX_review_department_state', ['owningDepartmentId', 'state'])
export class Review {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ReviewSubjectKindEnum, { description: '审查事项类型' })
  @Column('varchar', { length: 24 })
  subjectKind: ReviewSubjectKind;

  @Field(() => ID, { description: '审查事项' })
  @Column('uuid')
  subjectId: string;

  @Field(() => String, { description: '事项名称（送审时）' })
  @Column('varchar', { length: 200 })
  title: string;

  @Field(() => ID, { description: '主办处室' })
  @Column('uuid')
  owningDepartmentId: string;

  @Field(() => ID, { description: '送审内容版本' })
  @Column('uuid')
  contentVersionId: string;

  @Field(() => ReviewFinalActionEnum, { description: '审查后公开发布或提供给申请人' })
  @Column('varchar', { length: 16 })
  finalAction: ReviewFinalAction;

  @Field(() => ReviewStateEnum, { description: '状态' })
  @Column('varchar', { length: 24 })
  state: ReviewState;

  @Column('jsonb', { nullable: true })
  assessment: ReviewAssessment | null;

  @Column('jsonb', { nullable: true })
  outcome: ReviewOutcome | null;

  @Column('varchar', { length: 8, nullable: true })
  escalatedFrom: 'LEVEL_2' | 'LEVEL_3' | null;

  @Field(() => ID, { nullable: true, description: '信息发布人（第三级审批时指定）' })
  @Column('uuid', { nullable: true })
  publisherId: string | null;

  @Field(() => ID, { nullable: true, description: '经审批可公开或提供的内容版本' })
  @Column('uuid', { nullable: true })
  approvedContentVersionId: string | null;

  @Field(() => Boolean, { description: '涉及国家秘密：原件内容须从本系统删除' })
  @Column('boolean', { default: false })
  isContentRemovalRequired: boolean;

  @Field(() => Boolean, { description: '对已公开信息的更正' })
  @Column('boolean', { default: false })
  isRevision: boolean;

  @Field(() => ID, { description: '送审人' })
  @Column('uuid')
  openedById: string;

  @Field(() => ID, { nullable: true, description: '第一级办理人（信息制作人员）' })
  @Column('uuid', { nullable: true })
  levelOneUserId: string | null;

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

/** One recorded decision of a review: who, at which level, when, with what opinion [seed §4-10]. */
@ObjectType({ description: '保密审查意见' })
@Entity('review_decision')
@Check('CHK_review_decision_action', oneOf('action', REVIEW_ACTIONS))
@Check('CHK_review_decision_stage', oneOf('stage', REVIEW_STAGES))
@Check('CHK_review_decision_from_state', oneOf('from_state', REVIEW_STATES))
@Check('CHK_review_decision_to_state', oneOf('to_state', REVIEW_STATES))
@Index('IDX_review_decision_review', ['reviewId', 'id'])
export class ReviewDecisionRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Field(() => ID)
  @Column('uuid')
  reviewId: string;

  @Field(() => ReviewActionEnum)
  @Column('varchar', { length: 32 })
  action: ReviewAction;

  @Field(() => ReviewStageEnum, { nullable: true, description: '办理层级' })
  @Column('varchar', { length: 16, nullable: true })
  stage: ReviewStage | null;

  @Field(() => ID)
  @Column('uuid')
  userId: string;

  @Field(() => ReviewStateEnum)
  @Column('varchar', { length: 24 })
  fromState: ReviewState;

  @Field(() => ReviewStateEnum)
  @Column('varchar', { length: 24 })
  toState: ReviewState;

  @Field(() => ID, { nullable: true, description: '所针对的内容版本' })
  @Column('uuid', { nullable: true })
  contentVersionId: string | null;

  @Field(() => String, { nullable: true, description: '意见' })
  @Column('text', { nullable: true })
  opinion: string | null;

  @Column('jsonb', { nullable: true })
  assessment: ReviewAssessment | null;

  @Column('jsonb', { nullable: true })
  outcome: ReviewOutcome | null;

  @Field(() => ID, { nullable: true, description: '指定的信息发布人' })
  @Column('uuid', { nullable: true })
  publisherId: string | null;

  @Field(() => String, { nullable: true, description: '确定意见的文号或会议' })
  @Column('varchar', { length: 200, nullable: true })
  reference: string | null;

  @Field(() => Date)
  @Column('timestamptz')
  at: Date;
}
