import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import DoNotDisturbIcon from '@mui/icons-material/DoNotDisturb';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import KeyIcon from '@mui/icons-material/Key';
import LogoutIcon from '@mui/icons-material/Logout';
import PrintIcon from '@mui/icons-material/Print';
import UndoIcon from '@mui/icons-material/Undo';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Chip, Link, Stack, Table, TableBody, TableCell, TableRow, Tooltip, Typography } from '@mui/material';
import { INVITATION_ACTIONS, type InvitationAction } from '@gdp/domain';
import type { ReactElement } from 'react';
import { Button, DateTimeInput, SelectInput, TextInput, useCanAccess } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { requiredText, type FormValues } from '../../providers/resource-definition';
import type { FormErrors } from '../../shared/zod-validation';
import { formatChinaDateTime } from '../../shared/dates';
import { HeaderRow } from '../../shared/ShowSection';
import { representativeTypeLabel } from '../representatives/representative-labels';
import { invitationActionLabel, noticeChannelLabel } from './meeting-labels';
import type { InvitationIssue, MeetingDetail, MeetingInvitation, MeetingTopic } from './meeting.resource';
import { useShowIssuedInvitation } from './IssuedInvitation';
import { invitationLetterPath } from './MeetingInvitationLetterPage';
import { InvitationStateChip } from './MeetingFields';
import { MeetingStepButton } from './MeetingStepButton';

/** The topics an invitation covers: every topic open to representatives when it is for the whole meeting. */
export function invitedTopicsOf(
  invitation: Pick<MeetingInvitation, 'topicIds'>,
  topics: readonly MeetingTopic[],
) {
  return invitation.topicIds.length === 0
    ? topics.filter((topic) => topic.representativesMayAttend)
    : topics.filter((topic) => invitation.topicIds.includes(topic.id));
}

export const scopeOf = (invitation: Pick<MeetingInvitation, 'topicIds'>, topics: readonly MeetingTopic[]) =>
  invitation.topicIds.length === 0
    ? '全部议题'
    : invitedTopicsOf(invitation, topics)
        .map((topic) => topic.title)
        .join('；');

/** Check-in and departure belong to the meeting's workflow too: both must offer them. */
const MEETING_GATED: Partial<Record<InvitationAction, 'CHECK_IN' | 'RECORD_DEPARTURE'>> = {
  CHECK_IN: 'CHECK_IN',
  RECORD_DEPARTURE: 'RECORD_DEPARTURE',
};

/** The invitation's buttons: the actions both records offer now, in the domain's order. */
export const invitationActionsOf = (
  invitation: MeetingInvitation,
  meeting: MeetingDetail,
): InvitationAction[] =>
  INVITATION_ACTIONS.filter((action) => {
    if (!invitation.availableActions.includes(action)) return false;
    const gate = MEETING_GATED[action];
    return !gate || meeting.availableActions.includes(gate);
  });

/** A dialog's one required value. */
const required =
  (source: string, message: string) =>
  (values: FormValues): FormErrors =>
    requiredText(values[source]).trim() ? {} : { [source]: message };

interface RowStep {
  action: string;
  icon: ReactElement;
  color?: 'error';
  confirmText?: string;
}

const RowAction = ({
  meeting,
  invitation,
  action,
}: {
  meeting: MeetingDetail;
  invitation: MeetingInvitation;
  action: InvitationAction;
}) => {
  const showIssued = useShowIssuedInvitation();
  const name = invitation.representative.name;
  const common = {
    id: invitation.id,
    version: invitation.version,
    label: invitationActionLabel(action),
    successMessage: `${invitation.caseNumber}（${name}）：“${invitationActionLabel(action)}”已保存`,
  };
  const confirmations: Partial<Record<InvitationAction, RowStep>> = {
    ACCEPT: {
      action: 'recordResponse',
      icon: <CheckCircleIcon />,
      confirmText: `登记 ${name} 接受邀请（电话、书面等方式答复）？`,
    },
    DECLINE: {
      action: 'recordResponse',
      icon: <DoNotDisturbIcon />,
      color: 'error',
      confirmText: `登记 ${name} 谢绝邀请？其席位将按顺序由候补代表递补。`,
    },
    REISSUE_CODE: {
      action: 'reissueCode',
      icon: <KeyIcon />,
      confirmText: `为 ${name} 重新发放查询码？原查询码随即失效，新查询码和邀请函仅显示一次。`,
    },
  };
  const confirmation = confirmations[action];
  if (confirmation) {
    return (
      <MeetingStepButton<InvitationIssue>
        {...common}
        action={confirmation.action}
        icon={confirmation.icon}
        color={confirmation.color}
        confirmText={confirmation.confirmText}
        // ACCEPT and DECLINE share one mutation: the answer goes with the confirmation.
        data={action === 'REISSUE_CODE' ? undefined : { accept: action === 'ACCEPT' }}
        onDone={action === 'REISSUE_CODE' ? showIssued : undefined}
      />
    );
  }
  if (action === 'WITHDRAW') {
    return (
      <MeetingStepButton
        {...common}
        action="withdraw"
        icon={<UndoIcon />}
        color="error"
        intro="撤回后其席位将按顺序由候补代表递补。"
        validate={required('reason', '请填写撤回原因')}
        inputs={<TextInput source="reason" label="撤回原因" multiline minRows={2} sx={{ width: '100%' }} />}
      />
    );
  }
  if (action === 'CHECK_IN') {
    return (
      <MeetingStepButton
        {...common}
        action="checkIn"
        icon={<HowToRegIcon />}
        intro="代表应于会议开始前 10 分钟到达；晚于此时签到的记为迟到，会议不等候。"
        defaultValues={{ at: new Date().toISOString() }}
        inputs={
          <DateTimeInput source="at" label="签到时间" helperText="留空为当前时间" sx={{ width: 260 }} />
        }
      />
    );
  }
  if (action === 'RECORD_DEPARTURE') {
    const topics = invitedTopicsOf(invitation, meeting.topics ?? []);
    return (
      <MeetingStepButton
        {...common}
        action="recordDeparture"
        icon={<LogoutIcon />}
        intro="按议题列席的代表在该议题讨论结束后离场。"
        defaultValues={{ afterTopicId: topics[topics.length - 1]?.id }}
        validate={required('afterTopicId', '请选择离场前的议题')}
        inputs={
          <SelectInput
            source="afterTopicId"
            label="离场前列席的最后一个议题"
            choices={topics.map((topic) => ({ id: topic.id, name: topic.title }))}
            sx={{ width: '100%' }}
          />
        }
      />
    );
  }
  return null;
};

const LetterButton = ({ meeting, invitation }: { meeting: MeetingDetail; invitation: MeetingInvitation }) => {
  const { canAccess } = useCanAccess({ resource: 'meetings', action: 'invitationLetter' });
  if (!canAccess || invitation.state === 'WITHDRAWN') return null;
  return (
    <Button component={RouterLink} to={invitationLetterPath(invitation.id, meeting.id)} label="邀请函">
      <PrintIcon />
    </Button>
  );
};

const InterestFlag = ({
  invitation,
  topics,
}: {
  invitation: MeetingInvitation;
  topics: readonly MeetingTopic[];
}) => {
  const declared = invitation.interestDeclarations.filter((declaration) => declaration.hasDirectInterest);
  if (declared.length === 0) return <>—</>;
  const detail = declared
    .map((declaration) => {
      const topic = topics.find((candidate) => candidate.id === declaration.topicId)?.title ?? '议题';
      return `${topic}${declaration.note ? `：${declaration.note}` : ''}`;
    })
    .join('；');
  return (
    <Tooltip title={detail}>
      {invitation.isInterestFlagged ? (
        <Chip
          size="small"
          color="warning"
          icon={<WarningAmberIcon />}
          label="利害关系需关注"
          data-testid="interest-flag"
        />
      ) : (
        <Chip size="small" variant="outlined" label="已声明利害关系" data-testid="interest-declared" />
      )}
    </Tooltip>
  );
};

const HEADERS = [
  '邀请编号',
  '代表',
  '列席范围',
  '状态',
  '答复',
  '签到',
  '离场',
  '利害关系',
  '公开列席',
  '操作',
];

/**
 * The meeting's invitations in the order issued (the waitlist is served in it): who, for which topics, the
 * answer, check-in (迟到 when later than 10 minutes before the start), departure, interest, public attendance.
 */
export const InvitationTable = ({ meeting }: { meeting: MeetingDetail }) => {
  const invitations = meeting.invitations ?? [];
  const topics = meeting.topics ?? [];
  if (invitations.length === 0) return <Typography color="text.secondary">尚未邀请社会代表</Typography>;
  return (
    <Table size="small" data-testid="invitation-table">
      <HeaderRow headers={HEADERS} />
      <TableBody>
        {invitations.map((invitation) => {
          const departedAfter = topics.find((topic) => topic.id === invitation.departedAfterTopicId)?.title;
          return (
            <TableRow key={invitation.id} data-testid="invitation-row" sx={{ verticalAlign: 'top' }}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {invitation.caseNumber}
                <Typography variant="caption" display="block" color="text.secondary">
                  第 {invitation.sequence} 位 · {noticeChannelLabel(invitation.noticeChannel)}
                </Typography>
              </TableCell>
              <TableCell>
                <Link component={RouterLink} to={`/representatives/${invitation.representativeId}/show`}>
                  {invitation.representative.name}
                </Link>
                <Typography variant="caption" display="block" color="text.secondary">
                  {representativeTypeLabel(invitation.representative.type)}
                  {invitation.representative.organisation
                    ? ` · ${invitation.representative.organisation}`
                    : ''}
                </Typography>
              </TableCell>
              <TableCell>{scopeOf(invitation, topics)}</TableCell>
              <TableCell>
                <InvitationStateChip state={invitation.state} />
                {invitation.withdrawnReason && (
                  <Typography variant="caption" display="block" color="text.secondary">
                    撤回原因：{invitation.withdrawnReason}
                  </Typography>
                )}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {formatChinaDateTime(invitation.respondedAt) || '—'}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }} data-testid="check-in">
                {invitation.checkedInAt ? (
                  <Stack direction="row" spacing={1} alignItems="center">
                    <span>{formatChinaDateTime(invitation.checkedInAt)}</span>
                    {invitation.isLate && (
                      <Chip size="small" color="error" label="迟到" data-testid="late-flag" />
                    )}
                  </Stack>
                ) : (
                  '未签到'
                )}
                {invitation.checkedInBy === 'CODE' && (
                  <Typography variant="caption" display="block" color="text.secondary">
                    代表凭查询码签到
                  </Typography>
                )}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {invitation.departedAt ? (
                  <>
                    {formatChinaDateTime(invitation.departedAt)}
                    {departedAfter && (
                      <Typography variant="caption" display="block" color="text.secondary">
                        “{departedAfter}”后离场
                      </Typography>
                    )}
                  </>
                ) : (
                  '—'
                )}
              </TableCell>
              <TableCell>
                <InterestFlag invitation={invitation} topics={topics} />
              </TableCell>
              <TableCell>{invitation.attendancePublic ? '同意' : '未同意'}</TableCell>
              <TableCell>
                <Stack direction="row" flexWrap="wrap" useFlexGap spacing={0.5}>
                  {invitationActionsOf(invitation, meeting).map((action) => (
                    <RowAction key={action} meeting={meeting} invitation={invitation} action={action} />
                  ))}
                  <LetterButton meeting={meeting} invitation={invitation} />
                </Stack>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};
