import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase, runPendingMigrations } from '../../src/db/database.js';
import { ENTITIES } from '../../src/db/entities.js';
import { MIGRATIONS } from '../../src/db/migrations/index.js';
import { createLogger } from '../../src/logger.js';
import { databaseUrlFor, type Backend } from './backend.js';

/**
 * Runs the migrations once per backend into a template that every test file clones: a template
 * database on PostgreSQL, a data folder for the embedded database.
 */
export default async function setup(project: TestProject) {
  const backend = (project.config.env?.TEST_BACKEND ?? process.env.TEST_BACKEND) as Backend;
  const logger = createLogger('warn');
  if (backend === 'postgres') {
    const adminUrl = process.env.TEST_DATABASE_URL;
    if (!adminUrl) {
      throw new Error(
        'TEST_DATABASE_URL is not set: the postgres test project needs a PostgreSQL server (the README test command provides one), or set TEST_BACKENDS=embedded',
      );
    }
    const template = `gdp_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${template}`);
    await admin.end();
    const database = await openDatabase({
      databaseUrl: databaseUrlFor(adminUrl, template),
      dataDir: '',
      entities: ENTITIES,
      migrations: MIGRATIONS,
      statementTimeoutMs: 60_000,
      logger,
      poolSize: 1,
    });
    await runPendingMigrations(database, logger);
    await database.close();
    project.provide('backend', 'postgres');
    project.provide('postgresAdminUrl', adminUrl);
    project.provide('template', template);
    return async () => {
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`).catch(() => undefined);
      await cleanup.end();
    };
  }
  const template = await mkdtemp(path.join(os.tmpdir(), 'gdp-test-template-'));
  const database = await openDatabase({
    dataDir: template,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    statementTimeoutMs: 60_000,
    logger,
  });
  await runPendingMigrations(database, logger);
  await database.close();
  project.provide('backend', 'embedded');
  project.provide('postgresAdminUrl', '');
  project.provide('template', template);
  return async () => {
    await rm(template, { recursive: true, force: true });
  };
}
