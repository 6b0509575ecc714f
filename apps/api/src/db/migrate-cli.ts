import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { openDatabase, runPendingMigrations } from './database.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

/** Runs pending migrations and exits (the server also runs them at start-up). */
const config = loadConfig();
const logger = createLogger(config.logLevel);
try {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    statementTimeoutMs: config.statementTimeoutMs,
    logger,
  });
  try {
    const executed = await runPendingMigrations(database, logger);
    process.stdout.write(executed.length ? `已执行迁移：${executed.join(', ')}\n` : '数据库已是最新\n');
  } finally {
    await database.close();
  }
} catch (error) {
  process.stderr.write(`迁移失败：${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
