import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import {
  CASE_KINDS,
  STAFF_NOTIFICATION_KINDS,
  TASK_KINDS,
  TASK_STATES,
  type CaseKind,
  type StaffNotificationKind,
  type TaskAction,
  type TaskKind,
  type TaskState,
} from '@gdp/domain';
import { oneOf } from '../../db/sql-checks.js';
import { CaseKindEnum } from '../deadline/deadline.enums.js';
import { Deadline } from '../deadline/deadline.entity.js';
import { Department } from '../organisation/department.entity.js';
import { User } from '../organisation/user.entity.js';
import { StaffNotificationKindEnum, TaskActionEnum, TaskKindEnum, TaskStateEnum } from './task.enums.js';

/**
 * One task of the registry (待办, SPEC §2.3c): someone must do `kind` about the record (caseKind, caseId)
 * by `dueDate`. Held by its assignee, or — unassigned — waiting in its department's queue. Modules open
 * and close their tasks; at most one task of a kind is open per record (the partial unique index).
 * Tasks are closed or cancelled, never deleted: notifications and audit rows point to them.
 */
@ObjectType({ description: '待办' })
@Entity('task')
@Check('CHK_task_kind', oneOf('kind', TASK_KINDS))
@Check('CHK_task_case_kind', oneOf('case_kind', CASE_KINDS))
@Check('CHK_task_state', oneOf('state', TASK_STATES))
@Index('UQ_task_open_case', ['kind', 'caseId'], { unique: true, where: `"state" = 'OPEN'` })
@Index('IDX_task_assignee_state', ['assigneeId', 'state'])
@Index('IDX_task_department_state', ['departmentId', 'state'])
@Index('IDX_task_state_due', ['state', 'dueDate'])
@Index('IDX_task_deadline', ['deadlineId'])
export class Task {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => TaskKindEnum, { description: '待办类型' })
  @Column('varchar', { length: 40 })
  kind: TaskKind;

  @Field(() => CaseKindEnum, { description: '所涉事项类型' })
  @Column('varchar', { length: 24 })
  caseKind: CaseKind;

  @Field(() => ID, { description: '所涉事项编号' })
  @Column('uuid')
  caseId: string;

  @Field(() => String, { description: '事项（案件编号和标题，不含个人信息）' })
  @Column('varchar', { length: 200 })
  title: string;

  @Field(() => ID, { nullable: true, description: '承办人（为空：在处室待分派）' })
  @Column('uuid', { nullable: true })
  assigneeId: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignee_id' })
  assignee?: Relation<User>;

  @Field(() => ID, { nullable: true, description: '承办处室（为空：局层面）' })
  @Column('uuid', { nullable: true })
  departmentId: string | null;

  @ManyToOne(() => Department, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: Relation<Department>;

  @Field(() => ID, { nullable: true, description: '办理时限（截止日随之变动）' })
  @Column('uuid', { nullable: true })
  deadlineId: string | null;

  @ManyToOne(() => Deadline, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deadline_id' })
  deadline?: Relation<Deadline>;

  @Field(() => String, { nullable: true, description: '截止日（YYYY-MM-DD；时限暂停计时中为空）' })
  @Column('date', { nullable: true })
  dueDate: string | null;

  @Field(() => TaskStateEnum)
  @Column('varchar', { length: 16 })
  state: TaskState;

  @Field(() => Date)
  @Column('timestamptz')
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: '最近一次分派或退回处室的时间' })
  @Column('timestamptz', { nullable: true })
  assignedAt: Date | null;

  @Field(() => ID, { nullable: true, description: '最近一次分派或退回处室的操作人' })
  @Column('uuid', { nullable: true })
  assignedById: string | null;

  @Field(() => Date, { nullable: true, description: '办结或撤销时间' })
  @Column('timestamptz', { nullable: true })
  closedAt: Date | null;

  @Field(() => ID, { nullable: true, description: '办结或撤销的操作人' })
  @Column('uuid', { nullable: true })
  closedById: string | null;

  @Field(() => Int, { description: '版本号（乐观锁）' })
  @VersionColumn()
  version: number;

  // Computed for the reader on the Asia/Shanghai date of the request (not persisted).

  @Field(() => Int, {
    nullable: true,
    description: '剩余工作日（截止日当天为 0，逾期为负数；无截止日时为空）',
  })
  workingDaysLeft?: number | null;

  @Field(() => Boolean, { description: '已逾期' })
  isOverdue?: boolean;

  @Field(() => [TaskActionEnum], { description: '当前用户可执行的操作' })
  availableActions?: TaskAction[];
}

/**
 * An in-app notification for one member of staff (SPEC §2.3c). `onDate` is the day it concerns — the day
 * of the event for a new or handed-over task, the due date reminded of for a reminder — so that one
 * event or one scheduled reminder, however often it runs, notifies a person once (the unique index).
 */
@ObjectType({ description: '工作人员通知' })
@Entity('staff_notification')
@Check('CHK_staff_notification_kind', oneOf('kind', STAFF_NOTIFICATION_KINDS))
@Index('UQ_staff_notification_once', ['userId', 'taskId', 'kind', 'onDate'], { unique: true })
@Index('IDX_staff_notification_user_created', ['userId', 'createdAt'])
@Index('IDX_staff_notification_task', ['taskId'])
export class StaffNotification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  userId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Field(() => StaffNotificationKindEnum)
  @Column('varchar', { length: 24 })
  kind: StaffNotificationKind;

  @Field(() => ID, { description: '所涉待办' })
  @Column('uuid')
  taskId: string;

  @ManyToOne(() => Task, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'task_id' })
  task?: Relation<Task>;

  @Field(() => String, { description: '待办事项（不含个人信息）' })
  @Column('varchar', { length: 200 })
  title: string;

  @Field(() => String, { description: '所涉日期：新待办、转交为发生之日，提醒为所提醒的截止日' })
  @Column('date')
  onDate: string;

  @Field(() => Date)
  @Column('timestamptz')
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: '已读时间（未读为空）' })
  @Column('timestamptz', { nullable: true })
  readAt: Date | null;

  @Field(() => TaskKindEnum, { description: '待办类型' })
  get taskKind(): TaskKind | undefined {
    return this.task?.kind;
  }

  @Field(() => CaseKindEnum, { description: '所涉事项类型' })
  get caseKind(): CaseKind | undefined {
    return this.task?.caseKind;
  }

  @Field(() => ID, { description: '所涉事项编号' })
  get caseId(): string | undefined {
    return this.task?.caseId;
  }

  @Field(() => String, { nullable: true, description: '待办当前的截止日' })
  get dueDate(): string | null | undefined {
    return this.task?.dueDate;
  }

  @Field(() => TaskStateEnum, { description: '待办当前的状态' })
  get taskState(): TaskState | undefined {
    return this.task?.state;
  }
}
