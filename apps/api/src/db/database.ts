import { DataSource, MigrationExecutor, type Logger as TypeOrmLogger, type MixedList } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions.js';
import {
  EmbeddedDatabaseUnavailableError,
  startEmbeddedServer,
  type DbLogger,
  type EmbeddedServer,
} from './embedded/embedded-server.js';
import { createQueryWatchdog, createWatchedClientClass, type QueryWatchdog } from './query-watchdog.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

export type { DbLogger } from './embedded/embedded-server.js';

export interface OpenDatabaseOptions {
  /** PostgreSQL URL; when absent the embedded database (PGlite in a child process) is used. */
  databaseUrl?: string;
  /** Data folder of the embedded database (ignored with databaseUrl). */
  dataDir: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  /**
   * PostgreSQL: the server's statement_timeout. Embedded (PGlite ignores statement_timeout): a query
   * running longer is stopped by restarting the database child process.
   */
  statementTimeoutMs: number;
  logger: DbLogger;
  /** Run pending migrations before returning (`transaction: 'each'`, see runPendingMigrations). */
  runMigrations?: boolean;
  /** PostgreSQL pool size (default 10). The embedded database always uses exactly one connection. */
  poolSize?: number;
  /** Embedded: how long one start of the child may take (default 60 s; first start ≈ 3 s). */
  startTimeoutMs?: number;
  /** Queries slower than this are logged as warnings (default 1000 ms; 0 disables). */
  slowQueryMs?: number;
}

export interface Database {
  kind: 'postgres' | 'embedded';
  dataSource: DataSource;
  /** SQL statements sent since opening (every client.query, including BEGIN/COMMIT). */
  statementCount(): number;
  /** Destroys the data source, then stops the embedded server (if any). Idempotent. */
  close(): Promise<void>;
  embedded?: EmbeddedServer;
  watchdog: QueryWatchdog;
}

/** Transaction mode of migration runs, shared with the migration CLI. */
export const MIGRATIONS_TRANSACTION_MODE = 'each' as const;

// ---------------------------------------------------------------------------------------------------
// Error classification (the error layer maps both to UNAVAILABLE)
// ---------------------------------------------------------------------------------------------------

const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENOENT', // the embedded server's socket file is missing while its child restarts
  'ERR_SOCKET_CLOSED',
  'ERR_STREAM_DESTROYED',
  'EMBEDDED_DB_UNAVAILABLE',
  // SQLSTATE: connection exceptions, server shutting down / not yet accepting, too many connections
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '57014', // statement timeout / query cancelled
]);

const CONNECTION_ERROR_MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /is not queryable/i,
  /query read timeout/i,
  /server closed the connection unexpectedly/i,
  /terminating connection/i,
  /the database system is (starting up|shutting down)/i,
  /too many connections/i,
  // SQLSTATE 55000 at connect: the database refuses connections (ALLOW_CONNECTIONS false, maintenance)
  /is not currently accepting connections/i,
];

function errorChain(error: unknown): Record<string, unknown>[] {
  const chain: Record<string, unknown>[] = [];
  let current: unknown = error;
  while (current && typeof current === 'object' && chain.length < 6 && !chain.includes(current as never)) {
    const record = current as Record<string, unknown>;
    chain.push(record);
    // TypeORM's QueryFailedError keeps the pg error as driverError; Node keeps causes as cause.
    current = record.driverError ?? record.cause;
  }
  return chain;
}

/** True for errors meaning "the database connection was lost / unreachable / timed out". */
export function isConnectionError(error: unknown): boolean {
  return errorChain(error).some((record) => {
    if (record instanceof EmbeddedDatabaseUnavailableError) return true;
    if (typeof record.code === 'string' && CONNECTION_ERROR_CODES.has(record.code)) return true;
    if (record.queryTimedOut === true) return true;
    const message = typeof record.message === 'string' ? record.message : '';
    return CONNECTION_ERROR_MESSAGES.some((pattern) => pattern.test(message));
  });
}

/**
 * True for a statement timeout: SQLSTATE 57014 on PostgreSQL, or on the embedded database the error of
 * the query the watchdog stopped by restarting the child (marked `queryTimedOut`).
 */
export function isStatementTimeout(error: unknown): boolean {
  return errorChain(error).some((record) => record.code === '57014' || record.queryTimedOut === true);
}

/**
 * True for a unique-constraint violation (SQLSTATE 23505): two requests inserting the same key at once,
 * both past the service's own duplicate check — a conflict, not an internal error.
 */
export function isUniqueViolation(error: unknown): boolean {
  return errorChain(error).some((record) => record.code === '23505');
}

// ---------------------------------------------------------------------------------------------------
// Opening
// ---------------------------------------------------------------------------------------------------

class PinoTypeOrmLogger implements TypeOrmLogger {
  constructor(private readonly logger: DbLogger) {}
  logQuery(): void {}
  // Failed queries reach the caller as exceptions and are logged once, by the error layer.
  logQueryError(): void {}
  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ durationMs: time, sql: query.slice(0, 1000) }, '慢查询');
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    this.logger.info({ migration: true }, message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn({ source: 'typeorm' }, String(message));
  }
}

/**
 * Opens the database: PostgreSQL when databaseUrl is given, otherwise the embedded PGlite server.
 *
 * Embedded specifics: exactly one pooled connection (pglite-socket interleaves protocol messages of
 * concurrent connections — STACK.md), `ssl: false`, a watchdog that restarts the child when a query
 * exceeds statementTimeoutMs (the query then fails with a connection error; the pool discards that
 * client and the next query connects to the new child, waiting for it to be ready).
 * Callers must use the transaction's manager inside `dataSource.transaction()`: a second query runner
 * would wait for the only connection forever.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const { logger } = options;
  const slowQueryMs = options.slowQueryMs ?? 1_000;
  const common = {
    type: 'postgres' as const,
    entities: options.entities,
    migrations: options.migrations,
    migrationsRun: false,
    migrationsTransactionMode: MIGRATIONS_TRANSACTION_MODE,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto' as const,
    applicationName: 'gdp-api',
    logger: new PinoTypeOrmLogger(logger),
    maxQueryExecutionTime: slowQueryMs > 0 ? slowQueryMs : undefined,
    poolErrorHandler: (error: unknown) =>
      logger.warn({ err: error }, '数据库连接池中的空闲连接出错（已丢弃该连接）'),
  } satisfies Partial<PostgresDataSourceOptions>;

  let database: Database;
  if (options.databaseUrl) {
    // PostgreSQL enforces statement_timeout itself: the watchdog only counts.
    const watchdog = createQueryWatchdog();
    const Client = createWatchedClientClass(watchdog, {
      onError: (error) => logger.warn({ err: error }, '数据库连接出错'),
    });
    const poolSize = options.poolSize ?? 10;
    const dataSource = new DataSource({
      ...common,
      url: options.databaseUrl,
      poolSize,
      extra: {
        max: poolSize,
        statement_timeout: options.statementTimeoutMs,
        // also bounds waiting for a free pooled connection
        connectionTimeoutMillis: 10_000,
        Client,
      },
    });
    await dataSource.initialize();
    database = makeDatabase('postgres', dataSource, watchdog, undefined, logger);
  } else {
    const embedded = await startEmbeddedServer({
      dataDir: options.dataDir,
      logger,
      startTimeoutMs: options.startTimeoutMs,
    });
    const watchdog = createQueryWatchdog({
      timeoutMs: options.statementTimeoutMs,
      onStuck: (ageMs, query) => {
        logger.error(
          { ageMs, timeoutMs: options.statementTimeoutMs, sql: query.sql.slice(0, 300) },
          '查询超时，正在重启嵌入式数据库以终止该查询',
        );
        embedded
          .restart(`查询运行 ${ageMs} ms，超过 ${options.statementTimeoutMs} ms`)
          .catch((error: unknown) => logger.error({ err: error }, '嵌入式数据库重启失败'));
      },
    });
    const Client = createWatchedClientClass(watchdog, {
      beforeConnect: () => embedded.whenReady(),
      // Expected while the child restarts; pg-pool / TypeORM discard the client.
      onError: (error) => logger.warn({ err: error }, '嵌入式数据库连接断开'),
    });
    const { host, port, user, database: name } = embedded.connectionOptions;
    const dataSource = new DataSource({
      ...common,
      host,
      port,
      username: user,
      database: name,
      ssl: false,
      poolSize: 1,
      extra: {
        max: 1, // never more: see STACK.md "PGlite"
        idleTimeoutMillis: 0, // keep the one connection; reconnecting buys nothing on a local socket
        // Waiting for the single connection: at most one stuck query (killed after statementTimeoutMs)
        // plus a restart, then fail (→ UNAVAILABLE) instead of queueing forever.
        connectionTimeoutMillis: options.statementTimeoutMs * 2 + 5_000,
        Client,
      },
    });
    try {
      await dataSource.initialize();
    } catch (error) {
      watchdog.stop();
      await embedded.stop().catch(() => undefined);
      throw error;
    }
    database = makeDatabase('embedded', dataSource, watchdog, embedded, logger);
  }

  if (options.runMigrations) {
    try {
      await runPendingMigrations(database, logger);
    } catch (error) {
      await database.close().catch(() => undefined);
      throw error;
    }
  }
  logger.info(
    { kind: database.kind, ...(database.embedded ? { socketDir: database.embedded.socketDir } : {}) },
    database.kind === 'embedded' ? '已连接嵌入式数据库' : '已连接 PostgreSQL',
  );
  return database;
}

function makeDatabase(
  kind: Database['kind'],
  dataSource: DataSource,
  watchdog: QueryWatchdog,
  embedded: EmbeddedServer | undefined,
  logger: DbLogger,
): Database {
  let closing: Promise<void> | undefined;
  return {
    kind,
    dataSource,
    embedded,
    watchdog,
    statementCount: () => watchdog.statementCount,
    close() {
      closing ??= (async () => {
        try {
          if (dataSource.isInitialized) {
            // pool.end() waits for checked-out connections; a query stuck in PGlite would hold it
            // forever. Stopping the embedded server below breaks such a connection.
            const timedOut = await Promise.race([
              dataSource.destroy().then(() => false),
              new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 5_000).unref()),
            ]);
            if (timedOut) logger.warn({ kind }, '关闭数据库连接池超时，继续停止');
          }
        } finally {
          watchdog.stop();
          await embedded?.stop();
        }
      })();
      return closing;
    },
  };
}

/**
 * Runs pending migrations with `transaction: 'each'`: every migration commits on its own, so
 *  - a migration can opt out of the transaction (`transaction = false`, needed for
 *    `CREATE INDEX CONCURRENTLY` on a large PostgreSQL table) — mode 'all' rejects any such override;
 *  - a failure rolls back only the failing migration; the ones before it stay applied and recorded,
 *    and the next run resumes there. Each migration must therefore be self-contained and atomic.
 * Statement timeouts do not apply: PostgreSQL gets `SET statement_timeout = 0` on the migration
 * connection, and the embedded watchdog is suspended. On PostgreSQL an advisory lock keeps two
 * instances starting at once from running the same migrations (the embedded data folder is locked).
 */
export async function runPendingMigrations(database: Database, logger: DbLogger): Promise<string[]> {
  const { dataSource, kind } = database;
  const resume = database.watchdog.suspend();
  const queryRunner = dataSource.createQueryRunner('master');
  const started = Date.now();
  try {
    if (kind === 'postgres') {
      await queryRunner.query('SET statement_timeout = 0');
      await queryRunner.query(`SELECT pg_advisory_lock(hashtext('gdp-api:migrations'))`);
    }
    const executor = new MigrationExecutor(dataSource, queryRunner);
    executor.transaction = MIGRATIONS_TRANSACTION_MODE;
    const executed = await executor.executePendingMigrations();
    const names = executed.map((migration) => migration.name);
    if (names.length)
      logger.info({ migrations: names, durationMs: Date.now() - started }, '数据库迁移已完成');
    return names;
  } finally {
    if (kind === 'postgres') {
      try {
        await queryRunner.query(`SELECT pg_advisory_unlock(hashtext('gdp-api:migrations'))`);
        await queryRunner.query('RESET statement_timeout');
      } catch (error) {
        logger.warn({ err: error }, '释放迁移锁失败（连接关闭时自动释放）');
      }
    }
    await queryRunner.release();
    resume();
  }
}
