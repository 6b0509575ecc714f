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
import { STAFF_CHANGE_KINDS, type StaffChangeKind } from '@gdp/domain';
import { oneOf } from '../../db/sql-checks.js';
import { Department } from '../organisation/department.entity.js';
import { User } from '../organisation/user.entity.js';
import { StaffChangeKindEnum } from './staff-change.enums.js';

/**
 * 分管领导或工作人员变动情况 — ledger item 1 [seed §9-3(1)]. A ledger record: never deleted (the database
 * refuses it); a mistake is corrected by an update, which the audit log keeps.
 */
@ObjectType({ description: '分管领导或工作人员变动（工作台账第一项）' })
@Entity('staff_change')
@Check('CHK_staff_change_kind', oneOf('kind', STAFF_CHANGE_KINDS))
@Index(['effectiveDate'])
export class StaffChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: '变动日期（YYYY-MM-DD）' })
  @Column('date')
  effectiveDate: string;

  @Field(() => StaffChangeKindEnum, { description: '变动类型' })
  @Column('varchar', { length: 24 })
  kind: StaffChangeKind;

  @Field(() => ID, { nullable: true, description: '所涉处室（局层面的变动可不填）' })
  @Index()
  @Column('uuid', { nullable: true })
  departmentId: string | null;

  @ManyToOne(() => Department, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: Relation<Department>;

  @Field(() => String, { description: '人员姓名（可为系统外人员）' })
  @Column('varchar', { length: 32 })
  personName: string;

  @Field(() => ID, { nullable: true, description: '关联的系统用户' })
  @Index()
  @Column('uuid', { nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Field(() => String, { nullable: true, description: '变动说明' })
  @Column('varchar', { length: 2000, nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: '文号' })
  @Column('varchar', { length: 64, nullable: true })
  documentNumber: string | null;

  @Field(() => ID, { description: '登记人' })
  @Column('uuid')
  recordedById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_id' })
  recordedBy?: Relation<User>;

  @Field(() => Date, { description: '登记时间' })
  @Column('timestamptz')
  recordedAt: Date;

  @Field(() => ID, { nullable: true, description: '最后更正人' })
  @Column('uuid', { nullable: true })
  updatedById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'updated_by_id' })
  updatedBy?: Relation<User>;

  @Field(() => Date, { description: '最后修改时间' })
  @Column('timestamptz')
  updatedAt: Date;

  @Field(() => Int, { description: '版本号（乐观锁）' })
  @VersionColumn()
  version: number;
}
