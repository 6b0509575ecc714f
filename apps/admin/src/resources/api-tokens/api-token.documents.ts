import { graphql } from '../../graphql/generated';

export const ApiTokenFields = graphql(`
  fragment ApiTokenFields on ApiTokenView {
    id
    name
    prefix
    scopes
    rateLimitPerMinute
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
    version
  }
`);

export const ApiTokensQuery = graphql(`
  query ApiTokens($page: PageInput, $sort: SortInput) {
    apiTokens(page: $page, sort: $sort) {
      total
      items {
        ...ApiTokenFields
      }
    }
  }
`);

export const ApiTokenQuery = graphql(`
  query ApiToken($id: ID!) {
    apiToken(id: $id) {
      ...ApiTokenFields
    }
  }
`);

export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: ApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        ...ApiTokenFields
      }
    }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!, $version: Int!) {
    revokeApiToken(id: $id, version: $version) {
      ...ApiTokenFields
    }
  }
`);

export const ApiTokenUsageQuery = graphql(`
  query ApiTokenUsage($id: ID!, $minutes: Int!) {
    apiTokenUsage(id: $id, minutes: $minutes) {
      minute
      reads
      writes
    }
  }
`);
