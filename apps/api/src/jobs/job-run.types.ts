import { Field, InputType } from 'type-graphql';
import type { JobRunOutcome } from '@gdp/domain';
import { PageOf } from '../shared/graphql/pagination.js';
import { JobRun } from './job-run.entity.js';
import { JobRunOutcomeEnum } from './job-run.enums.js';

export const JobRunPage = PageOf(JobRun, 'JobRunPage');

@InputType({ description: '定时任务执行记录筛选' })
export class JobRunFilter {
  @Field(() => String, { nullable: true, description: '任务代码（如 deadline.mark-overdue）' })
  jobName?: string | null;

  @Field(() => JobRunOutcomeEnum, { nullable: true })
  outcome?: JobRunOutcome | null;
}
