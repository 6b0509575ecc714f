import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { stringify } from 'safe-stable-stringify';
import type { EntityManager } from 'typeorm';
import { DomainError, idempotencyKeyExpiry, idempotencyKeySchema, type AuditEntityType } from '@gdp/domain';
import { z } from 'zod';
import type { MutationScope, RequestContext } from '../../context.js';
import { requireMutationScope } from '../../context.js';
import { readCredential } from '../../modules/auth/authenticate.js';
import { parseInput } from '../validation/parse-input.js';
import { IdempotencyKey, type SealedResponse } from './idempotency-key.entity.js';

const keyInputSchema = z.object({ idempotencyKey: idempotencyKeySchema });

interface StoredAnswer {
  result: unknown;
  /** The record the first request's audit row named, so a replay's audit row names it too. */
  subject: { entityType: AuditEntityType; entityId: string | null } | null;
}

/** The hash a replay must match: the operation and its arguments, keys sorted, so field order never matters. */
export const requestHashOf = (operation: string, payload: unknown): string =>
  createHash('sha256')
    .update(stringify({ operation, payload }) ?? '')
    .digest('hex');

/**
 * The sealing key comes from the app's bearer token, which only the app holds (the database has its hash):
 * a copy of the database does not reveal the access codes answered within the last 24 hours.
 */
function sealingKey(rawToken: string, tokenId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', rawToken, tokenId, 'gdp idempotent response v1', 32));
}

function seal(answer: StoredAnswer, key: Buffer, aad: string): SealedResponse {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(aad));
  const data = Buffer.concat([cipher.update(JSON.stringify(answer), 'utf8'), cipher.final()]);
  return {
    v: 1,
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
}

function open(sealed: SealedResponse, key: Buffer, aad: string): StoredAnswer {
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64')).setAAD(
    Buffer.from(aad),
  );
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
  const text = Buffer.concat([
    decipher.update(Buffer.from(sealed.data, 'base64')),
    decipher.final(),
  ]).toString('utf8');
  return JSON.parse(text) as StoredAnswer;
}

const subjectOf = (scope: MutationScope): StoredAnswer['subject'] =>
  scope.subject ??
  (scope.changes[0]
    ? { entityType: scope.changes[0].entityType, entityId: scope.changes[0].entityId }
    : null);

/**
 * Runs an external submission at most once per (token, key) within 24 hours (SPEC §2.3b), inside the
 * mutation's transaction:
 * - the first request claims the key, runs, and stores its answer with the key — both commit together with
 *   the business rows, or neither does (a failed submission leaves the key free for a retry);
 * - a replay with the same operation and arguments returns the stored answer without running again, so no
 *   second record, case number or code; its audit row names the first request's record and has no changes;
 * - the same key with other arguments is refused with CONFLICT;
 * - a concurrent request with the same key waits on the key's primary key until the first commits, then
 *   replays its answer (or runs, if the first rolled back);
 * - after 24 hours the key is free again.
 * The answer must be JSON data; the first caller gets it back through JSON too (Dates become ISO text), so the
 * first answer and every replay are the same. An answer holding a just-issued access code is stored so that a
 * client that lost the first answer gets the same code again — sealed, SECRET, purged after 24 hours.
 */
export async function withIdempotency<T>(
  context: RequestContext,
  rawKey: string,
  operation: string,
  payload: unknown,
  run: () => Promise<T>,
): Promise<T> {
  const { idempotencyKey: key } = parseInput(keyInputSchema, { idempotencyKey: rawKey });
  const scope = requireMutationScope(context);
  const { actor } = context;
  const rawToken = readCredential(context.req);
  if (actor.kind !== 'token' || !rawToken) throw new Error('idempotency keys belong to external tokens');
  const { manager } = scope;
  const now = context.services.clock.now();
  const requestHash = requestHashOf(operation, payload);
  const aad = `${actor.tokenId}\n${key}`;

  // Claims a new key, or one whose 24 hours have passed; a live key is left as it is (and locked).
  const claimed = (await manager.query(
    `INSERT INTO idempotency_key (token_id, key, operation, request_hash, response, created_at, expires_at)
     VALUES ($1, $2, $3, $4, NULL, $5, $6)
     ON CONFLICT (token_id, key) DO UPDATE
       SET operation = EXCLUDED.operation, request_hash = EXCLUDED.request_hash, response = NULL,
           created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at
       WHERE idempotency_key.expires_at <= EXCLUDED.created_at
     RETURNING key`,
    [actor.tokenId, key, operation, requestHash, now, idempotencyKeyExpiry(now)],
  )) as Array<{ key: string }>;

  if (claimed.length === 0) {
    const stored = await manager.findOneByOrFail(IdempotencyKey, { tokenId: actor.tokenId, key });
    if (stored.requestHash !== requestHash) {
      throw new DomainError(
        'CONFLICT',
        'IDEMPOTENCY.KEY_REUSED',
        '该幂等键已用于另一次内容不同的提交（24 小时内有效），请为新的提交使用新的幂等键',
        { fields: { idempotencyKey: ['该幂等键已用于另一次内容不同的提交'] } },
      );
    }
    if (!stored.response) {
      throw new DomainError('CONFLICT', 'IDEMPOTENCY.IN_PROGRESS', '相同的提交正在处理中，请稍后重试');
    }
    const answer = open(stored.response, sealingKey(rawToken, actor.tokenId), aad);
    if (answer.subject) scope.subject = answer.subject;
    return answer.result as T;
  }

  const result = JSON.parse(JSON.stringify(await run()) ?? 'null') as T;
  const sealed = seal({ result, subject: subjectOf(scope) }, sealingKey(rawToken, actor.tokenId), aad);
  await manager.update(IdempotencyKey, { tokenId: actor.tokenId, key }, { response: sealed });
  return result;
}

/** For the scheduled jobs: expired keys (and the answers they keep) are deleted. Returns how many. */
export async function purgeExpiredIdempotencyKeys(manager: EntityManager, now: Date): Promise<number> {
  const result = await manager
    .createQueryBuilder()
    .delete()
    .from(IdempotencyKey)
    .where('expires_at <= :now', { now })
    .execute();
  return result.affected ?? 0;
}
