import type { EntityManager } from 'typeorm';
import { addCalendarDays, shanghaiDateOf } from '@gdp/domain';
import { JobRun } from './job-run.entity.js';

/**
 * Successful runs of frequent jobs (every minute: 1,440 rows a day) are kept this many days; runs of daily
 * jobs and every failure stay as long as the database does.
 */
export const FREQUENT_JOB_RUN_RETENTION_DAYS = 30;

/** Deletes old successful runs of the named (frequent) jobs; returns how many went. */
export async function purgeFrequentJobRuns(
  manager: EntityManager,
  now: Date,
  jobNames: readonly string[],
): Promise<number> {
  if (jobNames.length === 0) return 0;
  // Slots of frequent jobs start with their Asia/Shanghai date, so the cut-off compares as text.
  const cutoff = addCalendarDays(shanghaiDateOf(now), -FREQUENT_JOB_RUN_RETENTION_DAYS);
  const result = await manager
    .createQueryBuilder()
    .delete()
    .from(JobRun)
    .where('job_name IN (:...jobNames)', { jobNames })
    .andWhere('outcome = :outcome', { outcome: 'SUCCEEDED' })
    .andWhere('slot < :cutoff', { cutoff })
    .execute();
  return result.affected ?? 0;
}
