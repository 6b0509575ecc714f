/**
 * Benchmark of the public catalog at scale: BENCH_CATALOG_ROWS (1,000,000) published entries with Chinese
 * titles and summaries (full bodies on every tenth), read by an external `public:read` token through the
 * real API, against a raw `node:http` + `pg` handler running the same SQL (catalog-public-search.ts).
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:55432/postgres node dist/bench/run-catalog-bench.js
 *
 * PostgreSQL only (a UTF-8 ctype, for Chinese trigrams). The entries are generated once into the database
 * BENCH_CATALOG_DB (gdp_bench_catalog) on that server and KEPT between runs; it is regenerated only when
 * BENCH_CATALOG_ROWS changes. Drop it by hand to start over.
 * Query kinds: the newest page of a category; a 3+ character search, newest first; a 1–2 character title
 * search. Each kind runs BENCH_SECONDS (10) at BENCH_CONNECTIONS (10) concurrent callers, API then raw.
 * The callers run in a worker thread (catalog-bench-callers.ts), for the API and the raw handler alike, so
 * that they never share the event loop of the server under test.
 * Not part of CI.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { API_TOKEN_PREFIX, generateSecretToken, sha256Hex } from '../modules/auth/credentials.js';
import { startApp } from '../app.js';
import { loadConfig, type AppConfig } from '../config.js';
import { openDatabase, runPendingMigrations } from '../db/database.js';
import { ENTITIES } from '../db/entities.js';
import { MIGRATIONS } from '../db/migrations/index.js';
import { createLogger } from '../logger.js';
import {
  cappedTotal,
  queryPublicCatalog,
  type PublicCatalogQuery,
} from '../modules/catalog/catalog-public-search.js';
import { callApi, type CallerJob, type CallerResult } from './catalog-bench-callers.js';
import { benchQuery, CATEGORIES, WORDS, type Kind } from './catalog-bench-queries.js';

const env = (name: string, fallback: number) => Number(process.env[name] || fallback);
const ROWS = env('BENCH_CATALOG_ROWS', 1_000_000);
const SECONDS = env('BENCH_SECONDS', 10);
const CONNECTIONS = env('BENCH_CONNECTIONS', 10);
/** Fewer callers the searches are also measured with (API and raw): where latency stops being queueing. */
const SWEEP = (process.env.BENCH_SWEEP || '1,2,4')
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0 && n < CONNECTIONS);
const DB_NAME = process.env.BENCH_CATALOG_DB || 'gdp_bench_catalog';
const ADMIN_URL = process.env.DATABASE_URL;
const out = (line = '') => process.stdout.write(`${line}\n`);
const logger = createLogger('warn', process.stderr);

/** Titles and summaries from the fixed word list, chosen by row number (same data on every run). */
const GENERATE_SQL = `
  WITH words AS (SELECT $1::text[] AS w)
  INSERT INTO catalog_entry (index_number, entry_version, state, subject_kind, subject_id, review_id, content_version_id,
    owning_department_id, category_id, title, summary, body, formed_date, published_at, publisher_id, version, created_at, updated_at)
  SELECT 'BENCH-' || lpad(i::text, 8, '0'), 1, 'PUBLISHED', 'DOCUMENT', gen_random_uuid(), gen_random_uuid(), gen_random_uuid(),
    $2::uuid, ($3::uuid[])[1 + i % 8],
    w[1 + i % 40] || w[1 + (i / 7) % 40] || w[1 + (i / 53) % 40] || w[1 + (i / 401) % 40] || '（第' || i || '号）',
    '为做好' || w[1 + (i / 3) % 40] || w[1 + (i / 11) % 40] || '工作，根据有关规定，现就' || w[1 + (i / 29) % 40] || w[1 + (i / 97) % 40] || '有关事项' || w[1 + (i / 13) % 40] || '如下。',
    CASE WHEN i % 10 = 0 THEN repeat('第一条 ' || w[1 + i % 40] || w[1 + (i / 5) % 40] || '应当依法公开。', 60) ELSE '' END,
    DATE '2020-01-01' + (i / 500), TIMESTAMPTZ '2020-01-01 08:00+08' + i * INTERVAL '2 minutes', $2::uuid, 1, now(), now()
  FROM words, generate_series($4::int, $5::int) AS i`;

async function prepare(url: string): Promise<{ departmentId: string }> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [DB_NAME])).rowCount;
  if (!exists) await admin.query(`CREATE DATABASE ${DB_NAME}`);
  await admin.end();
  const database = await openDatabase({
    entities: ENTITIES,
    migrations: MIGRATIONS,
    databaseUrl: url,
    dataDir: '',
    poolSize: 2,
    statementTimeoutMs: 0,
    logger,
    slowQueryMs: 0,
  });
  await runPendingMigrations(database, logger);
  const ds = database.dataSource;
  const [{ n }] = await ds.query(
    `SELECT count(*)::int AS n FROM catalog_entry WHERE index_number LIKE 'BENCH-%'`,
  );
  let [department] = await ds.query(`SELECT id FROM department WHERE code = 'BENCHCAT'`);
  if (!department) {
    [department] = await ds.query(
      `INSERT INTO department (code, name, kind, sort_order, is_active, version, created_at, updated_at)
       VALUES ('BENCHCAT', '基准测试办公室', 'OFFICE', 1, true, 1, now(), now()) RETURNING id`,
    );
  }
  if (n !== ROWS) {
    const started = Date.now();
    process.stderr.write(`bench: generating ${ROWS} entries (was ${n})…\n`);
    const resume = database.watchdog.suspend();
    await ds.query(`DELETE FROM catalog_entry WHERE index_number LIKE 'BENCH-%'`).catch(async () => {
      await ds.query(`ALTER TABLE catalog_entry DISABLE TRIGGER catalog_entry_no_delete`);
      await ds.query(`DELETE FROM catalog_entry WHERE index_number LIKE 'BENCH-%'`);
      await ds.query(`ALTER TABLE catalog_entry ENABLE TRIGGER catalog_entry_no_delete`);
    });
    // The search indexes are built once after the load: much faster than row by row.
    const indexes = (await ds.query(
      `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'catalog_entry' AND indexname IN ('IDX_catalog_entry_title_trgm', 'IDX_catalog_entry_summary_trgm', 'IDX_catalog_entry_title_grams')`,
    )) as Array<{ indexname: string; indexdef: string }>;
    for (const index of indexes) await ds.query(`DROP INDEX "${index.indexname}"`);
    for (let from = 1; from <= ROWS; from += 100_000) {
      await ds.query(GENERATE_SQL, [WORDS, department.id, CATEGORIES, from, Math.min(ROWS, from + 99_999)]);
    }
    for (const index of indexes) await ds.query(index.indexdef);
    await ds.query(`UPDATE catalog_state SET stamp = stamp + 1`);
    await ds.query(`VACUUM ANALYZE catalog_entry`);
    resume();
    process.stderr.write(`bench: generated in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  } else process.stderr.write(`bench: reusing ${n} entries in database ${DB_NAME}\n`);
  await database.close();
  return { departmentId: department.id };
}

/** Number of the next request (see benchQuery), carried on from one run of callers to the next. */
let counter = 0;

/** `connections` callers for SECONDS, in a worker thread. */
async function drive(
  target: 'api' | 'raw',
  url: string,
  token: string,
  kind: Kind,
  connections = CONNECTIONS,
) {
  const job: CallerJob = { target, url, token, kind, connections, seconds: SECONDS, counter };
  const worker = new Worker(new URL('./catalog-bench-callers.js', import.meta.url), { workerData: job });
  const message = await new Promise<{ ok: true; result: CallerResult } | { ok: false; error: string }>(
    (resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    },
  );
  await worker.terminate();
  if (!message.ok) throw new Error(message.error);
  counter = message.result.counter;
  return message.result;
}

async function main() {
  if (!ADMIN_URL) {
    // A million entries are for PostgreSQL; the embedded database is for one office's light use.
    out('Public catalog benchmark: skipped — it needs PostgreSQL (DATABASE_URL=postgres://…).');
    return;
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${DB_NAME}`;
  const { departmentId } = await prepare(url.toString());

  const database = await openDatabase({
    entities: ENTITIES,
    migrations: MIGRATIONS,
    databaseUrl: url.toString(),
    dataDir: '',
    poolSize: 10,
    statementTimeoutMs: 60_000,
    logger,
    slowQueryMs: 0,
  });
  const ds = database.dataSource;
  const token = generateSecretToken(API_TOKEN_PREFIX);
  const [creator] = await ds.query(`SELECT id FROM app_user LIMIT 1`);
  await ds.query(
    `INSERT INTO api_token (name, prefix, token_hash, scopes, rate_limit_per_minute, created_by_id, created_at, version)
     VALUES ($1, $2, $3, '{public:read}', 100000000, $4, now(), 1)`,
    [
      `bench-${randomBytes(3).toString('hex')}`,
      token.slice(0, 12),
      sha256Hex(token),
      creator?.id ?? departmentId,
    ],
  );
  const config: AppConfig = {
    ...loadConfig({}),
    port: 0,
    host: '127.0.0.1',
    databaseUrl: url.toString(),
    dataDir: '/nonexistent',
    demoMode: false,
    logLevel: 'warn',
    adminDist: '/nonexistent',
    shutdownGraceMs: 5_000,
    dataEncryptionKeys: [{ id: 'bench', key: randomBytes(32) }],
    dataEncryptionKeyId: 'bench',
  };
  const app = await startApp({ config, logger, database });
  const apiUrl = `${app.url}/graphql`;
  const viaApi = (query: PublicCatalogQuery) => callApi(apiUrl, token, query);

  // The raw handler: the same statements as the API on a cache miss, without GraphQL, credential or cache.
  const pool = new pg.Pool({ connectionString: url.toString(), max: 10 });
  let rawStatements = 0;
  let rawRequests = 0;
  const raw = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', async () => {
      const query = JSON.parse(body) as PublicCatalogQuery;
      rawRequests++;
      const { rows, counted } = await queryPublicCatalog(async (sql, params) => {
        rawStatements++;
        return (await pool.query(sql, params)).rows;
      }, query);
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ data: { publicCatalogEntries: { ...cappedTotal(counted), items: rows } } }));
    });
  });
  await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
  const rawUrl = `http://127.0.0.1:${(raw.address() as { port: number }).port}/`;

  // SQL statements per request: the database's statement counter around sequential API calls.
  const statementsPerRequest = async (kind: Kind) => {
    const before = database.statementCount();
    for (let i = 0; i < 40; i++) await viaApi(benchQuery(kind, counter++));
    return (database.statementCount() - before) / 40;
  };
  /** …and for one request right after a catalog change (every replica's cache stale). */
  const statementsOnMiss = async (kind: Kind) => {
    await ds.query(`UPDATE catalog_state SET stamp = stamp + 1 WHERE id = 1`);
    const before = database.statementCount();
    await viaApi(benchQuery(kind, counter++));
    return database.statementCount() - before;
  };

  out(
    `Public catalog benchmark — ${ROWS} published entries (bodies on ${Math.floor(ROWS / 10)}), database ${DB_NAME} on ${url.host} (kept)`,
  );
  out(`${CONNECTIONS} concurrent callers, ${SECONDS} s per case; API caller: external public:read token`);
  const kinds: Kind[] = ['list', 'search3', 'search12'];
  const results: Record<
    string,
    {
      api: Awaited<ReturnType<typeof drive>>;
      raw: Awaited<ReturnType<typeof drive>>;
      sql: number;
      sweep: Array<{ connections: number; api: Awaited<ReturnType<typeof drive>>; raw: Awaited<ReturnType<typeof drive>> }>;
    }
  > = {};
  /** A catalog change: every cached answer is stale, so a measured run starts from an empty cache. */
  const invalidateCache = () => ds.query(`UPDATE catalog_state SET stamp = stamp + 1 WHERE id = 1`);
  for (const kind of kinds) {
    await drive('api', apiUrl, token, kind); // warm-up
    const sql = await statementsPerRequest(kind);
    const sqlOnMiss = await statementsOnMiss(kind);
    await invalidateCache();
    const statementsBefore = database.statementCount();
    const api = await drive('api', apiUrl, token, kind);
    // Statements per request while measured: below the cache-miss figure by the share of cache hits.
    const sqlInRun = (database.statementCount() - statementsBefore) / api.requests;
    rawStatements = rawRequests = 0;
    const rawResult = await drive('raw', rawUrl, token, kind);
    const rawSql = rawStatements / rawRequests;
    // Fewer callers: the time a search takes with less queueing behind the others, API and raw alike.
    const sweep = [];
    for (const connections of kind === 'list' ? [] : SWEEP) {
      await invalidateCache();
      const apiAt = await drive('api', apiUrl, token, kind, connections);
      const rawAt = await drive('raw', rawUrl, token, kind, connections);
      sweep.push({ connections, api: apiAt, raw: rawAt });
    }
    results[kind] = { api, raw: rawResult, sql, sweep };
    const f = (n: number) => n.toFixed(1);
    out(
      `${kind.padEnd(9)} API ${f(api.rps)} req/s p50 ${f(api.p50)} p95 ${f(api.p95)} p99 ${f(api.p99)} ms | raw ${f(rawResult.rps)} req/s p50 ${f(rawResult.p50)} p95 ${f(rawResult.p95)} p99 ${f(rawResult.p99)} ms | ratio ${(api.rps / rawResult.rps).toFixed(2)}× | SQL statements per API request ${sql.toFixed(2)} (on a cache miss ${sqlOnMiss}; in the measured run ${sqlInRun.toFixed(2)}; raw handler ${rawSql.toFixed(2)})`,
    );
  }
  for (const kind of kinds) {
    for (const { connections, api, raw: rawAt } of results[kind].sweep) {
      const f = (n: number) => n.toFixed(1);
      out(
        `${kind.padEnd(9)} ${connections} caller${connections > 1 ? 's' : ' '}: API ${f(api.rps)} req/s p50 ${f(api.p50)} p95 ${f(api.p95)} p99 ${f(api.p99)} ms | raw ${f(rawAt.rps)} req/s p50 ${f(rawAt.p50)} p95 ${f(rawAt.p95)} ms`,
      );
    }
  }
  const ratio = results.list.api.rps / results.list.raw.rps;
  out(`target list throughput ≥ 0.5× raw: ${ratio.toFixed(2)}× ${ratio >= 0.5 ? 'MET' : 'NOT MET'}`);
  for (const [kind, label, limit] of [
    ['search3', '≥3 chars', 50],
    ['search12', '1–2 chars', 100],
  ] as const) {
    const { api, sweep } = results[kind];
    const levels = [...sweep, { connections: CONNECTIONS, api }];
    out(
      `target search ${label} p95 ≤ ${limit} ms: ` +
        levels
          .map(({ connections, api: at }) => `${connections} callers ${at.p95.toFixed(1)} ms ${at.p95 <= limit ? 'MET' : 'NOT MET'}`)
          .join('; '),
    );
  }
  // Other work on the machine skews every figure: print how busy it was.
  out(
    `load average: ${os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')} on ${os.cpus().length} cores`,
  );
  raw.close();
  await pool.end();
  await app.shutdown();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
