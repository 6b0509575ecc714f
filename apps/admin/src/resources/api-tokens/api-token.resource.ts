import { ACCESS_RULES } from '@gdp/domain';
import type { ApiTokenFieldsFragment, TokenScope } from '../../graphql/generated/graphql';
import { defineResource, requiredText, sortFor, type FormValues } from '../../providers/resource-definition';
import { toIsoInstant } from '../../shared/dates';
import {
  ApiTokenQuery,
  ApiTokenUsageQuery,
  ApiTokensQuery,
  CreateApiTokenMutation,
  RevokeApiTokenMutation,
} from './api-token.documents';

export type ApiToken = ApiTokenFieldsFragment;
/** What createApiToken answers: the record plus the token text, shown once and never stored. */
export type CreatedApiToken = ApiToken & { token: string };

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

export const apiTokenResource = defineResource<ApiToken>({
  access: {
    list: ACCESS_RULES['Query.apiTokens'],
    show: ACCESS_RULES['Query.apiToken'],
    export: ACCESS_RULES['Query.apiTokens'],
    create: ACCESS_RULES['Mutation.createApiToken'],
    revoke: ACCESS_RULES['Mutation.revokeApiToken'],
    usage: ACCESS_RULES['Query.apiTokenUsage'],
  },
  list: (api, { page, perPage, sort }) =>
    api
      .query(ApiTokensQuery, { page: { page, perPage }, sort: sortFor('apiTokens', sort) })
      .then((data) => data.apiTokens),
  one: (api, id) => api.query(ApiTokenQuery, { id }).then((data) => data.apiToken),
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
