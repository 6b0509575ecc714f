/**
 * Child process entry of the embedded database: opens PGlite on the data folder and serves it over the
 * Postgres wire protocol on a unix socket (pglite-socket), so the API talks to it with plain `pg` /
 * TypeORM `postgres` exactly as to PostgreSQL.
 *
 * Why a child process: PGlite runs every query synchronously on the thread hosting it and ignores
 * statement_timeout and cancel requests. In a separate process a long query cannot freeze the API's
 * event loop, and a runaway one is stopped by killing this process (committed data is safe).
 *
 * Started by embedded-server.ts with `child_process.fork(entry, [dataDir, socketPath])`.
 * IPC messages to the parent: `{ type: 'ready', startupMs }`, `{ type: 'fatal', message }`.
 *
 * KEEP THIS FILE SELF-CONTAINED: import only packages and node built-ins, never a relative module.
 * From dist it runs as compiled by tsc; from source (vitest) embedded-server.ts transpiles this one
 * file on the fly into node_modules/.cache (Node 20 cannot run .ts), and a relative import would not
 * resolve there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

type ChildMessage = { type: 'ready'; startupMs: number } | { type: 'fatal'; message: string };

const startedAt = Date.now();
const dataDir = process.argv[2] ?? process.env.GDP_EMBEDDED_DATA_DIR;
const socketPath = process.argv[3] ?? process.env.GDP_EMBEDDED_SOCKET;

let db: PGlite | undefined;
let server: PGLiteSocketServer | undefined;
let shuttingDown = false;

function send(message: ChildMessage): void {
  if (process.send && process.connected) process.send(message);
}

async function shutdown(reason: string, code: number): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  // A hard deadline: closing must never leave an orphan behind.
  setTimeout(() => process.exit(code || 1), 5_000).unref();
  try {
    await server?.stop();
  } catch (error) {
    process.stderr.write(`[embedded-db] 停止套接字服务失败(${reason})：${String(error)}\n`);
  }
  try {
    if (db && !db.closed) await db.close();
  } catch (error) {
    process.stderr.write(`[embedded-db] 关闭数据库失败(${reason})：${String(error)}\n`);
  }
  if (reason === 'disconnect' && socketPath) {
    // The parent died without stop(): remove its (now empty) socket folder; rmdir refuses non-empty ones.
    try {
      fs.rmSync(socketPath, { force: true });
      fs.rmdirSync(path.dirname(socketPath));
    } catch {
      // not ours to worry about
    }
  }
  process.exit(code);
}

process.on('SIGTERM', () => void shutdown('SIGTERM', 0));
process.on('SIGINT', () => void shutdown('SIGINT', 0));
// The parent died or let us go: never keep the folder open without an owner.
process.on('disconnect', () => void shutdown('disconnect', 0));
process.on('uncaughtException', (error) => {
  process.stderr.write(`[embedded-db] 未捕获异常：${error?.stack ?? String(error)}\n`);
  send({ type: 'fatal', message: String(error?.message ?? error) });
  void shutdown('uncaughtException', 1);
});
process.on('unhandledRejection', (error) => {
  process.stderr.write(`[embedded-db] 未处理的 Promise 拒绝：${String((error as Error)?.stack ?? error)}\n`);
});

async function main(): Promise<void> {
  if (!dataDir || !socketPath) throw new Error('用法：embedded-child <数据目录> <套接字路径>');
  db = await PGlite.create({ dataDir, extensions: { pg_trgm, pgcrypto } });
  if (shuttingDown) return;
  // A socket file left by a killed predecessor would make listen() fail with EADDRINUSE. Only the
  // holder of the data-folder lock starts us, so nobody else can be serving on it.
  fs.rmSync(socketPath, { force: true });
  server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 2 });
  await server.start();
  send({ type: 'ready', startupMs: Date.now() - startedAt });
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`[embedded-db] 启动失败：${error instanceof Error ? error.stack : message}\n`);
  send({ type: 'fatal', message });
  void shutdown('startup failure', 1);
});
