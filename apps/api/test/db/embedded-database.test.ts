import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isConnectionError, isStatementTimeout, openDatabase, type Database } from '../../src/db/database.js';
import { concurrencyFixture, readRows, runConcurrentTransactions } from './concurrency-scenario.js';
import { makeTempDir, recordingLogger, removeDir } from './db-test-helpers.js';

describe('openDatabase: embedded', () => {
  const logger = recordingLogger();
  const fixture = concurrencyFixture();
  let dir: string;
  let database: Database;

  beforeAll(async () => {
    dir = makeTempDir('gdp-db-');
    const started = Date.now();
    database = await openDatabase({
      dataDir: dir,
      entities: [],
      migrations: [fixture.migration],
      statementTimeoutMs: 1_000,
      logger,
      runMigrations: true,
      startTimeoutMs: 30_000,
    });
    console.info(`[measure] openDatabase (first start + migration): ${Date.now() - started} ms`);
  });

  afterAll(async () => {
    await database?.close();
    removeDir(dir);
  });

  it('uses one pooled connection over the unix socket', async () => {
    expect(database.kind).toBe('embedded');
    const options = database.dataSource.options as { extra?: { max?: number }; ssl?: unknown; host?: string };
    expect(options.extra?.max).toBe(1);
    expect(options.ssl).toBe(false);
    expect(options.host).toBe(database.embedded!.socketDir);
    const before = database.statementCount();
    await database.dataSource.query('SELECT 1');
    expect(database.statementCount()).toBe(before + 1);
  });

  it('50 concurrent transactions, 10 violating constraints: 40 stored whole, 10 rejected, no interleaving', async () => {
    const result = await runConcurrentTransactions(database, fixture.table);
    console.info(
      `[measure] embedded: 50 concurrent transactions in ${result.durationMs} ms`,
      result.rejectionCodes,
    );
    expect(result.fulfilled).toBe(40);
    expect(result.rejected).toBe(10);
    expect(result.rejectionCodes).toEqual({ '23505': 5, '23514': 5 });

    const rows = await readRows(database, fixture.table);
    expect(rows).toHaveLength(80);
    const byTx = new Map<number, typeof rows>();
    for (const row of rows) byTx.set(row.tx, [...(byTx.get(row.tx) ?? []), row]);
    for (let i = 0; i < 50; i++) {
      const parts = byTx.get(i) ?? [];
      if (i % 5 === 4) {
        expect(parts, `failed transaction ${i} left rows`).toEqual([]);
      } else {
        expect(parts.map((p) => p.part)).toEqual([1, 2]);
        // both rows written inside the same database transaction
        expect(parts[0].xact).toBe(parts[1].xact);
      }
    }
    expect(new Set(rows.map((r) => r.xact)).size).toBe(40);
  });

  it('stops a runaway query by restarting the child; committed data survives; the pool recovers', async () => {
    await database.dataSource.query(`CREATE TABLE IF NOT EXISTS runaway_kept (v int)`);
    await database.dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO runaway_kept VALUES (1), (2), (3)`);
    });
    const restartsBefore = database.embedded!.restarts;

    // The API's event loop keeps running while the child is busy.
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 50);
    const started = Date.now();
    const runaway = database.dataSource.query('SELECT pg_sleep(5)').catch((e: unknown) => e);
    // Requests arriving meanwhile wait for the only connection, then run on the new child.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const waiting = Array.from({ length: 5 }, (_, i) =>
      database.dataSource.query('SELECT $1::int AS i', [i]),
    );
    const error = await runaway;
    const failedAfter = Date.now() - started;
    clearInterval(ticker);
    expect((await Promise.all(waiting)).map((rows) => rows[0].i)).toEqual([0, 1, 2, 3, 4]);
    console.info(
      `[measure] runaway query (timeout 1000 ms) rejected after ${failedAfter} ms; ${ticks} timer ticks meanwhile; ` +
        `5 queued queries answered ${Date.now() - started - failedAfter} ms later (child restart)`,
    );

    expect(error).toBeInstanceOf(Error);
    expect(isConnectionError(error)).toBe(true);
    expect(isStatementTimeout(error)).toBe(true);
    expect(failedAfter).toBeGreaterThanOrEqual(900);
    expect(failedAfter).toBeLessThan(4_000);
    expect(ticks).toBeGreaterThan(10);

    // Committed data is intact, and the same DataSource keeps working.
    const rows = await database.dataSource.query('SELECT v FROM runaway_kept ORDER BY v');
    expect(rows).toEqual([{ v: 1 }, { v: 2 }, { v: 3 }]);
    expect(database.embedded!.restarts).toBe(restartsBefore + 1);
    expect((await readRows(database, fixture.table)).length).toBe(80);
  });

  it('a runaway query inside a transaction: the transaction fails, nothing of it is kept, then work continues', async () => {
    const restartsBefore = database.embedded!.restarts;
    const error = await database.dataSource
      .transaction(async (manager) => {
        await manager.query(`INSERT INTO runaway_kept VALUES (99)`);
        await manager.query('SELECT pg_sleep(5)');
      })
      .catch((e: unknown) => e);
    expect(isConnectionError(error)).toBe(true);
    const rows = await database.dataSource.transaction((manager) =>
      manager.query('SELECT count(*)::int AS n, max(v) AS max FROM runaway_kept'),
    );
    expect(rows).toEqual([{ n: 3, max: 3 }]);
    expect(database.embedded!.restarts).toBe(restartsBefore + 1);
  });
});
