import path from 'node:path';
import { LOGIN_POLICY } from '@gdp/domain';
import { z } from 'zod';

const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => ['true', '1', 'yes'].includes(value));
const positiveInt = z.coerce.number().int().positive();

const environmentSchema = z.object({
  NODE_ENV: z.string().default('production'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('.data'),
  DEMO_MODE: boolean.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Comma-separated list for Express's `trust proxy` (IPs, CIDRs or loopback/linklocal/uniquelocal). */
  TRUSTED_PROXIES: z.string().default(''),
  SESSION_IDLE_MINUTES: positiveInt.default(LOGIN_POLICY.idleTimeoutMinutes),
  LOGIN_MAX_FAILURES: positiveInt.default(LOGIN_POLICY.maxFailedAttempts),
  LOGIN_LOCKOUT_MINUTES: positiveInt.default(LOGIN_POLICY.lockoutMinutes),
  LOGIN_MAX_FAILURES_PER_IP: positiveInt.default(LOGIN_POLICY.maxFailedAttemptsPerIp),
  BODY_LIMIT: z.string().default('1mb'),
  EXECUTION_TIMEOUT_MS: positiveInt.default(15_000),
  STATEMENT_TIMEOUT_MS: positiveInt.default(10_000),
  SHUTDOWN_GRACE_MS: positiveInt.default(10_000),
  COOKIE_SECURE: boolean.default(false),
  ADMIN_DIST: z.string().optional(),
});

export type AppConfig = {
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  demoMode: boolean;
  logLevel: z.infer<typeof environmentSchema>['LOG_LEVEL'];
  trustedProxies: string[];
  sessionIdleMinutes: number;
  loginMaxFailures: number;
  loginLockoutMinutes: number;
  loginMaxFailuresPerIp: number;
  bodyLimit: string;
  executionTimeoutMs: number;
  statementTimeoutMs: number;
  shutdownGraceMs: number;
  cookieSecure: boolean;
  adminDist?: string;
};

/** Reads configuration from the environment; invalid values stop the start with a readable message. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`配置无效：${problems}`);
  }
  const env = parsed.data;
  return {
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    dataDir: path.resolve(env.DATA_DIR),
    demoMode: env.DEMO_MODE,
    logLevel: env.LOG_LEVEL,
    trustedProxies: env.TRUSTED_PROXIES.split(',').map((entry) => entry.trim()).filter(Boolean),
    sessionIdleMinutes: env.SESSION_IDLE_MINUTES,
    loginMaxFailures: env.LOGIN_MAX_FAILURES,
    loginLockoutMinutes: env.LOGIN_LOCKOUT_MINUTES,
    loginMaxFailuresPerIp: env.LOGIN_MAX_FAILURES_PER_IP,
    bodyLimit: env.BODY_LIMIT,
    executionTimeoutMs: env.EXECUTION_TIMEOUT_MS,
    statementTimeoutMs: env.STATEMENT_TIMEOUT_MS,
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
    cookieSecure: env.COOKIE_SECURE,
    adminDist: env.ADMIN_DIST,
  };
}
