import type { EntityManager } from 'typeorm';
import { JOB_NAME_MAX, badInput } from '@gdp/domain';
import { pageWindow, type Page, type PageInput } from '../shared/graphql/pagination.js';
import { JobRun } from './job-run.entity.js';
import type { JobRunFilter } from './job-run.types.js';

/**
 * The run history, newest first. Runs hold no business content (counts and error classes), so the
 * settings permission on the root field is the whole scope.
 */
export async function findJobRuns(
  manager: EntityManager,
  filter: JobRunFilter = {},
  page?: PageInput,
): Promise<Page<JobRun>> {
  const { offset, limit } = pageWindow(page);
  const jobName = filter.jobName?.trim();
  if (jobName && jobName.length > JOB_NAME_MAX) {
    throw badInput('JOB_RUN.FILTER_INVALID', '任务代码过长', {
      jobName: [`任务代码最多 ${JOB_NAME_MAX} 个字符`],
    });
  }
  const query = manager.getRepository(JobRun).createQueryBuilder('run');
  if (jobName) query.andWhere('run.jobName = :jobName', { jobName });
  if (filter.outcome) query.andWhere('run.outcome = :outcome', { outcome: filter.outcome });
  const [items, total] = await query
    .orderBy('run.startedAt', 'DESC')
    .addOrderBy('run.jobName', 'ASC')
    .addOrderBy('run.slot', 'DESC')
    .skip(offset)
    .take(limit)
    .getManyAndCount();
  return { items, total };
}
