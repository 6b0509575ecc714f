import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn, type Relation } from 'typeorm';
import { Department } from './department.entity.js';

@Entity('app_user')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-case; unique. */
  @Column('varchar', { length: 32, unique: true })
  username: string;

  @Column('varchar', { length: 32 })
  displayName: string;

  @Index()
  @Column('uuid', { nullable: true })
  departmentId: string | null;

  @ManyToOne(() => Department, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: Relation<Department>;

  @Column('varchar', { length: 32, nullable: true })
  phone: string | null;

  @Column('varchar', { length: 128, nullable: true })
  email: string | null;

  @Column('varchar', { length: 255 })
  passwordHash: string;

  @Column('boolean', { default: true })
  mustChangePassword: boolean;

  @Column('timestamptz', { nullable: true })
  passwordChangedAt: Date | null;

  @Column('varchar', { length: 64, nullable: true })
  totpSecret: string | null;

  /** Secret offered during enrolment, confirmed by a first valid code. */
  @Column('varchar', { length: 64, nullable: true })
  totpPendingSecret: string | null;

  @Column('boolean', { default: false })
  totpEnabled: boolean;

  /** The last 30-second step whose code was accepted: older and equal steps are refused (no replay). */
  @Column('int', { nullable: true })
  totpLastStep: number | null;

  /** Demo users exist only in demo mode and skip the forced change and the second factor. */
  @Column('boolean', { default: false })
  isDemo: boolean;

  @Column('boolean', { default: true })
  isActive: boolean;

  @VersionColumn()
  version: number;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz')
  updatedAt: Date;
}
