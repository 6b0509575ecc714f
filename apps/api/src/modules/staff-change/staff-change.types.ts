import { Field, ID, InputType } from 'type-graphql';
import type { StaffChangeKind } from '@gdp/domain';
import { PageOf } from '../../shared/graphql/pagination.js';
import { StaffChange } from './staff-change.entity.js';
import { StaffChangeKindEnum } from './staff-change.enums.js';

export const StaffChangePage = PageOf(StaffChange, 'StaffChangePage');

@InputType({ description: '人员变动' })
export class StaffChangeInput {
  @Field(() => String, { description: '变动日期 YYYY-MM-DD' })
  effectiveDate: string;

  @Field(() => StaffChangeKindEnum)
  kind: StaffChangeKind;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => String)
  personName: string;

  @Field(() => ID, { nullable: true })
  userId?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: '文号' })
  documentNumber?: string | null;
}

@InputType()
export class StaffChangeFilter {
  @Field(() => String, { nullable: true, description: '姓名或文号包含' })
  q?: string;

  @Field(() => ID, { nullable: true })
  departmentId?: string;

  @Field(() => StaffChangeKindEnum, { nullable: true })
  kind?: StaffChangeKind;

  @Field(() => ID, { nullable: true })
  userId?: string;

  @Field(() => String, { nullable: true, description: '变动日期不早于（YYYY-MM-DD，含当日）' })
  dateFrom?: string;

  @Field(() => String, { nullable: true, description: '变动日期不晚于（YYYY-MM-DD，含当日）' })
  dateTo?: string;

  @Field(() => [ID], { nullable: true })
  ids?: string[];
}
