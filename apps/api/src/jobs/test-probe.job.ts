import type { EntityManager } from 'typeorm';
import type { JobDefinition } from './job-definition.js';
import { REPLICA_NAME } from './job-runner.js';

/**
 * A job for tests of the scheduler itself (JOBS_TEST_PROBE=true, honoured only with NODE_ENV=test): every
 * second it records one effect row naming its slot and the process that ran it. The test creates the
 * table; in any other database the job fails harmlessly. Its short pause keeps the claim open long enough
 * for another replica's claim of the same slot to wait on it.
 */
export const TEST_PROBE_JOB_NAME = 'test.probe';

export const TEST_PROBE_TABLE_SQL = `CREATE TABLE IF NOT EXISTS "job_probe_effect" (
  "job_name" varchar(64) NOT NULL,
  "slot" varchar(32) NOT NULL,
  "replica" varchar(128) NOT NULL,
  "at" timestamptz NOT NULL DEFAULT now()
)`;

export const testProbeJob: JobDefinition = {
  name: TEST_PROBE_JOB_NAME,
  label: '调度测试探针',
  schedule: { kind: 'interval', seconds: 1 },
  async run(manager, _services, { jobName, slot }) {
    await recordProbeEffect(manager, jobName, slot);
    await manager.query('SELECT pg_sleep(0.05)');
    return { effects: 1 };
  },
};

/** One effect row: what the test counts per slot (the run history alone would not show a double run's work). */
export async function recordProbeEffect(
  manager: EntityManager,
  jobName: string,
  slot: string,
): Promise<void> {
  await manager.query('INSERT INTO "job_probe_effect" ("job_name", "slot", "replica") VALUES ($1, $2, $3)', [
    jobName,
    slot,
    REPLICA_NAME,
  ]);
}
