import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EntityManager } from 'typeorm';
import type { MutationScope, RequestContext } from '../../context.js';
import { createLocalFileStorage } from './local-file-storage.js';
import { deleteFileInMutation, storeFileInMutation } from './stored-files.js';

describe('stored files in a mutation (folder backend)', () => {
  let dir: string;
  let scope: MutationScope;
  let context: RequestContext;
  const manager = {} as EntityManager;
  const storage = () => context.services.fileStorage;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'gdp-stored-files-'));
    scope = { manager, changes: [], onFailure: [] };
    context = { mutation: scope, services: { fileStorage: createLocalFileStorage(dir) } } as unknown as RequestContext;
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('removes bytes stored by a mutation that then fails', async () => {
    await storeFileInMutation(context, 'documents/a/1', Buffer.from('x'), 'text/plain');
    expect((await storage().get(manager, 'documents/a/1')).toString()).toBe('x');
    for (const work of scope.onFailure) await work(manager);
    await expect(storage().get(manager, 'documents/a/1')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('deletes only once the mutation has committed', async () => {
    await storage().put(manager, 'documents/a/2', Buffer.from('y'), 'text/plain');
    await deleteFileInMutation(context, 'documents/a/2');
    // Not yet: a rollback now would keep the row and its file together.
    expect((await storage().get(manager, 'documents/a/2')).toString()).toBe('y');
    expect(scope.afterCommit).toHaveLength(1);
    for (const work of scope.afterCommit ?? []) await work();
    await expect(storage().get(manager, 'documents/a/2')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
