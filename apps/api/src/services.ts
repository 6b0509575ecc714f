import type { AppConfig } from './config.js';
import type { Clock } from './clock.js';
import type { Database } from './db/database.js';
import type { Logger } from './logger.js';
import type { JobDefinition } from './jobs/job-definition.js';
import type { TokenUsageCounter } from './modules/api-token/token-usage.js';
import type { OutboxAdapters } from './modules/notice/outbox/outbox-adapter.js';
import type { FieldEncryption } from './shared/crypto/field-encryption.js';
import type { FileStorage } from './shared/storage/file-storage.js';

/** What every request handler may use; built once per process in app.ts. */
export interface AppServices {
  config: AppConfig;
  logger: Logger;
  clock: Clock;
  db: Database;
  tokenUsage: TokenUsageCounter;
  /** Encryption of personal fields at rest (contact addresses, identities), with the configured key ring. */
  fieldEncryption: FieldEncryption;
  /** SMS / e-mail senders for notices, by channel: only those configured. */
  outbox: OutboxAdapters;
  /** Where uploaded files' bytes are kept (FILE_STORAGE). */
  fileStorage: FileStorage;
  /** The scheduled jobs this process checks (job-registry.ts, plus test-only jobs). */
  jobs: readonly JobDefinition[];
}
