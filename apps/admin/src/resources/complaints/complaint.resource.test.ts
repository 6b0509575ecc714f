import { describe, expect, it } from 'vitest';
import { createConsoleProviders } from '../../providers/console-providers';

interface Call {
  operationName: string;
  variables: Record<string, unknown>;
  query: string;
}

function fakeApi(answer: (call: Call) => unknown) {
  const calls: Call[] = [];
  const providers = createConsoleProviders({
    uri: 'http://console.test/graphql',
    fetch: (async (_url: RequestInfo | URL, init?: RequestInit) => {
      const call = JSON.parse(String(init?.body)) as Call;
      calls.push(call);
      return new Response(JSON.stringify(answer(call)), { headers: { 'content-type': 'application/json' } });
    }) as typeof fetch,
  });
  return { ...providers, calls };
}

const me = (role: string, departmentId: string | null = null, fineGrainedPermissions: string[] = []) => ({
  data: {
    me: {
      __typename: 'Me',
      id: 'u1',
      username: 'wang.wu',
      displayName: '王五',
      departmentId,
      department: null,
      stage: 'FULL',
      roles: [{ __typename: 'RoleGrantView', id: 'g1', role, departmentId }],
      permissions: [],
      fineGrainedPermissions,
      totpEnabled: false,
      isDemo: false,
    },
  },
});

const DEPARTMENT = '00000000-0000-0000-0000-000000000005';
const AGENCY = '00000000-0000-0000-0000-000000000007';

describe('complaints in the console', () => {
  it('filters by state, kind, channel, department concerned, outcome, overdue, a received-date range and text', async () => {
    const { dataProvider, calls } = fakeApi(() => ({
      data: { complaints: { __typename: 'ComplaintPage', total: 0, items: [] } },
    }));
    await dataProvider.getList('complaints', {
      pagination: { page: 2, perPage: 25 },
      sort: { field: 'receivedAt', order: 'DESC' },
      filter: {
        q: ' TS-2026 ',
        state: 'INVESTIGATING',
        violationKind: 'LATE_OR_STALE',
        channel: 'LETTER',
        concernedDepartmentId: DEPARTMENT,
        outcome: '',
        overdue: true,
        receivedFrom: '2026-11-01',
        receivedTo: new Date('2026-11-30T10:00:00Z'),
        name: 'never sent',
      },
    });
    expect(calls[0]).toMatchObject({
      operationName: 'Complaints',
      variables: {
        filter: {
          q: 'TS-2026',
          state: 'INVESTIGATING',
          violationKind: 'LATE_OR_STALE',
          channel: 'LETTER',
          concernedDepartmentId: DEPARTMENT,
          overdue: true,
          receivedFrom: '2026-11-01',
          receivedTo: '2026-11-30',
        },
        page: { page: 2, perPage: 25 },
        sort: { field: 'receivedAt', order: 'DESC' },
      },
    });
    expect(calls[0].variables.filter).not.toHaveProperty('outcome');
    expect(calls[0].variables.filter).not.toHaveProperty('name');
  });

  it('asks for no identity field anywhere: lists, pages and steps carry the handler’s summary only', async () => {
    const { dataProvider, calls } = fakeApi(() => ({ data: { complaints: { total: 0, items: [] } } }));
    await dataProvider.getList('complaints', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'receivedAt', order: 'DESC' },
      filter: {},
    });
    const listQuery = calls[0].query;
    for (const field of ['name', 'workplace', 'address', 'phone', 'email', 'content', 'sealed']) {
      expect(listQuery).not.toMatch(new RegExp(`\\b${field}\\b`));
    }
  });

  it('asks no row for its actions (the API reads a handled case’s orders to decide them); the case page does', async () => {
    const { dataProvider, calls } = fakeApi(() => ({ data: null }));
    await dataProvider
      .getList('complaints', {
        pagination: { page: 1, perPage: 25 },
        sort: { field: 'receivedAt', order: 'DESC' },
        filter: {},
      })
      .catch(() => undefined);
    await dataProvider.getOne('complaints', { id: 'c1' }).catch(() => undefined);
    expect(calls.map((call) => call.operationName)).toEqual(['Complaints', 'Complaint']);
    expect(calls[0]?.query).not.toMatch(/\bavailableActions\b/);
    expect(calls[1]?.query).toMatch(/\bavailableActions\b/);
  });

  it('registers an intake with the sealed part nested, empty sealed fields as null, and keeps the access code once', async () => {
    const { dataProvider, calls } = fakeApi(() => ({
      data: {
        registerComplaint: {
          __typename: 'ComplaintRegistration',
          accessCode: 'ABCD-EFGH-JKLM',
          complaint: { __typename: 'Complaint', id: 'c1', caseNumber: 'TS-2026-000001', deadlines: [] },
        },
      },
    }));
    const { data } = await dataProvider.create('complaints', {
      data: {
        violationKind: 'FALSE_DISCLOSURE',
        channel: 'TELEPHONE',
        receivedAt: new Date('2026-11-26T02:00:00Z'),
        summary: '  反映某处室公开的数据与实际不符。 ',
        concernedDepartmentId: DEPARTMENT,
        isAnonymous: false,
        wantsReply: true,
        issueAccessCode: true,
        sealed: { name: '  赵六 ', workplace: '', phone: '13800000000', content: '原话记录' },
      },
    });
    expect(calls[0]).toMatchObject({
      operationName: 'RegisterComplaint',
      variables: {
        input: {
          violationKind: 'FALSE_DISCLOSURE',
          channel: 'TELEPHONE',
          receivedAt: '2026-11-26T02:00:00.000Z',
          summary: '反映某处室公开的数据与实际不符。',
          concernedDepartmentId: DEPARTMENT,
          isAnonymous: false,
          wantsReply: true,
          issueAccessCode: true,
          sealed: {
            name: '赵六',
            workplace: null,
            address: null,
            phone: '13800000000',
            email: null,
            content: '原话记录',
          },
        },
      },
    });
    expect(data).toMatchObject({ id: 'c1', caseNumber: 'TS-2026-000001', accessCode: 'ABCD-EFGH-JKLM' });
  });

  it('sends each workflow step with the version the user saw', async () => {
    const { dataProvider, calls } = fakeApi((call) => ({
      data: { [call.operationName.charAt(0).toLowerCase() + call.operationName.slice(1)]: { id: 'c1' } },
    }));
    const run = (action: string, data: Record<string, unknown>) =>
      dataProvider.runAction('complaints', action, { id: 'c1', version: 4, data });

    await run('accept', { needsTransfer: true, summary: ' 摘要 ' });
    await run('reject', { reason: 'OUT_OF_SCOPE', text: ' 不属于受理范围 ', noticeChannel: 'IN_SYSTEM' });
    await run('transfer', {
      target: 'AGENCY',
      toDepartmentId: DEPARTMENT,
      toAgencyId: AGENCY,
      summary: '转办摘要',
    });
    await run('transfer', {
      target: 'DEPARTMENT',
      toDepartmentId: DEPARTMENT,
      toAgencyId: AGENCY,
      summary: '转办摘要',
    });
    await run('recordTransferResult', { text: '已办理' });
    await run('extend', { byWorkingDays: '5', reason: '需进一步调查', noticeChannel: 'SMS' });
    await dataProvider.runAction('complaints', 'close', { id: 'c1', version: 4 });

    expect(calls.map((call) => [call.operationName, call.variables])).toEqual([
      ['AcceptComplaint', { id: 'c1', version: 4, needsTransfer: true, summary: '摘要' }],
      [
        'RejectComplaint',
        { id: 'c1', version: 4, reason: 'OUT_OF_SCOPE', text: '不属于受理范围', noticeChannel: 'IN_SYSTEM' },
      ],
      [
        'TransferComplaint',
        { id: 'c1', version: 4, toDepartmentId: null, toAgencyId: AGENCY, summary: '转办摘要' },
      ],
      [
        'TransferComplaint',
        { id: 'c1', version: 4, toDepartmentId: DEPARTMENT, toAgencyId: null, summary: '转办摘要' },
      ],
      ['RecordComplaintTransferResult', { id: 'c1', version: 4, text: '已办理' }],
      [
        'ExtendComplaint',
        { id: 'c1', version: 4, byWorkingDays: 5, reason: '需进一步调查', noticeChannel: 'SMS' },
      ],
      ['CloseComplaint', { id: 'c1', version: 4 }],
    ]);
  });

  it('handles with correction orders as calendar dates, rows left empty dropped', async () => {
    const { dataProvider, calls } = fakeApi(() => ({ data: { handleComplaint: { id: 'c1' } } }));
    await dataProvider.runAction('complaints', 'handle', {
      id: 'c1',
      version: 7,
      data: {
        outcome: 'SUBSTANTIATED',
        findings: ' 属实 ',
        replyText: '',
        noticeChannel: 'IN_SYSTEM',
        correctionOrders: [
          {
            departmentId: DEPARTMENT,
            requirement: ' 十日内更新目录 ',
            dueDate: new Date('2026-12-10T00:00:00Z'),
          },
          { departmentId: null, requirement: '', dueDate: null },
        ],
      },
    });
    expect(calls[0].variables).toEqual({
      id: 'c1',
      version: 7,
      input: {
        outcome: 'SUBSTANTIATED',
        findings: '属实',
        replyText: null,
        noticeChannel: 'IN_SYSTEM',
        correctionOrders: [
          { departmentId: DEPARTMENT, requirement: '十日内更新目录', dueDate: '2026-12-10' },
        ],
      },
    });
  });

  it('reveals the sealed identity with the reason, as a mutation the console does not cache', async () => {
    const identity = {
      name: '赵六',
      workplace: null,
      address: null,
      phone: null,
      email: null,
      content: '原文',
    };
    const { dataProvider, calls } = fakeApi(() => ({
      data: { revealComplaintIdentity: { __typename: 'ComplaintSealed', ...identity } },
    }));
    const first = await dataProvider.runAction('complaints', 'revealIdentity', {
      id: 'c1',
      reason: ' 核实情况 ',
    });
    expect(first).toMatchObject(identity);
    await dataProvider.runAction('complaints', 'revealIdentity', { id: 'c1', reason: '再次核实' });
    // Asked again, not answered from a cache: each reveal reaches the API and its audit.
    expect(calls.map((call) => call.variables)).toEqual([
      { id: 'c1', reason: '核实情况' },
      { id: 'c1', reason: '再次核实' },
    ]);
  });

  it('asks the statistics for the received-date range only', async () => {
    const { dataProvider, calls } = fakeApi(() => ({
      data: {
        complaintStatistics: {
          total: 0,
          overdue: 0,
          byKind: [],
          byChannel: [],
          byOutcome: [],
          byState: [],
          byConcernedDepartment: [],
        },
      },
    }));
    await dataProvider.runAction('complaints', 'statistics', {
      filter: { receivedFrom: '2026-01-01', receivedTo: '', state: 'CLOSED' },
    });
    expect(calls[0]).toMatchObject({
      operationName: 'ComplaintStatistics',
      variables: { filter: { receivedFrom: '2026-01-01' } },
    });
  });

  it('reports and verifies correction orders with their version', async () => {
    const { dataProvider, calls } = fakeApi((call) => ({
      data: {
        [call.operationName === 'ReportCorrection' ? 'reportCorrection' : 'verifyCorrection']: { id: 'o1' },
      },
    }));
    await dataProvider.runAction('correctionOrders', 'report', { id: 'o1', version: 2, text: ' 已整改 ' });
    await dataProvider.runAction('correctionOrders', 'verify', { id: 'o1', version: 3 });
    expect(calls.map((call) => [call.operationName, call.variables])).toEqual([
      ['ReportCorrection', { id: 'o1', version: 2, text: '已整改' }],
      ['VerifyCorrection', { id: 'o1', version: 3 }],
    ]);
  });

  it('shows complaints to handlers and the leadership office, correction orders to department heads too', async () => {
    const access = async (role: string, departmentId: string | null = null, permissions: string[] = []) => {
      const { authProvider } = fakeApi(() => me(role, departmentId, permissions));
      const can = (resource: string, action: string) => authProvider.canAccess!({ resource, action });
      return {
        list: await can('complaints', 'list'),
        register: await can('complaints', 'create'),
        accept: await can('complaints', 'accept'),
        reveal: await can('complaints', 'revealIdentity'),
        statistics: await can('complaints', 'statistics'),
        orders: await can('correctionOrders', 'list'),
        report: await can('correctionOrders', 'report'),
        verify: await can('correctionOrders', 'verify'),
      };
    };
    expect(await access('COMPLAINT_HANDLER')).toEqual({
      list: true,
      register: true,
      accept: true,
      reveal: false,
      statistics: true,
      orders: true,
      report: false,
      verify: true,
    });
    expect(await access('COMPLAINT_HANDLER', null, ['COMPLAINT_IDENTITY_REVEAL'])).toMatchObject({
      reveal: true,
    });
    expect(await access('LEADERSHIP_OFFICE')).toEqual({
      list: true,
      register: false,
      accept: false,
      reveal: false,
      statistics: true,
      orders: true,
      report: false,
      verify: false,
    });
    expect(await access('DEPARTMENT_HEAD', DEPARTMENT)).toEqual({
      list: false,
      register: false,
      accept: false,
      reveal: false,
      statistics: false,
      orders: true,
      report: true,
      verify: false,
    });
    expect(await access('DRAFTER', DEPARTMENT)).toMatchObject({ list: false, orders: false });
  });
});
