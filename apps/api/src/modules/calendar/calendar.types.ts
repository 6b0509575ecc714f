import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { CalendarOverrideKind, DayStatusSource } from '@gdp/domain';
import { PageOf } from '../../shared/graphql/pagination.js';
import { Deadline } from '../deadline/deadline.entity.js';
import { CalendarOverride } from './calendar-override.entity.js';
import { CalendarOverrideKindEnum, DayStatusSourceEnum } from './calendar.enums.js';

export const CalendarOverridePage = PageOf(CalendarOverride, 'CalendarOverridePage');

@ObjectType({ description: '某一天的安排' })
export class CalendarDay {
  @Field(() => String)
  date: string;

  @Field(() => Boolean)
  isWorkingDay: boolean;

  @Field(() => DayStatusSourceEnum, { description: '依据' })
  source: DayStatusSource;

  @Field(() => String, { nullable: true, description: '节日名称或调整说明' })
  name: string | null;
}

@ObjectType({ description: '一年的工作日安排' })
export class CalendarYear {
  @Field(() => Int)
  year: number;

  @Field(() => Boolean, { description: '节假日数据包含该年的国务院办公厅安排' })
  hasOfficialData: boolean;

  @Field(() => Boolean, { description: '本局已录入并确认该年安排' })
  isConfirmed: boolean;

  @Field(() => Boolean, { description: '待确认：节日按法定规则推算，涉及该年的时限均标为暂定' })
  isProvisional: boolean;

  @Field(() => Date, { nullable: true })
  confirmedAt: Date | null;

  @Field(() => Int, { description: '工作日天数' })
  workingDays: number;

  @Field(() => [CalendarDay], { description: '非工作日和调休上班日（普通工作日、普通周末不列出）' })
  specialDays: CalendarDay[];
}

@ObjectType({ description: '因节假日调整而变动的时限' })
export class DeadlineMove {
  @Field(() => Deadline)
  deadline: Deadline;

  @Field(() => String, { nullable: true })
  dueDateBefore: string | null;

  @Field(() => String, { nullable: true })
  dueDateAfter: string | null;

  @Field(() => Boolean)
  provisionalBefore: boolean;

  @Field(() => Boolean)
  provisionalAfter: boolean;
}

@ObjectType({ description: '节假日调整的结果：调整本身和因此变动的计时中时限' })
export class CalendarChange {
  @Field(() => CalendarOverride, { nullable: true })
  override: CalendarOverride | null;

  @Field(() => CalendarYear)
  year: CalendarYear;

  @Field(() => [DeadlineMove])
  movedDeadlines: DeadlineMove[];
}

@InputType({ description: '节假日调整' })
export class CalendarOverrideInput {
  @Field(() => String, { description: '日期 YYYY-MM-DD' })
  date: string;

  @Field(() => CalendarOverrideKindEnum)
  kind: CalendarOverrideKind;

  @Field(() => String)
  note: string;
}

@InputType({ description: '修改节假日调整（日期不可改：改日期即另一项调整）' })
export class CalendarOverrideChangeInput {
  @Field(() => CalendarOverrideKindEnum)
  kind: CalendarOverrideKind;

  @Field(() => String)
  note: string;
}

@InputType()
export class CalendarOverrideFilter {
  @Field(() => Int, { nullable: true })
  year?: number;

  @Field(() => Boolean, { nullable: true })
  isActive?: boolean;

  @Field(() => [ID], { nullable: true })
  ids?: string[];
}
