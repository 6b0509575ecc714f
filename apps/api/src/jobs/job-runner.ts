import os from 'node:os';
import type { EntityManager } from 'typeorm';
import { dueJobSlot } from '@gdp/domain';
import { isConnectionError, isStatementTimeout } from '../db/database.js';
import type { AppServices } from '../services.js';
import type { JobDefinition, JobSlotContext } from './job-definition.js';
import type { JobSummary } from './job-run.entity.js';

/**
 * Scheduled jobs run once across replicas through a table, not a lock service (SPEC §1 Scale-out):
 * each replica checks every job on its own timer; for a due slot it inserts the `job_run` row
 * (job, slot) with ON CONFLICT DO NOTHING and runs the job only if its insert took the row — in the same
 * transaction, so the job's writes and the record of the run commit together. A second replica's insert
 * waits for the first transaction: if it commits, the insert does nothing and the slot is skipped; if it
 * rolls back (the process died, the connection broke), the row is gone and the slot runs again at the
 * next check. This works unchanged on PostgreSQL and on the embedded database (one connection, where
 * pg-boss or session advisory locks cannot live), and leaves a history the system administrator reads.
 */

/** Which process ran a slot: shown in the run history. */
export const REPLICA_NAME = `${os.hostname()}:${process.pid}`.slice(0, 128);

/** How long a claim waits behind another replica still running the same slot before trying later. */
const CLAIM_LOCK_TIMEOUT_MS = 2_000;

export type JobOutcome =
  /** This process ran the slot and recorded it. */
  | 'SUCCEEDED'
  /** This process ran the slot; the job failed and its FAILED record was written (or tried). */
  | 'FAILED'
  /** The slot was already taken: another replica ran it or is running it. */
  | 'SKIPPED'
  /** Nothing recorded (database unreachable, or another replica is still running it): tried again later. */
  | 'DEFERRED';

export interface JobTickResult {
  jobName: string;
  slot: string;
  outcome: JobOutcome;
}

/**
 * One check of every job: runs each job's current slot if no replica has. Jobs run one after another.
 * Tests call this directly with a ManualClock; the ticker calls it on a timer.
 */
export async function runDueJobs(
  services: AppServices,
  options: { shouldStop?: () => boolean } = {},
): Promise<JobTickResult[]> {
  const results: JobTickResult[] = [];
  for (const job of services.jobs) {
    if (options.shouldStop?.()) break;
    const now = services.clock.now();
    const slot = dueJobSlot(job.schedule, now);
    const context: JobSlotContext = { jobName: job.name, slot, now };
    const outcome = job.ownTransactions
      ? await runOwnTransactions(services, job, context)
      : await runInClaim(services, job, context);
    results.push({ jobName: job.name, slot, outcome });
  }
  return results;
}

async function runInClaim(
  services: AppServices,
  job: JobDefinition,
  context: JobSlotContext,
): Promise<JobOutcome> {
  const { db, logger, clock } = services;
  let claimed = false;
  try {
    const ran = await db.dataSource.transaction(async (manager) => {
      if (db.kind === 'postgres') {
        // Only within this transaction (the embedded database has one connection and no concurrent claims).
        await manager.query(`SET LOCAL lock_timeout = ${CLAIM_LOCK_TIMEOUT_MS}`);
      }
      if (!(await claimSlot(manager, context, 'RUNNING', null, null))) return false;
      claimed = true;
      // The job's own statements wait for locks as any other work does.
      if (db.kind === 'postgres') await manager.query('SET LOCAL lock_timeout TO DEFAULT');
      const summary = await job.run(manager, services, context);
      await finishRun(manager, context, 'SUCCEEDED', clock.now(), summary);
      return true;
    });
    if (ran) logger.info({ job: job.name, slot: context.slot }, '定时任务已执行');
    return ran ? 'SUCCEEDED' : 'SKIPPED';
  } catch (error) {
    if (!claimed) return claimFailed(services, job, context, error);
    return recordFailure(services, job, context, error);
  }
}

async function runOwnTransactions(
  services: AppServices,
  job: JobDefinition,
  context: JobSlotContext,
): Promise<JobOutcome> {
  const { db, logger, clock } = services;
  const manager = db.dataSource.manager;
  let claimed: boolean;
  try {
    claimed = await claimSlot(manager, context, 'RUNNING', null, null);
  } catch (error) {
    return claimFailed(services, job, context, error);
  }
  if (!claimed) return 'SKIPPED';
  try {
    const summary = await job.run(manager, services, context);
    await finishRun(manager, context, 'SUCCEEDED', clock.now(), summary);
    logger.info({ job: job.name, slot: context.slot }, '定时任务已执行');
    return 'SUCCEEDED';
  } catch (error) {
    logFailure(services, job, context, error);
    await finishRun(manager, context, 'FAILED', clock.now(), failureSummary(error)).catch(
      (recordError: unknown) =>
        logger.error({ job: job.name, slot: context.slot, err: recordError }, '定时任务失败结果未能记录'),
    );
    return 'FAILED';
  }
}

/** Inserts the run's row unless the slot is taken; true when this call took it. */
async function claimSlot(
  manager: EntityManager,
  context: JobSlotContext,
  outcome: 'RUNNING' | 'FAILED',
  finishedAt: Date | null,
  summary: JobSummary | null,
): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `INSERT INTO "job_run" ("job_name", "slot", "started_at", "finished_at", "outcome", "summary", "replica")
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT ("job_name", "slot") DO NOTHING
     RETURNING "job_name"`,
    [
      context.jobName,
      context.slot,
      context.now,
      finishedAt,
      outcome,
      summary ? JSON.stringify(summary) : null,
      REPLICA_NAME,
    ],
  );
  return rows.length === 1;
}

async function finishRun(
  manager: EntityManager,
  context: JobSlotContext,
  outcome: 'SUCCEEDED' | 'FAILED',
  finishedAt: Date,
  summary: JobSummary,
): Promise<void> {
  await manager.query(
    `UPDATE "job_run" SET "outcome" = $3, "finished_at" = $4, "summary" = $5 WHERE "job_name" = $1 AND "slot" = $2`,
    [context.jobName, context.slot, outcome, finishedAt, JSON.stringify(summary)],
  );
}

function claimFailed(
  services: AppServices,
  job: JobDefinition,
  context: JobSlotContext,
  error: unknown,
): JobOutcome {
  // 55P03: the lock timeout — another replica holds the slot's uncommitted row, i.e. is running it now.
  const busy = errorCode(error) === '55P03';
  services.logger[busy ? 'debug' : 'warn'](
    { job: job.name, slot: context.slot, ...(busy ? {} : { err: error }) },
    busy ? '定时任务正由其他实例执行' : '定时任务未能开始，稍后重试',
  );
  return 'DEFERRED';
}

/**
 * The job failed and its transaction rolled back (its writes and its claim are gone). A failure of the
 * job itself is recorded FAILED in a transaction of its own, so the slot is not retried and the
 * administrator sees it; a lost database connection records nothing, so the next check retries the slot.
 */
async function recordFailure(
  services: AppServices,
  job: JobDefinition,
  context: JobSlotContext,
  error: unknown,
): Promise<JobOutcome> {
  logFailure(services, job, context, error);
  if (isConnectionError(error) && !isStatementTimeout(error)) return 'DEFERRED';
  try {
    await services.db.dataSource.transaction((manager) =>
      // DO NOTHING: another replica may have taken the slot since the rollback and run it successfully.
      claimSlot(manager, context, 'FAILED', services.clock.now(), failureSummary(error)),
    );
  } catch (recordError) {
    services.logger.error(
      { job: job.name, slot: context.slot, err: recordError },
      '定时任务失败结果未能记录',
    );
  }
  return 'FAILED';
}

function logFailure(
  services: AppServices,
  job: JobDefinition,
  context: JobSlotContext,
  error: unknown,
): void {
  // The logger redacts bound parameters and row details of query errors: no personal data reaches the log.
  services.logger.error({ job: job.name, slot: context.slot, err: error }, '定时任务执行失败');
}

/** What the run history keeps of an error: its class and code, never its message (it may quote data). */
function failureSummary(error: unknown): JobSummary {
  const record = (error ?? {}) as { name?: unknown; reason?: unknown };
  const code = errorCode(error);
  return {
    error: typeof record.name === 'string' ? record.name.slice(0, 64) : 'Error',
    ...(typeof record.reason === 'string' ? { reason: record.reason.slice(0, 64) } : {}),
    ...(code ? { code } : {}),
  };
}

function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth += 1) {
    const record = current as { code?: unknown; driverError?: unknown; cause?: unknown };
    if (typeof record.code === 'string' && /^[0-9A-Z]{5}$/.test(record.code)) return record.code;
    current = record.driverError ?? record.cause;
  }
  return undefined;
}

export interface JobTicker {
  /** Stops the timer and waits for a check in progress to finish. */
  stop(): Promise<void>;
}

/**
 * Checks the jobs every `tickMs`, the first time at once (a run missed while no server was up happens
 * now). A check never overlaps the previous one in this process: the next is scheduled when one ends.
 * The timer does not keep the process alive.
 */
export function startJobTicker(services: AppServices, tickMs: number): JobTicker {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<unknown> = Promise.resolve();
  const tick = () => {
    current = runDueJobs(services, { shouldStop: () => stopped })
      .catch((error: unknown) => services.logger.error({ err: error }, '定时任务检查失败'))
      .finally(() => {
        if (!stopped) schedule(tickMs);
      });
  };
  const schedule = (delay: number) => {
    timer = setTimeout(tick, delay);
    timer.unref();
  };
  schedule(0);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
