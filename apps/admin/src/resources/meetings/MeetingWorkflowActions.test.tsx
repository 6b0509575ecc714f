// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { RecordContextProvider } from 'react-admin';
import { afterEach, describe, expect, it } from 'vitest';
import { rememberSession } from '../../providers/session-hint';
import { apiError, renderInConsole } from './console-test-kit';
import type { Meeting } from './meeting.resource';
import { MeetingWorkflowActions } from './MeetingWorkflowActions';

const meeting = (availableActions: string[]) =>
  ({
    id: 'm1',
    caseNumber: 'HY-2026-000003',
    title: '城市更新工作推进会',
    state: 'INVITATIONS_SENT',
    startsAt: '2026-12-01T01:00:00.000Z',
    plannedEndsAt: '2026-12-01T03:00:00.000Z',
    version: 8,
    availableActions,
    topics: [],
    invitations: [],
  }) as unknown as Meeting;

const renderActions = (availableActions: string[], role = 'MEETING_ORGANIZER') =>
  renderInConsole(
    <RecordContextProvider value={meeting(availableActions)}>
      <MeetingWorkflowActions />
    </RecordContextProvider>,
    role,
    () => apiError('记录已被他人修改，请刷新后重试', { code: 'CONFLICT', reason: 'RECORD.STALE_VERSION' }),
  );

afterEach(() => {
  cleanup();
  rememberSession(false);
});

describe('the meeting’s buttons', () => {
  it('are exactly the actions the API offers now, in the domain’s order', async () => {
    renderActions(['START', 'CANCEL', 'POSTPONE', 'CHECK_IN', 'RECORD_OPINION']);
    await screen.findByRole('button', { name: '会议开始' });
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual([
      '延期',
      '取消会议',
      '会议开始',
    ]);
  });

  it('postpone sends the reason, the notice channel and the version the organizer saw', async () => {
    const { calls } = renderActions(['POSTPONE']);
    fireEvent.click(await screen.findByRole('button', { name: '延期' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox', { name: /延期原因/ }), {
      target: { value: '主要领导临时公出' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: '延期' }));
    await waitFor(() =>
      expect(calls.find((call) => call.operationName === 'PostponeMeeting')?.variables).toEqual({
        id: 'm1',
        version: 8,
        input: { reason: '主要领导临时公出', noticeChannel: 'IN_SYSTEM' },
      }),
    );
    expect(await screen.findByText(/请刷新页面后重新操作/)).toBeTruthy();
  });

  it('close asks for the minutes and the decisions before anything is sent', async () => {
    const { calls } = renderActions(['CLOSE']);
    fireEvent.click(await screen.findByRole('button', { name: '会议结束并记录纪要' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '会议结束并记录纪要' }));
    expect(await within(dialog).findByText('请填写会议纪要')).toBeTruthy();
    expect(calls.some((call) => call.operationName === 'CloseMeeting')).toBe(false);
  });
});
