import { Writable } from 'node:stream';
import { startApp, type App } from '../../src/app.js';
import { ManualClock } from '../../src/clock.js';
import { loadConfig, type AppConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createTestDatabase, type TestDatabase } from './backend.js';
import { GraphQLClient } from './graphql-client.js';

export const TEST_START = '2026-11-26T02:00:00.000Z';

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
  options: { db?: TestDatabase; statementTimeoutMs?: number } = {},
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
    ...overrides,
  };
  const clock = new ManualClock(TEST_START);
  const app = await startApp({ config, logger: createLogger('info', sink), clock, database: db.database });
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
