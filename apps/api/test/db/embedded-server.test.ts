import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataDirLockedError } from '../../src/db/embedded/data-dir-lock.js';
import { startEmbeddedServer, type EmbeddedServer } from '../../src/db/embedded/embedded-server.js';
import { createQueryWatchdog, createWatchedClientClass } from '../../src/db/query-watchdog.js';
import { deadPid, makeTempDir, recordingLogger, removeDir } from './db-test-helpers.js';

async function queryOnce(server: EmbeddedServer, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ ...server.connectionOptions, ssl: false });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('embedded server (PGlite child on a unix socket)', () => {
  const logger = recordingLogger();
  let dataDir: string;
  let server: EmbeddedServer | undefined;

  beforeAll(async () => {
    dataDir = path.join(makeTempDir('gdp-emb-'), 'data');
    // A stale lock left by a crashed process (dead pid) must be taken over.
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'server.lock'), `${await deadPid()}\n`);
    const started = Date.now();
    server = await startEmbeddedServer({ dataDir, logger, startTimeoutMs: 30_000 });
    console.info(`[measure] embedded child first start (initdb): ${Date.now() - started} ms`);
  });

  afterAll(async () => {
    await server?.stop();
    removeDir(path.dirname(dataDir));
  });

  it('serves queries over the socket with pg_trgm and pgcrypto available', async () => {
    const lockContent = fs.readFileSync(path.join(dataDir, 'server.lock'), 'utf8');
    expect(lockContent).toBe(`${process.pid}\nchild ${server!.pid}\n`);
    await queryOnce(
      server!,
      'CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE EXTENSION IF NOT EXISTS pgcrypto',
    );
    const result = await queryOnce(
      server!,
      `SELECT similarity('政务公开', '政务公开目录') > 0 AS ok, gen_random_uuid() AS id`,
    );
    expect(result.rows[0].ok).toBe(true);
    expect(result.rows[0].id).toMatch(/^[0-9a-f-]{36}$/);
    expect(fs.statSync(server!.socketDir).mode & 0o777).toBe(0o700);
  });

  it('a second server on the same folder fails fast with DataDirLockedError (zh-CN)', async () => {
    const started = Date.now();
    const error = await startEmbeddedServer({ dataDir, logger }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataDirLockedError);
    expect((error as Error).message).toContain(`数据目录 ${dataDir} 正被另一进程(pid ${process.pid})使用`);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('restarts the child when it dies unexpectedly; data survives', async () => {
    await queryOnce(server!, 'CREATE TABLE kept (v int); INSERT INTO kept VALUES (42)');
    const oldPid = server!.pid!;
    const killedAt = Date.now();
    process.kill(oldPid, 'SIGKILL');
    // Under load the supervisor may see the exit late: wait (bounded) until it has started another child.
    const deadline = Date.now() + 20_000;
    while ((server!.pid === oldPid || server!.pid === undefined) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await server!.whenReady(20_000);
    console.info(`[measure] automatic restart after kill -9: ${Date.now() - killedAt} ms`);
    expect(server!.pid).not.toBe(oldPid);
    expect(server!.restarts).toBe(1);
    expect(logger.entries.some((entry) => entry.level === 'error' && entry.msg.includes('意外退出'))).toBe(
      true,
    );
    expect((await queryOnce(server!, 'SELECT v FROM kept')).rows).toEqual([{ v: 42 }]);
  });

  it('restart() replaces the child on request', async () => {
    const oldPid = server!.pid;
    const started = Date.now();
    await Promise.all([server!.restart('test'), server!.restart('test, concurrently')]);
    console.info(`[measure] requested restart (SIGKILL + start): ${Date.now() - started} ms`);
    expect(server!.pid).not.toBe(oldPid);
    expect(server!.restarts).toBe(2);
    expect((await queryOnce(server!, 'SELECT v FROM kept')).rows).toEqual([{ v: 42 }]);
  });

  it('the watched client class tracks every query form pg-pool and TypeORM use', async () => {
    const watchdog = createQueryWatchdog();
    const Client = createWatchedClientClass(watchdog, { beforeConnect: () => server!.whenReady() });
    const pool = new pg.Pool({ ...server!.connectionOptions, ssl: false, max: 1, Client });
    try {
      expect((await pool.query('SELECT 1 AS a')).rows).toEqual([{ a: 1 }]); // pool: callback form inside
      const client = await pool.connect();
      try {
        expect((await client.query('SELECT $1::int AS b', [2])).rows).toEqual([{ b: 2 }]);
        const viaCallback = await new Promise((resolve, reject) =>
          client.query('SELECT 3 AS c', (error: Error | undefined, result: pg.QueryResult) =>
            error ? reject(error) : resolve(result.rows),
          ),
        );
        expect(viaCallback).toEqual([{ c: 3 }]);
        const viaConfigCallback = await new Promise((resolve, reject) => {
          client.query({
            text: 'SELECT $1::int AS d',
            values: [4],
            callback: (error: Error | undefined, result: pg.QueryResult) =>
              error ? reject(error) : resolve(result.rows),
          } as pg.QueryConfig);
        });
        expect(viaConfigCallback).toEqual([{ d: 4 }]);
        const failure = await client.query('SELECT * FROM missing_table').catch((e: unknown) => e);
        expect((failure as { code?: string }).code).toBe('42P01');
      } finally {
        client.release();
      }
      expect(watchdog.statementCount).toBe(5);
      expect(watchdog.inFlightCount).toBe(0);
    } finally {
      await pool.end();
    }
  });

  it('stop() ends the child, removes the socket folder and releases the lock', async () => {
    const pid = server!.pid!;
    const socketDir = server!.socketDir;
    await server!.stop();
    await server!.stop(); // idempotent
    expect(() => process.kill(pid, 0)).toThrow();
    expect(fs.existsSync(socketDir)).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'server.lock'))).toBe(false);
    await expect(server!.whenReady(10)).rejects.toThrow('已停止');
    server = undefined;
  });
});
