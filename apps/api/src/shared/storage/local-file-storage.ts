import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { FileStorage } from './file-storage.js';
import { assertStorageKey, storageNotFound } from './storage-support.js';

/** Errors that mean "nothing is stored under this key" (a missing file, or a path through a file or to a folder). */
const ABSENT = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);
const isAbsent = (error: unknown): boolean => ABSENT.has((error as NodeJS.ErrnoException).code ?? '');

/**
 * Files in a folder, one file per key. A file is written beside its target and renamed into place, so a
 * reader never sees half a file; files are readable by the service's user only.
 */
export function createLocalFileStorage(root: string): FileStorage {
  const pathOf = (key: string): string => {
    assertStorageKey(key);
    return path.join(root, ...key.split('/'));
  };
  return {
    backend: 'local',
    async put(_manager, key, data) {
      const target = pathOf(key);
      await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
      // Keys have no dots, so a temporary name can never be another key's file.
      const temporary = `${target}.${randomUUID()}.tmp`;
      try {
        const handle = await open(temporary, 'wx', 0o600);
        try {
          await handle.writeFile(data);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
    async get(_manager, key) {
      try {
        return await readFile(pathOf(key));
      } catch (error) {
        if (isAbsent(error)) throw storageNotFound();
        throw error;
      }
    },
    async delete(_manager, key) {
      try {
        await rm(pathOf(key));
      } catch (error) {
        if (!isAbsent(error)) throw error;
      }
    },
  };
}
