// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext, RecordContextProvider } from 'react-admin';
import { afterEach, describe, expect, it } from 'vitest';
import { createConsoleProviders } from '../../providers/console-providers';
import { i18nProvider } from '../../providers/i18n-provider';
import { rememberSession } from '../../providers/session-hint';
import type { Application } from './application.resource';
import { ApplicationWorkflowActions } from './ApplicationWorkflowActions';

interface Call {
  operationName: string;
  variables: Record<string, unknown>;
}

const me = (role: string, fineGrainedPermissions: string[]) => ({
  __typename: 'Me',
  id: 'u1',
  username: 'zhou.qi',
  displayName: '周七',
  departmentId: null,
  department: null,
  stage: 'FULL',
  roles: [{ __typename: 'RoleGrantView', id: 'g1', role, departmentId: null }],
  permissions: [],
  fineGrainedPermissions,
  totpEnabled: false,
  isDemo: false,
});

const STALE = '记录已被他人修改，请刷新后重试';

function renderActions(options: { role: string; fineGrained?: string[]; availableActions: string[] }) {
  const calls: Call[] = [];
  const providers = createConsoleProviders({
    uri: 'http://console.test/graphql',
    fetch: (async (_url: RequestInfo | URL, init?: RequestInit) => {
      const call = JSON.parse(String(init?.body)) as Call;
      calls.push(call);
      const body =
        call.operationName === 'Me'
          ? { data: { me: me(options.role, options.fineGrained ?? []) } }
          : {
              data: null,
              errors: [{ message: STALE, extensions: { code: 'CONFLICT', reason: 'RECORD.STALE_VERSION' } }],
            };
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    }) as typeof fetch,
  });
  rememberSession(true);
  const application = {
    id: 'a1',
    caseNumber: 'YS-2026-000007',
    version: 3,
    state: 'PROCESSING',
    description: '某项目的环评批复',
    availableActions: options.availableActions,
    deadlines: [],
    applicant: { applicantType: 'NATURAL_PERSON', name: '李明', idNumberMasked: '110*************2X' },
  } as unknown as Application;
  render(
    <AdminContext
      dataProvider={providers.dataProvider}
      authProvider={providers.authProvider}
      i18nProvider={i18nProvider}
      queryClient={providers.queryClient}
    >
      <RecordContextProvider value={application}>
        <ApplicationWorkflowActions />
      </RecordContextProvider>
    </AdminContext>,
  );
  return { calls };
}

afterEach(() => {
  cleanup();
  rememberSession(false);
});

describe('the case’s workflow buttons', () => {
  it('are exactly the steps the API offers now, in the domain’s order', async () => {
    renderActions({
      role: 'APPLICATION_HANDLER',
      fineGrained: ['APPLICATION_EXTENSION_APPROVE'],
      availableActions: ['REPLY', 'EXTEND', 'CONSULT', 'SUBMIT_REPLY_FOR_REVIEW'],
    });
    await screen.findByRole('button', { name: '答复并办结' });
    const labels = screen.getAllByRole('button').map((button) => button.textContent);
    expect(labels).toEqual(['延期答复', '征求意见', '答复并办结', '提供信息送保密审查']);
  });

  it('offers nothing to a reader, whatever the record says', async () => {
    const { calls } = renderActions({ role: 'LEADERSHIP_OFFICE', availableActions: ['REPLY', 'EXTEND'] });
    await waitFor(() => expect(calls.some((call) => call.operationName === 'Me')).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('sends the version the handler saw, and shows a CONFLICT’s message with what to do', async () => {
    const { calls } = renderActions({
      role: 'APPLICATION_HANDLER',
      fineGrained: ['APPLICATION_EXTENSION_APPROVE'],
      availableActions: ['EXTEND'],
    });
    fireEvent.click(await screen.findByRole('button', { name: '延期答复' }));
    fireEvent.change(await screen.findByRole('textbox', { name: /延期理由/ }), {
      target: { value: '需调取档案室存档文件' },
    });
    fireEvent.click(screen.getByRole('button', { name: '延期答复' }));
    expect(await screen.findByText(new RegExp(STALE))).toBeTruthy();
    expect(screen.getByText(/请刷新页面后重新操作/)).toBeTruthy();
    const extend = calls.find((call) => call.operationName === 'ExtendApplication');
    expect(extend?.variables).toMatchObject({ id: 'a1', version: 3 });
  });
});
