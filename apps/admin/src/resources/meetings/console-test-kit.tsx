import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { AdminContext } from 'react-admin';
import { createConsoleProviders } from '../../providers/console-providers';
import { i18nProvider } from '../../providers/i18n-provider';
import { rememberSession } from '../../providers/session-hint';

/** Test support: the console's real providers against a fake API at the fetch level. */
export interface ApiCall {
  operationName: string;
  variables: Record<string, unknown>;
  query: string;
}

/** The signed-in member of staff, with one role (its permissions follow from the domain's matrix). */
export const staffMe = (role: string, departmentId: string | null = null) => ({
  __typename: 'Me',
  id: 'u1',
  username: 'wang.wu',
  displayName: '王五',
  departmentId,
  department: null,
  stage: 'FULL',
  roles: [{ __typename: 'RoleGrantView', id: 'g1', role, departmentId }],
  permissions: [],
  fineGrainedPermissions: [],
  totpEnabled: false,
  isDemo: false,
});

/** A GraphQL error as the API sends it. */
export const apiError = (message: string, extensions: Record<string, unknown>) => ({
  data: null,
  errors: [{ message, extensions }],
});

/** The console's providers against a fake API: `answer(call)` for every operation; the calls are kept. */
export function fakeConsoleApi(answer: (call: ApiCall) => unknown) {
  const calls: ApiCall[] = [];
  const providers = createConsoleProviders({
    uri: 'http://console.test/graphql',
    fetch: (async (_url: RequestInfo | URL, init?: RequestInit) => {
      const call = JSON.parse(String(init?.body)) as ApiCall;
      calls.push(call);
      return new Response(JSON.stringify(answer(call)), { headers: { 'content-type': 'application/json' } });
    }) as typeof fetch,
  });
  return { providers, calls };
}

/** Renders `ui` signed in as `role`; every other operation gets `answer(call)`. */
export function renderInConsole(ui: ReactNode, role: string, answer: (call: ApiCall) => unknown) {
  const { providers, calls } = fakeConsoleApi((call) =>
    call.operationName === 'Me' ? { data: { me: staffMe(role, 'd1') } } : answer(call),
  );
  rememberSession(true);
  render(
    <AdminContext
      dataProvider={providers.dataProvider}
      authProvider={providers.authProvider}
      i18nProvider={i18nProvider}
      queryClient={providers.queryClient}
    >
      {ui}
    </AdminContext>,
  );
  return { calls };
}
