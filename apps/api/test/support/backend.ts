import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database.js';
import { ENTITIES } from '../../src/db/entities.js';
import { MIGRATIONS } from '../../src/db/migrations/index.js';
import { createLogger } from '../../src/logger.js';

export type Backend = 'postgres' | 'embedded';

declare module 'vitest' {
  export interface ProvidedContext {
    backend: Backend;
    /** postgres: admin URL of the test server; embedded: '' */
    postgresAdminUrl: string;
    /** postgres: migrated template database; embedded: migrated template data folder */
    template: string;
  }
}

export const currentBackend = (): Backend => inject('backend');

export interface TestDatabase {
  backend: Backend;
  database: Database;
  /** PostgreSQL URL of this file's own database (postgres backend only). */
  databaseUrl?: string;
  /** Data folder of this file's own embedded database (embedded backend only). */
  dataDir?: string;
  close(): Promise<void>;
}

export function databaseUrlFor(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A database of this test file's own, cloned from the migrated template: a new PostgreSQL database
 * (CREATE DATABASE … TEMPLATE) or a copy of the embedded data folder. Tests never share state.
 */
export async function createTestDatabase(options: { statementTimeoutMs?: number; poolSize?: number } = {}): Promise<TestDatabase> {
  const backend = inject('backend');
  const template = inject('template');
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const statementTimeoutMs = options.statementTimeoutMs ?? 10_000;
  if (backend === 'postgres') {
    const adminUrl = inject('postgresAdminUrl');
    const name = `gdp_t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    } finally {
      await admin.end();
    }
    const databaseUrl = databaseUrlFor(adminUrl, name);
    const database = await openDatabase({
      databaseUrl,
      dataDir: '',
      entities: ENTITIES,
      migrations: MIGRATIONS,
      statementTimeoutMs,
      logger,
      poolSize: options.poolSize ?? 10,
    });
    return {
      backend,
      database,
      databaseUrl,
      close: async () => {
        await database.close();
        const cleanup = new pg.Client({ connectionString: adminUrl });
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
        await cleanup.end();
      },
    };
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gdp-test-db-'));
  await cp(template, dataDir, { recursive: true });
  const database = await openDatabase({
    dataDir,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    statementTimeoutMs,
    logger,
  });
  return {
    backend,
    database,
    dataDir,
    close: async () => {
      await database.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
