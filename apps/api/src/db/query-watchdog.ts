import pg from 'pg';

/**
 * PGlite ignores statement_timeout and cancel requests, so the only way to stop a runaway query on the
 * embedded database is to kill its child process. The watchdog notices such queries: a pg.Client
 * subclass (passed to pg-pool as `extra.Client`) reports every query's start and end; the watchdog
 * polls and calls onStuck once per query running longer than timeoutMs.
 *
 * It also counts statements (every `client.query` call, including BEGIN/COMMIT/ROLLBACK and
 * TypeORM's own metadata queries), which the benchmark reads to measure SQL statements per request.
 */
export interface InFlightQueryInfo {
  /** SQL text (the first 500 characters). */
  sql: string;
  /** When the query became the client's active query (pg runs one query per client at a time). */
  startedAt: number;
}

export interface QueryWatchdogOptions {
  /** Age at which a query counts as stuck; 0 or undefined: count only, never report. */
  timeoutMs?: number;
  onStuck?: (ageMs: number, query: InFlightQueryInfo) => void;
  /** Poll interval; default timeoutMs / 5 within 50–1000 ms. */
  intervalMs?: number;
  /** Injectable clock (tests). */
  now?: () => number;
}

export interface QueryToken {
  readonly owner: object;
  readonly sql: string;
  readonly calledAt: number;
  startedAt: number | undefined;
  reported: boolean;
  done: boolean;
}

export interface QueryWatchdog {
  /** Statements sent since creation (monotonic; compare two readings). */
  readonly statementCount: number;
  /** Queries currently running or queued on a client. */
  readonly inFlightCount: number;
  /** Oldest running query's age in ms (0 when idle). */
  oldestAgeMs(): number;
  /** Pauses stuck detection (e.g. while migrations run); returns the function that resumes it. */
  suspend(): () => void;
  /** Runs one check now (the timer does this every intervalMs). */
  check(): void;
  /** Stops the timer. Counting continues. */
  stop(): void;
  /** Used by the watched client class. */
  begin(owner: object, sql: string): QueryToken;
  end(token: QueryToken): void;
}

export function createQueryWatchdog(options: QueryWatchdogOptions = {}): QueryWatchdog {
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? 0;
  const queues = new Map<object, QueryToken[]>();
  let statementCount = 0;
  let inFlight = 0;
  let suspended = 0;

  const watchdog: QueryWatchdog = {
    get statementCount() {
      return statementCount;
    },
    get inFlightCount() {
      return inFlight;
    },
    oldestAgeMs() {
      const t = now();
      let oldest = 0;
      for (const queue of queues.values()) {
        const head = queue[0];
        if (head?.startedAt !== undefined) oldest = Math.max(oldest, t - head.startedAt);
      }
      return oldest;
    },
    suspend() {
      suspended++;
      let resumed = false;
      return () => {
        if (resumed) return;
        resumed = true;
        suspended--;
        // Queries that ran while suspended start their clock now.
        const t = now();
        for (const queue of queues.values()) {
          if (queue[0]?.startedAt !== undefined) queue[0].startedAt = Math.max(queue[0].startedAt, t);
        }
      };
    },
    check() {
      if (!timeoutMs || !options.onStuck || suspended > 0) return;
      const t = now();
      for (const queue of queues.values()) {
        const head = queue[0];
        if (!head || head.reported || head.startedAt === undefined) continue;
        const age = t - head.startedAt;
        if (age < timeoutMs) continue;
        head.reported = true;
        try {
          options.onStuck(age, { sql: head.sql, startedAt: head.startedAt });
        } catch {
          // a failing callback must not stop the watchdog
        }
      }
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
    begin(owner, sql) {
      statementCount++;
      inFlight++;
      let queue = queues.get(owner);
      if (!queue) queues.set(owner, (queue = []));
      // pg runs a client's queries one after another: only the head of its queue is running.
      const token: QueryToken = {
        owner,
        sql: sql.slice(0, 500),
        calledAt: now(),
        startedAt: undefined,
        reported: false,
        done: false,
      };
      if (queue.length === 0) token.startedAt = token.calledAt;
      queue.push(token);
      return token;
    },
    end(token) {
      if (token.done) return;
      token.done = true;
      inFlight--;
      const queue = queues.get(token.owner);
      if (!queue) return;
      const index = queue.indexOf(token);
      if (index >= 0) queue.splice(index, 1);
      if (queue.length === 0) {
        queues.delete(token.owner);
      } else if (index === 0 && queue[0].startedAt === undefined) {
        queue[0].startedAt = now();
      }
    },
  };

  let timer: NodeJS.Timeout | undefined;
  if (timeoutMs > 0 && options.onStuck) {
    const intervalMs = options.intervalMs ?? Math.min(1_000, Math.max(50, Math.floor(timeoutMs / 5)));
    timer = setInterval(() => watchdog.check(), intervalMs);
    timer.unref();
  }
  return watchdog;
}

export interface WatchedClientOptions {
  /** Awaited before each connection attempt (embedded: wait until the child serves). */
  beforeConnect?: () => Promise<void>;
  /**
   * Called on client 'error' events. The class always listens for 'error', so a connection dying
   * (embedded child killed or crashed, server restart) can never crash the process with an
   * unhandled 'error' event; pg-pool and TypeORM still see the error through their own listeners.
   */
  onError?: (error: Error) => void;
}

type Callback = (error: Error | null | undefined, result?: unknown) => void;

function sqlOf(config: unknown): string {
  if (typeof config === 'string') return config;
  if (config && typeof config === 'object' && typeof (config as { text?: unknown }).text === 'string') {
    return (config as { text: string }).text;
  }
  return '<submittable>';
}

/**
 * Returns a pg.Client subclass that reports queries to the watchdog. Use it through pg-pool's `Client`
 * option (TypeORM: `extra: { Client }`). Handles every form of `query` pg-pool and TypeORM use:
 * promise (`query(text, values)`), callback (`query(text, cb)`, `query(text, values, cb)`,
 * `query({ text, callback })`) and submittables (pg-query-stream, pg-cursor).
 */
export function createWatchedClientClass(
  watchdog: QueryWatchdog,
  options: WatchedClientOptions = {},
): typeof pg.Client {
  class WatchedClient extends pg.Client {
    constructor(config?: string | pg.ClientConfig) {
      super(config);
      this.on('error', (error: Error) => options.onError?.(error));
    }

    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    override query(...args: any[]): any {
      const [config, values, callback] = args as [unknown, unknown, unknown];
      const token = watchdog.begin(this, sqlOf(config));
      const finish = (error?: unknown): void => {
        watchdog.end(token);
        // The watchdog reported this query as stuck (embedded: the child was killed to stop it): mark
        // the resulting error so the error layer can tell a timeout from a crash (isStatementTimeout).
        if (token.reported && error && typeof error === 'object') {
          (error as { queryTimedOut?: boolean }).queryTimedOut = true;
        }
      };
      const wrap =
        (cb: Callback): Callback =>
        (error, result) => {
          finish(error);
          cb(error, result);
        };
      try {
        if (config && typeof (config as { submit?: unknown }).submit === 'function') {
          const submittable = config as { once?: (event: string, listener: () => void) => void };
          if (typeof submittable.once === 'function') {
            for (const event of ['end', 'error', 'close']) submittable.once(event, () => finish());
          } else {
            finish();
          }
          return super.query(...(args as Parameters<pg.Client['query']>));
        }
        if (typeof values === 'function') return super.query(config as string, wrap(values as Callback));
        if (typeof callback === 'function') {
          return super.query(config as string, values as unknown[], wrap(callback as Callback));
        }
        let effectiveConfig = config;
        if (
          config &&
          typeof config === 'object' &&
          typeof (config as { callback?: unknown }).callback === 'function'
        ) {
          const original = (config as { callback: Callback }).callback;
          effectiveConfig = { ...(config as object), callback: wrap(original) };
          return super.query(effectiveConfig as pg.QueryConfig, values as unknown[]);
        }
        const result: unknown = super.query(effectiveConfig as string, values as unknown[]);
        if (result && typeof (result as Promise<unknown>).then === 'function') {
          return (result as Promise<unknown>).then(
            (value) => {
              finish();
              return value;
            },
            (error: unknown) => {
              finish(error);
              throw error;
            },
          );
        }
        finish();
        return result;
      } catch (error) {
        finish(error);
        throw error;
      }
    }

    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    override connect(callback?: any): any {
      const beforeConnect = options.beforeConnect;
      if (!beforeConnect) return callback ? super.connect(callback) : super.connect();
      const connecting = beforeConnect().then(() => {
        // pg-pool's connectionTimeoutMillis destroys the stream of a client still connecting.
        const stream = (this as unknown as { connection?: { stream?: { destroyed?: boolean } } }).connection
          ?.stream;
        if (stream?.destroyed) throw new Error('Connection terminated due to connection timeout');
        return super.connect();
      });
      if (!callback) return connecting;
      connecting.then(
        () => callback(undefined, this),
        (error: Error) => callback(error),
      );
      return undefined;
    }
  }
  return WatchedClient;
}
