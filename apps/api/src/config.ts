import path from 'node:path';
import { BUREAU_INDEX_CODE_PATTERN, DEFAULT_BUREAU_INDEX_CODE, LOGIN_POLICY, PROACTIVE_PROPOSAL_DEFAULT_APPLICANTS } from '@gdp/domain';
import { z } from 'zod';
import { EncryptionKeyConfigError, parseEncryptionKeys, type EncryptionKey } from './shared/crypto/field-encryption.js';
import type { FileStorageBackend } from './shared/storage/file-storage.js';

const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => ['true', '1', 'yes'].includes(value));
const positiveInt = z.coerce.number().int().positive();
/** An optional setting; set but empty counts as not set. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

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
  /** Scheduled jobs (deadlines, reminders, outbox): every replica checks; each slot runs once across them. */
  JOBS_ENABLED: boolean.default(true),
  JOB_TICK_MS: positiveInt.default(60_000),
  /** Staff are reminded of a task this many working days before its due date. */
  REMINDER_WORKING_DAYS: z.coerce.number().int().min(0).max(20).default(2),
  /** 条例 art. 18: information not disclosed is re-assessed after this many months (a task for its department). */
  REASSESSMENT_INTERVAL_MONTHS: z.coerce.number().int().min(1).max(60).default(12),
  /** 条例 art. 44: a 依申请公开 document this many distinct applicants asked for is proposed for proactive disclosure. */
  PROACTIVE_PROPOSAL_APPLICANTS: z.coerce.number().int().min(2).max(100).default(PROACTIVE_PROPOSAL_DEFAULT_APPLICANTS),
  /** Test runs only (NODE_ENV=test): a probe job that records each run, to prove runs happen once. */
  JOBS_TEST_PROBE: boolean.default(false),
  /** Field encryption at rest: comma-separated `keyId:base64(32 bytes)`; DATA_ENCRYPTION_KEY_ID names the one for new writes. */
  DATA_ENCRYPTION_KEYS: optional(z.string()),
  DATA_ENCRYPTION_KEY_ID: optional(z.string()),
  /** Outbox adapters for notices (SPEC §2.3a): each channel is used only when configured. */
  SMTP_URL: optional(z.string().url().regex(/^smtps?:\/\//, '须为 smtp:// 或 smtps:// 地址')),
  SMTP_FROM: optional(z.string()),
  SMS_GATEWAY_URL: optional(z.string().url().regex(/^https?:\/\//, '须为 http:// 或 https:// 地址')),
  SMS_GATEWAY_TOKEN: optional(z.string()),
  /** Anonymous callers may read the published catalog and the guide (per-IP rate limited). */
  ANONYMOUS_PUBLIC_READ: boolean.default(false),
  ANONYMOUS_RATE_LIMIT_PER_MINUTE: positiveInt.default(60),
  /** The bureau's code at the head of the public catalog's index numbers (索引号). */
  BUREAU_INDEX_CODE: z.string().regex(BUREAU_INDEX_CODE_PATTERN, '须为 1–32 位大写字母、数字或连字符').default(DEFAULT_BUREAU_INDEX_CODE),
  /** The bureau's name as it signs its letters (the reply to an application). */
  BUREAU_NAME: z.string().trim().min(1).max(100).default('市文化广电旅游局'),
  /** Processing fees for applications (国办函〔2020〕109号): off unless the bureau decides to charge. */
  APPLICATION_FEES_ENABLED: boolean.default(false),
  /** Where attachments' bytes live: in the database (default, nothing else to run), a folder, or an S3 bucket. */
  FILE_STORAGE: z.enum(['database', 'local', 's3'] satisfies FileStorageBackend[]).default('database'),
  FILE_STORAGE_DIR: optional(z.string()),
  FILE_MAX_BYTES: positiveInt.default(20 * 1024 * 1024),
  S3_ENDPOINT: optional(z.string().url().regex(/^https?:\/\//, '须为 http:// 或 https:// 地址')),
  S3_REGION: optional(z.string()),
  S3_BUCKET: optional(z.string()),
  S3_ACCESS_KEY_ID: optional(z.string()),
  S3_SECRET_ACCESS_KEY: optional(z.string()),
  /** Most self-hosted S3-compatible stores address buckets by path, not by host name. */
  S3_FORCE_PATH_STYLE: boolean.default(true),
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
  jobsEnabled: boolean;
  jobTickMs: number;
  reminderWorkingDays: number;
  reassessmentIntervalMonths: number;
  proactiveProposalApplicants: number;
  jobsTestProbe: boolean;
  dataEncryptionKeys: EncryptionKey[];
  dataEncryptionKeyId?: string;
  smtpUrl?: string;
  smtpFrom?: string;
  smsGatewayUrl?: string;
  smsGatewayToken?: string;
  anonymousPublicRead: boolean;
  anonymousRateLimitPerMinute: number;
  bureauIndexCode: string;
  bureauName: string;
  applicationFeesEnabled: boolean;
  fileStorage: FileStorageBackend;
  fileStorageDir: string;
  fileMaxBytes: number;
  /** Set when fileStorage is 's3'. */
  s3?: { endpoint?: string; region: string; bucket: string; accessKeyId: string; secretAccessKey: string; forcePathStyle: boolean };
};

/** Reads configuration from the environment; invalid values stop the start with a readable message. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`配置无效：${problems}`);
  }
  const env = parsed.data;
  const problems: string[] = [];
  let dataEncryptionKeys: EncryptionKey[] = [];
  try {
    dataEncryptionKeys = parseEncryptionKeys(env.DATA_ENCRYPTION_KEYS ?? '');
  } catch (error) {
    if (!(error instanceof EncryptionKeyConfigError)) throw error;
    problems.push(`DATA_ENCRYPTION_KEYS: ${error.message}`);
  }
  if (Boolean(env.SMTP_URL) !== Boolean(env.SMTP_FROM)) problems.push('SMTP_URL 与 SMTP_FROM 须同时配置');
  if (Boolean(env.SMS_GATEWAY_URL) !== Boolean(env.SMS_GATEWAY_TOKEN)) problems.push('SMS_GATEWAY_URL 与 SMS_GATEWAY_TOKEN 须同时配置');
  const missingS3 = (['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const).filter((name) => !env[name]);
  if (env.FILE_STORAGE === 's3' && missingS3.length > 0) problems.push(`FILE_STORAGE=s3 时须配置 ${missingS3.join('、')}`);
  if (problems.length > 0) throw new Error(`配置无效：${problems.join('; ')}`);
  const dataDir = path.resolve(env.DATA_DIR);
  return {
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    dataDir,
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
    jobsEnabled: env.JOBS_ENABLED,
    jobTickMs: env.JOB_TICK_MS,
    reminderWorkingDays: env.REMINDER_WORKING_DAYS,
    reassessmentIntervalMonths: env.REASSESSMENT_INTERVAL_MONTHS,
    proactiveProposalApplicants: env.PROACTIVE_PROPOSAL_APPLICANTS,
    jobsTestProbe: env.JOBS_TEST_PROBE && env.NODE_ENV === 'test',
    dataEncryptionKeys,
    dataEncryptionKeyId: env.DATA_ENCRYPTION_KEY_ID,
    smtpUrl: env.SMTP_URL,
    smtpFrom: env.SMTP_FROM,
    smsGatewayUrl: env.SMS_GATEWAY_URL,
    smsGatewayToken: env.SMS_GATEWAY_TOKEN,
    anonymousPublicRead: env.ANONYMOUS_PUBLIC_READ,
    anonymousRateLimitPerMinute: env.ANONYMOUS_RATE_LIMIT_PER_MINUTE,
    bureauIndexCode: env.BUREAU_INDEX_CODE,
    bureauName: env.BUREAU_NAME,
    applicationFeesEnabled: env.APPLICATION_FEES_ENABLED,
    fileStorage: env.FILE_STORAGE,
    fileStorageDir: path.resolve(env.FILE_STORAGE_DIR ?? path.join(dataDir, 'files')),
    fileMaxBytes: env.FILE_MAX_BYTES,
    s3:
      env.FILE_STORAGE === 's3'
        ? {
            endpoint: env.S3_ENDPOINT,
            region: env.S3_REGION ?? 'us-east-1',
            bucket: env.S3_BUCKET ?? '',
            accessKeyId: env.S3_ACCESS_KEY_ID ?? '',
            secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? '',
            forcePathStyle: env.S3_FORCE_PATH_STYLE,
          }
        : undefined,
  };
}
