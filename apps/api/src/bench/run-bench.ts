/**
 * Benchmark: the staff GraphQL list query `departments` through the real API, against the same SQL
 * behind a minimal `node:http` + `pg` handler (no GraphQL, no auth), at two page sizes; plus the SQL
 * statements the API sends per request (an N+1 check: they must not grow with the page size).
 *
 *   pnpm bench                                          # embedded database (temp folder)
 *   DATABASE_URL=postgres://user@host:port/db pnpm bench  # PostgreSQL (a fresh database, dropped after)
 *
 * Environment: BENCH_SECONDS (10, per case), BENCH_WARMUP_SECONDS (2), BENCH_CONNECTIONS (10),
 * BENCH_DEPARTMENTS (10000), BENCH_COUNT_REQUESTS (50), BENCH_PAGE_SIZES ("10,100"),
 * BENCH_AFTER_SEED_SQL (none; SQL run after seeding, for what-if experiments such as an extra index).
 *
 * The load generator (autocannon) runs in a child process so that it never shares the event loop of
 * the server under test. The cases run one after another; on the embedded backend the API is closed
 * (its one pooled connection released) before the raw handler opens its own single connection — the
 * embedded server must never see more than one pooled connection (STACK.md, PGlite).
 * Not part of CI.
 */
import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Role } from '@gdp/domain';
import { startApp, type App } from '../app.js';
import { loadConfig, type AppConfig } from '../config.js';
import { openDatabase, runPendingMigrations, type Database } from '../db/database.js';
import { ENTITIES } from '../db/entities.js';
import { MIGRATIONS } from '../db/migrations/index.js';
import { createLogger } from '../logger.js';
import { SESSION_COOKIE } from '../modules/auth/authenticate.js';
import { hashPassword } from '../modules/auth/credentials.js';
import { RoleGrant } from '../modules/organisation/grant.entity.js';
import { User } from '../modules/organisation/user.entity.js';
import type { LoadJob, LoadResult } from './load-generator.js';

// ---------------------------------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------------------------------

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

function pageSizes(): number[] {
  const raw = process.env.BENCH_PAGE_SIZES ?? '10,100';
  const sizes = raw.split(',').map((entry) => Number(entry.trim()));
  if (
    sizes.length < 2 ||
    new Set(sizes).size !== sizes.length ||
    sizes.some((size) => !Number.isInteger(size) || size < 1 || size > 100)
  ) {
    throw new Error(
      `BENCH_PAGE_SIZES must list at least two different page sizes between 1 and 100, got "${raw}"`,
    );
  }
  return sizes;
}

function readSettings() {
  const warmupSeconds = Number(process.env.BENCH_WARMUP_SECONDS || 2);
  if (!Number.isFinite(warmupSeconds) || warmupSeconds < 0) {
    throw new Error(`BENCH_WARMUP_SECONDS must be a number ≥ 0, got "${process.env.BENCH_WARMUP_SECONDS}"`);
  }
  return {
    seconds: positiveInt('BENCH_SECONDS', 10),
    warmupSeconds,
    connections: positiveInt('BENCH_CONNECTIONS', 10),
    departments: positiveInt('BENCH_DEPARTMENTS', 10_000),
    countRequests: positiveInt('BENCH_COUNT_REQUESTS', 50),
    pageSizes: pageSizes(),
    databaseUrl: process.env.DATABASE_URL || undefined,
    /** Extra SQL run after seeding (what-if experiments, e.g. an index); printed in the report. */
    afterSeedSql: process.env.BENCH_AFTER_SEED_SQL || undefined,
  };
}

const SETTINGS = (() => {
  try {
    return readSettings();
  } catch (error) {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
})();

const BENCH_USERNAME = 'bench_office';
const BENCH_PASSWORD = 'Bench-Zheng-Wu-2026!';
const BENCH_ROLE: Role = 'GENERAL_OFFICE'; // has ORGANISATION_READ, no department, no second factor

const logger = createLogger('warn', process.stderr);
const out = (line = '') => process.stdout.write(`${line}\n`);

// ---------------------------------------------------------------------------------------------------
// Cleanup: LIFO, each step guarded, also on SIGINT/SIGTERM
// ---------------------------------------------------------------------------------------------------

const cleanups: Array<{ name: string; run: () => Promise<unknown> }> = [];
function onCleanup(name: string, run: () => Promise<unknown>) {
  cleanups.push({ name, run });
}
/**
 * Each step gets a time limit, so that one hanging step cannot keep the bench database from being dropped
 * (seen: after SIGINT, Apollo Server's own signal handler stops the GraphQL servers and a concurrent
 * `stop()` from app.shutdown() never resolves — see the report).
 */
async function cleanupAll(stepLimitMs = 20_000): Promise<boolean> {
  let ok = true;
  while (cleanups.length) {
    const step = cleanups.pop()!;
    process.stderr.write(`  cleanup: ${step.name}\n`);
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        step.run(),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no result after ${stepLimitMs} ms, going on`)),
            stepLimitMs,
          );
        }),
      ]);
    } catch (error) {
      ok = false;
      process.stderr.write(
        `cleanup "${step.name}" failed: ${error instanceof Error ? error.message : String(error)}\n`,
      );
    } finally {
      clearTimeout(timer);
    }
  }
  return ok;
}

// ---------------------------------------------------------------------------------------------------
// Database: a fresh PostgreSQL database or a fresh embedded data folder
// ---------------------------------------------------------------------------------------------------

interface BenchDatabase {
  database: Database;
  /** PostgreSQL: URL of the bench's own database. */
  url?: string;
  dataDir?: string;
  label: string;
}

async function openBenchDatabase(): Promise<BenchDatabase> {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    statementTimeoutMs: 60_000,
    logger,
    slowQueryMs: 0,
  };
  if (SETTINGS.databaseUrl) {
    const adminUrl = SETTINGS.databaseUrl;
    const name = `gdp_bench_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name}`);
    } finally {
      await admin.end();
    }
    onCleanup(`drop database ${name}`, async () => {
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      try {
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await cleanup.end();
      }
    });
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const database = await openDatabase({
      ...common,
      databaseUrl: url.toString(),
      dataDir: '',
      poolSize: 10,
    });
    onCleanup('close database', () => database.close());
    return {
      database,
      url: url.toString(),
      label: `postgres (database ${name} on ${url.host}, dropped afterwards)`,
    };
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gdp-bench-'));
  onCleanup(`remove ${dataDir}`, () => rm(dataDir, { recursive: true, force: true }));
  const database = await openDatabase({ ...common, dataDir });
  onCleanup('close database', () => database.close());
  return {
    database,
    dataDir,
    label: `embedded (PGlite in a child process, data in ${dataDir}, removed afterwards)`,
  };
}

async function seed(database: Database): Promise<string> {
  const { dataSource } = database;
  const resume = database.watchdog.suspend();
  try {
    await dataSource.query(
      `INSERT INTO department (code, name, kind, sort_order, phone, is_active, version, created_at, updated_at)
       SELECT 'BENCH' || lpad(i::text, 6, '0'),
              '基准测试处室' || lpad(i::text, 6, '0'),
              (ARRAY['OFFICE', 'DIVISION', 'AFFILIATED_UNIT'])[1 + i % 3],
              i % 50,
              CASE WHEN i % 4 = 0 THEN '010-' || lpad(i::text, 8, '0') END,
              i % 10 <> 0,
              1, now(), now()
         FROM generate_series(1, $1::int) AS s(i)`,
      [SETTINGS.departments],
    );
    const now = new Date();
    const user = await dataSource.manager.save(
      dataSource.manager.create(User, {
        username: BENCH_USERNAME,
        displayName: '基准测试',
        departmentId: null,
        phone: null,
        email: null,
        passwordHash: await hashPassword(BENCH_PASSWORD),
        mustChangePassword: false,
        passwordChangedAt: now,
        totpSecret: null,
        totpPendingSecret: null,
        totpEnabled: false,
        isDemo: false,
        isActive: true,
        createdAt: now,
        updatedAt: now,
      }),
    );
    await dataSource.manager.insert(RoleGrant, {
      userId: user.id,
      role: BENCH_ROLE,
      departmentId: null,
      grantedById: null,
      createdAt: now,
    });
    if (SETTINGS.afterSeedSql) await dataSource.query(SETTINGS.afterSeedSql);
    await dataSource.query('ANALYZE');
    const [{ version }] = (await dataSource.query(
      `SELECT current_setting('server_version') AS version`,
    )) as Array<{ version: string }>;
    return version;
  } finally {
    resume();
  }
}

// ---------------------------------------------------------------------------------------------------
// The API side
// ---------------------------------------------------------------------------------------------------

const departmentsQuery = (perPage: number) =>
  `{ departments(page: { perPage: ${perPage} }) { total items { id code name kind sortOrder isActive version } } }`;

interface DepartmentsBody {
  data?: { departments?: { total: number; items: Array<Record<string, unknown>> } };
  errors?: unknown[];
}

async function login(url: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { status stage } }',
      variables: { u: BENCH_USERNAME, p: BENCH_PASSWORD },
    }),
  });
  const text = await response.text();
  const body = JSON.parse(text) as { data?: { login?: { status: string; stage: string | null } } };
  if (body.data?.login?.status !== 'SIGNED_IN' || body.data.login.stage !== 'FULL')
    throw new Error(`login failed: ${text}`);
  for (const cookie of response.headers.getSetCookie()) {
    const [pair] = cookie.split(';');
    const index = pair.indexOf('=');
    if (pair.slice(0, index).trim() === SESSION_COOKIE) return pair.slice(index + 1);
  }
  throw new Error(`login answered no ${SESSION_COOKIE} cookie`);
}

interface ApiRequest {
  url: string;
  headers: Record<string, string>;
  body: (perPage: number) => string;
}

async function callApi(api: ApiRequest, perPage: number): Promise<string> {
  const response = await fetch(api.url, { method: 'POST', headers: api.headers, body: api.body(perPage) });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`API answered ${response.status}: ${text.slice(0, 500)}`);
  return text;
}

/** Checks a departments answer (API or raw) and returns its canonical form for comparison. */
function checkDepartments(text: string, perPage: number, expectedTotal: number, who: string): string {
  const body = JSON.parse(text) as DepartmentsBody;
  const page = body.data?.departments;
  if (body.errors?.length || !page)
    throw new Error(`${who} perPage=${perPage}: unexpected answer ${text.slice(0, 500)}`);
  if (page.total !== expectedTotal)
    throw new Error(`${who} perPage=${perPage}: total ${page.total}, expected ${expectedTotal}`);
  if (page.items.length !== Math.min(perPage, expectedTotal)) {
    throw new Error(
      `${who} perPage=${perPage}: ${page.items.length} items, expected ${Math.min(perPage, expectedTotal)}`,
    );
  }
  return JSON.stringify(body);
}

interface StatementCount {
  perRequest: number;
  /** SQL of the statements one request sent (captured once), shortened. */
  statements: string[];
}

/**
 * SQL statements per request: statementCount() delta over `requests` sequential requests (everything the
 * pool's clients send: authentication, the query, BEGIN/COMMIT if any). Run right after login, so the
 * once-a-minute `last_seen_at` refresh of the session does not fall into the window.
 * One extra request has its statements' SQL recorded (pg.Client.prototype.query wrapped meanwhile).
 */
async function countStatements(
  database: Database,
  api: ApiRequest,
  perPage: number,
  requests: number,
): Promise<StatementCount> {
  for (let i = 0; i < 3; i++) await callApi(api, perPage); // warm (connection, plan caches)
  const before = database.statementCount();
  for (let i = 0; i < requests; i++) await callApi(api, perPage);
  const perRequest = (database.statementCount() - before) / requests;

  const statements: string[] = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const config = args[0];
    const sql =
      typeof config === 'string'
        ? config
        : ((config as { text?: string } | undefined)?.text ?? '<submittable>');
    statements.push(sql.replace(/\s+/g, ' ').trim());
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    await callApi(api, perPage);
  } finally {
    pg.Client.prototype.query = original;
  }
  return { perRequest, statements };
}

// ---------------------------------------------------------------------------------------------------
// The raw side: node:http + pg, the same SQL as TypeORM sends for findDepartments (getManyAndCount:
// the page, then the count, on one connection, no transaction)
// ---------------------------------------------------------------------------------------------------

const pageSql = (perPage: number) =>
  `SELECT "department"."id" AS "department_id", "department"."code" AS "department_code", "department"."name" AS "department_name", "department"."kind" AS "department_kind", "department"."sort_order" AS "department_sort_order", "department"."phone" AS "department_phone", "department"."is_active" AS "department_is_active", "department"."version" AS "department_version", "department"."created_at" AS "department_created_at", "department"."updated_at" AS "department_updated_at" FROM "department" "department" ORDER BY "department"."sort_order" ASC, "department"."code" ASC LIMIT ${perPage} OFFSET 0`;
const COUNT_SQL = `SELECT COUNT(1) AS "cnt" FROM "department" "department"`;

interface DepartmentRow {
  department_id: string;
  department_code: string;
  department_name: string;
  department_kind: string;
  department_sort_order: number;
  department_is_active: boolean;
  department_version: number;
}

interface RawServer {
  url: string;
  close(): Promise<void>;
}

/** `withClient` leases one connection per request (a pool on PostgreSQL, the single client on embedded). */
async function startRawServer(
  withClient: <T>(work: (client: pg.ClientBase) => Promise<T>) => Promise<T>,
): Promise<RawServer> {
  let inFlight = 0;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://raw');
    const perPage = Number(url.searchParams.get('perPage') ?? 25);
    if (url.pathname !== '/departments' || !Number.isInteger(perPage) || perPage < 1 || perPage > 100) {
      res.writeHead(404).end();
      return;
    }
    inFlight++;
    withClient(async (client) => {
      const page = await client.query<DepartmentRow>(pageSql(perPage));
      const count = await client.query<{ cnt: string }>(COUNT_SQL);
      return { rows: page.rows, total: Number(count.rows[0].cnt) };
    })
      .finally(() => inFlight--)
      .then(
        ({ rows, total }) => {
          const body = JSON.stringify({
            data: {
              departments: {
                total,
                items: rows.map((row) => ({
                  id: row.department_id,
                  code: row.department_code,
                  name: row.department_name,
                  kind: row.department_kind,
                  sortOrder: row.department_sort_order,
                  isActive: row.department_is_active,
                  version: row.department_version,
                })),
              },
            },
          });
          res
            .writeHead(200, {
              'content-type': 'application/json; charset=utf-8',
              'content-length': Buffer.byteLength(body),
            })
            .end(body);
        },
        (error: unknown) => {
          res
            .writeHead(500, { 'content-type': 'text/plain' })
            .end(error instanceof Error ? error.message : String(error));
        },
      );
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await settle(() => inFlight);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Load runs (in a child process)
// ---------------------------------------------------------------------------------------------------

const LOAD_GENERATOR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'load-generator.js');

/** The load generator currently running (killed on SIGINT/SIGTERM). */
let activeLoad: ChildProcess | undefined;

function runLoadInChild(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(LOAD_GENERATOR, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    activeLoad = child;
    let settled = false;
    const finish = (error: Error | null, result?: LoadResult) => {
      if (settled) return;
      settled = true;
      if (activeLoad === child) activeLoad = undefined;
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(result!);
    };
    const limitMs = (job.warmupSeconds + job.durationSeconds) * 1_000 + 60_000;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish(new Error(`load generator did not finish within ${limitMs} ms`));
    }, limitMs);
    child.once('message', (message: { ok: boolean; result?: LoadResult; error?: string }) => {
      if (message.ok) finish(null, message.result);
      else finish(new Error(`load generator failed: ${message.error}`));
    });
    child.once('error', (error) => finish(error));
    child.once('exit', (code, signal) =>
      finish(new Error(`load generator exited (${signal ?? code}) without a result`)),
    );
    child.send(job);
  });
}

/** Waits until no query has been in flight for a while (requests abandoned at the end of a load run). */
async function settle(inFlight: () => number, quietMs = 300, limitMs = 15_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    if (inFlight() > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

interface CaseResult {
  name: string;
  side: 'api' | 'raw';
  perPage: number;
  load: LoadResult;
}

async function measure(
  side: 'api' | 'raw',
  perPage: number,
  job: Omit<LoadJob, 'connections' | 'warmupSeconds' | 'durationSeconds'>,
): Promise<CaseResult> {
  const name = `${side} perPage=${perPage}`;
  process.stderr.write(`  running ${name} (${SETTINGS.warmupSeconds} s warm-up + ${SETTINGS.seconds} s)…\n`);
  const load = await runLoadInChild({
    ...job,
    connections: SETTINGS.connections,
    warmupSeconds: SETTINGS.warmupSeconds,
    durationSeconds: SETTINGS.seconds,
  });
  return { name, side, perPage, load };
}

// ---------------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------------

const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

function printReport(options: {
  backend: string;
  serverVersion: string;
  results: CaseResult[];
  counts: Map<number, StatementCount>;
  failures: string[];
  loadBefore: number[];
}) {
  const { results, counts, failures } = options;
  const cpus = os.cpus();
  out();
  out('== departments list: GraphQL API vs raw node:http + pg ==');
  out(`date        ${new Date().toISOString()}`);
  out(`backend     ${options.backend}; server_version ${options.serverVersion}`);
  out(
    `node        ${process.version} (${process.platform}/${process.arch}); NODE_ENV=${process.env.NODE_ENV ?? '(unset)'}` +
      ' (graphql-js and Express run their development code paths unless it is "production")',
  );
  out(
    `cpus        ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown'} (available parallelism ${os.availableParallelism()})`,
  );
  const loadAverage = (values: number[]) => values.map((value) => value.toFixed(2)).join(' ');
  out(
    `host load   load average ${loadAverage(options.loadBefore)} before the run, ${loadAverage(os.loadavg())} after ` +
      '(anything else running on the machine skews the figures)',
  );
  out(
    `load        autocannon, ${SETTINGS.connections} connections, ${SETTINGS.warmupSeconds} s warm-up + ${SETTINGS.seconds} s per case, ` +
      `in a separate process; ${SETTINGS.departments} departments; cases run one after another`,
  );
  if (SETTINGS.afterSeedSql) out(`what-if     after seeding: ${SETTINGS.afterSeedSql}`);
  out();
  const header = ['case', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'requests', 'errors'];
  const rows = results.map((r) => [
    r.name,
    fixed(r.load.requestsPerSecond, 0),
    fixed(r.load.latencyMs.p50, 1),
    fixed(r.load.latencyMs.p95, 1),
    fixed(r.load.latencyMs.p99, 1),
    fixed(r.load.latencyMs.max, 1),
    String(r.load.completed),
    String(r.load.errors + r.load.timeouts + r.load.non2xx + r.load.mismatches),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  out(line(header));
  out(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) out(line(row));
  out();
  for (const perPage of SETTINGS.pageSizes) {
    const api = results.find((r) => r.side === 'api' && r.perPage === perPage);
    const raw = results.find((r) => r.side === 'raw' && r.perPage === perPage);
    if (api && raw) {
      out(
        `ratio API/raw (req/s) perPage=${perPage}: ${fixed(api.load.requestsPerSecond / raw.load.requestsPerSecond, 2)}`,
      );
    }
  }
  out();
  out(
    `SQL statements per request (API, statementCount() delta over ${SETTINGS.countRequests} sequential requests):`,
  );
  for (const [perPage, count] of counts) {
    out(`  perPage=${perPage}: ${fixed(count.perRequest, 2)}`);
    count.statements.forEach((sql, i) =>
      out(`    ${i + 1}. ${sql.length > 150 ? `${sql.slice(0, 147)}...` : sql}`),
    );
  }
  const values = [...counts.values()].map((count) => count.perRequest);
  const equal = values.length > 0 && values.every((value) => value === values[0]);
  out(
    equal
      ? `N+1 check: OK (${fixed(values[0], 2)} statements per request at every page size)`
      : `N+1 check: FAIL (statements per request differ by page size: ${[...counts].map(([p, c]) => `perPage=${p}: ${fixed(c.perRequest, 2)}`).join(', ')})`,
  );
  if (!equal) failures.push('N+1 check failed');
  out();
  if (failures.length) {
    out('RESULT: FAIL');
    for (const failure of failures) out(`  - ${failure}`);
  } else {
    out('RESULT: OK');
  }
}

// ---------------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const failures: string[] = [];
  const loadBefore = os.loadavg();
  process.stderr.write(`bench: opening the ${SETTINGS.databaseUrl ? 'PostgreSQL' : 'embedded'} database…\n`);
  const bench = await openBenchDatabase();
  const { database } = bench;
  await runPendingMigrations(database, logger);
  process.stderr.write(`bench: seeding ${SETTINGS.departments} departments and one ${BENCH_ROLE} user…\n`);
  const serverVersion = await seed(database);

  // --- the API ---------------------------------------------------------------------------------------
  const config: AppConfig = {
    ...loadConfig({}),
    port: 0,
    host: '127.0.0.1',
    databaseUrl: bench.url,
    dataDir: bench.dataDir ?? '/nonexistent',
    demoMode: false,
    logLevel: 'warn',
    adminDist: '/nonexistent',
    shutdownGraceMs: 5_000,
    // A throwaway key: the bench writes no encrypted field, but the API refuses PostgreSQL without one.
    dataEncryptionKeys: [{ id: 'bench', key: randomBytes(32) }],
    dataEncryptionKeyId: 'bench',
  };
  const app: App = await startApp({ config, logger, database });
  onCleanup('stop the API', () => app.shutdown());
  const cookie = `${SESSION_COOKIE}=${await login(app.url)}`;
  const api: ApiRequest = {
    url: `${app.url}/graphql`,
    headers: { 'content-type': 'application/json', cookie },
    body: (perPage) => JSON.stringify({ query: departmentsQuery(perPage) }),
  };

  // Statement counts first: right after login, so the session's last_seen_at refresh cannot interfere.
  process.stderr.write('bench: counting SQL statements per request…\n');
  const counts = new Map<number, StatementCount>();
  for (const perPage of SETTINGS.pageSizes)
    counts.set(perPage, await countStatements(database, api, perPage, SETTINGS.countRequests));

  const apiBodies = new Map<number, string>();
  const canonical = new Map<number, string>();
  for (const perPage of SETTINGS.pageSizes) {
    const text = await callApi(api, perPage);
    canonical.set(perPage, checkDepartments(text, perPage, SETTINGS.departments, 'API'));
    apiBodies.set(perPage, text);
  }

  // The raw handler must send exactly the SQL the API sends for the list (besides authentication).
  for (const [perPage, count] of counts) {
    const missing = [pageSql(perPage), COUNT_SQL].filter((sql) => !count.statements.includes(sql));
    if (missing.length) {
      failures.push(
        `perPage=${perPage}: the API no longer sends the raw handler's SQL (update pageSql/COUNT_SQL): ${missing.map((sql) => sql.slice(0, 120)).join(' | ')}`,
      );
    }
  }

  const results: CaseResult[] = [];
  for (const perPage of SETTINGS.pageSizes) {
    results.push(
      await measure('api', perPage, {
        url: api.url,
        method: 'POST',
        headers: api.headers,
        body: api.body(perPage),
        expectBody: apiBodies.get(perPage)!,
      }),
    );
  }
  // Requests the load generator abandoned when its run ended are still being answered: let them finish
  // before the API and its connection go away.
  await settle(() => database.watchdog.inFlightCount);
  await app.shutdown();

  // --- the raw handler -----------------------------------------------------------------------------------
  // Embedded: release the API's one connection before the raw handler opens its own (never two at once).
  await database.dataSource.destroy();
  let withClient: <T>(work: (client: pg.ClientBase) => Promise<T>) => Promise<T>;
  if (database.embedded) {
    const { host, port, user, database: name } = database.embedded.connectionOptions;
    const client = new pg.Client({ host, port, user, database: name, ssl: false });
    client.on('error', (error) => logger.warn({ err: error }, 'raw client error'));
    await client.connect();
    onCleanup('close the raw client', () => client.end());
    // One client, leased to one request at a time (FIFO) — as the API's pool of one does.
    let tail: Promise<unknown> = Promise.resolve();
    withClient = (work) => {
      const run = tail.then(() => work(client));
      tail = run.catch(() => undefined);
      return run;
    };
  } else {
    const pool = new pg.Pool({ connectionString: bench.url, max: 10 });
    pool.on('error', (error) => logger.warn({ err: error }, 'raw pool error'));
    onCleanup('close the raw pool', () => pool.end());
    withClient = async (work) => {
      const client = await pool.connect();
      try {
        return await work(client);
      } finally {
        client.release();
      }
    };
  }
  const raw = await startRawServer(withClient);
  onCleanup('stop the raw server', () => raw.close());

  for (const perPage of SETTINGS.pageSizes) {
    const url = `${raw.url}/departments?perPage=${perPage}`;
    const response = await fetch(url);
    const text = await response.text();
    if (response.status !== 200)
      throw new Error(`raw handler answered ${response.status}: ${text.slice(0, 500)}`);
    if (checkDepartments(text, perPage, SETTINGS.departments, 'raw') !== canonical.get(perPage)) {
      failures.push(`raw handler's answer differs from the API's at perPage=${perPage}`);
    }
    results.push(await measure('raw', perPage, { url, method: 'GET', headers: {}, expectBody: text }));
  }

  // Order the table: api/raw per page size.
  results.sort((a, b) => a.perPage - b.perPage || a.side.localeCompare(b.side));
  for (const r of results) {
    const { errors, timeouts, non2xx, mismatches, mismatchSamples } = r.load;
    if (errors || timeouts || non2xx || mismatches) {
      failures.push(
        `${r.name}: ${errors} errors, ${timeouts} timeouts, ${non2xx} non-2xx, ${mismatches} unexpected bodies` +
          (mismatchSamples.length ? ` (e.g. ${mismatchSamples[0].slice(0, 200)})` : ''),
      );
    }
    if (r.load.completed === 0) failures.push(`${r.name}: no request completed`);
  }
  printReport({ backend: bench.label, serverVersion, results, counts, failures, loadBefore });
  return failures.length ? 1 : 0;
}

let exiting = false;
async function finish(code: number) {
  if (exiting) return;
  exiting = true;
  const cleaned = await cleanupAll();
  const exitCode = code || (cleaned ? 0 : 1);
  process.exitCode = exitCode;
  // Anything still holding the event loop open would be a leak: do not hang on it.
  setTimeout(() => {
    process.stderr.write('bench: handles still open after cleanup; exiting\n');
    process.exit(exitCode);
  }, 5_000).unref();
}

// `on`, not `once`: Apollo Server also listens for these signals and, after stopping, raises the signal
// again (stopOnTerminationSignals) — with no listener of ours left, that would kill the process before
// the bench database is dropped. Repeated signals are ignored; the cleanup has its own time limit.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (exiting) return;
    process.stderr.write(`bench: ${signal}, cleaning up…\n`);
    activeLoad?.kill('SIGKILL');
    setTimeout(() => {
      process.stderr.write('bench: cleanup did not finish within 120 s; exiting\n');
      process.exit(130);
    }, 120_000).unref();
    void finish(130);
  });
}

main().then(
  (code) => finish(code),
  (error: unknown) => {
    process.stderr.write(
      `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return finish(1);
  },
);
