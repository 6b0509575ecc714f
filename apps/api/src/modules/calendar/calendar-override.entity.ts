import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { CALENDAR_OVERRIDE_KINDS, type CalendarOverrideKind } from '@gdp/domain';
import { oneOf } from '../../db/sql-checks.js';
import { CalendarOverrideKindEnum } from './calendar.enums.js';

/**
 * A bureau override of one day (SPEC §2.3): a day off or a make-up working day that wins over the
 * official data — e.g. the State Council's arrangement for a year the holiday package does not know
 * yet. Removed overrides are deactivated, never deleted (audit rows point to them).
 */
@ObjectType({ description: '节假日调整（本局维护，优先于官方数据）' })
@Entity('calendar_override')
@Check('CHK_calendar_override_kind', oneOf('kind', CALENDAR_OVERRIDE_KINDS))
export class CalendarOverride {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: '日期（YYYY-MM-DD）' })
  @Column('date', { unique: true })
  date: string;

  @Field(() => CalendarOverrideKindEnum)
  @Column('varchar', { length: 8 })
  kind: CalendarOverrideKind;

  @Field(() => String, { description: '说明（如：国庆节、国庆调休上班）' })
  @Column('varchar', { length: 100 })
  note: string;

  @Field(() => Boolean)
  @Column('boolean', { default: true })
  isActive: boolean;

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

/** A year without official data whose State Council arrangement the bureau has entered completely. */
@ObjectType({ description: '已确认的年度节假日安排' })
@Entity('calendar_confirmed_year')
export class CalendarConfirmedYear {
  @Field(() => Int)
  @Column('integer', { primary: true })
  year: number;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  confirmedById: string | null;

  @Field(() => Date)
  @Column('timestamptz')
  confirmedAt: Date;
}
