import { QueryClient } from '@tanstack/react-query';
import { createAuthProvider, type ConsoleAuthProvider } from './auth-provider';
import { createDataProvider, type ConsoleDataProvider } from './data-provider';
import { errorCodeOf } from './graphql-errors';
import { createApolloClient, createGateway, GRAPHQL_PATH, type GraphQLGateway } from './graphql-gateway';
import { RESOURCE_REGISTRY } from './resource-registry';

export interface ConsoleProviders {
  api: GraphQLGateway;
  dataProvider: ConsoleDataProvider;
  authProvider: ConsoleAuthProvider;
  queryClient: QueryClient;
}

/** Only unavailability is worth a retry; refused, invalid or conflicting requests fail at once. */
const shouldRetry = (failureCount: number, error: unknown) =>
  failureCount < 2 && errorCodeOf(error) === 'UNAVAILABLE';

export function createConsoleProviders(
  options: { uri?: string; fetch?: typeof fetch } = {},
): ConsoleProviders {
  const api = createGateway(createApolloClient(options.uri ?? GRAPHQL_PATH, options.fetch));
  return {
    api,
    dataProvider: createDataProvider(api, RESOURCE_REGISTRY),
    authProvider: createAuthProvider(api, RESOURCE_REGISTRY),
    queryClient: new QueryClient({
      defaultOptions: {
        // Optimistic locking: a form's record must not change under the user by itself. Refreshing is
        // explicit (the refresh button), and keeps what the user typed.
        queries: { refetchOnWindowFocus: false, refetchOnReconnect: false, retry: shouldRetry },
        mutations: { retry: false },
      },
    }),
  };
}
