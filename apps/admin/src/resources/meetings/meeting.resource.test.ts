import { describe, expect, it } from 'vitest';
import type { ConsoleDataProvider } from '../../providers/data-provider';
import { fakeConsoleApi, type ApiCall } from './console-test-kit';

/** The console against a fake API: every operation answers `data` (or the given error). */
function fakeApi(answer: (call: ApiCall) => unknown = () => ({ data: null })) {
  const { providers, calls } = fakeConsoleApi(answer);
  return { dataProvider: providers.dataProvider as ConsoleDataProvider, calls };
}

const MEETING = '00000000-0000-4000-8000-00000000000a';
const INVITATION = '00000000-0000-4000-8000-00000000000b';
const REPRESENTATIVE = '00000000-0000-4000-8000-00000000000c';
const TOPIC = '00000000-0000-4000-8000-00000000000d';

/** Runs one action and returns the variables the API received (the fake answers nothing useful). */
async function variablesOf(resource: string, action: string, params: object) {
  const { dataProvider, calls } = fakeApi();
  await dataProvider.runAction(resource, action, params).catch(() => undefined);
  return calls[0];
}

describe('the meeting dialogs send', () => {
  it('postpone and cancel: the reason, the notice channel and the version seen', async () => {
    const call = await variablesOf('meetings', 'postpone', {
      id: MEETING,
      version: 4,
      data: { reason: ' 主要领导临时公出 ', noticeChannel: 'SMS' },
    });
    expect(call).toMatchObject({
      operationName: 'PostponeMeeting',
      variables: { id: MEETING, version: 4, input: { reason: '主要领导临时公出', noticeChannel: 'SMS' } },
    });
    const cancel = await variablesOf('meetings', 'cancel', {
      id: MEETING,
      version: 5,
      data: { reason: '议题已撤销' },
    });
    expect(cancel?.variables).toEqual({
      id: MEETING,
      version: 5,
      input: { reason: '议题已撤销', noticeChannel: null },
    });
  });

  it('close: the end as an instant, the minutes and the decisions', async () => {
    const call = await variablesOf('meetings', 'close', {
      id: MEETING,
      version: 7,
      data: { endedAt: '2026-12-01T03:30:00.000Z', minutes: ' 纪要 ', decisions: '原则通过' },
    });
    expect(call).toMatchObject({
      operationName: 'CloseMeeting',
      variables: {
        id: MEETING,
        version: 7,
        input: { endedAt: '2026-12-01T03:30:00.000Z', minutes: '纪要', decisions: '原则通过' },
      },
    });
  });

  it('invite: the meeting, the representative and the chosen topics; the answer asks for the code once', async () => {
    const call = await variablesOf('meetings', 'invite', {
      id: MEETING,
      version: 2,
      data: {
        representativeId: REPRESENTATIVE,
        wholeMeeting: false,
        topicIds: [TOPIC],
        noticeChannel: 'IN_SYSTEM',
      },
    });
    expect(call).toMatchObject({
      operationName: 'InviteRepresentative',
      variables: {
        meetingId: MEETING,
        input: { representativeId: REPRESENTATIVE, topicIds: [TOPIC], noticeChannel: 'IN_SYSTEM' },
      },
    });
    expect(call?.query).toContain('accessCode');
  });

  it('the invitation’s steps: its own id and version', async () => {
    expect(
      (
        await variablesOf('meetings', 'recordResponse', {
          id: INVITATION,
          version: 1,
          data: { accept: false },
        })
      )?.variables,
    ).toEqual({ id: INVITATION, version: 1, accept: false });
    expect(
      (
        await variablesOf('meetings', 'checkIn', {
          id: INVITATION,
          version: 2,
          data: { at: '2026-12-01T00:52:00.000Z' },
        })
      )?.variables,
    ).toEqual({ id: INVITATION, version: 2, at: '2026-12-01T00:52:00.000Z' });
    expect(
      (
        await variablesOf('meetings', 'recordDeparture', {
          id: INVITATION,
          version: 3,
          data: { afterTopicId: TOPIC },
        })
      )?.variables,
    ).toEqual({ id: INVITATION, version: 3, afterTopicId: TOPIC });
    expect(
      (
        await variablesOf('meetings', 'withdraw', {
          id: INVITATION,
          version: 4,
          data: { reason: ' 席位调整 ' },
        })
      )?.variables,
    ).toEqual({ id: INVITATION, version: 4, reason: '席位调整' });
  });

  it('opinions: the topic (none for the whole meeting) and the adoption with its explanation', async () => {
    const opinion = await variablesOf('meetings', 'recordOpinion', {
      id: MEETING,
      version: 9,
      data: { invitationId: INVITATION, topicId: '', content: '建议增加停车位' },
    });
    expect(opinion?.variables).toEqual({
      meetingId: MEETING,
      input: { invitationId: INVITATION, topicId: null, content: '建议增加停车位' },
    });
    const adoption = await variablesOf('meetings', 'recordAdoption', {
      id: 'o1',
      version: 1,
      data: { adoption: 'PARTLY_ADOPTED', explanation: '已纳入二期方案' },
    });
    expect(adoption).toMatchObject({
      operationName: 'RecordOpinionAdoption',
      variables: {
        id: 'o1',
        version: 1,
        input: { adoption: 'PARTLY_ADOPTED', explanation: '已纳入二期方案' },
      },
    });
  });

  it('the calendar: the grid’s instants', async () => {
    const { dataProvider, calls } = fakeApi(() => ({ data: { meetingsCalendar: [] } }));
    await dataProvider.runAction('meetings', 'calendar', {
      from: '2026-10-25T16:00:00.000Z',
      to: '2026-12-06T16:00:00.000Z',
    });
    expect(calls[0]).toMatchObject({
      operationName: 'MeetingsCalendar',
      variables: { from: '2026-10-25T16:00:00.000Z', to: '2026-12-06T16:00:00.000Z' },
    });
  });
});

describe('the registry dialogs send', () => {
  it('the eligibility outcome with its basis, at the version seen', async () => {
    const call = await variablesOf('representatives', 'recordEligibility', {
      id: REPRESENTATIVE,
      version: 2,
      data: { outcome: 'MET', basis: ' 推荐单位意见；无违法犯罪记录证明 ' },
    });
    expect(call).toMatchObject({
      operationName: 'RecordRepresentativeEligibility',
      variables: {
        id: REPRESENTATIVE,
        version: 2,
        input: { outcome: 'MET', basis: '推荐单位意见；无违法犯罪记录证明' },
      },
    });
  });

  it('deactivation as the API names it', async () => {
    const call = await variablesOf('representatives', 'setActive', {
      id: REPRESENTATIVE,
      version: 3,
      isActive: false,
    });
    expect(call?.variables).toEqual({ id: REPRESENTATIVE, version: 3, active: false });
  });
});

describe('the lists send', () => {
  it.each([
    ['meetings', 'Meetings', { field: 'startsAt', order: 'ASC' }],
    ['representatives', 'Representatives', { field: 'name', order: 'DESC' }],
  ] as const)('%s: the column sorted by, as the API names it', async (resource, operationName, sort) => {
    const { dataProvider, calls } = fakeApi();
    await dataProvider
      .getList(resource, { pagination: { page: 1, perPage: 25 }, sort, filter: {} })
      .catch(() => undefined);
    expect(calls[0]).toMatchObject({ operationName, variables: { sort } });
  });

  it('no row’s actions (the API decides each with queries); the meeting’s page asks for them', async () => {
    const { dataProvider, calls } = fakeApi();
    await dataProvider
      .getList('meetings', {
        pagination: { page: 1, perPage: 25 },
        sort: { field: 'startsAt', order: 'DESC' },
        filter: {},
      })
      .catch(() => undefined);
    await dataProvider.getOne('meetings', { id: MEETING }).catch(() => undefined);
    expect(calls.map((call) => call.operationName)).toEqual(['Meetings', 'Meeting']);
    expect(calls[0]?.query).not.toMatch(/\bavailableActions\b/);
    expect(calls[1]?.query).toMatch(/\bavailableActions\b/);
  });

  it('no sort for a column the API cannot sort by (the default order applies)', async () => {
    const { dataProvider, calls } = fakeApi();
    await dataProvider
      .getList('meetings', {
        pagination: { page: 1, perPage: 25 },
        sort: { field: 'place', order: 'ASC' },
        filter: {},
      })
      .catch(() => undefined);
    expect(calls[0]?.variables).toMatchObject({ sort: null });
  });
});
