import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { User } from '../organisation/user.entity.js';
import { Rule } from './rule.entity.js';

/**
 * One version of a rule's text. Versions are appended, never edited or deleted; only the latest one's
 * repeal date may be set or cleared later. Which version is current follows from the dates.
 */
@ObjectType({ description: '制度版本' })
@Entity('rule_version')
@Index(['ruleId', 'versionNumber'], { unique: true })
@Check('CHK_rule_version_number', '"version_number" >= 1')
@Check('CHK_rule_version_repeal_after_effective', '"repeal_date" IS NULL OR "repeal_date" > "effective_date"')
export class RuleVersion {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  ruleId: string;

  @ManyToOne(() => Rule, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'rule_id' })
  rule?: Relation<Rule>;

  @Field(() => Int, { description: '版本序号（从 1 开始）' })
  @Column('int')
  versionNumber: number;

  @Field(() => String, { description: '制度全文' })
  @Column('text')
  text: string;

  @Field(() => String, { description: '施行日期（YYYY-MM-DD）' })
  @Column('date')
  effectiveDate: string;

  @Field(() => String, { nullable: true, description: '废止日期（YYYY-MM-DD，当日起失效）' })
  @Column('date', { nullable: true })
  repealDate: string | null;

  @Field(() => String, { nullable: true, description: '版本说明' })
  @Column('varchar', { length: 500, nullable: true })
  note: string | null;

  @Field(() => ID, { nullable: true, description: '录入人（系统载入的为空）' })
  @Column('uuid', { nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<User>;

  @Field(() => Date)
  @Column('timestamptz')
  createdAt: Date;

  @Field(() => Date)
  @Column('timestamptz')
  updatedAt: Date;
}
