import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique, VersionColumn } from 'typeorm';
import {
  CASE_KINDS,
  DEADLINE_EVENT_ACTIONS,
  DEADLINE_KINDS,
  DEADLINE_STATES,
  type CaseKind,
  type DeadlineEventAction,
  type DeadlineKind,
  type DeadlineState,
} from '@gdp/domain';
import { oneOf } from '../../db/sql-checks.js';
import { CaseKindEnum, DeadlineEventActionEnum, DeadlineKindEnum, DeadlineStateEnum } from './deadline.enums.js';

@ObjectType({ description: '暂停计时区间（起日仍计入，止日不计入）' })
export class DeadlineSuspensionPeriod {
  @Field(() => String, { description: '暂停日' })
  from: string;

  @Field(() => String, { nullable: true, description: '恢复日（未恢复时为空）' })
  to: string | null;

  @Field(() => String, { description: '暂停原因' })
  reason: string;
}

/**
 * One clock of one case (SPEC §2.3), persisted: the domain's Deadline (start, period, extensions,
 * suspensions) plus the cached due date and flags the dashboard filters on, recomputed whenever the
 * deadline or the calendar changes. One deadline per kind per case; a restart reuses it.
 */
@ObjectType({ description: '办理时限' })
@Entity('deadline')
@Unique('UQ_deadline_case_kind', ['kind', 'caseId'])
@Check('CHK_deadline_kind', oneOf('kind', DEADLINE_KINDS))
@Check('CHK_deadline_case_kind', oneOf('case_kind', CASE_KINDS))
@Check('CHK_deadline_state', oneOf('state', DEADLINE_STATES))
@Index('IDX_deadline_open_due', ['state', 'dueDate'])
export class Deadline {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => DeadlineKindEnum)
  @Column('varchar', { length: 40 })
  kind: DeadlineKind;

  @Field(() => CaseKindEnum)
  @Column('varchar', { length: 24 })
  caseKind: CaseKind;

  @Field(() => ID)
  @Column('uuid')
  caseId: string;

  @Field(() => String, { description: '事项（案件编号和标题，不含个人信息）' })
  @Column('varchar', { length: 200 })
  title: string;

  @Field(() => ID, { nullable: true, description: '承办处室' })
  @Column('uuid', { nullable: true })
  departmentId: string | null;

  @Field(() => ID, { nullable: true, description: '承办人' })
  @Column('uuid', { nullable: true })
  assigneeId: string | null;

  @Field(() => String, { description: '起算日（不计入）' })
  @Column('date')
  startDate: string;

  @Field(() => Int, { description: '法定期限（工作日）' })
  @Column('integer')
  periodWorkingDays: number;

  @Field(() => Int, { description: '已延长（工作日）' })
  @Column('integer', { default: 0 })
  extensionsWorkingDays: number;

  @Field(() => Int, { description: '延长次数' })
  @Column('integer', { default: 0 })
  extensionCount: number;

  @Field(() => [DeadlineSuspensionPeriod])
  @Column('jsonb', { default: () => "'[]'" })
  suspensions: DeadlineSuspensionPeriod[];

  @Field(() => String, { nullable: true, description: '截止日（暂停中为空）' })
  @Column('date', { nullable: true })
  dueDate: string | null;

  @Field(() => Boolean, { description: '涉及尚未确认节假日安排的年份' })
  @Column('boolean', { default: false })
  isProvisional: boolean;

  @Field(() => Boolean, { description: '暂停计时中' })
  @Column('boolean', { default: false })
  isSuspended: boolean;

  @Field(() => DeadlineStateEnum)
  @Column('varchar', { length: 16 })
  state: DeadlineState;

  @Field(() => Date, { nullable: true, description: '办结时间' })
  @Column('timestamptz', { nullable: true })
  closedAt: Date | null;

  @Field(() => String, { nullable: true, description: '已标记逾期的日期（定时任务）' })
  @Column('date', { nullable: true })
  overdueMarkedOn: string | null;

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

/** What happened to a deadline, in order: the record of every suspension, extension and recomputation. */
@ObjectType({ description: '时限变动记录' })
@Entity('deadline_event')
@Check('CHK_deadline_event_action', oneOf('action', DEADLINE_EVENT_ACTIONS))
@Index('IDX_deadline_event_deadline', ['deadlineId', 'id'])
export class DeadlineEvent {
  /** In order of recording (several events may share one instant). */
  @Field(() => ID)
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Field(() => ID)
  @Column('uuid')
  deadlineId: string;

  @Field(() => DeadlineEventActionEnum)
  @Column('varchar', { length: 16 })
  action: DeadlineEventAction;

  @Field(() => String, { nullable: true, description: '所涉日期（暂停、恢复、重新起算之日）' })
  @Column('date', { nullable: true })
  onDate: string | null;

  @Field(() => Int, { nullable: true, description: '延长工作日数' })
  @Column('integer', { nullable: true })
  byWorkingDays: number | null;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 500, nullable: true })
  reason: string | null;

  @Field(() => ID, { nullable: true, description: '批准人' })
  @Column('uuid', { nullable: true })
  approverId: string | null;

  @Field(() => ID, { nullable: true, description: '告知记录' })
  @Column('uuid', { nullable: true })
  noticeId: string | null;

  @Field(() => String, { nullable: true })
  @Column('date', { nullable: true })
  dueDateBefore: string | null;

  @Field(() => String, { nullable: true })
  @Column('date', { nullable: true })
  dueDateAfter: string | null;

  @Field(() => ID, { nullable: true, description: '操作人（定时任务或日历调整时为空）' })
  @Column('uuid', { nullable: true })
  actorId: string | null;

  @Field(() => Date)
  @Column('timestamptz')
  at: Date;
}
