import type { EntityManager } from 'typeorm';
import { systemClock, type Clock } from '../../clock.js';
import type { AppConfig } from '../../config.js';
import { createDatabaseFileStorage } from './database-file-storage.js';
import { createLocalFileStorage } from './local-file-storage.js';
import { createS3FileStorage } from './s3-file-storage.js';

export { assertStorageKey, STORAGE_KEY_MAX, storageNotFound } from './storage-support.js';

export type FileStorageBackend = 'database' | 'local' | 's3';

/**
 * Bytes of uploaded files (attachments), by a key the caller generates. Only the database backend takes
 * part in the caller's transaction: with `local` and `s3` a rolled-back transaction leaves the stored
 * bytes behind (unreferenced), so callers store before they commit and delete only after.
 */
export interface FileStorage {
  readonly backend: FileStorageBackend;
  /** Stores bytes under key, replacing what was there. The database backend writes through `manager` so it joins the caller's transaction. */
  put(manager: EntityManager, key: string, data: Buffer, contentType: string): Promise<void>;
  /** The bytes under key; DomainError NOT_FOUND (STORAGE.NOT_FOUND) when there are none. */
  get(manager: EntityManager, key: string): Promise<Buffer>;
  /** Removes the bytes under key; a key with none is not an error. */
  delete(manager: EntityManager, key: string): Promise<void>;
}

export function createFileStorage(
  config: Pick<AppConfig, 'fileStorage' | 'fileStorageDir' | 's3'>,
  clock: Clock = systemClock,
): FileStorage {
  switch (config.fileStorage) {
    case 'database':
      return createDatabaseFileStorage(clock);
    case 'local':
      return createLocalFileStorage(config.fileStorageDir);
    case 's3':
      if (!config.s3) throw new Error('FILE_STORAGE=s3 needs the S3 settings');
      return createS3FileStorage(config.s3);
  }
}
