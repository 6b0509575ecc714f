import fs from 'node:fs';
import path from 'node:path';

/**
 * PGlite takes no lock on its data folder (its postmaster.pid holds a fake pid), and a second server on
 * the same folder silently loses the first one's committed rows. This pid lock file closes that gap.
 *
 * File format (`<dataDir>/server.lock`): first line the owner's pid; optional second line
 * `child <pid>` naming the embedded database child process the owner runs. The lock is stale (and
 * taken over) only when every pid listed is dead: the child may outlive its parent briefly (for
 * example while it finishes a long query after the parent was killed), and must not share the folder
 * with a new server in that window.
 */
export const LOCK_FILE_NAME = 'server.lock';

export class DataDirLockedError extends Error {
  override readonly name = 'DataDirLockedError';
  constructor(
    readonly dataDir: string,
    readonly pid: number,
    readonly lockFile: string,
  ) {
    super(
      `数据目录 ${dataDir} 正被另一进程(pid ${pid})使用。` +
        `请先停止该进程；若确认该进程已不存在，可删除 ${lockFile} 后重试。`,
    );
  }
}

export interface DataDirLock {
  readonly lockFile: string;
  /** Records (or clears) the pid of the child process that has the folder open. */
  setChildPid(pid: number | undefined): void;
  /** Removes the lock file if it still names this process. Idempotent. */
  release(): void;
}

/** True when a process with this pid exists (EPERM: it exists but belongs to another user). */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

interface LockContent {
  owner: number;
  child?: number;
}

function parseLock(text: string): LockContent | undefined {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const owner = Number(lines[0]);
  if (!Number.isInteger(owner) || owner <= 0) return undefined;
  const childLine = lines.find((line) => line.startsWith('child '));
  const child = childLine ? Number(childLine.slice('child '.length)) : undefined;
  return { owner, child: Number.isInteger(child) && child! > 0 ? child : undefined };
}

function formatLock(content: LockContent): string {
  return `${content.owner}\n${content.child ? `child ${content.child}\n` : ''}`;
}

function readLock(lockFile: string): LockContent | undefined | 'missing' {
  try {
    return parseLock(fs.readFileSync(lockFile, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
}

/**
 * Creates `<dataDir>/server.lock` exclusively. Throws DataDirLockedError when a live process holds it;
 * takes over a lock whose processes are all dead (or whose content is unreadable garbage, which only a
 * crash in the middle of writing it can leave behind).
 *
 * Known limit: two processes taking over the same stale lock at the same instant could both unlink
 * it; the read-back check after creating narrows that window to the time between two syscalls.
 */
export async function acquireDataDirLock(dataDir: string): Promise<DataDirLock> {
  const dir = path.resolve(dataDir);
  await fs.promises.mkdir(dir, { recursive: true });
  const lockFile = path.join(dir, LOCK_FILE_NAME);
  const content: LockContent = { owner: process.pid };

  for (let attempt = 0; ; attempt++) {
    try {
      fs.writeFileSync(lockFile, formatLock(content), { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (attempt >= 5) {
        throw new Error(`无法获取数据目录锁 ${lockFile}：多次重试后该文件仍被反复创建`, { cause: error });
      }
      const existing = readLock(lockFile);
      if (existing === 'missing') continue; // released between our two calls
      if (existing) {
        for (const pid of [existing.owner, existing.child]) {
          if (pid !== undefined && isProcessAlive(pid)) throw new DataDirLockedError(dir, pid, lockFile);
        }
      }
      // Stale: every process named in it is dead. Take it over.
      try {
        fs.unlinkSync(lockFile);
      } catch (unlinkError) {
        if ((unlinkError as NodeJS.ErrnoException).code !== 'ENOENT') throw unlinkError;
      }
      continue;
    }
    // Read back: a concurrent take-over could have replaced our fresh file.
    const written = readLock(lockFile);
    if (written === 'missing' || written?.owner !== process.pid) {
      if (written !== 'missing' && written) throw new DataDirLockedError(dir, written.owner, lockFile);
      continue;
    }
    break;
  }

  let released = false;
  const holdsOurPid = (): boolean => {
    const current = readLock(lockFile);
    return current !== 'missing' && current?.owner === process.pid;
  };

  // On process exit (without release()): if our child is still alive it still has the folder open,
  // so hand the lock to the child's pid instead of removing it; otherwise remove it.
  const onExit = (): void => {
    if (released) return;
    try {
      if (!holdsOurPid()) return;
      if (content.child && isProcessAlive(content.child)) {
        fs.writeFileSync(lockFile, formatLock({ owner: content.child }));
      } else {
        fs.unlinkSync(lockFile);
      }
    } catch {
      // best effort: a stale lock is taken over on the next start anyway
    }
  };
  process.on('exit', onExit);

  return {
    lockFile,
    setChildPid(pid) {
      if (released) return;
      content.child = pid;
      if (holdsOurPid()) fs.writeFileSync(lockFile, formatLock(content));
    },
    release() {
      if (released) return;
      released = true;
      process.removeListener('exit', onExit);
      try {
        if (holdsOurPid()) fs.unlinkSync(lockFile);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    },
  };
}
