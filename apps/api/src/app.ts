import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import { expressMiddleware } from '@as-integrations/express5';
import { pinoHttp } from 'pino-http';
import type { ApolloServer } from '@apollo/server';
import type { AppConfig } from './config.js';
import { systemClock, type Clock } from './clock.js';
import type { RequestContext } from './context.js';
import { openDatabase, runPendingMigrations, type Database } from './db/database.js';
import { ENTITIES } from './db/entities.js';
import { MIGRATIONS } from './db/migrations/index.js';
import { applyDemoPolicy, type DemoCredentials } from './db/seeds/demo-seed.js';
import type { Logger } from './logger.js';
import type { JobDefinition } from './jobs/job-definition.js';
import { buildJobList } from './jobs/job-registry.js';
import { startJobTicker } from './jobs/job-runner.js';
import { authenticate, readCredential, type Authentication } from './modules/auth/authenticate.js';
import { TokenUsageCounter } from './modules/api-token/token-usage.js';
import { AnonymousReadLimiter, servePublicFile } from './modules/catalog/index.js';
import { serveStaffFile } from './modules/document/index.js';
import { createOutboxAdapters } from './modules/notice/outbox/outbox-adapter.js';
import { createSchema, type ExtraResolvers } from './schema.js';
import type { AppServices } from './services.js';
import { loadKeyRing } from './shared/crypto/field-encryption.js';
import { createFileStorage } from './shared/storage/file-storage.js';
import { httpErrorBody } from './shared/errors/app-errors.js';
import { toContractError } from './shared/errors/format-error.js';
import { createGraphQLServers } from './shared/http/graphql-servers.js';

export interface App {
  services: AppServices;
  server: http.Server;
  url: string;
  /** Demo mode only: the demo users and their password, for the terminal banner. */
  demo: DemoCredentials | null;
  /** Stops accepting, drains in-flight requests (up to the grace period), then closes the database. */
  shutdown(): Promise<void>;
}

export interface StartAppOptions {
  config: AppConfig;
  logger: Logger;
  clock?: Clock;
  /** An already opened database (tests share one per file); otherwise one is opened from config. */
  database?: Database;
  /** Resolvers served besides the product's (tests drive services through test-only case kinds). */
  extraResolvers?: ExtraResolvers;
  /** Scheduled jobs checked besides the product's (tests of the scheduler). */
  extraJobs?: readonly JobDefinition[];
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export async function startApp(options: StartAppOptions): Promise<App> {
  const { config, logger } = options;
  const clock = options.clock ?? systemClock;
  // Before the database opens: without a usable key the API must not start (and must not write plain data).
  const { keyRing: fieldEncryption, source: keySource } = await loadKeyRing(config);
  logger.info({ keyId: fieldEncryption.currentKeyId, source: keySource }, '数据加密密钥已加载');
  const ownsDatabase = !options.database;
  const db =
    options.database ??
    (await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      entities: ENTITIES,
      migrations: MIGRATIONS,
      statementTimeoutMs: config.statementTimeoutMs,
      logger,
    }));
  try {
    await runPendingMigrations(db, logger);
    const tokenUsage = new TokenUsageCounter(() => db.dataSource, logger);
    const services: AppServices = { config, logger, clock, db, tokenUsage, fieldEncryption, outbox: createOutboxAdapters(config), fileStorage: createFileStorage(config, clock), jobs: buildJobList(config, options.extraJobs) };
    const demo = await applyDemoPolicy(services);
    const schema = await createSchema(options.extraResolvers);
    const servers = createGraphQLServers(schema, logger);
    await Promise.all([servers.staff.start(), servers.external.start()]);
    tokenUsage.start();

    // `open`: requests whose response is not finished; `working`: handlers still running — a request answered
    // by the execution timeout may still be working, and shutdown must not close the database under it.
    const state = { shuttingDown: false, open: 0, working: 0 };
    const app = express();
    app.disable('x-powered-by');
    app.set('trust proxy', config.trustedProxies.length > 0 ? config.trustedProxies : false);
    app.use(
      pinoHttp({
        logger,
        genReqId: (req, res) => {
          const given = req.headers['x-request-id'];
          const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
          res.setHeader('x-request-id', id);
          return id;
        },
        autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
        serializers: {
          // The path only: a query string may carry a GET operation's variables (passwords, tokens).
          req: (req: { id: string; method: string; url: string }) => ({
            id: req.id,
            method: req.method,
            url: req.url.split('?')[0],
          }),
          res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        },
      }),
    );

    app.get('/healthz', (_req, res) => {
      res.json({ status: 'ok' });
    });
    app.get('/readyz', async (_req, res) => {
      const checks = { database: false, shuttingDown: state.shuttingDown };
      if (!state.shuttingDown) {
        checks.database = await Promise.race([
          db.dataSource.query('SELECT 1').then(
            () => true,
            () => false,
          ),
          new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2_000).unref()),
        ]);
      }
      const ready = checks.database && !state.shuttingDown;
      res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not-ready', checks });
    });

    const graphqlHandlers = {
      staff: graphqlHandler(servers.staff, services),
      external: graphqlHandler(servers.external, services),
    };
    const anonymousReads = new AnonymousReadLimiter();
    /**
     * Who is calling, within their per-minute limit (else answered 429 and null): a token's own limit; a
     * caller without a credential, where anonymous public reads are allowed, the per-IP limit.
     */
    const admit = async (req: Request, res: Response): Promise<Authentication | null> => {
      const auth = await authenticate(services, readCredential(req));
      const refuse = (reason: string, message: string) => {
        res.setHeader('retry-after', '60');
        res.status(429).json(httpErrorBody('RATE_LIMITED', reason, message, req.id as string));
        return null;
      };
      if (auth.actor.kind === 'token' && !tokenUsage.tryConsume(auth.actor.tokenId, auth.rateLimitPerMinute ?? 600, clock.now())) {
        return refuse('API_TOKEN.RATE_LIMITED', '该令牌每分钟请求数已达上限，请稍后重试');
      }
      if (auth.actor.kind === 'anonymous' && !auth.credentialProblem && config.anonymousPublicRead) {
        if (!anonymousReads.tryConsume(req.ip ?? 'unknown', config.anonymousRateLimitPerMinute, clock.now())) {
          return refuse('ANONYMOUS.RATE_LIMITED', '每分钟请求数已达上限，请稍后重试');
        }
        return { ...auth, actor: { kind: 'anonymous', mayReadPublic: true } };
      }
      return auth;
    };
    app.use(
      '/graphql',
      (req, res, next) => {
        if (state.shuttingDown) {
          res.setHeader('connection', 'close');
          res.status(503).json(httpErrorBody('UNAVAILABLE', 'SERVER.SHUTTING_DOWN', '服务正在停止，请稍后重试', req.id as string));
          return;
        }
        state.open += 1;
        res.on('close', () => {
          state.open -= 1;
        });
        next();
      },
      // Attachments arrive base64-encoded in uploadDocumentAttachment: the body may hold one whole file.
      express.json({ limit: graphqlBodyLimit(config), strict: true }),
      (req, res, next) => {
        if (Array.isArray(req.body)) {
          res.status(400).json(httpErrorBody('QUERY_REJECTED', 'GRAPHQL.BATCH_NOT_ALLOWED', '不支持批量请求，请逐个发送', req.id as string));
          return;
        }
        next();
      },
      executionTimeout(config.executionTimeoutMs),
      async (req, res, next) => {
        state.working += 1;
        try {
          const auth = await admit(req, res);
          if (!auth) return;
          res.locals.auth = auth;
          const useStaff = auth.actor.kind === 'staff' && auth.actor.stage === 'FULL';
          await (useStaff ? graphqlHandlers.staff : graphqlHandlers.external)(req, res, next);
        } catch (error) {
          next(error);
        } finally {
          state.working -= 1;
        }
      },
    );

    // Attachments of published catalog entries, for the public catalog's readers (portals, anonymous callers).
    app.get('/public/files/:attachmentId', async (req, res, next) => {
      if (state.shuttingDown) {
        res.setHeader('connection', 'close');
        res.status(503).json(httpErrorBody('UNAVAILABLE', 'SERVER.SHUTTING_DOWN', '服务正在停止，请稍后重试', req.id as string));
        return;
      }
      state.working += 1;
      try {
        const auth = await admit(req, res);
        if (auth) await servePublicFile(services, auth.actor, req, res);
      } catch (error) {
        next(error);
      } finally {
        state.working -= 1;
      }
    });

    // Documents' files, for signed-in staff who may read the document.
    app.get('/files/:attachmentId', async (req, res, next) => {
      if (state.shuttingDown) {
        res.setHeader('connection', 'close');
        res.status(503).json(httpErrorBody('UNAVAILABLE', 'SERVER.SHUTTING_DOWN', '服务正在停止，请稍后重试', req.id as string));
        return;
      }
      state.working += 1;
      try {
        const auth = await authenticate(services, readCredential(req));
        await serveStaffFile(services, auth.actor, req, res);
      } catch (error) {
        next(error);
      } finally {
        state.working -= 1;
      }
    });

    const adminDist = config.adminDist ?? path.resolve(import.meta.dirname, '../../admin/dist');
    if (existsSync(path.join(adminDist, 'index.html'))) {
      // Hashed assets may be cached for long; index.html must not be, or a deploy reaches browsers late.
      app.use(
        express.static(adminDist, {
          index: 'index.html',
          maxAge: '30d',
          immutable: true,
          setHeaders: (res, filePath) => {
            if (filePath.endsWith('.html')) res.setHeader('cache-control', 'no-cache');
          },
        }),
      );
      app.get(/^\/(?!graphql|healthz|readyz|public\/files\/).*/, (_req, res) =>
        res.sendFile(path.join(adminDist, 'index.html'), { headers: { 'cache-control': 'no-cache' } }),
      );
    }
    app.use((req, res) => {
      res.status(404).json(httpErrorBody('NOT_FOUND', 'HTTP.NOT_FOUND', '请求的地址不存在', req.id as string));
    });
    app.use(httpErrorHandler(logger));

    const server = http.createServer(app);
    server.keepAliveTimeout = 5_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => resolve());
    });
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
    // Every replica checks the jobs; the job_run table lets only one of them run each slot.
    const jobTicker = config.jobsEnabled ? startJobTicker(services, config.jobTickMs) : null;

    let shutdownPromise: Promise<void> | undefined;
    const shutdown = () =>
      (shutdownPromise ??= (async () => {
        state.shuttingDown = true;
        const jobsStopped = jobTicker?.stop();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const deadline = Date.now() + config.shutdownGraceMs;
        while ((state.open > 0 || state.working > 0) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
        server.closeAllConnections();
        await closed;
        await Promise.all([servers.staff.stop(), servers.external.stop()]);
        await jobsStopped;
        await tokenUsage.stop();
        if (ownsDatabase) await db.close();
      })());

    return { services, server, url, demo, shutdown };
  } catch (error) {
    if (ownsDatabase) await db.close().catch(() => undefined);
    throw error;
  }
}

function graphqlHandler(server: ApolloServer<RequestContext>, services: AppServices) {
  return expressMiddleware(server, {
    context: async ({ req, res }): Promise<RequestContext> => {
      const auth = res.locals.auth as Authentication;
      return {
        requestId: req.id as string,
        ip: req.ip ?? 'unknown',
        userAgent: req.headers['user-agent'] ?? '',
        actor: auth.actor,
        credentialProblem: auth.credentialProblem,
        sessionId: auth.sessionId,
        services,
        req,
        res,
        signal: res.locals.signal as AbortSignal,
      };
    },
  });
}

/** A request still running after the limit is answered UNAVAILABLE; its transaction sees the abort and rolls back. */
function executionTimeout(timeoutMs: number) {
  return (req: Request, res: Response, next: NextFunction) => {
    const controller = new AbortController();
    res.locals.signal = controller.signal;
    const timer = setTimeout(() => {
      controller.abort();
      if (!res.headersSent) {
        res.status(503).json(httpErrorBody('UNAVAILABLE', 'REQUEST.TIMEOUT', '请求处理超时，请稍后重试', req.id as string));
      }
    }, timeoutMs);
    timer.unref();
    res.on('close', () => clearTimeout(timer));
    next();
  };
}

/** Errors outside GraphQL execution (bad JSON, oversized body…) still answer the JSON contract, never HTML. */
function httpErrorHandler(logger: Logger) {
  return (error: unknown, req: Request, res: Response, _next: NextFunction) => {
    if (res.headersSent) return;
    const type = (error as { type?: string }).type;
    const requestId = req.id as string;
    if (type === 'entity.parse.failed') {
      res.status(400).json(httpErrorBody('BAD_USER_INPUT', 'HTTP.MALFORMED_JSON', '请求体不是合法的 JSON', requestId));
    } else if (type === 'entity.too.large') {
      res.status(413).json(httpErrorBody('QUERY_REJECTED', 'HTTP.BODY_TOO_LARGE', '请求体过大', requestId));
    } else if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
      res.status(415).json(httpErrorBody('BAD_USER_INPUT', 'HTTP.UNSUPPORTED_ENCODING', '不支持的请求编码', requestId));
    } else if (type === 'request.aborted') {
      res.status(400).end();
    } else if (isClientHttpError(error)) {
      // Other body-parser refusals (corrupt gzip/deflate body, wrong content-length…): the client's fault.
      res.status(400).json(httpErrorBody('BAD_USER_INPUT', 'HTTP.BAD_REQUEST', '请求格式不正确', requestId));
    } else {
      const contract = toContractError(error, { logger, requestId });
      const status = contract.code === 'UNAVAILABLE' ? 503 : contract.code === 'INTERNAL' ? 500 : 400;
      res.status(status).json(httpErrorBody(contract.code, contract.reason, contract.message, requestId));
    }
  };
}

/** An http-errors 4xx raised by the body parser (status and expose set), as opposed to a failure of ours. */
function isClientHttpError(error: unknown): boolean {
  const { status, expose } = (error ?? {}) as { status?: unknown; expose?: unknown };
  return typeof status === 'number' && status >= 400 && status < 500 && expose === true;
}

const SIZE_UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/**
 * The GraphQL body limit: BODY_LIMIT, raised to hold one file of FILE_MAX_BYTES in base64 (uploads are
 * mutations) — the limit still bounds every request.
 */
export function graphqlBodyLimit(config: Pick<AppConfig, 'bodyLimit' | 'fileMaxBytes'>): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(config.bodyLimit.trim());
  const configured = match ? Math.floor(Number(match[1]) * SIZE_UNITS[(match[2] ?? 'b').toLowerCase()]) : 1024 ** 2;
  return Math.max(configured, Math.ceil(config.fileMaxBytes / 3) * 4 + 16 * 1024);
}
