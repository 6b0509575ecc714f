// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext, RecordContextProvider } from 'react-admin';
import { afterEach, describe, expect, it } from 'vitest';
import { createConsoleProviders } from '../../providers/console-providers';
import { i18nProvider } from '../../providers/i18n-provider';
import { rememberSession } from '../../providers/session-hint';
import type { Complaint } from './complaint.resource';
import { RevealIdentityButton } from './RevealIdentityButton';

interface Call {
  operationName: string;
  variables: Record<string, unknown>;
}

const NAME = '欧阳明远';
const PHONE = '13912345678';

const me = (fineGrainedPermissions: string[]) => ({
  __typename: 'Me',
  id: 'u1',
  username: 'wang.wu',
  displayName: '王五',
  departmentId: null,
  department: null,
  stage: 'FULL',
  roles: [{ __typename: 'RoleGrantView', id: 'g1', role: 'COMPLAINT_HANDLER', departmentId: null }],
  permissions: ['COMPLAINT_READ', 'COMPLAINT_HANDLE'],
  fineGrainedPermissions,
  totpEnabled: false,
  isDemo: false,
});

function renderButton(options: { permissions: string[]; availableActions: string[] }) {
  const calls: Call[] = [];
  const providers = createConsoleProviders({
    uri: 'http://console.test/graphql',
    fetch: (async (_url: RequestInfo | URL, init?: RequestInit) => {
      const call = JSON.parse(String(init?.body)) as Call;
      calls.push(call);
      const data =
        call.operationName === 'Me'
          ? { me: me(options.permissions) }
          : {
              revealComplaintIdentity: {
                __typename: 'ComplaintSealed',
                name: NAME,
                workplace: null,
                address: null,
                phone: PHONE,
                email: null,
                concernedDepartment: null,
                content: '来信原文',
              },
            };
      return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
    }) as typeof fetch,
  });
  rememberSession(true); // a user is signed in: the auth provider asks the API who
  const complaint = {
    id: 'c1',
    caseNumber: 'TS-2026-000001',
    availableActions: options.availableActions,
  } as unknown as Complaint;
  render(
    <AdminContext
      dataProvider={providers.dataProvider}
      authProvider={providers.authProvider}
      i18nProvider={i18nProvider}
      queryClient={providers.queryClient}
    >
      <RecordContextProvider value={complaint}>
        <RevealIdentityButton />
      </RecordContextProvider>
    </AdminContext>,
  );
  return { calls, queryClient: providers.queryClient };
}

afterEach(() => {
  cleanup();
  rememberSession(false);
});

describe('查看保密信息', () => {
  it('asks for a reason, shows the values in the dialog only, and forgets them on close', async () => {
    const { calls, queryClient } = renderButton({
      permissions: ['COMPLAINT_IDENTITY_REVEAL'],
      availableActions: ['REVEAL_IDENTITY'],
    });
    fireEvent.click(await screen.findByRole('button', { name: '查看保密信息' }));
    fireEvent.click(await screen.findByRole('button', { name: '查看' }));
    await screen.findByText('请填写查看理由');
    expect(calls.filter((call) => call.operationName === 'RevealComplaintIdentity')).toEqual([]);

    fireEvent.change(screen.getByRole('textbox', { name: /查看理由/ }), {
      target: { value: '核实情况需联系' },
    });
    fireEvent.click(screen.getByRole('button', { name: '查看' }));
    await screen.findByText(NAME);
    expect(screen.getByText(PHONE)).toBeTruthy();
    expect(screen.getByText(/已记入审计日志/)).toBeTruthy();
    expect(calls.find((call) => call.operationName === 'RevealComplaintIdentity')?.variables).toEqual({
      id: 'c1',
      reason: '核实情况需联系',
    });
    // Nothing of it in react-admin's store (the query cache), only in the dialog.
    const cached = JSON.stringify(
      queryClient
        .getQueryCache()
        .getAll()
        .map((query) => query.state.data),
    );
    expect(cached).not.toContain(NAME);

    fireEvent.click(screen.getByRole('button', { name: '关闭' }));
    await waitFor(() => expect(screen.queryByText(NAME)).toBeNull());
    // Opened again: a new reason and a new (audited) reveal, nothing kept from the last one.
    fireEvent.click(screen.getByRole('button', { name: '查看保密信息' }));
    await screen.findByRole('textbox', { name: /查看理由/ });
    expect(screen.queryByText(NAME)).toBeNull();
    expect((screen.getByRole('textbox', { name: /查看理由/ }) as HTMLTextAreaElement).value).toBe('');
  });

  it('is not offered without COMPLAINT_IDENTITY_REVEAL, even when the record offers it', async () => {
    const { calls } = renderButton({ permissions: [], availableActions: ['REVEAL_IDENTITY'] });
    await waitFor(() => expect(calls.some((call) => call.operationName === 'Me')).toBe(true));
    // Past the access check (it resolves right after `Me`): the button would be rendered by now.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByRole('button', { name: '查看保密信息' })).toBeNull();
  });
});
