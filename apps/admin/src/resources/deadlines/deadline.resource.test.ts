import { describe, expect, it } from 'vitest';
import { createConsoleProviders } from '../../providers/console-providers';

interface Call {
  operationName: string;
  variables: Record<string, unknown>;
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

const me = (role: string, departmentId: string | null = null) => ({
  data: {
    me: {
      __typename: 'Me',
      id: 'u1',
      username: 'li.si',
      displayName: '李四',
      departmentId,
      department: null,
      stage: 'FULL',
      roles: [{ __typename: 'RoleGrantView', id: 'g1', role, departmentId }],
      permissions: [],
      fineGrainedPermissions: [],
      totpEnabled: false,
      isDemo: false,
    },
  },
});

const count = {
  __typename: 'DeadlineCount',
  key: null,
  open: 3,
  overdue: 1,
  dueSoon: 1,
  suspended: 0,
  provisional: 2,
};

describe('the deadline dashboard in the console', () => {
  it('filters by standing, department, person, kind and a due-date range (calendar dates)', async () => {
    const { dataProvider, calls } = fakeApi(() => ({
      data: { deadlines: { __typename: 'DeadlinePage', total: 0, items: [] } },
    }));
    await dataProvider.getList('deadlines', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'dueDate', order: 'ASC' },
      filter: {
        standing: 'OVERDUE',
        departmentId: 'dep-1',
        assigneeId: '',
        kind: 'APPLICATION_REPLY',
        isProvisional: true,
        dueFrom: '2026-12-01',
        dueTo: new Date('2026-12-31T10:00:00Z'),
        q: 'ignored',
      },
    });
    expect(calls[0]).toMatchObject({
      operationName: 'Deadlines',
      variables: {
        filter: {
          standing: 'OVERDUE',
          departmentId: 'dep-1',
          kind: 'APPLICATION_REPLY',
          isProvisional: true,
          dueFrom: '2026-12-01',
          dueTo: '2026-12-31',
        },
        page: { page: 1, perPage: 25 },
        sort: { field: 'dueDate', order: 'ASC' },
      },
    });
  });

  it('asks deadlineSummary with the same filters for the chart and the counts', async () => {
    const { dataProvider, calls } = fakeApi(() => ({
      data: {
        deadlineSummary: {
          __typename: 'DeadlineSummary',
          today: '2026-11-26',
          dueSoonUntil: '2026-12-01',
          total: count,
          byDepartment: [count],
          byAssignee: [],
        },
      },
    }));
    const summary = await dataProvider.runAction('deadlines', 'summary', {
      filter: { departmentId: 'dep-1' },
    });
    expect(summary).toMatchObject({ today: '2026-11-26', total: { open: 3, overdue: 1 } });
    expect(calls[0]).toMatchObject({
      operationName: 'DeadlineSummary',
      variables: { filter: { departmentId: 'dep-1' } },
    });
  });

  it('shows the dashboard to the offices, leaders and department heads; the calendar to all, kept by the general office', async () => {
    const access = async (role: string, departmentId: string | null = null) => {
      const { authProvider } = fakeApi(() => me(role, departmentId));
      const can = (resource: string, action: string) => authProvider.canAccess!({ resource, action });
      return {
        deadlines: await can('deadlines', 'list'),
        summary: await can('deadlines', 'summary'),
        calendar: await can('calendarOverrides', 'list'),
        keepsCalendar: await can('calendarOverrides', 'create'),
        confirms: await can('calendarOverrides', 'confirmYear'),
      };
    };
    expect(await access('GENERAL_OFFICE')).toEqual({
      deadlines: true,
      summary: true,
      calendar: true,
      keepsCalendar: true,
      confirms: true,
    });
    expect(await access('DEPARTMENT_HEAD', '00000000-0000-0000-0000-000000000005')).toMatchObject({
      deadlines: true,
      summary: true,
      keepsCalendar: false,
    });
    expect(await access('DRAFTER', '00000000-0000-0000-0000-000000000005')).toEqual({
      deadlines: false,
      summary: false,
      calendar: true,
      keepsCalendar: false,
      confirms: false,
    });
  });
});
