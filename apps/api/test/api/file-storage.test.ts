import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import type { EntityManager } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import {
  createFileStorage,
  STORAGE_KEY_MAX,
  type FileStorage,
} from '../../src/shared/storage/file-storage.js';
import { createTestDatabase, currentBackend, type TestDatabase } from '../support/backend.js';

/** The three storage backends behind one contract (FILE_STORAGE), each built from configuration as the API builds it. */

const STORED_AT = '2026-11-26T02:00:00.000Z';
const ALL_BYTES = Buffer.from(Array.from({ length: 512 }, (_, index) => index % 256));
const NOT_FOUND = { code: 'NOT_FOUND', reason: 'STORAGE.NOT_FOUND', message: '文件不存在' };
const BAD_KEYS = [
  '',
  '../etc/passwd',
  'a/../b',
  'A1',
  'a.b',
  '/a',
  'a/',
  'a//b',
  'a\\b',
  'a b',
  '%2e%2e',
  'x'.repeat(STORAGE_KEY_MAX + 1),
];

/** The folder and S3 backends never use the database: they are given no manager. */
const NO_MANAGER = undefined as unknown as EntityManager;

interface Subject {
  storage: FileStorage;
  manager: EntityManager;
}

/** What every backend must do; `subject` is ready once the suite's beforeAll has run. */
function storageContract(subject: () => Subject) {
  const key = (name: string) => `attachments/${currentBackend()}-${name}`;

  it('returns the bytes it stored, every byte value intact', async () => {
    const { storage, manager } = subject();
    await storage.put(manager, key('round-trip'), ALL_BYTES, 'application/octet-stream');
    expect(Buffer.compare(await storage.get(manager, key('round-trip')), ALL_BYTES)).toBe(0);
  });

  it('replaces the bytes of a key stored again', async () => {
    const { storage, manager } = subject();
    await storage.put(manager, key('overwrite'), Buffer.from('第一版'), 'text/plain');
    await storage.put(manager, key('overwrite'), Buffer.from('第二版'), 'text/plain');
    expect((await storage.get(manager, key('overwrite'))).toString()).toBe('第二版');
  });

  it('keeps keys apart', async () => {
    const { storage, manager } = subject();
    await storage.put(manager, `${key('apart')}/a`, Buffer.from('a'), 'text/plain');
    await storage.put(manager, `${key('apart')}-a`, Buffer.from('b'), 'text/plain');
    expect((await storage.get(manager, `${key('apart')}/a`)).toString()).toBe('a');
    expect((await storage.get(manager, `${key('apart')}-a`)).toString()).toBe('b');
  });

  it('answers NOT_FOUND for a key never stored', async () => {
    const { storage, manager } = subject();
    await expect(storage.get(manager, key('never-stored'))).rejects.toMatchObject(NOT_FOUND);
  });

  it('deletes, and deleting again or a key never stored is not an error', async () => {
    const { storage, manager } = subject();
    await storage.put(manager, key('deleted'), Buffer.from('x'), 'text/plain');
    await storage.delete(manager, key('deleted'));
    await expect(storage.get(manager, key('deleted'))).rejects.toMatchObject(NOT_FOUND);
    await storage.delete(manager, key('deleted'));
    await storage.delete(manager, key('never-stored'));
  });

  it('refuses keys that are not safe relative paths, before touching anything', async () => {
    const { storage, manager } = subject();
    for (const bad of BAD_KEYS) {
      await expect(storage.put(manager, bad, Buffer.from('x'), 'text/plain'), bad).rejects.toThrow(
        /Invalid storage key/,
      );
      await expect(storage.get(manager, bad), bad).rejects.toThrow(/Invalid storage key/);
      await expect(storage.delete(manager, bad), bad).rejects.toThrow(/Invalid storage key/);
    }
    const longest = 'x'.repeat(STORAGE_KEY_MAX);
    await storage.put(manager, longest, Buffer.from('x'), 'text/plain');
    expect((await storage.get(manager, longest)).toString()).toBe('x');
  });
}

describe('file storage: database (the default)', () => {
  let db: TestDatabase;
  let storage: FileStorage;
  beforeAll(async () => {
    db = await createTestDatabase();
    const config = loadConfig({ NODE_ENV: 'test' });
    expect(config.fileStorage).toBe('database');
    storage = createFileStorage(config, new ManualClock(STORED_AT));
  });
  afterAll(async () => {
    await db?.close();
  });

  storageContract(() => ({ storage, manager: db.database.dataSource.manager }));

  it('stores through the caller’s transaction: a rollback leaves nothing', async () => {
    const rolledBack = new Error('rolled back');
    await expect(
      db.database.dataSource.transaction(async (manager) => {
        await storage.put(manager, 'attachments/rolled-back', Buffer.from('x'), 'text/plain');
        expect((await storage.get(manager, 'attachments/rolled-back')).toString()).toBe('x');
        throw rolledBack;
      }),
    ).rejects.toBe(rolledBack);
    await expect(
      storage.get(db.database.dataSource.manager, 'attachments/rolled-back'),
    ).rejects.toMatchObject(NOT_FOUND);
  });

  it('records when a file was stored, by the injected clock', async () => {
    const { manager } = db.database.dataSource;
    await storage.put(manager, 'attachments/dated', Buffer.from('x'), 'text/plain');
    const [row] = await manager.query(`SELECT created_at FROM file_blob WHERE key = $1`, [
      'attachments/dated',
    ]);
    expect(new Date(row.created_at).toISOString()).toBe(STORED_AT);
  });
});

describe('file storage: local folder', () => {
  let root: string;
  let storage: FileStorage;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'gdp-files-'));
    const config = loadConfig({ NODE_ENV: 'test', FILE_STORAGE: 'local', DATA_DIR: root });
    expect(config.fileStorageDir).toBe(path.join(root, 'files'));
    storage = createFileStorage(config);
  });
  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  storageContract(() => ({ storage, manager: NO_MANAGER }));

  it('keeps each file under its key, readable by the service only, with no temporary file left', async () => {
    await storage.put(NO_MANAGER, 'attachments/2026/mode', Buffer.from('x'), 'text/plain');
    const folder = path.join(root, 'files', 'attachments', '2026');
    expect(await readdir(folder)).toEqual(['mode']);
    expect((await stat(path.join(folder, 'mode'))).mode & 0o777).toBe(0o600);
  });
});

describe('file storage: S3-compatible object storage', () => {
  const bucket = 'gdp-attachments';
  let folder: string;
  let server: S3rver;
  let endpoint: string;
  let storage: FileStorage;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'gdp-s3-'));
    server = new S3rver({
      address: '127.0.0.1',
      port: 0,
      directory: folder,
      silent: true,
      configureBuckets: [{ name: bucket, configs: [] }],
    });
    const { port } = await server.run();
    endpoint = `http://127.0.0.1:${port}`;
    const config = loadConfig({
      NODE_ENV: 'test',
      FILE_STORAGE: 's3',
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    });
    expect(config.s3).toMatchObject({ region: 'us-east-1', forcePathStyle: true });
    storage = createFileStorage(config);
  });
  afterAll(async () => {
    await server?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  storageContract(() => ({ storage, manager: NO_MANAGER }));

  it('stores the content type with the object', async () => {
    await storage.put(NO_MANAGER, 'attachments/typed', Buffer.from('%PDF-1.4'), 'application/pdf');
    const client = new S3Client({
      endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: 'attachments/typed' }));
    client.destroy();
    expect(head.ContentType).toBe('application/pdf');
  });
});

describe('file storage configuration', () => {
  it('defaults to the database, 20 MiB files and no anonymous reading', () => {
    expect(loadConfig({ DATA_DIR: '/srv/gdp' })).toMatchObject({
      fileStorage: 'database',
      fileStorageDir: '/srv/gdp/files',
      fileMaxBytes: 20_971_520,
      s3: undefined,
      anonymousPublicRead: false,
      anonymousRateLimitPerMinute: 60,
    });
  });

  it('reads the folder, the limit and anonymous reading', () => {
    expect(
      loadConfig({
        FILE_STORAGE: 'local',
        FILE_STORAGE_DIR: '/mnt/files',
        FILE_MAX_BYTES: '1048576',
        ANONYMOUS_PUBLIC_READ: 'true',
        ANONYMOUS_RATE_LIMIT_PER_MINUTE: '30',
      }),
    ).toMatchObject({
      fileStorage: 'local',
      fileStorageDir: '/mnt/files',
      fileMaxBytes: 1_048_576,
      anonymousPublicRead: true,
      anonymousRateLimitPerMinute: 30,
    });
  });

  it('refuses S3 storage without its bucket and keys, naming what is missing', () => {
    expect(() => loadConfig({ FILE_STORAGE: 's3', S3_BUCKET: 'b' })).toThrow(
      'FILE_STORAGE=s3 时须配置 S3_ACCESS_KEY_ID、S3_SECRET_ACCESS_KEY',
    );
    expect(() => loadConfig({ FILE_STORAGE: 'ftp' })).toThrow(/配置无效：FILE_STORAGE/);
    expect(() => loadConfig({ ANONYMOUS_RATE_LIMIT_PER_MINUTE: '0' })).toThrow(
      /配置无效：ANONYMOUS_RATE_LIMIT_PER_MINUTE/,
    );
  });

  it('reads S3 settings with a virtual-hosted style and a region', () => {
    expect(
      loadConfig({
        FILE_STORAGE: 's3',
        S3_REGION: 'cn-east-1',
        S3_BUCKET: 'b',
        S3_ACCESS_KEY_ID: 'id',
        S3_SECRET_ACCESS_KEY: 'secret',
        S3_FORCE_PATH_STYLE: 'false',
      }).s3,
    ).toEqual({
      endpoint: undefined,
      region: 'cn-east-1',
      bucket: 'b',
      accessKeyId: 'id',
      secretAccessKey: 'secret',
      forcePathStyle: false,
    });
  });
});
