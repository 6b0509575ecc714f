// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { rememberSession } from '../../providers/session-hint';
import { apiError, renderInConsole } from './console-test-kit';
import type { MeetingDetail, MeetingInvitation, MeetingTopic } from './meeting.resource';
import { InvitationTable } from './InvitationTable';

const topics: MeetingTopic[] = [
  {
    id: 't1',
    position: 1,
    title: '老旧小区改造方案',
    description: null,
    representativesMayAttend: true,
    category: 'MAJOR_POLICY',
    seats: 2,
  },
  {
    id: 't2',
    position: 2,
    title: '停车收费调整',
    description: null,
    representativesMayAttend: true,
    category: 'PUBLIC_CONCERN',
    seats: null,
  },
  {
    id: 't3',
    position: 3,
    title: '内部事务',
    description: null,
    representativesMayAttend: false,
    category: null,
    seats: null,
  },
];

const invitation = (overrides: Partial<MeetingInvitation>): MeetingInvitation => ({
  id: 'i1',
  meetingId: 'm1',
  caseNumber: 'LX-2026-000001',
  representativeId: 'r1',
  representative: { id: 'r1', name: '张三', type: 'EXPERT', organisation: '市规划研究院' },
  topicIds: [],
  state: 'INVITED',
  sequence: 1,
  noticeChannel: 'IN_SYSTEM',
  respondedAt: null,
  withdrawnReason: null,
  checkedInAt: null,
  checkedInBy: null,
  isLate: false,
  departedAt: null,
  departedAfterTopicId: null,
  attendancePublic: false,
  isInterestFlagged: false,
  interestDeclarations: [],
  availableActions: [],
  version: 1,
  ...overrides,
});

const STALE = apiError('记录已被他人修改，请刷新后重试', {
  code: 'CONFLICT',
  reason: 'RECORD.STALE_VERSION',
});

const renderTable = (meeting: Partial<MeetingDetail>, role = 'MEETING_ORGANIZER') =>
  renderInConsole(
    <InvitationTable
      meeting={
        {
          id: 'm1',
          caseNumber: 'HY-2026-000003',
          version: 5,
          availableActions: [],
          topics,
          ...meeting,
        } as MeetingDetail
      }
    />,
    role,
    () => STALE,
  );

afterEach(() => {
  cleanup();
  rememberSession(false);
});

const rowOf = (name: string) => screen.getByText(name).closest('tr') as HTMLElement;

describe('the invitations table', () => {
  it('shows each invitation’s scope, state, lateness, departure, interest and public attendance', async () => {
    renderTable({
      invitations: [
        invitation({
          state: 'ACCEPTED',
          checkedInAt: '2026-12-01T00:55:00.000Z',
          isLate: true,
          departedAt: '2026-12-01T02:00:00.000Z',
          departedAfterTopicId: 't1',
          topicIds: ['t1'],
          attendancePublic: true,
          isInterestFlagged: true,
          interestDeclarations: [
            {
              id: 'd1',
              topicId: 't1',
              hasDirectInterest: true,
              isFlagged: true,
              note: '曾参与方案编制',
              declaredAt: '2026-11-28T02:00:00.000Z',
            },
          ],
        }),
        invitation({
          id: 'i2',
          caseNumber: 'LX-2026-000002',
          representative: { id: 'r2', name: '李四', type: 'STAKEHOLDER', organisation: null },
          representativeId: 'r2',
          state: 'WAITLISTED',
          sequence: 2,
        }),
      ],
    });
    const zhang = rowOf('张三');
    expect(within(zhang).getByTestId('invitation-state').textContent).toBe('已接受');
    expect(within(zhang).getByText('老旧小区改造方案')).toBeTruthy();
    expect(within(zhang).getByTestId('late-flag').textContent).toBe('迟到');
    expect(within(zhang).getByText('“老旧小区改造方案”后离场')).toBeTruthy();
    expect(within(zhang).getByTestId('interest-flag')).toBeTruthy();
    expect(within(zhang).getByText('同意')).toBeTruthy();

    const li = rowOf('李四');
    expect(within(li).getByTestId('invitation-state').textContent).toBe('候补');
    expect(within(li).getByText('全部议题')).toBeTruthy();
    expect(within(li).getByText('未签到')).toBeTruthy();
    expect(within(li).queryByTestId('late-flag')).toBeNull();
    expect(within(li).getByText('未同意')).toBeTruthy();
  });

  it('offers check-in only when both the invitation and the meeting offer it', async () => {
    const offered = invitation({ state: 'ACCEPTED', availableActions: ['DECLINE', 'CHECK_IN'] });
    renderTable({ invitations: [offered], availableActions: [] });
    await screen.findByRole('button', { name: '谢绝邀请' });
    expect(screen.queryByRole('button', { name: '签到' })).toBeNull();
    cleanup();
    renderTable({ invitations: [offered], availableActions: ['CHECK_IN'] });
    expect(await screen.findByRole('button', { name: '签到' })).toBeTruthy();
  });

  it('records a decline with the invitation’s version and shows a CONFLICT’s message', async () => {
    const { calls } = renderTable({
      invitations: [
        invitation({ version: 6, availableActions: ['ACCEPT', 'DECLINE', 'WITHDRAW', 'REISSUE_CODE'] }),
      ],
    });
    const buttons = within(rowOf('张三'));
    await buttons.findByRole('button', { name: '谢绝邀请' });
    expect(buttons.getAllByRole('button').map((button) => button.textContent)).toEqual([
      '接受邀请',
      '谢绝邀请',
      '撤回邀请',
      '重新发放邀请码',
    ]);
    fireEvent.click(buttons.getByRole('button', { name: '谢绝邀请' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '谢绝邀请' }));
    await waitFor(() =>
      expect(calls.find((call) => call.operationName === 'RecordInvitationResponse')?.variables).toEqual({
        id: 'i1',
        version: 6,
        accept: false,
      }),
    );
    expect(await screen.findByText(/请刷新页面后重新操作/)).toBeTruthy();
  });

  it('offers nothing to a reader, whatever the record says', async () => {
    const { calls } = renderTable(
      {
        invitations: [invitation({ availableActions: ['ACCEPT', 'DECLINE'] })],
        availableActions: ['CHECK_IN'],
      },
      'LEADERSHIP_OFFICE',
    );
    await waitFor(() => expect(calls.some((call) => call.operationName === 'Me')).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryAllByRole('button')).toEqual([]);
  });
});
