import { z } from 'zod';

/**
 * Idempotency keys of external submissions (SPEC §2.3b): an external app sends one with each submission,
 * scoped to its token and kept 24 hours; a replay returns the first result, the same key with another
 * payload is refused. Keys are opaque to the bureau (a UUID or ULID is typical) and compared exactly.
 */
export const IDEMPOTENCY_KEY_MAX = 100;
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;

/** Visible ASCII only (no spaces or control characters), so a key is the same whoever logs or copies it. */
const IDEMPOTENCY_KEY = /^[\x21-\x7E]+$/;

export const IDEMPOTENCY_KEY_MESSAGE = `幂等键须为 1–${IDEMPOTENCY_KEY_MAX} 个可见 ASCII 字符（字母、数字或符号，不含空格）`;

export const idempotencyKeySchema = z
  .string({ error: '请提供幂等键' })
  .min(1, { error: '请提供幂等键', abort: true })
  .max(IDEMPOTENCY_KEY_MAX, { error: IDEMPOTENCY_KEY_MESSAGE, abort: true })
  .regex(IDEMPOTENCY_KEY, { error: IDEMPOTENCY_KEY_MESSAGE });

export const isIdempotencyKey = (value: unknown): value is string =>
  idempotencyKeySchema.safeParse(value).success;

/** When a key used at `createdAt` becomes free again. */
export const idempotencyKeyExpiry = (createdAt: Date): Date =>
  new Date(createdAt.getTime() + IDEMPOTENCY_KEY_TTL_HOURS * 3_600_000);
