import type { Clock } from '../../clock.js';
import { FileBlob } from './file-blob.entity.js';
import type { FileStorage } from './file-storage.js';
import { assertStorageKey, storageNotFound } from './storage-support.js';

/** Files as rows of file_blob, written in the caller's transaction: a rolled-back upload leaves nothing. */
export function createDatabaseFileStorage(clock: Clock): FileStorage {
  return {
    backend: 'database',
    async put(manager, key, data) {
      assertStorageKey(key);
      await manager
        .createQueryBuilder()
        .insert()
        .into(FileBlob)
        .values({ key, data, createdAt: clock.now() })
        .orUpdate(['data', 'created_at'], ['key'])
        .execute();
    },
    async get(manager, key) {
      assertStorageKey(key);
      const blob = await manager.findOne(FileBlob, { where: { key }, select: { key: true, data: true } });
      if (!blob) throw storageNotFound();
      return blob.data;
    },
    async delete(manager, key) {
      assertStorageKey(key);
      await manager.delete(FileBlob, { key });
    },
  };
}
