import { DomainError } from '@gdp/domain';

export const STORAGE_KEY_MAX = 200;
// Lower-case letters, digits and '-', in '/'-separated non-empty segments: no dots, so no '..' and no
// hidden files, and every key is the same path on disk and in a bucket.
const STORAGE_KEY = /^[a-z0-9-]+(?:\/[a-z0-9-]+)*$/;

/** Refuses a key that is not a safe relative path; keys come from code, so a bad one is a bug, not input. */
export function assertStorageKey(key: string): void {
  if (key.length > STORAGE_KEY_MAX || !STORAGE_KEY.test(key))
    throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
}

export const storageNotFound = (): DomainError =>
  new DomainError('NOT_FOUND', 'STORAGE.NOT_FOUND', '文件不存在');
