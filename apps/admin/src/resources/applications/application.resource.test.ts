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

const AGENCY = '00000000-0000-0000-0000-000000000007';

describe('applications in the console', () => {
  it('filters by state, channel, applicant type, overdue, a received-date range and text', async () => {
    const { dataProvider, calls } = fakeApi(() => ({ data: { applications: { total: 0, items: [] } } }));
    await dataProvider.getList('applications', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'replyDueDate', order: 'ASC' },
      filter: {
        q: ' YS-2026 ',
        state: 'PROCESSING',
        channel: 'EMAIL',
        applicantType: '',
        overdue: true,
        receivedFrom: '2026-01-01',
        receivedTo: new Date('2026-11-30T10:00:00Z'),
        idNumber: 'never sent',
      },
    });
    expect(calls[0]).toMatchObject({
      operationName: 'Applications',
      variables: {
        filter: {
          q: 'YS-2026',
          state: 'PROCESSING',
          channel: 'EMAIL',
          overdue: true,
          receivedFrom: '2026-01-01',
          receivedTo: '2026-11-30',
        },
        sort: { field: 'replyDueDate', order: 'ASC' },
      },
    });
    expect(calls[0]!.variables.filter).not.toHaveProperty('applicantType');
    // Lists ask for the masked number only.
    expect(calls[0]!.query).toContain('idNumberMasked');
    expect(calls[0]!.query).not.toMatch(/\bidNumber\b/);
  });

  it('registers an intake with the applicant nested and keeps the access code once', async () => {
    const { dataProvider, calls } = fakeApi(() => ({
      data: {
        registerApplication: {
          accessCode: 'ABCD-EFGH',
          application: { id: 'a1', caseNumber: 'YS-2026-000001', deadlines: [], availableActions: [] },
        },
      },
    }));
    const { data } = await dataProvider.create('applications', {
      data: {
        channel: 'IN_PERSON',
        arrivedDate: '2026-11-23',
        receivedDate: '2026-11-23',
        applicant: {
          applicantType: 'NATURAL_PERSON',
          name: ' 李明 ',
          idType: 'RESIDENT_ID',
          idNumber: '11010519491231002x',
          phone: '',
          email: 'LI@EXAMPLE.CN',
        },
        description: ' 某项目的环评批复 ',
        deliveryForm: 'PAPER',
        issueAccessCode: true,
      },
    });
    expect(calls[0]).toMatchObject({
      operationName: 'RegisterApplication',
      variables: {
        input: {
          channel: 'IN_PERSON',
          arrivedDate: '2026-11-23',
          receivedDate: '2026-11-23',
          applicant: {
            applicantType: 'NATURAL_PERSON',
            name: '李明',
            idType: 'RESIDENT_ID',
            idNumber: '11010519491231002X',
            organisationName: null,
            creditCode: null,
            contactPerson: null,
            phone: null,
            email: 'LI@EXAMPLE.CN',
          },
          description: '某项目的环评批复',
          purpose: null,
          deliveryForm: 'PAPER',
          issueAccessCode: true,
        },
      },
    });
    expect(data).toMatchObject({ id: 'a1', caseNumber: 'YS-2026-000001', accessCode: 'ABCD-EFGH' });
  });

  it('sends each step with the version the handler saw', async () => {
    const { dataProvider, calls } = fakeApi((call) => ({
      data: { [call.operationName.charAt(0).toLowerCase() + call.operationName.slice(1)]: { id: 'a1' } },
    }));
    const run = (action: string, data: Record<string, unknown> = {}) =>
      dataProvider.runAction('applications', action, { id: 'a1', version: 6, data });
    await run('requestCorrection', {
      request: ' 请写明文号 ',
      periodWorkingDays: '10',
      noticeChannel: 'POST',
    });
    await run('extend', { byWorkingDays: '15', reason: '需调取档案' });
    await run('consult', {
      use: 'APPLICATION_JOINT_AGENCY',
      agencyIds: [AGENCY],
      thirdParties: [{ name: '某公司', channel: 'POST' }],
      basicFacts: '事实',
      opinion: '拟公开',
      basis: '第三十四条',
    });
    await run('issueFeeNotice', { method: 'PER_APPLICATION', pages: 50, paymentPeriodWorkingDays: 20 });
    await run('reply', {
      resultCategory: 'WITHHELD',
      resultReason: 'STATE_SECRET',
      withholdingReasons: ['STATE_SECRET'],
      responsibleAgency: '不应发送',
    });
    await run('closeUnpaid');
    expect(calls.map((call) => [call.operationName, call.variables])).toEqual([
      [
        'RequestApplicationCorrection',
        {
          id: 'a1',
          version: 6,
          input: { request: '请写明文号', periodWorkingDays: 10, noticeChannel: 'POST' },
        },
      ],
      [
        'ExtendApplication',
        { id: 'a1', version: 6, input: { byWorkingDays: 15, reason: '需调取档案', noticeChannel: null } },
      ],
      [
        'ConsultOnApplication',
        {
          id: 'a1',
          version: 6,
          input: {
            use: 'APPLICATION_JOINT_AGENCY',
            agencyIds: [AGENCY],
            thirdParties: [],
            basicFacts: '事实',
            opinion: '拟公开',
            basis: '第三十四条',
          },
        },
      ],
      [
        'IssueApplicationFeeNotice',
        {
          id: 'a1',
          version: 6,
          input: {
            method: 'PER_APPLICATION',
            pages: null,
            paymentPeriodWorkingDays: 20,
            noticeChannel: null,
          },
        },
      ],
      [
        'ReplyToApplication',
        {
          id: 'a1',
          version: 6,
          input: {
            resultCategory: 'WITHHELD',
            resultReason: 'STATE_SECRET',
            withholdingReasons: ['STATE_SECRET'],
            publishedIndexNumbers: [],
            responsibleAgency: null,
            replyText: null,
            noticeChannel: null,
          },
        },
      ],
      ['CloseUnpaidApplication', { id: 'a1', version: 6 }],
    ]);
  });
});
