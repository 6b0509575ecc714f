import { z } from 'zod';
import { DomainError, TOKEN_SCOPES } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { loadForUpdate } from '../../../shared/persistence/versioned-update.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { API_TOKEN_PREFIX, generateSecretToken, sha256Hex } from '../../auth/credentials.js';
import { ApiToken } from '../api-token.entity.js';
import type { ApiTokenInput } from '../api-token.types.js';

const apiTokenInputSchema = z.object({
  name: z.string().trim().min(1, '请填写应用名称').max(64, '应用名称最多 64 个字符'),
  scopes: z.array(z.enum(TOKEN_SCOPES)).min(1, '至少选择一个范围').transform((scopes) => [...new Set(scopes)]),
  rateLimitPerMinute: z.number().int().min(1, '每分钟限额至少为 1').max(100_000, '每分钟限额最多 100000'),
  expiresAt: z.date().nullish(),
});

/** Creates a token for an external app; the token is returned once and only its hash is kept. */
export async function createApiToken(context: RequestContext, rawInput: ApiTokenInput): Promise<{ token: string; apiToken: ApiToken }> {
  const input = parseInput(apiTokenInputSchema, rawInput);
  const now = context.services.clock.now();
  if (input.expiresAt && input.expiresAt <= now) {
    throw new DomainError('BAD_USER_INPUT', 'API_TOKEN.EXPIRY_IN_PAST', '过期时间须晚于当前时间', { fields: { expiresAt: ['过期时间须晚于当前时间'] } });
  }
  if (context.actor.kind !== 'staff') throw new DomainError('FORBIDDEN', 'ACCESS.FORBIDDEN', '您无权执行此操作');
  const { manager } = requireMutationScope(context);
  const token = generateSecretToken(API_TOKEN_PREFIX);
  const apiToken = manager.create(ApiToken, {
    name: input.name,
    prefix: token.slice(0, 12),
    tokenHash: sha256Hex(token),
    scopes: input.scopes,
    rateLimitPerMinute: input.rateLimitPerMinute,
    createdById: context.actor.userId,
    createdAt: now,
    expiresAt: input.expiresAt ?? null,
    lastUsedAt: null,
    revokedAt: null,
    revokedById: null,
  });
  await manager.save(apiToken);
  recordChange(context, 'ApiToken', apiToken.id, null, apiToken);
  return { token, apiToken };
}

export async function revokeApiToken(context: RequestContext, id: string, version: number): Promise<ApiToken> {
  const { manager } = requireMutationScope(context);
  const apiToken = await loadForUpdate(manager, ApiToken, id, version, '令牌');
  if (apiToken.revokedAt) throw new DomainError('INVALID_TRANSITION', 'API_TOKEN.ALREADY_REVOKED', '令牌已撤销', { allowedActions: [] });
  const before = { ...apiToken };
  apiToken.revokedAt = context.services.clock.now();
  apiToken.revokedById = context.actor.kind === 'staff' ? context.actor.userId : null;
  await manager.save(apiToken);
  recordChange(context, 'ApiToken', id, before, apiToken);
  return apiToken;
}
