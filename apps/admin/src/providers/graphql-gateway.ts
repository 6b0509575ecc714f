import {
  ApolloClient,
  HttpLink,
  InMemoryCache,
  type OperationVariables,
  type TypedDocumentNode,
} from '@apollo/client';
import { toHttpError } from './graphql-errors';

/**
 * The console's one way to the API. Every call is typed by the documents generated from the committed
 * schema; every failure comes out as a react-admin HttpError (see graphql-errors.ts).
 *
 * react-admin keeps its own query cache, so Apollo caches nothing: every record, audit rows and tokens
 * included, has its own single-record query (`auditLog(seq)`, `apiToken(id)`), so a page reload works.
 */
export interface GraphQLGateway {
  query<TData, TVariables extends OperationVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
  ): Promise<TData>;
  mutate<TData, TVariables extends OperationVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
  ): Promise<TData>;
  /** Forgets everything cached (sign-in, sign-out). */
  clear(): Promise<void>;
}

export const GRAPHQL_PATH = '/graphql';

export function createApolloClient(
  uri: string = GRAPHQL_PATH,
  fetchImplementation?: typeof fetch,
): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({
      uri,
      credentials: 'same-origin',
      // Apollo's CSRF prevention: a JSON POST passes; the header keeps any future GET from being refused.
      headers: { 'apollo-require-preflight': 'true' },
      ...(fetchImplementation ? { fetch: fetchImplementation } : {}),
    }),
    cache: new InMemoryCache(),
  });
}

export function createGateway(client: ApolloClient): GraphQLGateway {
  return {
    async query(document, variables) {
      try {
        const result = await client.query({
          query: document,
          variables,
          fetchPolicy: 'no-cache',
        } as ApolloClient.QueryOptions<never, typeof variables>);
        return result.data as NonNullable<typeof result.data>;
      } catch (error) {
        throw toHttpError(error);
      }
    },
    async mutate(document, variables) {
      try {
        const result = await client.mutate({
          mutation: document,
          variables,
          fetchPolicy: 'no-cache',
        } as ApolloClient.MutateOptions<never, typeof variables>);
        return result.data as NonNullable<typeof result.data>;
      } catch (error) {
        throw toHttpError(error);
      }
    },
    async clear() {
      await client.clearStore();
    },
  };
}
