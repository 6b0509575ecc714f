import { describe, expect, it } from 'vitest';
import {
  IDEMPOTENCY_KEY_MESSAGE,
  IDEMPOTENCY_KEY_TTL_HOURS,
  idempotencyKeyExpiry,
  idempotencyKeySchema,
  isIdempotencyKey,
} from './idempotency-key.js';

describe('idempotency keys (SPEC §2.3b)', () => {
  const accepted: Array<[string, string]> = [
    ['a UUID', '3f1c1d6e-2a4b-4c61-9a0e-5b9f3c2d7e10'],
    ['a ULID', '01JDQ4Z6S6X3W8K9M2N5P7R0TV'],
    ['one character', 'a'],
    ['100 characters', 'k'.repeat(100)],
    ['symbols', 'order#2026/11:26!~{x}'],
  ];
  it.each(accepted)('accepts %s', (_name, key) => {
    expect(idempotencyKeySchema.parse(key)).toBe(key);
    expect(isIdempotencyKey(key)).toBe(true);
  });

  const refused: Array<[string, unknown, string]> = [
    ['empty', '', '请提供幂等键'],
    ['101 characters', 'k'.repeat(101), IDEMPOTENCY_KEY_MESSAGE],
    ['a space', 'order 1', IDEMPOTENCY_KEY_MESSAGE],
    ['a leading space', ' order-1', IDEMPOTENCY_KEY_MESSAGE],
    ['a tab', 'order\t1', IDEMPOTENCY_KEY_MESSAGE],
    ['a newline', 'order-1\n', IDEMPOTENCY_KEY_MESSAGE],
    ['a NUL byte', 'order\u00001', IDEMPOTENCY_KEY_MESSAGE],
    ['DEL', 'order\u007f', IDEMPOTENCY_KEY_MESSAGE],
    ['Chinese', '申请一', IDEMPOTENCY_KEY_MESSAGE],
    ['full-width letters', 'ＡＢＣ', IDEMPOTENCY_KEY_MESSAGE],
    ['a number', 42, '请提供幂等键'],
    ['null', null, '请提供幂等键'],
  ];
  it.each(refused)('refuses %s with a zh-CN message', (_name, key, message) => {
    const result = idempotencyKeySchema.safeParse(key);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe(message);
    expect(isIdempotencyKey(key)).toBe(false);
  });

  it('keeps a key for 24 hours', () => {
    expect(IDEMPOTENCY_KEY_TTL_HOURS).toBe(24);
    expect(idempotencyKeyExpiry(new Date('2026-11-26T02:00:00Z'))).toEqual(new Date('2026-11-27T02:00:00Z'));
  });
});
