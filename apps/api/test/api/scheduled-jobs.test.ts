/**
 * Scheduled jobs run once across API replicas (SPEC §1 Scale-out): every replica checks the jobs, the
 * `job_run` row (job, slot) decides which one runs a slot. Jobs here are test jobs registered through
 * `extraJobs`, so the scheduler is tested apart from the product's jobs; each records an effect row
 * (`job_probe_effect`) in the run's transaction, which is what a double run would duplicate.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { SCHEDULED_JOBS } from '@gdp/domain';
import { loadConfig } from '../../src/config.js';
import type { JobDefinition } from '../../src/jobs/job-definition.js';
import { runDueJobs, REPLICA_NAME, type JobTickResult } from '../../src/jobs/job-runner.js';
import {
  recordProbeEffect,
  TEST_PROBE_JOB_NAME,
  TEST_PROBE_TABLE_SQL,
} from '../../src/jobs/test-probe.job.js';
import { API_MAIN, startApiProcess, type ApiProcess } from '../support/api-process.js';
import { createTestDatabase, currentBackend, type TestDatabase } from '../support/backend.js';
import { signedIn } from '../support/factories.js';
import { startTestApp, TEST_ENCRYPTION_KEY, type TestApp } from '../support/test-app.js';

interface RunRow {
  slot: string;
  outcome: string;
  replica: string;
  summary: Record<string, unknown> | null;
}

const runsOf = (dataSource: DataSource, jobName: string): Promise<RunRow[]> =>
  dataSource.query(
    'SELECT "slot", "outcome", "replica", "summary" FROM "job_run" WHERE "job_name" = $1 ORDER BY "slot"',
    [jobName],
  );

const effectsOf = async (dataSource: DataSource, jobName: string): Promise<string[]> =>
  (
    (await dataSource.query('SELECT "slot" FROM "job_probe_effect" WHERE "job_name" = $1 ORDER BY "slot"', [
      jobName,
    ])) as Array<{
      slot: string;
    }>
  ).map((row) => row.slot);

const outcomeOf = (results: JobTickResult[], jobName: string) =>
  results.find((result) => result.jobName === jobName);

/** A switch a test flips to make the next run of a job fail. */
class Fault {
  private pending: (() => Error) | null = null;
  failNextWith(error: () => Error): void {
    this.pending = error;
  }
  throwIfSet(): void {
    const make = this.pending;
    this.pending = null;
    if (make) throw make();
  }
}

const dailyFault = new Fault();
const connectionFault = new Fault();
const frequentFault = new Fault();

/** Daily at 09:00 Asia/Shanghai; the pause keeps its claim open so that a concurrent claim must wait on it. */
const dailyJob: JobDefinition = {
  name: 'test.daily',
  label: '测试每日任务',
  schedule: { kind: 'daily', at: '09:00' },
  async run(manager, _services, { jobName, slot }) {
    await recordProbeEffect(manager, jobName, slot);
    await manager.query('SELECT pg_sleep(0.2)');
    dailyFault.throwIfSet();
    return { effects: 1 };
  },
};

const connectionJob: JobDefinition = {
  name: 'test.connection',
  label: '测试断线任务',
  schedule: { kind: 'daily', at: '09:00' },
  async run(manager, _services, { jobName, slot }) {
    await recordProbeEffect(manager, jobName, slot);
    connectionFault.throwIfSet();
    return { effects: 1 };
  },
};

/** Every minute, committing its work in transactions of its own (as sending notices does). */
const frequentJob: JobDefinition = {
  name: 'test.frequent',
  label: '测试每分钟任务',
  schedule: { kind: 'interval', seconds: 60 },
  ownTransactions: true,
  async run(_manager, services, { jobName, slot }) {
    await services.db.dataSource.transaction((manager) => recordProbeEffect(manager, jobName, slot));
    frequentFault.throwIfSet();
    return { sent: 1 };
  },
};

const TEST_JOBS = [dailyJob, connectionJob, frequentJob];

describe('scheduled jobs: two replicas on one database', () => {
  let db: TestDatabase;
  let replicaA: TestApp;
  let replicaB: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = db.database.dataSource;
    await dataSource.query(TEST_PROBE_TABLE_SQL);
    replicaA = await startTestApp({}, { db, extraJobs: TEST_JOBS });
    replicaB = await startTestApp({}, { db, extraJobs: TEST_JOBS });
  });
  afterAll(async () => {
    await replicaA?.close();
    await replicaB?.close();
    await db?.close();
  });

  const setBoth = (instant: string) => {
    replicaA.clock.set(instant);
    replicaB.clock.set(instant);
  };

  it('runs a due daily slot once, however often and wherever it is checked', async () => {
    // TEST_START is 10:00 in Shanghai: today's 09:00 slot is due.
    expect(outcomeOf(await runDueJobs(replicaA.app.services), 'test.daily')).toEqual({
      jobName: 'test.daily',
      slot: '2026-11-26',
      outcome: 'SUCCEEDED',
    });
    expect(outcomeOf(await runDueJobs(replicaA.app.services), 'test.daily')?.outcome).toBe('SKIPPED');
    expect(outcomeOf(await runDueJobs(replicaB.app.services), 'test.daily')?.outcome).toBe('SKIPPED');

    expect(await effectsOf(dataSource, 'test.daily')).toEqual(['2026-11-26']);
    const [run] = await runsOf(dataSource, 'test.daily');
    expect(run).toEqual({
      slot: '2026-11-26',
      outcome: 'SUCCEEDED',
      replica: REPLICA_NAME,
      summary: { effects: 1 },
    });
    const [row] = (await dataSource.query(
      `SELECT "started_at", "finished_at" FROM "job_run" WHERE "job_name" = 'test.daily'`,
    )) as Array<{ started_at: Date; finished_at: Date }>;
    expect(row.started_at.toISOString()).toBe('2026-11-26T02:00:00.000Z');
    expect(row.finished_at.toISOString()).toBe('2026-11-26T02:00:00.000Z');
  });

  it('runs every product job with the same check (each registered, each succeeding on a fresh database)', async () => {
    for (const name of SCHEDULED_JOBS) {
      expect(await runsOf(dataSource, name), name).toEqual([
        expect.objectContaining({ outcome: 'SUCCEEDED', replica: REPLICA_NAME }),
      ]);
    }
    expect(replicaA.app.services.jobs.map((job) => job.name).sort()).toEqual(
      [...SCHEDULED_JOBS, ...TEST_JOBS.map((job) => job.name)].sort(),
    );
  });

  it('runs a slot once when both replicas check it at the same moment', async () => {
    setBoth('2026-11-27T02:00:00.000Z');
    const results = await Promise.all([
      runDueJobs(replicaA.app.services),
      runDueJobs(replicaB.app.services),
      runDueJobs(replicaA.app.services),
      runDueJobs(replicaB.app.services),
    ]);
    const outcomes = results.map((result) => outcomeOf(result, 'test.daily')?.outcome).sort();
    expect(outcomes).toEqual(['SKIPPED', 'SKIPPED', 'SKIPPED', 'SUCCEEDED']);
    expect(await effectsOf(dataSource, 'test.daily')).toEqual(['2026-11-26', '2026-11-27']);
    expect((await runsOf(dataSource, 'test.daily')).map((run) => run.slot)).toEqual([
      '2026-11-26',
      '2026-11-27',
    ]);
  });

  it('records a failed run as FAILED, undoes its work, does not retry that slot, and runs the next one', async () => {
    setBoth('2026-11-28T02:00:00.000Z');
    // The message names a person: it must not reach the run history.
    dailyFault.failNextWith(() => new Error('处理张三的记录时出错'));
    expect(outcomeOf(await runDueJobs(replicaA.app.services), 'test.daily')?.outcome).toBe('FAILED');

    const failed = (await runsOf(dataSource, 'test.daily')).find((run) => run.slot === '2026-11-28');
    expect(failed).toEqual({
      slot: '2026-11-28',
      outcome: 'FAILED',
      replica: REPLICA_NAME,
      summary: { error: 'Error' },
    });
    expect(JSON.stringify(failed)).not.toContain('张三');
    // The job's own write rolled back with it.
    expect(await effectsOf(dataSource, 'test.daily')).not.toContain('2026-11-28');
    const logged = replicaA.logs.map(
      (line) => JSON.parse(line) as { msg: string; job?: string; slot?: string },
    );
    expect(logged).toContainEqual(
      expect.objectContaining({ msg: '定时任务执行失败', job: 'test.daily', slot: '2026-11-28' }),
    );

    // The failed slot stays failed (the administrator sees it); the next day runs normally.
    expect(outcomeOf(await runDueJobs(replicaB.app.services), 'test.daily')?.outcome).toBe('SKIPPED');
    setBoth('2026-11-29T02:00:00.000Z');
    expect(outcomeOf(await runDueJobs(replicaB.app.services), 'test.daily')).toMatchObject({
      slot: '2026-11-29',
      outcome: 'SUCCEEDED',
    });
    expect(await effectsOf(dataSource, 'test.daily')).toEqual(['2026-11-26', '2026-11-27', '2026-11-29']);
  });

  it('leaves no trace of a run cut off by a lost connection, and runs the slot again at the next check', async () => {
    setBoth('2026-11-30T02:00:00.000Z');
    connectionFault.failNextWith(() =>
      Object.assign(new Error('Connection terminated unexpectedly'), { code: 'ECONNRESET' }),
    );
    expect(outcomeOf(await runDueJobs(replicaA.app.services), 'test.connection')).toMatchObject({
      slot: '2026-11-30',
      outcome: 'DEFERRED',
    });
    expect((await runsOf(dataSource, 'test.connection')).map((run) => run.slot)).not.toContain('2026-11-30');
    expect(await effectsOf(dataSource, 'test.connection')).not.toContain('2026-11-30');

    expect(outcomeOf(await runDueJobs(replicaB.app.services), 'test.connection')?.outcome).toBe('SUCCEEDED');
    expect(
      (await effectsOf(dataSource, 'test.connection')).filter((effect) => effect === '2026-11-30'),
    ).toHaveLength(1);
    expect(
      (await runsOf(dataSource, 'test.connection')).find((run) => run.slot === '2026-11-30')?.outcome,
    ).toBe('SUCCEEDED');
  });

  it('catches up after downtime: the missed day runs at the next check, older missed days are not replayed', async () => {
    // Last runs: 30 Nov. No replica is up until 08:00 on 3 Dec, before that day's 09:00.
    setBoth('2026-12-03T00:00:00.000Z');
    expect(outcomeOf(await runDueJobs(replicaA.app.services), 'test.daily')).toMatchObject({
      slot: '2026-12-02',
      outcome: 'SUCCEEDED',
    });
    setBoth('2026-12-03T01:30:00.000Z');
    expect(outcomeOf(await runDueJobs(replicaB.app.services), 'test.daily')).toMatchObject({
      slot: '2026-12-03',
      outcome: 'SUCCEEDED',
    });
    const slots = (await runsOf(dataSource, 'test.daily')).map((run) => run.slot);
    expect(slots).toContain('2026-12-02');
    expect(slots).not.toContain('2026-12-01');
    expect(await effectsOf(dataSource, 'test.daily')).toEqual([
      '2026-11-26',
      '2026-11-27',
      '2026-11-29',
      '2026-11-30',
      '2026-12-02',
      '2026-12-03',
    ]);
  });

  it('runs a per-minute job once per minute; a job committing its own work keeps it when it fails', async () => {
    setBoth('2026-12-03T02:00:10.000Z');
    expect(outcomeOf(await runDueJobs(replicaA.app.services), 'test.frequent')).toMatchObject({
      slot: '2026-12-03T10:00',
      outcome: 'SUCCEEDED',
    });
    setBoth('2026-12-03T02:00:50.000Z');
    expect(outcomeOf(await runDueJobs(replicaB.app.services), 'test.frequent')?.outcome).toBe('SKIPPED');

    setBoth('2026-12-03T02:01:00.000Z');
    frequentFault.failNextWith(() => new Error('网关拒绝'));
    expect(outcomeOf(await runDueJobs(replicaB.app.services), 'test.frequent')).toMatchObject({
      slot: '2026-12-03T10:01',
      outcome: 'FAILED',
    });
    // (It also ran at every earlier check of this file, in that check's minute.)
    const thisHour = (slots: RunRow[]) => slots.filter((run) => run.slot.startsWith('2026-12-03T10:'));
    expect(thisHour(await runsOf(dataSource, 'test.frequent'))).toEqual([
      { slot: '2026-12-03T10:00', outcome: 'SUCCEEDED', replica: REPLICA_NAME, summary: { sent: 1 } },
      { slot: '2026-12-03T10:01', outcome: 'FAILED', replica: REPLICA_NAME, summary: { error: 'Error' } },
    ]);
    // What it committed before failing stays (a sent message stays sent); the slot is not run again.
    expect(
      (await effectsOf(dataSource, 'test.frequent')).filter((slot) => slot.startsWith('2026-12-03T10:')),
    ).toEqual(['2026-12-03T10:00', '2026-12-03T10:01']);
    expect(outcomeOf(await runDueJobs(replicaA.app.services), 'test.frequent')?.outcome).toBe('SKIPPED');
  });

  it('checks on a timer when enabled, never running a slot twice, and stops with the server', async () => {
    const tickedJob: JobDefinition = {
      name: 'test.ticked',
      label: '测试定时检查',
      schedule: { kind: 'daily', at: '09:00' },
      run: async (manager, _services, { jobName, slot }) => {
        await recordProbeEffect(manager, jobName, slot);
        return { effects: 1 };
      },
    };
    const ticking = await startTestApp({ jobsEnabled: true, jobTickMs: 20 }, { db, extraJobs: [tickedJob] });
    try {
      const deadline = Date.now() + 15_000;
      while ((await effectsOf(dataSource, 'test.ticked')).length === 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      // Many more checks of the same slot.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await effectsOf(dataSource, 'test.ticked')).toEqual(['2026-11-26']);
    } finally {
      await ticking.close();
    }
    ticking.clock.set('2026-11-27T02:00:00.000Z');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await effectsOf(dataSource, 'test.ticked')).toEqual(['2026-11-26']);
  });

  it('is off in tests unless turned on, as configured', () => {
    expect(replicaA.config.jobsEnabled).toBe(false);
    expect(replicaA.config.jobTickMs).toBe(60_000);
    expect(replicaA.config.reminderWorkingDays).toBe(2);
    // The probe job exists for the scheduler's own tests only.
    expect(loadConfig({ NODE_ENV: 'production', JOBS_TEST_PROBE: 'true' }).jobsTestProbe).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test', JOBS_TEST_PROBE: 'true' }).jobsTestProbe).toBe(true);
    expect(() => loadConfig({ JOB_TICK_MS: '0' })).toThrow(/JOB_TICK_MS/);
  });

  describe('the run history (Query.jobRuns)', () => {
    const JOB_RUNS = `query JobRuns($filter: JobRunFilter, $page: PageInput) {
      jobRuns(filter: $filter, page: $page) {
        total
        items { id jobName label schedule slot startedAt finishedAt outcome summary replica }
      }
    }`;
    interface JobRunsData {
      jobRuns: {
        total: number;
        items: Array<{
          id: string;
          jobName: string;
          label: string;
          schedule: string | null;
          slot: string;
          startedAt: string;
          finishedAt: string | null;
          outcome: string;
          summary: Record<string, unknown> | null;
          replica: string;
        }>;
      };
    }

    it('shows the system administrator the runs newest first, with the job’s zh-CN name', async () => {
      const { client } = await signedIn(replicaA, { roles: ['SYSTEM_ADMIN'] });
      const { jobRuns } = await client.ok<JobRunsData>(JOB_RUNS, { filter: { jobName: 'test.daily' } });
      expect(jobRuns.items.map((run) => run.slot)).toEqual([
        '2026-12-03',
        '2026-12-02',
        '2026-11-30',
        '2026-11-29',
        '2026-11-28',
        '2026-11-27',
        '2026-11-26',
      ]);
      expect(jobRuns.total).toBe(7);
      expect(jobRuns.items[0]).toEqual({
        id: 'test.daily/2026-12-03',
        jobName: 'test.daily',
        label: '测试每日任务',
        schedule: '每天 09:00（北京时间）',
        slot: '2026-12-03',
        startedAt: '2026-12-03T01:30:00.000Z',
        finishedAt: '2026-12-03T01:30:00.000Z',
        outcome: 'SUCCEEDED',
        summary: { effects: 1 },
        replica: REPLICA_NAME,
      });

      const failed = await client.ok<JobRunsData>(JOB_RUNS, { filter: { outcome: 'FAILED' } });
      expect(failed.jobRuns.items.map((run) => run.id).sort()).toEqual([
        'test.daily/2026-11-28',
        'test.frequent/2026-12-03T10:01',
      ]);

      // Product jobs ran too (they run with every check); their names come from the domain.
      const overdue = await client.ok<JobRunsData>(JOB_RUNS, {
        filter: { jobName: 'deadline.mark-overdue' },
        page: { page: 1, perPage: 1 },
      });
      expect(overdue.jobRuns.items[0]).toMatchObject({
        label: '标记逾期期限',
        outcome: 'SUCCEEDED',
        schedule: '每天 00:05（北京时间）',
      });
    });

    it('is refused to roles without the settings permission, and refuses bad input in zh-CN', async () => {
      for (const roles of [['DRAFTER'], ['AUDITOR'], ['SECURITY_ADMIN']] as const) {
        const { client } = await signedIn(replicaB, { roles: [...roles] });
        expect((await client.fails(JOB_RUNS)).extensions?.code).toBe('FORBIDDEN');
      }
      expect((await replicaB.client().fails(JOB_RUNS)).extensions?.code).toBe('UNAUTHENTICATED');

      const { client } = await signedIn(replicaB, { roles: ['SYSTEM_ADMIN'] });
      const tooLong = await client.fails(JOB_RUNS, { filter: { jobName: 'x'.repeat(65) } });
      expect(tooLong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'JOB_RUN.FILTER_INVALID' });
      expect(tooLong.message).toBe('任务代码过长');
      const badPage = await client.fails(JOB_RUNS, { page: { page: 0, perPage: 10 } });
      expect(badPage.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAGE.INVALID' });
    });
  });
});

// The embedded database is one process by design (its data folder is locked): replicas need PostgreSQL.
describe.skipIf(currentBackend() !== 'postgres')(
  'scheduled jobs: two API processes on one PostgreSQL',
  () => {
    let db: TestDatabase;
    const processes: ApiProcess[] = [];

    beforeAll(async () => {
      if (!existsSync(API_MAIN))
        throw new Error(`${API_MAIN} is missing: build the API first (pnpm exec turbo run build)`);
      db = await createTestDatabase();
      await db.database.dataSource.query(TEST_PROBE_TABLE_SQL);
    });
    afterAll(async () => {
      await Promise.all(processes.map((apiProcess) => apiProcess.stop()));
      await db?.close();
    });

    it('runs each slot of the probe job exactly once, in one of the two processes', async () => {
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        TZ: 'UTC',
        NODE_ENV: 'test',
        DATABASE_URL: db.databaseUrl,
        DATA_ENCRYPTION_KEYS: `${TEST_ENCRYPTION_KEY.id}:${TEST_ENCRYPTION_KEY.key.toString('base64')}`,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        DEMO_MODE: 'false',
        ADMIN_DIST: '/nonexistent',
        JOBS_ENABLED: 'true',
        JOB_TICK_MS: '200',
        JOBS_TEST_PROBE: 'true',
      };
      processes.push(...(await Promise.all([startApiProcess(env), startApiProcess(env)])));
      const replicas = processes.map((apiProcess) => `${os.hostname()}:${apiProcess.pid}`);

      // Probe slots last one second; each process checks five times a second.
      const dataSource = db.database.dataSource;
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline && (await runsOf(dataSource, TEST_PROBE_JOB_NAME)).length < 5) {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      await Promise.all(processes.map((apiProcess) => apiProcess.stop()));
      const runs = await runsOf(dataSource, TEST_PROBE_JOB_NAME);
      expect(
        runs.length,
        `probe runs; process output:\n${processes.flatMap((p) => p.output).join('\n')}`,
      ).toBeGreaterThanOrEqual(5);

      const effects = (await dataSource.query(
        'SELECT "slot", "replica" FROM "job_probe_effect" WHERE "job_name" = $1 ORDER BY "slot"',
        [TEST_PROBE_JOB_NAME],
      )) as Array<{ slot: string; replica: string }>;
      // Exactly one effect per slot, made by the process the run history names.
      expect(effects).toEqual(runs.map((run) => ({ slot: run.slot, replica: run.replica })));
      for (const run of runs) {
        expect(run.outcome).toBe('SUCCEEDED');
        expect(replicas).toContain(run.replica);
        expect(run.summary).toEqual({ effects: 1 });
      }
    }, 120_000);
  },
);
