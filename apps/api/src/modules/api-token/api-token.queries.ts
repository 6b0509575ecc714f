import type { EntityManager } from 'typeorm';
import { notFound } from '../../shared/errors/app-errors.js';
import { pageWindow, type Page, type PageInput } from '../../shared/graphql/pagination.js';
import { listOrder, orderBySort, type SortInput } from '../../shared/graphql/sorting.js';
import { isUuid } from '../../shared/persistence/query-helpers.js';
import { ApiToken, ApiTokenUsage } from './api-token.entity.js';

/** Newest first, then by id (two tokens may be created in one millisecond). */
export const API_TOKEN_LIST_ORDER = listOrder(
  'apiTokens',
  {
    name: 'token.name',
    createdAt: 'token.createdAt',
    expiresAt: 'token.expiresAt',
    lastUsedAt: 'token.lastUsedAt',
    revokedAt: 'token.revokedAt',
    rateLimitPerMinute: 'token.rateLimitPerMinute',
  },
  [
    ['token.createdAt', 'DESC'],
    ['token.id', 'DESC'],
  ],
);

/** The longest usage window one request may read: a week of minutes. */
const MAX_USAGE_MINUTES = 7 * 24 * 60;

/** Tokens are the security administrator's: API_TOKEN_MANAGE on the root field reads every one. */
export async function findApiTokens(
  manager: EntityManager,
  page?: PageInput,
  sort?: SortInput | null,
): Promise<Page<ApiToken>> {
  const { offset, limit } = pageWindow(page);
  const query = manager.getRepository(ApiToken).createQueryBuilder('token');
  const [items, total] = await orderBySort(query, API_TOKEN_LIST_ORDER, sort)
    .skip(offset)
    .take(limit)
    .getManyAndCount();
  return { items, total };
}

export async function findApiToken(manager: EntityManager, id: string): Promise<ApiToken> {
  const apiToken = isUuid(id) ? await manager.findOneBy(ApiToken, { id }) : null;
  if (!apiToken) throw notFound('令牌');
  return apiToken;
}

/** A token's requests per minute over the last `minutes` (1 to a week), oldest minute first. */
export async function findApiTokenUsage(
  manager: EntityManager,
  id: string,
  minutes: number,
  now: Date,
): Promise<ApiTokenUsage[]> {
  if (!isUuid(id) || !(await manager.existsBy(ApiToken, { id }))) throw notFound('令牌');
  const since = new Date(now.getTime() - Math.min(Math.max(minutes, 1), MAX_USAGE_MINUTES) * 60_000);
  return manager
    .getRepository(ApiTokenUsage)
    .createQueryBuilder('usage')
    .where('usage.tokenId = :id AND usage.minute >= :since', { id, since })
    .orderBy('usage.minute', 'ASC')
    .getMany();
}
