import { createContext, useContext, type ReactNode } from 'react';
import type { ConsoleAuthProvider } from './auth-provider';
import type { GraphQLGateway } from './graphql-gateway';

/** The gateway and auth provider, for the few calls that are no resource's (sign-in stages, dashboard). */
export interface ConsoleServices {
  api: GraphQLGateway;
  authProvider: ConsoleAuthProvider;
}

const ConsoleContext = createContext<ConsoleServices | null>(null);

export const ConsoleServicesProvider = ({
  services,
  children,
}: {
  services: ConsoleServices;
  children: ReactNode;
}) => <ConsoleContext.Provider value={services}>{children}</ConsoleContext.Provider>;

export function useConsoleServices(): ConsoleServices {
  const services = useContext(ConsoleContext);
  if (!services) throw new Error('useConsoleServices needs <ConsoleServicesProvider>');
  return services;
}
