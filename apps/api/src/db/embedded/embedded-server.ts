import { fork, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.js';

/** The logger calls this layer makes; a pino logger fits. */
export type DbLogger = Pick<Logger, 'info' | 'warn' | 'error'>;

export interface StartEmbeddedServerOptions {
  dataDir: string;
  logger: DbLogger;
  /** How long one start of the child may take before it is killed (first start ≈ 3 s, restart ≈ 0.6 s). */
  startTimeoutMs?: number;
  /** stop(): how long the child gets to close the database after SIGTERM before SIGKILL. */
  stopGraceMs?: number;
}

export interface EmbeddedConnectionOptions {
  host: string;
  port: number;
  user: string;
  database: string;
}

export interface EmbeddedServer {
  /** Directory holding the unix socket `.s.PGSQL.<port>` (pg's `host` when it is a path). */
  readonly socketDir: string;
  readonly port: number;
  readonly connectionOptions: EmbeddedConnectionOptions;
  /** Number of times a child was started after the first one (automatic and requested). */
  readonly restarts: number;
  /** Pid of the current child process, if one is running. */
  readonly pid: number | undefined;
  /** Resolves once a child is serving; rejects after timeoutMs (default: startTimeoutMs) or on stop. */
  whenReady(timeoutMs?: number): Promise<void>;
  /** Kills the child with SIGKILL (the only way to stop a runaway PGlite query) and starts a new one. */
  restart(reason: string): Promise<void>;
  /** SIGTERM, SIGKILL after the grace period, then releases the data-folder lock. Idempotent. */
  stop(): Promise<void>;
}

/** Raised to callers while the embedded database is restarting or stopped. */
export class EmbeddedDatabaseUnavailableError extends Error {
  override readonly name = 'EmbeddedDatabaseUnavailableError';
  readonly code = 'EMBEDDED_DB_UNAVAILABLE';
}

const SOCKET_PORT = 5432;
const DEFAULT_START_TIMEOUT_MS = 60_000;
const DEFAULT_STOP_GRACE_MS = 5_000;
const FIRST_RETRY_DELAY_MS = 250;
const MAX_RETRY_DELAY_MS = 10_000;
/** A child that dies sooner than this after becoming ready counts as a crash loop (delay grows). */
const CRASH_LOOP_WINDOW_MS = 30_000;

type ChildMessage = { type: 'ready'; startupMs: number } | { type: 'fatal'; message: string };

interface Deferred {
  promise: Promise<void>;
  resolve(): void;
  reject(error: Error): void;
  settled: boolean;
}

function deferred(): Deferred {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const d: Deferred = {
    promise: new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    }),
    resolve: () => {
      d.settled = true;
      resolve();
    },
    reject: (error) => {
      d.settled = true;
      reject(error);
    },
    settled: false,
  };
  d.promise.catch(() => undefined); // waiters attach their own handlers; never an unhandled rejection
  return d;
}

function isAlive(proc: ChildProcess): boolean {
  return proc.exitCode === null && proc.signalCode === null;
}

function waitForExit(proc: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (!isAlive(proc)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      proc.removeListener('exit', onExit);
      resolve(false);
    }, timeoutMs);
    const onExit = (): void => {
      clearTimeout(timer);
      resolve(true);
    };
    proc.once('exit', onExit);
  });
}

/**
 * Where the child entry is, for both ways this module runs:
 *  - compiled by tsc (dist/db/embedded/embedded-server.js): the sibling embedded-child.js tsc emitted;
 *  - from TypeScript source (vitest, or any TS runner — this module's own URL ends in .ts): Node 20
 *    cannot execute .ts (no --experimental-strip-types before 22.6; tsx is not installed), so the
 *    self-contained embedded-child.ts is transpiled with the TypeScript compiler's transpileModule
 *    (typescript is a dev dependency, present wherever sources are run) into
 *    <package>/node_modules/.cache/gdp-embedded-child/embedded-child-<hash>.mjs. It lives below the
 *    package's node_modules so that its bare imports (@electric-sql/…) resolve; the content hash makes
 *    it rebuild whenever the source changes, and the write is atomic (rename), so parallel test
 *    workers do not race. This avoids depending on a stale dist build in tests.
 */
export async function resolveChildEntry(): Promise<string> {
  const here = fileURLToPath(import.meta.url);
  const dir = path.dirname(here);
  if (here.endsWith('.js')) return path.join(dir, 'embedded-child.js');
  return transpileChildSource(path.join(dir, 'embedded-child.ts'));
}

async function transpileChildSource(sourceFile: string): Promise<string> {
  const source = await fs.promises.readFile(sourceFile, 'utf8');
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 16);
  let packageRoot = path.dirname(sourceFile);
  while (!fs.existsSync(path.join(packageRoot, 'node_modules', '@electric-sql', 'pglite'))) {
    const parent = path.dirname(packageRoot);
    if (parent === packageRoot) throw new Error(`找不到 @electric-sql/pglite（从 ${sourceFile} 向上查找）`);
    packageRoot = parent;
  }
  const cacheDir = path.join(packageRoot, 'node_modules', '.cache', 'gdp-embedded-child');
  const target = path.join(cacheDir, `embedded-child-${hash}.mjs`);
  if (fs.existsSync(target)) return target;

  let ts: typeof import('typescript');
  try {
    ts = (await import('typescript')).default;
  } catch {
    throw new Error(
      '从 TypeScript 源码运行嵌入式数据库需要 typescript 包；生产环境请先构建（pnpm build）并运行 dist。',
    );
  }
  const output = ts.transpileModule(source, {
    fileName: sourceFile,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, sourceMap: false },
  }).outputText;
  if (/\bfrom\s+['"]\.{1,2}\//.test(output) || /\bimport\s*\(\s*['"]\.{1,2}\//.test(output)) {
    throw new Error('embedded-child.ts 不得导入相对路径模块（它会被单独转译后运行）');
  }
  await fs.promises.mkdir(cacheDir, { recursive: true });
  const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
  await fs.promises.writeFile(temporary, output);
  await fs.promises.rename(temporary, target);
  return target;
}

class EmbeddedServerImpl implements EmbeddedServer {
  readonly port = SOCKET_PORT;
  readonly connectionOptions: EmbeddedConnectionOptions;
  restarts = 0;

  private child: ChildProcess | undefined;
  private readonly expectedExits = new WeakSet<ChildProcess>();
  private ready = deferred();
  private recovering: Promise<void> | undefined;
  private stopping = false;
  private stopPromise: Promise<void> | undefined;
  private lastReadyAt = 0;
  private crashStreak = 0;
  private cancelSleep: (() => void) | undefined;
  private readonly startTimeoutMs: number;
  private readonly stopGraceMs: number;
  private readonly socketPath: string;
  private readonly onProcessExit = (): void => {
    // Abnormal exit without stop(): ask the child to close the database. The lock file names the
    // child's pid, so nobody opens the folder until it is gone.
    if (this.child && isAlive(this.child)) this.child.kill('SIGTERM');
  };

  constructor(
    readonly dataDir: string,
    readonly socketDir: string,
    private readonly entry: string,
    private readonly lock: DataDirLock,
    private readonly logger: DbLogger,
    options: StartEmbeddedServerOptions,
  ) {
    this.startTimeoutMs = options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
    this.stopGraceMs = options.stopGraceMs ?? DEFAULT_STOP_GRACE_MS;
    this.socketPath = path.join(socketDir, `.s.PGSQL.${SOCKET_PORT}`);
    this.connectionOptions = { host: socketDir, port: SOCKET_PORT, user: 'postgres', database: 'postgres' };
    process.on('exit', this.onProcessExit);
  }

  get pid(): number | undefined {
    return this.child && isAlive(this.child) ? this.child.pid : undefined;
  }

  whenReady(timeoutMs = this.startTimeoutMs): Promise<void> {
    if (this.stopping) return Promise.reject(new EmbeddedDatabaseUnavailableError('嵌入式数据库已停止'));
    if (this.ready.settled) return this.ready.promise;
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(new EmbeddedDatabaseUnavailableError(`嵌入式数据库在 ${timeoutMs} ms 内未就绪（正在重启）`)),
        timeoutMs,
      );
      timer.unref();
      this.ready.promise.then(
        () => {
          clearTimeout(timer);
          resolve();
        },
        (error: Error) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });
  }

  /** Forks a child and waits for its 'ready' message. */
  spawnChild(): Promise<void> {
    const startedAt = Date.now();
    // execArgv: [] — do not inherit the parent's flags (inspector ports, test-runner loaders).
    const proc = fork(this.entry, [this.dataDir, this.socketPath], {
      execArgv: [],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      serialization: 'json',
    });
    this.child = proc;
    if (proc.pid) this.lock.setChildPid(proc.pid);
    const stderrTail: string[] = [];
    let fatalMessage: string | undefined;
    const forward = (stream: NodeJS.ReadableStream | null, isStderr: boolean): void => {
      if (!stream) return;
      readline.createInterface({ input: stream }).on('line', (line) => {
        if (!line.trim()) return;
        if (isStderr) {
          stderrTail.push(line);
          if (stderrTail.length > 20) stderrTail.shift();
        }
        this.logger.warn(
          { childPid: proc.pid, stream: isStderr ? 'stderr' : 'stdout', line },
          '嵌入式数据库输出',
        );
      });
    };
    forward(proc.stdout, false);
    forward(proc.stderr, true);

    return new Promise<void>((resolve, reject) => {
      let settled = false;
      const timer = setTimeout(() => {
        if (settled) return;
        settled = true;
        this.expectedExits.add(proc);
        proc.kill('SIGKILL');
        reject(new Error(`嵌入式数据库在 ${this.startTimeoutMs} ms 内未启动完成`));
      }, this.startTimeoutMs);

      proc.on('message', (message: ChildMessage) => {
        if (message?.type === 'fatal') fatalMessage = message.message;
        if (message?.type !== 'ready' || settled) return;
        settled = true;
        clearTimeout(timer);
        this.lastReadyAt = Date.now();
        this.ready.resolve();
        this.logger.info(
          { childPid: proc.pid, startupMs: message.startupMs, totalMs: Date.now() - startedAt },
          '嵌入式数据库已就绪',
        );
        resolve();
      });
      proc.once('error', (error) => {
        // spawn failure; 'exit' may not follow
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        reject(error);
      });
      proc.once('exit', (code, signal) => {
        clearTimeout(timer);
        if (!settled) {
          // Failed start: the caller (first start or recover()) decides about retrying.
          settled = true;
          this.expectedExits.add(proc);
          const errorLines = stderrTail.filter((line) => /error|错误|失败/i.test(line)).slice(0, 3);
          const detail = fatalMessage ?? (errorLines.length ? errorLines : stderrTail.slice(-3)).join('\n');
          reject(
            new Error(
              `嵌入式数据库子进程启动失败（退出码 ${code}，信号 ${signal}）${detail ? `：${detail}` : ''}`,
            ),
          );
        }
        this.onChildExit(proc, code, signal);
      });
    });
  }

  private onChildExit(proc: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (proc !== this.child) return;
    this.child = undefined;
    this.lock.setChildPid(undefined);
    if (this.ready.settled) this.ready = deferred();
    if (this.stopping || this.expectedExits.has(proc)) return;
    const upMs = Date.now() - this.lastReadyAt;
    this.crashStreak = upMs < CRASH_LOOP_WINDOW_MS ? this.crashStreak + 1 : 1;
    this.logger.error({ childPid: proc.pid, code, signal, upMs }, '嵌入式数据库子进程意外退出，正在重启');
    const delay = Math.min(FIRST_RETRY_DELAY_MS * 2 ** (this.crashStreak - 1), MAX_RETRY_DELAY_MS);
    void this.recover(delay).catch(() => undefined);
  }

  /** Starts a new child after `firstDelayMs`, retrying with growing delays until it works or stop(). */
  private recover(firstDelayMs: number): Promise<void> {
    if (this.recovering) return this.recovering;
    const run = async (): Promise<void> => {
      let delay = firstDelayMs;
      for (;;) {
        if (delay > 0) await this.sleep(delay);
        if (this.stopping) throw new EmbeddedDatabaseUnavailableError('嵌入式数据库已停止');
        try {
          const started = Date.now();
          await this.spawnChild();
          this.restarts++;
          this.logger.info(
            { restarts: this.restarts, restartMs: Date.now() - started },
            '嵌入式数据库已重启',
          );
          return;
        } catch (error) {
          if (this.stopping) throw new EmbeddedDatabaseUnavailableError('嵌入式数据库已停止');
          this.logger.error(
            { err: error, retryInMs: Math.max(delay * 2, FIRST_RETRY_DELAY_MS) },
            '嵌入式数据库重启失败',
          );
          delay = Math.min(Math.max(delay * 2, FIRST_RETRY_DELAY_MS), MAX_RETRY_DELAY_MS);
        }
      }
    };
    const promise = run().finally(() => {
      if (this.recovering === promise) this.recovering = undefined;
    });
    this.recovering = promise;
    return promise;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.cancelSleep = done;
    }).finally(() => {
      this.cancelSleep = undefined;
    });
  }

  async restart(reason: string): Promise<void> {
    if (this.stopping) throw new EmbeddedDatabaseUnavailableError('嵌入式数据库已停止');
    // Several callers (watchdog ticks, requests) may ask at once: one restart serves them all.
    if (this.recovering) return this.recovering;
    const proc = this.child;
    this.logger.warn({ reason, childPid: proc?.pid }, '正在重启嵌入式数据库');
    if (this.ready.settled) this.ready = deferred();
    if (proc && isAlive(proc)) {
      this.expectedExits.add(proc);
      const exited = waitForExit(proc, this.stopGraceMs);
      proc.kill('SIGKILL');
      await exited;
    }
    return this.recover(0);
  }

  stop(): Promise<void> {
    if (this.stopPromise) return this.stopPromise;
    this.stopping = true;
    this.cancelSleep?.();
    this.stopPromise = (async () => {
      // A child being started by a restart is this.child too, so one pass covers it; loop in case a
      // start was between fork() calls.
      for (let i = 0; i < 3; i++) {
        const proc = this.child;
        if (proc && isAlive(proc)) await this.terminate(proc);
        await this.recovering?.catch(() => undefined);
        if (!this.child || !isAlive(this.child)) break;
      }
      if (!this.ready.settled) this.ready.reject(new EmbeddedDatabaseUnavailableError('嵌入式数据库已停止'));
      process.removeListener('exit', this.onProcessExit);
      fs.rmSync(this.socketDir, { recursive: true, force: true });
      this.lock.release();
      this.logger.info({ dataDir: this.dataDir }, '嵌入式数据库已停止');
    })();
    return this.stopPromise;
  }

  private async terminate(proc: ChildProcess): Promise<void> {
    const exited = waitForExit(proc, this.stopGraceMs);
    proc.kill('SIGTERM');
    if (await exited) return;
    // Busy in a long query (PGlite blocks the child's event loop): SIGKILL is safe for committed data.
    this.logger.warn(
      { childPid: proc.pid, graceMs: this.stopGraceMs },
      '嵌入式数据库未在宽限期内退出，强制结束',
    );
    const killed = waitForExit(proc, 5_000);
    proc.kill('SIGKILL');
    await killed;
  }
}

/**
 * Starts the embedded database (PGlite in a child process, served on a unix socket).
 * Acquires the data-folder lock first, so a second server or a migration CLI on the same folder
 * fails fast with DataDirLockedError. The socket lives in a fresh 0700 temp directory: the server
 * has no authentication, so only this OS user may connect.
 */
export async function startEmbeddedServer(options: StartEmbeddedServerOptions): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const lock = await acquireDataDirLock(dataDir);
  let socketDir: string | undefined;
  try {
    const entry = await resolveChildEntry();
    // Short path on purpose: unix socket paths are limited to ~104 bytes.
    socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gdp-pg-'));
    const server = new EmbeddedServerImpl(dataDir, socketDir, entry, lock, options.logger, options);
    try {
      await server.spawnChild();
    } catch (error) {
      await server.stop().catch(() => undefined);
      throw error;
    }
    return server;
  } catch (error) {
    if (socketDir) fs.rmSync(socketDir, { recursive: true, force: true });
    lock.release();
    throw error;
  }
}
