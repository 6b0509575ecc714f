import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError } from '../../src/db/embedded/data-dir-lock.js';
import { deadPid, makeTempDir, removeDir } from './db-test-helpers.js';

describe('data-folder lock', () => {
  let dir: string | undefined;
  afterEach(() => removeDir(dir));

  it('creates server.lock with our pid and removes it on release', async () => {
    dir = makeTempDir('gdp-lock-');
    const lock = await acquireDataDirLock(dir);
    const file = path.join(dir, 'server.lock');
    expect(fs.readFileSync(file, 'utf8').split('\n')[0]).toBe(String(process.pid));
    lock.release();
    expect(fs.existsSync(file)).toBe(false);
    lock.release(); // idempotent
  });

  it('refuses a second holder while the first is alive, with a zh-CN message', async () => {
    dir = makeTempDir('gdp-lock-');
    const lock = await acquireDataDirLock(dir);
    const second = acquireDataDirLock(dir);
    await expect(second).rejects.toBeInstanceOf(DataDirLockedError);
    await expect(acquireDataDirLock(dir)).rejects.toThrow(
      `数据目录 ${dir} 正被另一进程(pid ${process.pid})使用`,
    );
    lock.release();
    const again = await acquireDataDirLock(dir);
    again.release();
  });

  it('takes over a lock whose pid is dead', async () => {
    dir = makeTempDir('gdp-lock-');
    const file = path.join(dir, 'server.lock');
    const pid = await deadPid();
    fs.writeFileSync(file, `${pid}\n`);
    const lock = await acquireDataDirLock(dir);
    expect(fs.readFileSync(file, 'utf8').split('\n')[0]).toBe(String(process.pid));
    lock.release();
  });

  it('takes over an unreadable lock file', async () => {
    dir = makeTempDir('gdp-lock-');
    fs.writeFileSync(path.join(dir, 'server.lock'), 'garbage');
    const lock = await acquireDataDirLock(dir);
    lock.release();
  });

  it('stays locked while the recorded child pid is alive, even if the owner is dead', async () => {
    dir = makeTempDir('gdp-lock-');
    const file = path.join(dir, 'server.lock');
    fs.writeFileSync(file, `${await deadPid()}\nchild ${process.pid}\n`);
    const error = await acquireDataDirLock(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataDirLockedError);
    expect((error as DataDirLockedError).pid).toBe(process.pid);
  });

  it('release() leaves a lock that another process has taken over', async () => {
    dir = makeTempDir('gdp-lock-');
    const file = path.join(dir, 'server.lock');
    const lock = await acquireDataDirLock(dir);
    fs.writeFileSync(file, '1\n'); // pid 1 (init) is alive: "someone else" holds it now
    lock.release();
    expect(fs.readFileSync(file, 'utf8')).toBe('1\n');
  });

  it('records and clears the child pid', async () => {
    dir = makeTempDir('gdp-lock-');
    const file = path.join(dir, 'server.lock');
    const lock = await acquireDataDirLock(dir);
    lock.setChildPid(12345);
    expect(fs.readFileSync(file, 'utf8')).toBe(`${process.pid}\nchild 12345\n`);
    lock.setChildPid(undefined);
    expect(fs.readFileSync(file, 'utf8')).toBe(`${process.pid}\n`);
    lock.release();
  });
});
