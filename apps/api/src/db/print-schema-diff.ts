import 'reflect-metadata';
import { createLogger } from '../logger.js';
import { openDatabase, runPendingMigrations } from './database.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { pendingSchemaChanges } from './schema-drift.js';

/** Developer tool: prints the SQL a new migration needs (DATABASE_URL must point to a scratch database). */
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  process.stderr.write('需要 DATABASE_URL（指向一个临时数据库）\n');
  process.exit(2);
}
const logger = createLogger('warn');
const database = await openDatabase({ databaseUrl, dataDir: '', entities: ENTITIES, migrations: MIGRATIONS, statementTimeoutMs: 60_000, logger });
try {
  await runPendingMigrations(database, logger);
  for (const query of await pendingSchemaChanges(database.dataSource)) process.stdout.write(`${query};\n`);
} finally {
  await database.close();
}
