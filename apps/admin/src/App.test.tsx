// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from './App';
import { createConsoleProviders } from './providers/console-providers';

interface Call {
  operationName: string;
  variables: Record<string, unknown>;
}

const me = {
  __typename: 'Me',
  id: 'u1',
  username: 'li.si',
  displayName: '李四',
  departmentId: null,
  department: null,
  stage: 'FULL',
  roles: [{ __typename: 'RoleGrantView', id: 'g1', role: 'AUDITOR', departmentId: null }],
  permissions: ['AUDIT_READ'],
  fineGrainedPermissions: [],
  totpEnabled: true,
  isDemo: false,
};

/** The console against a fake API at the fetch level: sign-in with a second factor, then the dashboard. */
function renderConsole() {
  const calls: Call[] = [];
  let signedIn = false;
  const answer = (call: Call): unknown => {
    switch (call.operationName) {
      case 'ServerInfo':
        return {
          data: { serverInfo: { __typename: 'ServerInfo', name: '政务公开管理平台', demoMode: true } },
        };
      case 'Login':
        if (!call.variables.totpCode)
          return { data: { login: { __typename: 'SignInResult', status: 'TOTP_REQUIRED', stage: null } } };
        if (call.variables.totpCode !== '123456') {
          return {
            data: null,
            errors: [
              {
                message: '动态验证码错误或已过期',
                extensions: {
                  code: 'UNAUTHENTICATED',
                  reason: 'AUTH.TOTP_INVALID',
                  fields: { totpCode: ['动态验证码错误或已过期'] },
                },
              },
            ],
          };
        }
        signedIn = true;
        return { data: { login: { __typename: 'SignInResult', status: 'SIGNED_IN', stage: 'FULL' } } };
      case 'Me':
        return signedIn
          ? { data: { me } }
          : {
              data: null,
              errors: [
                {
                  message: '请先登录',
                  extensions: { code: 'UNAUTHENTICATED', reason: 'AUTH.UNAUTHENTICATED' },
                },
              ],
            };
      case 'MyAuditLogs':
        return { data: { myAuditLogs: { __typename: 'AuditLogPage', total: 0, items: [] } } };
      default:
        return {
          data: null,
          errors: [{ message: `unexpected ${call.operationName}`, extensions: { code: 'INTERNAL' } }],
        };
    }
  };
  const fetchImplementation = async (_url: RequestInfo | URL, init?: RequestInit) => {
    const call = JSON.parse(String(init?.body)) as Call;
    calls.push(call);
    return new Response(JSON.stringify(answer(call)), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  localStorage.clear();
  window.location.hash = '#/';
  render(
    <App
      providers={createConsoleProviders({
        uri: 'http://console.test/graphql',
        fetch: fetchImplementation as typeof fetch,
      })}
    />,
  );
  return calls;
}

afterEach(cleanup);

/** jsdom renders react-admin slowly on a loaded 2-core machine: generous waits, no sleeps. */
const SLOW = { timeout: 20_000 };

describe('console sign-in', () => {
  it('asks for the TOTP code, shows the API error in Chinese, then opens the dashboard', async () => {
    const calls = renderConsole();
    const username = await screen.findByLabelText(/用户名/, undefined, { timeout: 40_000 });
    // No session hint yet: the console does not ask the API `me` (no refused attempt in the audit log).
    expect(calls.filter((call) => call.operationName === 'Me')).toHaveLength(0);
    expect(await screen.findByTestId('demo-mode-marker', undefined, SLOW)).toBeTruthy();

    fireEvent.change(username, { target: { value: 'li.si' } });
    fireEvent.change(screen.getByLabelText(/^密码/), { target: { value: 'Secret#2026' } });
    fireEvent.click(screen.getByRole('button', { name: '登录' }));

    const code = await screen.findByLabelText(/动态验证码/, undefined, SLOW);
    fireEvent.change(code, { target: { value: '000000' } });
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    expect((await screen.findByTestId('login-error', undefined, SLOW)).textContent).toBe(
      '动态验证码错误或已过期',
    );

    fireEvent.change(screen.getByLabelText(/动态验证码/), { target: { value: '123456' } });
    fireEvent.click(screen.getByRole('button', { name: '登录' }));

    await waitFor(() => expect(screen.getByTestId('me-username').textContent).toBe('li.si'), SLOW);
    expect(screen.getAllByText('安全审计员').length).toBeGreaterThan(0);
    expect(screen.getByText('查阅和导出审计日志')).toBeTruthy();
    expect(await screen.findByText('暂无操作记录', undefined, SLOW)).toBeTruthy();
    // The menu follows the permission matrix: the auditor sees the audit log, not departments.
    expect(await screen.findByRole('menuitem', { name: '审计日志' }, SLOW)).toBeTruthy();
    expect(screen.queryByRole('menuitem', { name: '处室' })).toBeNull();
    const logins = calls.filter((call) => call.operationName === 'Login');
    expect(logins.map((call) => call.variables.totpCode ?? null)).toEqual([null, '000000', '123456']);
  }, 90_000);
});
