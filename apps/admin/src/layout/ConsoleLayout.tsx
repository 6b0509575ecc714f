import type { ReactNode } from 'react';
import { Layout, Navigate, useGetIdentity } from 'react-admin';
import { stagePath, type ConsoleIdentity } from '../providers/auth-provider';
import { ConsoleAppBar } from './ConsoleAppBar';
import { ConsoleMenu } from './ConsoleMenu';

/** A session that must first change its password or enrol TOTP sees only that page. */
const SessionStageGuard = ({ children }: { children: ReactNode }) => {
  const { identity, isPending } = useGetIdentity();
  const pending = identity ? stagePath((identity as ConsoleIdentity).stage) : null;
  if (!isPending && pending) return <Navigate to={pending} replace />;
  return <>{children}</>;
};

export const ConsoleLayout = ({ children }: { children: ReactNode }) => (
  <Layout appBar={ConsoleAppBar} menu={ConsoleMenu}>
    <SessionStageGuard>{children}</SessionStageGuard>
  </Layout>
);
