// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, RecordContextProvider } from 'react-admin';
import { afterEach, describe, expect, it } from 'vitest';
import { createConsoleProviders } from '../../providers/console-providers';
import { i18nProvider } from '../../providers/i18n-provider';
import { rememberSession } from '../../providers/session-hint';
import type { Application, RequestedDocument } from './application.resource';
import { RequestedDocumentsSection } from './RequestedDocumentsSection';

interface Call {
  operationName: string;
  variables: Record<string, unknown>;
}

const document = (id: string, title: string, extra: Partial<RequestedDocument> = {}): RequestedDocument => ({
  id,
  title,
  documentNumber: null,
  departmentName: '市场管理处',
  attribute: 'ON_APPLICATION',
  formedDate: '2026-10-09',
  jointlyIssued: false,
  distinctApplicants: 1,
  ...extra,
});

const LINKED = document('d1', '关于文旅市场检查的内部通知', { jointlyIssued: true, distinctApplicants: 2 });
const FOUND = document('d2', '关于旅游景区安全检查的工作方案', { documentNumber: '湖文旅〔2026〕12号' });

function renderSection(availableActions: string[]) {
  const calls: Call[] = [];
  const providers = createConsoleProviders({
    uri: 'http://console.test/graphql',
    fetch: (async (_url: RequestInfo | URL, init?: RequestInit) => {
      const call = JSON.parse(String(init?.body)) as Call;
      calls.push(call);
      const data =
        call.operationName === 'Me'
          ? {
              me: {
                __typename: 'Me',
                id: 'u1',
                username: 'zhou.qi',
                displayName: '周七',
                departmentId: null,
                department: null,
                stage: 'FULL',
                roles: [
                  { __typename: 'RoleGrantView', id: 'g1', role: 'APPLICATION_HANDLER', departmentId: null },
                ],
                permissions: [],
                fineGrainedPermissions: [],
                totpEnabled: false,
                isDemo: false,
              },
            }
          : call.operationName === 'ApplicationDocumentCandidates'
            ? { applicationDocumentCandidates: [FOUND] }
            : null;
      const body = data
        ? { data }
        : { data: null, errors: [{ message: '所选文件不存在', extensions: { code: 'BAD_USER_INPUT' } }] };
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    }) as typeof fetch,
  });
  rememberSession(true);
  const application = {
    id: 'a1',
    caseNumber: 'YS-2026-000009',
    version: 4,
    state: 'PROCESSING',
    description: '贵局文旅市场检查的内部通知',
    availableActions,
    requestedDocuments: [LINKED],
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
        <RequestedDocumentsSection />
      </RecordContextProvider>
    </AdminContext>,
  );
  return { calls };
}

afterEach(() => {
  cleanup();
  rememberSession(false);
});

describe('the documents an application asks for', () => {
  it('lists the linked documents with joint issue and applicants, and links a found one with the version seen', async () => {
    const { calls } = renderSection(['LINK_DOCUMENTS', 'REPLY']);
    const section = screen.getByTestId('application-requested-documents');
    expect(within(section).getByText('关于文旅市场检查的内部通知')).toBeTruthy();
    expect(within(section).getByText('联合发文')).toBeTruthy();
    expect(within(section).getByText('依申请公开')).toBeTruthy();

    fireEvent.click(await screen.findByRole('button', { name: '关联所申请的文件' }));
    const dialog = await screen.findByTestId('link-documents-dialog');
    fireEvent.change(within(dialog).getByRole('combobox', { name: '所申请的文件' }), {
      target: { value: '安全检查' },
    });
    fireEvent.click(await screen.findByText('关于旅游景区安全检查的工作方案（湖文旅〔2026〕12号）'));
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() =>
      expect(calls.some((call) => call.operationName === 'LinkApplicationDocuments')).toBe(true),
    );
    const search = calls.find((call) => call.operationName === 'ApplicationDocumentCandidates');
    expect(search?.variables).toEqual({ search: '安全检查' });
    const link = calls.find((call) => call.operationName === 'LinkApplicationDocuments');
    expect(link?.variables).toEqual({ id: 'a1', version: 4, documentIds: ['d1', 'd2'] });
    // The API's refusal is shown in the dialog.
    expect(await within(dialog).findByText(/所选文件不存在/)).toBeTruthy();
  });

  it('offers no link button when the API does not offer the step', async () => {
    const { calls } = renderSection(['REPLY']);
    await waitFor(() => expect(calls.some((call) => call.operationName === 'Me')).toBe(true));
    expect(screen.getByText('关于文旅市场检查的内部通知')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '关联所申请的文件' })).toBeNull();
  });
});
