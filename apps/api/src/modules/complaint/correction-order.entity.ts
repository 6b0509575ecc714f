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
import { COMPLAINT_LIMITS, CORRECTION_ORDER_STATES, type CorrectionOrderState } from '@gdp/domain';
import { oneOf } from '../../db/sql-checks.js';
import { Department } from '../organisation/department.entity.js';
import { User } from '../organisation/user.entity.js';
import { Complaint } from './complaint.entity.js';
import { CorrectionOrderStateEnum } from './complaint.enums.js';

/**
 * An order to correct (责令改正) given to a department by a complaint's findings [seed §11-2]. The head of
 * that department sees it — the requirement, the due date and the case number — and nothing else of the
 * complaint; they report the correction, a complaint handler verifies it. Never deleted.
 */
@ObjectType({ description: '责令改正事项（被责令处室只见整改要求、期限和案件编号）' })
@Entity('correction_order')
@Check('CHK_correction_order_state', oneOf('state', CORRECTION_ORDER_STATES))
@Index('IDX_correction_order_complaint', ['complaintId'])
@Index('IDX_correction_order_department_state', ['departmentId', 'state'])
export class CorrectionOrder {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: '所属投诉举报' })
  @Column('uuid')
  complaintId: string;

  @ManyToOne(() => Complaint, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'complaint_id' })
  complaint?: Relation<Complaint>;

  @Field(() => ID, { description: '被责令改正的处室' })
  @Column('uuid')
  departmentId: string;

  @ManyToOne(() => Department, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: Relation<Department>;

  @Field(() => String, { description: '整改要求（不含投诉举报人身份）' })
  @Column('varchar', { length: COMPLAINT_LIMITS.requirement })
  requirement: string;

  @Field(() => String, { description: '整改期限' })
  @Column('date')
  dueDate: string;

  @Field(() => CorrectionOrderStateEnum, { description: '状态' })
  @Column('varchar', { length: 16 })
  state: CorrectionOrderState;

  @Field(() => String, { nullable: true, description: '整改情况报告' })
  @Column('varchar', { length: COMPLAINT_LIMITS.reportText, nullable: true })
  reportText: string | null;

  @Field(() => Date, { nullable: true, description: '报告时间' })
  @Column('timestamptz', { nullable: true })
  reportedAt: Date | null;

  @Field(() => ID, { nullable: true, description: '报告人' })
  @Column('uuid', { nullable: true })
  reportedById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reported_by_id' })
  reportedBy?: Relation<User>;

  @Field(() => Date, { nullable: true, description: '核实时间' })
  @Column('timestamptz', { nullable: true })
  verifiedAt: Date | null;

  @Field(() => ID, { nullable: true, description: '核实人' })
  @Column('uuid', { nullable: true })
  verifiedById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'verified_by_id' })
  verifiedBy?: Relation<User>;

  @Field(() => Int, { description: '版本号（乐观锁）' })
  @VersionColumn()
  version: number;

  @Field(() => Date)
  @Column('timestamptz')
  createdAt: Date;

  @Field(() => Date)
  @Column('timestamptz')
  updatedAt: Date;

  /** The complaint's case number, read with the order (never a column here: the complaint keeps it). */
  caseNumber?: string;
}
