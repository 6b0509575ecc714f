import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import {
  DEADLINE_STANDINGS,
  DEADLINE_STANDING_LABELS,
  type CaseKind,
  type DeadlineKind,
  type DeadlineStanding,
  type DeadlineState,
} from '@gdp/domain';
import { PageOf } from '../../shared/graphql/pagination.js';
import { enumFrom } from '../../shared/graphql/domain-enum.js';
import { Deadline } from './deadline.entity.js';
import { CaseKindEnum, DeadlineKindEnum, DeadlineStateEnum } from './deadline.enums.js';

export const DeadlinePage = PageOf(Deadline, 'DeadlinePage');

export const DeadlineStandingEnum = enumFrom('DeadlineStanding', DEADLINE_STANDINGS, DEADLINE_STANDING_LABELS);

@InputType()
export class DeadlineFilter {
  @Field(() => ID, { nullable: true, description: '承办处室' })
  departmentId?: string;

  @Field(() => ID, { nullable: true, description: '承办人' })
  assigneeId?: string;

  @Field(() => DeadlineKindEnum, { nullable: true })
  kind?: DeadlineKind;

  @Field(() => CaseKindEnum, { nullable: true })
  caseKind?: CaseKind;

  @Field(() => DeadlineStateEnum, { nullable: true, description: '状态（默认：计时中；按 ids 查找时不限）' })
  state?: DeadlineState;

  @Field(() => DeadlineStandingEnum, { nullable: true, description: '计时中的时限今天所处情况' })
  standing?: DeadlineStanding;

  @Field(() => Boolean, { nullable: true, description: '截止日涉及未确认的年度' })
  isProvisional?: boolean;

  @Field(() => String, { nullable: true, description: '截止日不早于' })
  dueFrom?: string;

  @Field(() => String, { nullable: true, description: '截止日不晚于' })
  dueTo?: string;

  @Field(() => ID, { nullable: true })
  caseId?: string;

  @Field(() => [ID], { nullable: true })
  ids?: string[];
}

@ObjectType({ description: '按处室或承办人的时限统计' })
export class DeadlineCount {
  @Field(() => ID, { nullable: true, description: '处室或承办人（为空：未指定）' })
  key: string | null;

  @Field(() => Int, { description: '计时中' })
  open: number;

  @Field(() => Int)
  overdue: number;

  @Field(() => Int)
  dueSoon: number;

  @Field(() => Int)
  suspended: number;

  @Field(() => Int)
  provisional: number;
}

@ObjectType({ description: '时限总览' })
export class DeadlineSummary {
  @Field(() => String, { description: '统计日期' })
  today: string;

  @Field(() => String, { description: '「即将到期」的截止日上限（含）' })
  dueSoonUntil: string;

  @Field(() => DeadlineCount, { description: '合计' })
  total: DeadlineCount;

  @Field(() => [DeadlineCount])
  byDepartment: DeadlineCount[];

  @Field(() => [DeadlineCount])
  byAssignee: DeadlineCount[];
}
