import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DbLogger } from '../../src/db/database.js';

export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  msg: string;
  obj: unknown;
}

/** A pino-compatible logger that records entries (and prints errors/warnings when DEBUG_DB_TESTS is set). */
export function recordingLogger(): DbLogger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const make =
    (level: LogEntry['level']) =>
    (obj: unknown, msg?: string): void => {
      entries.push({ level, msg: msg ?? '', obj });
      if (process.env.DEBUG_DB_TESTS) console.info(level, msg, obj);
    };
  return { entries, info: make('info'), warn: make('warn'), error: make('error') } as unknown as DbLogger & {
    entries: LogEntry[];
  };
}

export function makeTempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeDir(dir: string | undefined): void {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}

/** A pid that certainly belonged to a process that has exited. */
export async function deadPid(): Promise<number> {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  const pid = child.pid!;
  await new Promise((resolve) => child.once('exit', resolve));
  return pid;
}
