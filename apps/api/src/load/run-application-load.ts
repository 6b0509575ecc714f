/**
 * Load script for external application submissions (not CI):
 *
 *   node dist/load/run-application-load.js                      # the embedded database (a temporary folder)
 *   DATABASE_URL=postgres://… node dist/load/run-application-load.js   # and a scratch database on that server
 *
 * Phase 1 — the token's limit raised: LOAD_REQUESTS (200) submissions fired at once: valid ones with their
 * own idempotency keys, malformed ones, replays of valid ones (same key, same payload) and same-key requests
 * with another payload. Checked: every key stored exactly once, every malformed one refused with
 * BAD_USER_INPUT and zh-CN field errors, every replay answered with the first answer (same case number and
 * code), each same-key-other-payload pair has one stored and one CONFLICT.
 * Phase 2 — a token with the normal limit (LOAD_NORMAL_LIMIT per minute, 60): LOAD_NORMAL_REQUESTS (100)
 * valid submissions at once; those beyond the limit get RATE_LIMITED and store nothing.
 * Prints the figures and exits non-zero when a check fails.
 */
import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { residentIdCheckCharacter } from '@gdp/domain';
import { startApp } from '../app.js';
import { loadConfig, type AppConfig } from '../config.js';
import { openDatabase, type Database } from '../db/database.js';
import { ENTITIES } from '../db/entities.js';
import { MIGRATIONS } from '../db/migrations/index.js';
import { createLogger } from '../logger.js';
import { API_TOKEN_PREFIX, generateSecretToken, sha256Hex } from '../modules/auth/credentials.js';

const env = (name: string, fallback: number) => Number(process.env[name] || fallback);
const REQUESTS = env('LOAD_REQUESTS', 200);
const NORMAL_LIMIT = env('LOAD_NORMAL_LIMIT', 60);
const NORMAL_REQUESTS = env('LOAD_NORMAL_REQUESTS', 100);
const out = (line = '') => process.stdout.write(`${line}\n`);
const logger = createLogger('warn', process.stderr);

const SUBMIT = `mutation Submit($key: String!, $input: ExternalApplicationInput!) {
  submitApplication(idempotencyKey: $key, input: $input) { caseNumber accessCode receivedDate }
}`;

/** A valid test resident ID for sequence `n` (GB 11643 check character). */
function residentId(n: number): string {
  const body = `110105${1950 + (n % 50)}0101${String(n % 1000).padStart(3, '0')}`;
  return body + residentIdCheckCharacter(body);
}

const validInput = (n: number) => ({
  applicant: {
    applicantType: n % 5 === 0 ? 'LEGAL_SERVICE_ORGANISATION' : 'NATURAL_PERSON',
    ...(n % 5 === 0
      ? { organisationName: `某律师事务所${n}`, contactPerson: '李律师' }
      : { name: `申请人${n}`, idType: 'RESIDENT_ID', idNumber: residentId(n) }),
    phone: `1380000${String(n).padStart(4, '0')}`,
  },
  description: `申请公开 2026 年度文化市场综合执法检查计划（第 ${n} 号申请）`,
  deliveryForm: 'ELECTRONIC',
  privacyNoticeAccepted: true,
});

/** Malformed submissions, each refused for a different reason. */
const MALFORMED: Array<(n: number) => unknown> = [
  (n) => ({ ...validInput(n), privacyNoticeAccepted: false }),
  (n) => ({ ...validInput(n), description: '' }),
  (n) => ({
    ...validInput(n),
    applicant: { ...validInput(n).applicant, applicantType: 'NATURAL_PERSON', name: null },
  }),
  (n) => ({
    ...validInput(n),
    applicant: {
      applicantType: 'NATURAL_PERSON',
      name: '王五',
      idType: 'RESIDENT_ID',
      idNumber: '110105194912310021',
      phone: '13800000000',
    },
  }),
  (n) => ({ ...validInput(n), description: '长'.repeat(6000) }),
];

interface Outcome {
  status: number;
  ms: number;
  data?: { caseNumber: string; accessCode: string };
  code?: string;
  message?: string;
  fields?: Record<string, unknown>;
}

async function submit(url: string, token: string, key: string, input: unknown): Promise<Outcome> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: SUBMIT, variables: { key, input } }),
  });
  const body = (await response.json()) as {
    data?: { submitApplication: Outcome['data'] } | null;
    errors?: Array<{ message: string; extensions?: { code?: string; fields?: Record<string, unknown> } }>;
  };
  const ms = performance.now() - started;
  const error = body.errors?.[0];
  return error
    ? {
        status: response.status,
        ms,
        code: error.extensions?.code,
        message: error.message,
        fields: error.extensions?.fields,
      }
    : { status: response.status, ms, data: body.data!.submitApplication! };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

async function createToken(database: Database, limit: number): Promise<string> {
  const token = generateSecretToken(API_TOKEN_PREFIX);
  await database.dataSource.query(
    `INSERT INTO api_token (name, prefix, token_hash, scopes, rate_limit_per_minute, created_by_id, created_at, version)
     VALUES ($1, $2, $3, '{applications:submit}', $4, $5, now(), 1)`,
    [`load-${randomBytes(3).toString('hex')}`, token.slice(0, 12), sha256Hex(token), limit, randomUUID()],
  );
  return token;
}

const countApplications = async (database: Database) =>
  Number((await database.dataSource.query(`SELECT count(*)::int AS n FROM application`))[0].n);

async function runOn(label: string, database: Database, databaseUrl: string | undefined): Promise<string[]> {
  const failures: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) failures.push(`${label}: ${what}`);
  };
  const config: AppConfig = {
    ...loadConfig({}),
    port: 0,
    host: '127.0.0.1',
    databaseUrl,
    dataDir: '/nonexistent',
    demoMode: false,
    logLevel: 'warn',
    adminDist: '/nonexistent',
    shutdownGraceMs: 5_000,
    dataEncryptionKeys: [{ id: 'load', key: randomBytes(32) }],
    dataEncryptionKeyId: 'load',
  };
  const app = await startApp({ config, logger, database });
  const url = `${app.url}/graphql`;
  try {
    // Phase 1: 70% valid, 15% malformed, 10% replays, 5% same key with another payload.
    const raised = await createToken(database, 1_000_000);
    const validCount = Math.round(REQUESTS * 0.7);
    const malformedCount = Math.round(REQUESTS * 0.15);
    const replayCount = Math.round(REQUESTS * 0.1);
    const conflictCount = REQUESTS - validCount - malformedCount - replayCount;
    const runId = randomBytes(4).toString('hex');
    const jobs: Array<{
      kind: 'valid' | 'malformed' | 'replay' | 'conflict';
      key: string;
      input: unknown;
      of?: number;
    }> = [];
    for (let n = 0; n < validCount; n++)
      jobs.push({ kind: 'valid', key: `${runId}-v-${n}`, input: validInput(n) });
    for (let n = 0; n < malformedCount; n++) {
      jobs.push({
        kind: 'malformed',
        key: `${runId}-m-${n}`,
        input: MALFORMED[n % MALFORMED.length]!(1000 + n),
      });
    }
    for (let n = 0; n < replayCount; n++)
      jobs.push({ kind: 'replay', key: `${runId}-v-${n}`, input: validInput(n), of: n });
    for (let n = 0; n < conflictCount; n++) {
      const of = replayCount + n;
      jobs.push({
        kind: 'conflict',
        key: `${runId}-v-${of}`,
        input: { ...validInput(of), description: `另一内容 ${of}` },
        of,
      });
    }
    const before = await countApplications(database);
    const started = performance.now();
    const outcomes = await Promise.all(jobs.map((job) => submit(url, raised, job.key, job.input)));
    const seconds = (performance.now() - started) / 1000;
    const stored = (await countApplications(database)) - before;
    const byKey = new Map<string, Outcome[]>();
    jobs.forEach((job, index) => byKey.set(job.key, [...(byKey.get(job.key) ?? []), outcomes[index]!]));

    const malformed = outcomes.filter((_, index) => jobs[index]!.kind === 'malformed');
    const malformedClear = malformed.filter(
      (outcome) =>
        outcome.code === 'BAD_USER_INPUT' && /[\u4e00-\u9fff]/.test(outcome.message ?? '') && outcome.fields,
    ).length;
    let replaysSame = 0;
    let conflictPairsOk = 0;
    for (const job of jobs) {
      const answers = byKey.get(job.key)!;
      if (job.kind === 'replay') {
        const [first, second] = answers.filter((answer) => answer.data);
        if (
          first &&
          second &&
          first.data!.caseNumber === second.data!.caseNumber &&
          first.data!.accessCode === second.data!.accessCode
        ) {
          replaysSame++;
        }
      }
      if (job.kind === 'conflict') {
        const stored1 = answers.filter((answer) => answer.data).length;
        const conflicts = answers.filter((answer) => answer.code === 'CONFLICT').length;
        if (stored1 === 1 && conflicts === 1) conflictPairsOk++;
      }
    }
    const others = outcomes.filter(
      (outcome) => !outcome.data && !['BAD_USER_INPUT', 'CONFLICT'].includes(outcome.code ?? ''),
    );
    const latencies = outcomes.map((outcome) => outcome.ms);
    out(
      `${label} phase 1 (limit raised): ${REQUESTS} concurrent submissions in ${seconds.toFixed(2)} s = ${(REQUESTS / seconds).toFixed(1)} req/s; ` +
        `latency p50 ${percentile(latencies, 50).toFixed(0)} p95 ${percentile(latencies, 95).toFixed(0)} max ${percentile(latencies, 100).toFixed(0)} ms`,
    );
    out(
      `  stored ${stored} (expected ${validCount}, one per key); malformed refused clearly ${malformedClear}/${malformedCount}; ` +
        `replays answered with the first answer ${replaysSame}/${replayCount}; same key other payload: one stored + one CONFLICT ${conflictPairsOk}/${conflictCount}; ` +
        `unexpected answers ${others.length}${others[0] ? ` (e.g. ${others[0].code}: ${others[0].message})` : ''}`,
    );
    check(stored === validCount, `stored ${stored}, expected ${validCount}`);
    check(malformedClear === malformedCount, `malformed refused clearly ${malformedClear}/${malformedCount}`);
    check(replaysSame === replayCount, `replays ${replaysSame}/${replayCount}`);
    check(conflictPairsOk === conflictCount, `conflict pairs ${conflictPairsOk}/${conflictCount}`);
    check(others.length === 0, `${others.length} unexpected answers`);
    const caseNumbers = new Set(
      outcomes.filter((outcome) => outcome.data).map((outcome) => outcome.data!.caseNumber),
    );
    check(
      caseNumbers.size === validCount,
      `distinct case numbers ${caseNumbers.size}, expected ${validCount}`,
    );

    // Phase 2: the normal limit.
    const normal = await createToken(database, NORMAL_LIMIT);
    const before2 = await countApplications(database);
    const outcomes2 = await Promise.all(
      Array.from({ length: NORMAL_REQUESTS }, (_, n) =>
        submit(url, normal, `${runId}-n-${n}`, validInput(5000 + n)),
      ),
    );
    const stored2 = (await countApplications(database)) - before2;
    const accepted = outcomes2.filter((outcome) => outcome.data).length;
    const limited = outcomes2.filter((outcome) => outcome.code === 'RATE_LIMITED').length;
    out(
      `${label} phase 2 (limit ${NORMAL_LIMIT}/min): ${NORMAL_REQUESTS} concurrent submissions → accepted ${accepted}, RATE_LIMITED ${limited}, stored ${stored2}` +
        `${limited ? ` (message: ${outcomes2.find((outcome) => outcome.code === 'RATE_LIMITED')!.message})` : ''}`,
    );
    check(accepted === NORMAL_LIMIT, `accepted ${accepted} under the normal limit, expected ${NORMAL_LIMIT}`);
    check(
      limited === NORMAL_REQUESTS - NORMAL_LIMIT,
      `RATE_LIMITED ${limited}, expected ${NORMAL_REQUESTS - NORMAL_LIMIT}`,
    );
    check(stored2 === accepted, `stored ${stored2} under the normal limit, accepted ${accepted}`);
  } finally {
    await app.shutdown();
  }
  return failures;
}

async function main(): Promise<void> {
  const failures: string[] = [];
  out(
    `Application submission load — ${REQUESTS} concurrent submissions, then ${NORMAL_REQUESTS} under ${NORMAL_LIMIT}/min`,
  );
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gdp-load-'));
  try {
    const embedded = await openDatabase({
      dataDir,
      entities: ENTITIES,
      migrations: MIGRATIONS,
      statementTimeoutMs: 60_000,
      logger,
      runMigrations: true,
      slowQueryMs: 0,
    });
    failures.push(...(await runOn('embedded', embedded, undefined)));
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
  if (process.env.DATABASE_URL) {
    const name = `gdp_load_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    try {
      const database = await openDatabase({
        databaseUrl: url.toString(),
        dataDir: '',
        entities: ENTITIES,
        migrations: MIGRATIONS,
        statementTimeoutMs: 60_000,
        logger,
        runMigrations: true,
        poolSize: 10,
        slowQueryMs: 0,
      });
      failures.push(...(await runOn('postgresql', database, url.toString())));
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  } else {
    out('postgresql: skipped (set DATABASE_URL to a server where a scratch database may be created)');
  }
  if (failures.length) {
    out(`FAILED:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    out('all checks passed');
  }
}

await main();
