import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isConnectionError, isStatementTimeout, openDatabase, type Database } from '../../src/db/database.js';
import { concurrencyFixture, readRows, runConcurrentTransactions } from './concurrency-scenario.js';
import { recordingLogger } from './db-test-helpers.js';

const url = process.env.TEST_DATABASE_URL;
if (!url) {
  console.warn(
    '[skip] PostgreSQL tests skipped: set TEST_DATABASE_URL to a PostgreSQL 15 database you may create tables in.',
  );
}

describe.skipIf(!url)('openDatabase: PostgreSQL (TEST_DATABASE_URL)', () => {
  const logger = recordingLogger();
  const fixture = concurrencyFixture();
  let database: Database;

  beforeAll(async () => {
    database = await openDatabase({
      databaseUrl: url,
      dataDir: '/nonexistent-unused',
      entities: [],
      migrations: [fixture.migration],
      statementTimeoutMs: 1_000,
      logger,
      runMigrations: true,
      poolSize: 10,
    });
  });

  afterAll(async () => {
    if (!database) return;
    await fixture.cleanup(database).catch(() => undefined);
    await database.close();
  });

  it('is a PostgreSQL database without an embedded server', () => {
    expect(database.kind).toBe('postgres');
    expect(database.embedded).toBeUndefined();
  });

  it('50 concurrent transactions, 10 violating constraints: 40 stored whole, 10 rejected, no interleaving', async () => {
    const result = await runConcurrentTransactions(database, fixture.table);
    console.info(
      `[measure] PostgreSQL: 50 concurrent transactions in ${result.durationMs} ms`,
      result.rejectionCodes,
    );
    expect(result.fulfilled).toBe(40);
    expect(result.rejected).toBe(10);
    expect(result.rejectionCodes).toEqual({ '23505': 5, '23514': 5 });
    const rows = await readRows(database, fixture.table);
    expect(rows).toHaveLength(80);
    for (let i = 0; i < 50; i++) {
      const parts = rows.filter((row) => row.tx === i);
      if (i % 5 === 4) expect(parts).toEqual([]);
      else {
        expect(parts.map((p) => p.part)).toEqual([1, 2]);
        expect(parts[0].xact).toBe(parts[1].xact);
      }
    }
    expect(new Set(rows.map((r) => r.xact)).size).toBe(40);
  });

  it('statement_timeout stops a long query (57014) and the pool keeps working', async () => {
    const started = Date.now();
    const error = await database.dataSource.query('SELECT pg_sleep(5)').catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(isStatementTimeout(error)).toBe(true);
    expect(isConnectionError(error)).toBe(true);
    expect(await database.dataSource.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('counts statements', async () => {
    const before = database.statementCount();
    await database.dataSource.transaction((manager) => manager.query('SELECT 1'));
    expect(database.statementCount() - before).toBe(3); // START TRANSACTION, SELECT, COMMIT
  });
});
