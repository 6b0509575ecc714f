import { Writable } from 'node:stream';
import { startApp, type App } from '../../src/app.js';
import { ManualClock } from '../../src/clock.js';
import { loadConfig, type AppConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import type { ExtraResolvers } from '../../src/schema.js';
import type { JobDefinition } from '../../src/jobs/job-definition.js';
import { createTestDatabase, type TestDatabase } from './backend.js';
import { GraphQLClient } from './graphql-client.js';

export const TEST_START = '2026-11-26T02:00:00.000Z';
export const TEST_ENCRYPTION_KEY = { id: 'test-1', key: Buffer.alloc(32, 7) };

export interface TestApp {
  app: App;
  url: string;
  clock: ManualClock;
  db: TestDatabase;
  config: AppConfig;
  /** Every JSON log line written so far (tests look for leaks in them). */
  logs: string[];
  client(): GraphQLClient;
  close(): Promise<void>;
}

/** The whole API on an ephemeral port over this file's own database, with a settable clock. */
export async function startTestApp(
  overrides: Partial<AppConfig> = {},
  options: { db?: TestDatabase; statementTimeoutMs?: number; extraResolvers?: ExtraResolvers; extraJobs?: readonly JobDefinition[] } = {},
): Promise<TestApp> {
  const db = options.db ?? (await createTestDatabase({ statementTimeoutMs: options.statementTimeoutMs }));
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      logs.push(...String(chunk).split('\n').filter(Boolean));
      callback();
    },
  });
  const config: AppConfig = {
    ...loadConfig({ NODE_ENV: 'test' }),
    port: 0,
    host: '127.0.0.1',
    dataDir: db.dataDir ?? '/nonexistent',
    adminDist: '/nonexistent',
    // Tests run scheduled jobs by calling runDueJobs with their clock, not on a timer.
    jobsEnabled: false,
    // A fixed test key: the API refuses to start without one on PostgreSQL (field encryption at rest).
    dataEncryptionKeys: [TEST_ENCRYPTION_KEY],
    dataEncryptionKeyId: TEST_ENCRYPTION_KEY.id,
    ...overrides,
  };
  const clock = new ManualClock(TEST_START);
  const app = await startApp({
    config,
    logger: createLogger('info', sink),
    clock,
    database: db.database,
    extraResolvers: options.extraResolvers,
    extraJobs: options.extraJobs,
  });
  return {
    app,
    url: app.url,
    clock,
    db,
    config,
    logs,
    client: () => new GraphQLClient(app.url),
    close: async () => {
      await app.shutdown();
      if (!options.db) await db.close();
    },
  };
}
