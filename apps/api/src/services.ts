import type { AppConfig } from './config.js';
import type { Clock } from './clock.js';
import type { Database } from './db/database.js';
import type { Logger } from './logger.js';
import type { TokenUsageCounter } from './modules/api-token/token-usage.js';

/** What every request handler may use; built once per process in app.ts. */
export interface AppServices {
  config: AppConfig;
  logger: Logger;
  clock: Clock;
  db: Database;
  tokenUsage: TokenUsageCounter;
}
