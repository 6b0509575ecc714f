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
import { RULE_CATEGORIES, type RuleCategory } from '@gdp/domain';
import { oneOf } from '../../db/sql-checks.js';
import { User } from '../organisation/user.entity.js';

/**
 * A rule of the library (制度, ledger item 2 [seed §9-3(2)]): its metadata; the texts are its versions.
 * Rules are deactivated, never deleted (the database refuses it).
 */
@Entity('rule')
@Check('CHK_rule_category', oneOf('category', RULE_CATEGORIES))
@Index(['issuingBody', 'title'], { unique: true })
export class Rule {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('varchar', { length: 128 })
  title: string;

  @Column('varchar', { length: 128 })
  issuingBody: string;

  @Column('varchar', { length: 32 })
  category: RuleCategory;

  @Column('varchar', { length: 64, nullable: true })
  documentNumber: string | null;

  /** Set on rules shipped as demo data (the seed's 11 rules), so a restart never adds them twice. */
  @Column('varchar', { length: 64, nullable: true, unique: true })
  seedKey: string | null;

  @Column('boolean', { default: true })
  isActive: boolean;

  /** Null for rules loaded by the system (demo data). */
  @Column('uuid', { nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<User>;

  @VersionColumn()
  version: number;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz')
  updatedAt: Date;
}
