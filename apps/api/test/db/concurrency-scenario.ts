import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { Database } from '../../src/db/database.js';

/**
 * A tiny table for concurrency tests, created by a migration defined here. The table and migration
 * names carry a timestamp, so runs against a shared PostgreSQL database never collide.
 */
export function concurrencyFixture(stamp = Date.now()): {
  table: string;
  migration: new () => MigrationInterface;
  cleanup(database: Database): Promise<void>;
} {
  const table = `gdp_conc_test_${stamp}`;
  const migrationName = `ConcurrencyTestTable${stamp}`;
  class ConcurrencyTestTable implements MigrationInterface {
    name = migrationName;
    async up(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(`
        CREATE TABLE ${table} (
          id serial PRIMARY KEY,
          tx int NOT NULL,
          part int NOT NULL,
          code text NOT NULL UNIQUE,
          qty int NOT NULL CHECK (qty > 0),
          xact bigint NOT NULL DEFAULT txid_current()
        )`);
      await queryRunner.query(`INSERT INTO ${table} (tx, part, code, qty) VALUES (-1, 0, 'taken', 1)`);
    }
    async down(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
  return {
    table,
    migration: ConcurrencyTestTable,
    async cleanup(database) {
      await database.dataSource.query(`DROP TABLE IF EXISTS ${table}`);
      await database.dataSource.query(`DELETE FROM migrations WHERE name = $1`, [migrationName]);
    },
  };
}

export interface ConcurrencyResult {
  fulfilled: number;
  rejected: number;
  rejectionCodes: Record<string, number>;
  durationMs: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * 50 concurrent `dataSource.transaction()` calls, each writing two rows with a pause in between (so
 * transactions would interleave if they could). Transactions i % 5 === 4 (10 of them) fail on their
 * second row: even ones on the unique constraint, odd ones on the check constraint.
 */
export async function runConcurrentTransactions(
  database: Database,
  table: string,
): Promise<ConcurrencyResult> {
  const started = Date.now();
  const results = await Promise.allSettled(
    Array.from({ length: 50 }, (_, i) =>
      database.dataSource.transaction(async (manager) => {
        await manager.query(`INSERT INTO ${table} (tx, part, code, qty) VALUES ($1, 1, $2, 1)`, [
          i,
          `t${i}-1`,
        ]);
        await pause(i % 3);
        const invalid = i % 5 === 4;
        const code = invalid && i % 2 === 0 ? 'taken' : `t${i}-2`;
        const qty = invalid && i % 2 === 1 ? 0 : 2;
        await manager.query(`INSERT INTO ${table} (tx, part, code, qty) VALUES ($1, 2, $2, $3)`, [
          i,
          code,
          qty,
        ]);
      }),
    ),
  );
  const rejectionCodes: Record<string, number> = {};
  for (const result of results) {
    if (result.status === 'rejected') {
      const error = result.reason as { driverError?: { code?: string }; code?: string };
      const code = error.driverError?.code ?? error.code ?? 'unknown';
      rejectionCodes[code] = (rejectionCodes[code] ?? 0) + 1;
    }
  }
  return {
    fulfilled: results.filter((r) => r.status === 'fulfilled').length,
    rejected: results.filter((r) => r.status === 'rejected').length,
    rejectionCodes,
    durationMs: Date.now() - started,
  };
}

export async function readRows(
  database: Database,
  table: string,
): Promise<Array<{ tx: number; part: number; xact: string }>> {
  return database.dataSource.query(
    `SELECT tx, part, xact::text AS xact FROM ${table} WHERE tx >= 0 ORDER BY tx, part`,
  );
}
