import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ACCESS_RULES, SCHEDULED_JOB_LABELS, describeJobSchedule, type ScheduledJob } from '@gdp/domain';
import type { RequestContext } from '../context.js';
import { Access } from '../shared/access/access.decorator.js';
import { PageInput } from '../shared/graphql/pagination.js';
import { JobRun } from './job-run.entity.js';
import { findJobRuns } from './job-run.queries.js';
import { JobRunFilter, JobRunPage } from './job-run.types.js';

@Resolver(() => JobRun)
export class JobRunResolver {
  @Query(() => JobRunPage, { description: '定时任务执行记录（最新在前）' })
  @Access(ACCESS_RULES['Query.jobRuns'])
  jobRuns(
    @Ctx() context: RequestContext,
    @Arg('filter', () => JobRunFilter, { nullable: true }) filter?: JobRunFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return findJobRuns(context.services.db.dataSource.manager, filter, page);
  }

  @FieldResolver(() => ID, { description: '记录标识（任务代码/时段）' })
  id(@Root() run: JobRun): string {
    return `${run.jobName}/${run.slot}`;
  }

  @FieldResolver(() => String, { description: '任务名称' })
  label(@Root() run: JobRun, @Ctx() context: RequestContext): string {
    const job = context.services.jobs.find((candidate) => candidate.name === run.jobName);
    if (job) return job.label;
    // A job this process does not run (switched off here, or retired): the domain may still name it.
    return Object.hasOwn(SCHEDULED_JOB_LABELS, run.jobName)
      ? SCHEDULED_JOB_LABELS[run.jobName as ScheduledJob]
      : run.jobName;
  }

  @FieldResolver(() => String, { nullable: true, description: '执行计划（任务已不再运行时为空）' })
  schedule(@Root() run: JobRun, @Ctx() context: RequestContext): string | null {
    const job = context.services.jobs.find((candidate) => candidate.name === run.jobName);
    return job ? describeJobSchedule(job.schedule) : null;
  }
}
