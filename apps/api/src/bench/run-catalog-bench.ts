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
 * The callers run in this process (fetch), for the API and the raw handler alike.
 * Not part of CI.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
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

const env = (name: string, fallback: number) => Number(process.env[name] || fallback);
const ROWS = env('BENCH_CATALOG_ROWS', 1_000_000);
const SECONDS = env('BENCH_SECONDS', 10);
const CONNECTIONS = env('BENCH_CONNECTIONS', 10);
const DB_NAME = process.env.BENCH_CATALOG_DB || 'gdp_bench_catalog';
const ADMIN_URL = process.env.DATABASE_URL;
const out = (line = '') => process.stdout.write(`${line}\n`);
const logger = createLogger('warn', process.stderr);

const CATEGORIES = Array.from({ length: 8 }, (_, i) => `00000000-0000-4000-8000-00000000000${i}`);
const WORDS = [
  '关于',
  '印发',
  '通知',
  '公告',
  '文化',
  '市场',
  '综合',
  '执法',
  '规范',
  '预算',
  '决算',
  '审计',
  '整改',
  '税务',
  '环境',
  '保护',
  '交通',
  '运输',
  '教育',
  '卫生',
  '健康',
  '住房',
  '保障',
  '安全',
  '生产',
  '应急',
  '管理',
  '农业',
  '农村',
  '社会',
  '救助',
  '养老',
  '服务',
  '工作',
  '方案',
  '实施',
  '意见',
  '办法',
  '规划',
  '报告',
];

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

type Kind = 'list' | 'search3' | 'search12';
let counter = 0;
/**
 * Lists cycle through the 8 categories (answers repeat: the cache's case). Search terms vary so that most
 * API searches miss the cache: 3+ characters are two words of the list (1,600 terms, 4 characters);
 * 1–2 characters are one character of a word (80 terms) or the 2 characters across two words (1,600).
 */
function nextQuery(kind: Kind): PublicCatalogQuery {
  counter++;
  const a = WORDS[counter % 40];
  const b = WORDS[Math.floor(counter / 40) % 40];
  if (kind === 'list') return { categoryId: CATEGORIES[counter % 8], offset: 0, limit: 20 };
  if (kind === 'search3') return { search: a + b, offset: 0, limit: 20 };
  return { search: counter % 3 === 0 ? a[Math.floor(counter / 40) % 2] : a[1] + b[0], offset: 0, limit: 20 };
}

async function drive(
  send: (query: PublicCatalogQuery) => Promise<void>,
  kind: Kind,
  connections = CONNECTIONS,
) {
  const latencies: number[] = [];
  const until = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < until) {
        const started = performance.now();
        await send(nextQuery(kind));
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
  return { rps: latencies.length / SECONDS, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
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
  const QUERY = `query($f: PublicCatalogEntryFilter, $p: PageInput) { publicCatalogEntries(filter: $f, page: $p) { total totalIsCapped items { indexNumber entryVersion title summary body documentNumber category { id name } departmentName formedDate publishedAt subjectKind corrections { entryVersion publishedAt } } } }`;
  const viaApi = async (query: PublicCatalogQuery) => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: QUERY,
        variables: { f: { categoryId: query.categoryId, search: query.search }, p: { perPage: query.limit } },
      }),
    });
    const text = await response.text();
    if (response.status !== 200 || text.includes('"errors"')) throw new Error(text.slice(0, 300));
  };

  // The raw handler: the same statements as the API on a cache miss (page, count, names, versions).
  const pool = new pg.Pool({ connectionString: url.toString(), max: 10 });
  let rawStatements = 0;
  let rawRequests = 0;
  const rawQuery = (sql: string, params: unknown[]) => {
    rawStatements++;
    return pool.query(sql, params);
  };
  const raw = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', async () => {
      const query = JSON.parse(body) as PublicCatalogQuery;
      rawRequests++;
      const { rows, counted } = await queryPublicCatalog(
        async (sql, params) => (await rawQuery(sql, params)).rows,
        query,
      );
      const [departments, categories, versions] = await Promise.all([
        rawQuery(`SELECT id, name FROM department WHERE id = ANY($1)`, [
          [...new Set(rows.map((r) => r.owningDepartmentId))],
        ]),
        rawQuery(`SELECT id, name FROM catalog_category WHERE id = ANY($1)`, [
          [...new Set(rows.map((r) => r.categoryId))],
        ]),
        rawQuery(
          `SELECT index_number, entry_version, published_at FROM catalog_entry WHERE index_number = ANY($1) ORDER BY entry_version`,
          [rows.map((r) => r.indexNumber)],
        ),
      ]);
      const names = new Map(departments.rows.map((d) => [d.id, d.name]));
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          data: {
            publicCatalogEntries: {
              ...cappedTotal(counted),
              items: rows.map((r) => ({
                ...r,
                departmentName: names.get(r.owningDepartmentId),
                categories: categories.rowCount,
                versions: versions.rowCount,
              })),
            },
          },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
  const rawUrl = `http://127.0.0.1:${(raw.address() as { port: number }).port}/`;
  const viaRaw = async (query: PublicCatalogQuery) => {
    const response = await fetch(rawUrl, { method: 'POST', body: JSON.stringify(query) });
    await response.text();
  };

  // SQL statements per request: the database's statement counter around sequential API calls.
  const statementsPerRequest = async (kind: Kind) => {
    const before = database.statementCount();
    for (let i = 0; i < 40; i++) await viaApi(nextQuery(kind));
    return (database.statementCount() - before) / 40;
  };
  /** …and for one request right after a catalog change (every replica's cache stale). */
  const statementsOnMiss = async (kind: Kind) => {
    await ds.query(`UPDATE catalog_state SET stamp = stamp + 1 WHERE id = 1`);
    const before = database.statementCount();
    await viaApi(nextQuery(kind));
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
      alone: Awaited<ReturnType<typeof drive>>;
    }
  > = {};
  for (const kind of kinds) {
    await drive(viaApi, kind); // warm-up
    const sql = await statementsPerRequest(kind);
    const sqlOnMiss = await statementsOnMiss(kind);
    const api = await drive(viaApi, kind);
    rawStatements = rawRequests = 0;
    const rawResult = await drive(viaRaw, kind);
    const rawSql = rawStatements / rawRequests;
    // One caller at a time: the time a search takes, without queueing behind the other callers.
    const alone = await drive(viaApi, kind, 1);
    results[kind] = { api, raw: rawResult, sql, alone };
    const f = (n: number) => n.toFixed(1);
    out(
      `${kind.padEnd(9)} API ${f(api.rps)} req/s p50 ${f(api.p50)} p95 ${f(api.p95)} p99 ${f(api.p99)} ms | raw ${f(rawResult.rps)} req/s p50 ${f(rawResult.p50)} p95 ${f(rawResult.p95)} p99 ${f(rawResult.p99)} ms | ratio ${(api.rps / rawResult.rps).toFixed(2)}× | SQL statements per API request ${sql.toFixed(2)} (on a cache miss ${sqlOnMiss}; raw handler ${rawSql.toFixed(2)})`,
    );
  }
  for (const kind of kinds) {
    const { alone } = results[kind];
    out(
      `${kind.padEnd(9)} API, 1 caller: ${alone.rps.toFixed(1)} req/s p50 ${alone.p50.toFixed(1)} p95 ${alone.p95.toFixed(1)} p99 ${alone.p99.toFixed(1)} ms`,
    );
  }
  const ratio = results.list.api.rps / results.list.raw.rps;
  out(`target list throughput ≥ 0.5× raw: ${ratio.toFixed(2)}× ${ratio >= 0.5 ? 'MET' : 'NOT MET'}`);
  for (const [kind, label, limit] of [
    ['search3', '≥3 chars', 50],
    ['search12', '1–2 chars', 100],
  ] as const) {
    const { api, alone } = results[kind];
    out(
      `target search ${label} p95 ≤ ${limit} ms: ${CONNECTIONS} callers ${api.p95.toFixed(1)} ms ${api.p95 <= limit ? 'MET' : 'NOT MET'}; ` +
        `1 caller ${alone.p95.toFixed(1)} ms ${alone.p95 <= limit ? 'MET' : 'NOT MET'}`,
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
