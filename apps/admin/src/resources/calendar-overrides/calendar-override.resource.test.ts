import { describe, expect, it } from 'vitest';
import { createConsoleProviders } from '../../providers/console-providers';
import type { CalendarChange } from './calendar-override.resource';

interface Call {
  operationName: string;
  variables: Record<string, unknown>;
}

/** A fake API at the fetch level: Apollo, the gateway, the error mapping and the provider run for real. */
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

const override = {
  __typename: 'CalendarOverride',
  id: '00000000-0000-0000-0000-000000000001',
  date: '2027-01-04',
  kind: 'OFF',
  note: '元旦调整',
  isActive: true,
  version: 2,
  createdAt: '2026-11-26T02:00:00.000Z',
  updatedAt: '2026-11-26T02:00:00.000Z',
};

const year2027 = {
  __typename: 'CalendarYear',
  year: 2027,
  hasOfficialData: false,
  isConfirmed: false,
  isProvisional: true,
  confirmedAt: null,
  workingDays: 249,
  specialDays: [
    {
      __typename: 'CalendarDay',
      date: '2027-01-04',
      isWorkingDay: false,
      source: 'OVERRIDE',
      name: '元旦调整',
    },
  ],
};

const change = {
  __typename: 'CalendarChange',
  override,
  year: year2027,
  movedDeadlines: [
    {
      __typename: 'DeadlineMove',
      deadline: {
        __typename: 'Deadline',
        id: 'd1',
        title: 'YS-2026-000001',
        dueDate: '2027-01-05',
        isProvisional: true,
      },
      dueDateBefore: '2027-01-04',
      dueDateAfter: '2027-01-05',
      provisionalBefore: true,
      provisionalAfter: true,
    },
  ],
};

describe('calendar overrides in the console', () => {
  it('lists one year through calendarOverrides(filter) with the year as a number', async () => {
    const { dataProvider, calls } = fakeApi(() => ({
      data: { calendarOverrides: { __typename: 'CalendarOverridePage', total: 1, items: [override] } },
    }));
    const result = await dataProvider.getList('calendarOverrides', {
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'date', order: 'ASC' },
      filter: { year: '2027', isActive: true, q: 'ignored' },
    });
    expect(result.data[0]).toMatchObject({ id: override.id, date: '2027-01-04' });
    expect(calls[0]).toMatchObject({
      operationName: 'CalendarOverrides',
      variables: {
        filter: { year: 2027, isActive: true },
        page: { page: 1, perPage: 100 },
        sort: { field: 'date', order: 'ASC' },
      },
    });
  });

  it('enters, changes and removes an override and answers the deadlines that moved', async () => {
    const { dataProvider, calls } = fakeApi((call) => {
      const field = {
        CreateCalendarOverride: 'createCalendarOverride',
        UpdateCalendarOverride: 'updateCalendarOverride',
        RemoveCalendarOverride: 'removeCalendarOverride',
        ConfirmCalendarYear: 'confirmCalendarYear',
      }[call.operationName];
      return { data: { [field!]: change } };
    });
    const added = await dataProvider.runAction<CalendarChange>('calendarOverrides', 'add', {
      data: { date: '2027-01-04', kind: 'OFF', note: ' 元旦调整 ' },
    });
    expect(added.movedDeadlines[0]).toMatchObject({
      dueDateBefore: '2027-01-04',
      dueDateAfter: '2027-01-05',
    });
    await dataProvider.runAction('calendarOverrides', 'change', {
      id: override.id,
      version: 2,
      data: { date: '2027-01-04', kind: 'WORK', note: '调休上班' },
    });
    await dataProvider.runAction('calendarOverrides', 'remove', { id: override.id, version: 3 });
    await dataProvider.runAction('calendarOverrides', 'confirmYear', { year: 2027 });
    expect(calls.map((call) => [call.operationName, call.variables])).toEqual([
      ['CreateCalendarOverride', { input: { date: '2027-01-04', kind: 'OFF', note: '元旦调整' } }],
      ['UpdateCalendarOverride', { id: override.id, version: 2, input: { kind: 'WORK', note: '调休上班' } }],
      ['RemoveCalendarOverride', { id: override.id, version: 3 }],
      ['ConfirmCalendarYear', { year: 2027 }],
    ]);
  });

  it('puts field errors on the form fields and keeps a stale version a plain conflict', async () => {
    const { dataProvider } = fakeApi((call) =>
      call.operationName === 'CreateCalendarOverride'
        ? {
            data: null,
            errors: [
              {
                message: '2027-01-04 已有调整，请修改该调整',
                extensions: {
                  code: 'CONFLICT',
                  reason: 'CALENDAR.OVERRIDE_EXISTS',
                  fields: { date: ['该日期已有调整'] },
                },
              },
            ],
          }
        : {
            data: null,
            errors: [
              {
                message: '节假日调整已被他人修改，请刷新后重试',
                extensions: { code: 'CONFLICT', reason: 'RECORD.STALE_VERSION' },
              },
            ],
          },
    );
    await expect(
      dataProvider.runAction('calendarOverrides', 'add', {
        data: { date: '2027-01-04', kind: 'OFF', note: 'x' },
      }),
    ).rejects.toMatchObject({ status: 409, body: { errors: { date: '该日期已有调整' } } });
    const stale = await dataProvider
      .runAction('calendarOverrides', 'remove', { id: override.id, version: 1 })
      .catch((error: unknown) => error);
    expect(stale).toMatchObject({ status: 409, message: '节假日调整已被他人修改，请刷新后重试' });
    expect((stale as { body: { errors?: unknown } }).body.errors).toBeUndefined();
  });

  it('reads a year through workingDayCalendar(year) and one override through the ids filter', async () => {
    const { dataProvider, calls } = fakeApi((call) =>
      call.operationName === 'WorkingDayCalendar'
        ? { data: { workingDayCalendar: year2027 } }
        : { data: { calendarOverrides: { __typename: 'CalendarOverridePage', total: 0, items: [] } } },
    );
    expect(await dataProvider.runAction('calendarOverrides', 'calendarYear', { year: 2027 })).toMatchObject({
      year: 2027,
      isProvisional: true,
    });
    await expect(dataProvider.getOne('calendarOverrides', { id: override.id })).rejects.toMatchObject({
      status: 404,
    });
    expect(calls[1].variables).toEqual({ filter: { ids: [override.id] }, page: { page: 1, perPage: 1 } });
  });
});
