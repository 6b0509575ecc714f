import { TOKEN_SCOPES, TOKEN_SCOPE_LABELS, type TokenScope as DomainTokenScope } from '@gdp/domain';
import type { ApiTokenFieldsFragment, TokenScope } from '../../graphql/generated/graphql';
import { ApiTokenFieldsFragmentDoc } from '../../graphql/generated/graphql';
import { contractHttpError } from '../../providers/graphql-errors';
import {
  defineResource,
  MAX_PER_PAGE,
  requiredText,
  type FormValues,
} from '../../providers/resource-definition';
import { toIsoInstant } from '../../shared/dates';
import { API_TOKEN_MANAGE } from '../access-rules';
import {
  ApiTokenUsageQuery,
  ApiTokensQuery,
  CreateApiTokenMutation,
  RevokeApiTokenMutation,
} from './api-token.documents';

export type ApiToken = ApiTokenFieldsFragment;
/** What createApiToken answers: the record plus the token text, shown once and never stored. */
export type CreatedApiToken = ApiToken & { token: string };

/** GraphQL enum names cannot hold ':' — the schema spells `public:read` as `PUBLIC_READ`. */
export const tokenScopeKey = (scope: DomainTokenScope): TokenScope =>
  scope.replace(':', '_').toUpperCase() as TokenScope;

export const TOKEN_SCOPE_CHOICES = TOKEN_SCOPES.map((scope) => ({
  id: tokenScopeKey(scope),
  name: TOKEN_SCOPE_LABELS[scope],
}));

export const tokenScopeLabel = (key: string): string =>
  TOKEN_SCOPE_CHOICES.find((choice) => choice.id === key)?.name ?? key;

export const toApiTokenInput = (data: FormValues) => ({
  name: requiredText(data.name).trim(),
  scopes: (Array.isArray(data.scopes) ? data.scopes : []) as TokenScope[],
  rateLimitPerMinute: Number(data.rateLimitPerMinute ?? 600),
  expiresAt: toIsoInstant(data.expiresAt),
});

/** 有效 / 已撤销 / 已过期, as of now. */
export function apiTokenStatus(
  token: Pick<ApiToken, 'revokedAt' | 'expiresAt'>,
  now: Date = new Date(),
): 'valid' | 'revoked' | 'expired' {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && new Date(token.expiresAt).getTime() <= now.getTime()) return 'expired';
  return 'valid';
}

/** The API has no `apiToken(id)`: a token is found in the cached list, else by reading the (short) list. */
const SEARCH_PAGES = 20;

export const apiTokenResource = defineResource<ApiToken>({
  access: {
    list: API_TOKEN_MANAGE,
    show: API_TOKEN_MANAGE,
    export: API_TOKEN_MANAGE,
    create: API_TOKEN_MANAGE,
    revoke: API_TOKEN_MANAGE,
    usage: API_TOKEN_MANAGE,
  },
  list: (api, { page, perPage }) =>
    api.query(ApiTokensQuery, { page: { page, perPage } }, { keep: true }).then((data) => data.apiTokens),
  async one(api, id) {
    const cached = api.readCached(ApiTokenFieldsFragmentDoc, { __typename: 'ApiTokenView', id });
    if (cached) return cached;
    for (let page = 1; page <= SEARCH_PAGES; page += 1) {
      const { apiTokens } = await api.query(
        ApiTokensQuery,
        { page: { page, perPage: MAX_PER_PAGE } },
        { keep: true },
      );
      const found = apiTokens.items.find((token) => token.id === id);
      if (found) return found;
      if (page * MAX_PER_PAGE >= apiTokens.total) break;
    }
    throw contractHttpError({
      message: '令牌不存在或无权访问',
      extensions: { code: 'NOT_FOUND', reason: 'RECORD.NOT_FOUND' },
    });
  },
  create: (api, data): Promise<CreatedApiToken> =>
    api
      .mutate(CreateApiTokenMutation, { input: toApiTokenInput(data) })
      .then(({ createApiToken }) => ({ ...createApiToken.apiToken, token: createApiToken.token })),
  deactivate: (api, record) =>
    api
      .mutate(RevokeApiTokenMutation, { id: record.id, version: record.version })
      .then((result) => result.revokeApiToken),
  actions: {
    revoke: (api, params: { id: string; version: number }) =>
      api.mutate(RevokeApiTokenMutation, params).then((result) => result.revokeApiToken),
    usage: (api, params: { id: string; minutes: number }) =>
      api.query(ApiTokenUsageQuery, params).then((result) => result.apiTokenUsage),
  },
});
