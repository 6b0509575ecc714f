import CancelIcon from '@mui/icons-material/Cancel';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import SendIcon from '@mui/icons-material/Send';
import StopCircleIcon from '@mui/icons-material/StopCircle';
import {
  cancelMeetingSchema,
  closeMeetingSchema,
  DEFAULT_NOTICE_CHANNEL,
  MEETING_ACTIONS,
  postponeMeetingSchema,
  rescheduleMeetingSchema,
  type MeetingAction,
} from '@gdp/domain';
import type { ReactElement, ReactNode } from 'react';
import { DateTimeInput, EditButton, SelectInput, TextInput, useRecordContext } from 'react-admin';
import type { FormValues } from '../../providers/resource-definition';
import { validateWith, type FormErrors } from '../../shared/zod-validation';
import { toCloseInput, toReasonInput, toRescheduleInput } from './meeting-forms';
import { meetingActionLabel, NOTICE_CHANNEL_CHOICES } from './meeting-labels';
import { isMeetingDetail, type Meeting } from './meeting.resource';
import { InviteButton } from './InviteDialog';
import { MeetingStepButton } from './MeetingStepButton';

const wide = { width: '100%' } as const;

const NoticeChannelInput = () => (
  <SelectInput
    source="noticeChannel"
    label="告知已邀请代表的方式"
    choices={NOTICE_CHANNEL_CHOICES}
    sx={{ width: 320 }}
  />
);

/** Validation of what is sent: the form's values through the same mapping as the request. */
const validating =
  <T,>(schema: Parameters<typeof validateWith>[0], toInput: (data: FormValues) => T) =>
  (values: FormValues): FormErrors =>
    validateWith(schema)(toInput(values) as FormValues);

interface MeetingStep {
  /** The resource definition's action name. */
  action: string;
  icon: ReactElement;
  color?: 'error';
  intro?: string;
  confirmText?: string;
  validate?: (values: FormValues) => FormErrors;
  defaultValues?: (meeting: Meeting) => FormValues;
  inputs?: ReactNode;
  maxWidth?: 'md';
}

/** The meeting's own steps; INVITE has its own dialog, the rest are taken per invitation or per opinion. */
const STEPS: Partial<Record<MeetingAction, MeetingStep>> = {
  POSTPONE: {
    action: 'postpone',
    icon: <EventBusyIcon />,
    intro: '延期后告知已邀请的代表；重新确定时间后再次告知。',
    validate: validating(postponeMeetingSchema, toReasonInput),
    defaultValues: () => ({ noticeChannel: DEFAULT_NOTICE_CHANNEL }),
    inputs: (
      <>
        <TextInput source="reason" label="延期原因" multiline minRows={3} sx={wide} />
        <NoticeChannelInput />
      </>
    ),
  },
  RESCHEDULE: {
    action: 'reschedule',
    icon: <EventRepeatIcon />,
    intro: '重新确定的会议时间将告知已邀请的代表。',
    validate: validating(rescheduleMeetingSchema, toRescheduleInput),
    defaultValues: (meeting) => ({
      startsAt: meeting.startsAt,
      plannedEndsAt: meeting.plannedEndsAt,
      noticeChannel: DEFAULT_NOTICE_CHANNEL,
    }),
    inputs: (
      <>
        <DateTimeInput source="startsAt" label="会议开始时间" sx={{ width: 260 }} />
        <DateTimeInput source="plannedEndsAt" label="预计结束时间" sx={{ width: 260 }} />
        <NoticeChannelInput />
      </>
    ),
  },
  CANCEL: {
    action: 'cancel',
    icon: <CancelIcon />,
    color: 'error',
    intro: '取消后不能恢复；取消原因将告知已邀请的代表。',
    validate: validating(cancelMeetingSchema, toReasonInput),
    defaultValues: () => ({ noticeChannel: DEFAULT_NOTICE_CHANNEL }),
    inputs: (
      <>
        <TextInput source="reason" label="取消原因" multiline minRows={3} sx={wide} />
        <NoticeChannelInput />
      </>
    ),
  },
  START: {
    action: 'start',
    icon: <PlayArrowIcon />,
    confirmText: '会议按时召开，不因列席代表是否到会而推迟（局制度第六条第四项）。确定会议现在开始？',
  },
  CLOSE: {
    action: 'close',
    icon: <StopCircleIcon />,
    maxWidth: 'md',
    intro:
      '记录会议结束时间后，须在 3 个工作日内（含保密审查）向列席代表反馈意见采纳情况和会议决定情况，并公开会议结果。',
    validate: validating(closeMeetingSchema, toCloseInput),
    defaultValues: () => ({ endedAt: new Date().toISOString() }),
    inputs: (
      <>
        <DateTimeInput source="endedAt" label="会议结束时间" sx={{ width: 260 }} />
        <TextInput source="minutes" label="会议纪要" multiline minRows={6} sx={wide} />
        <TextInput source="decisions" label="会议决定情况" multiline minRows={4} sx={wide} />
      </>
    ),
  },
  SEND_FEEDBACK: {
    action: 'sendFeedback',
    icon: <SendIcon />,
    confirmText: '向每位列席代表反馈其意见的采纳情况和会议决定情况（代表可凭查询码查阅）。确定发送反馈？',
  },
  SUBMIT_RESULTS: {
    action: 'submitResults',
    icon: <FactCheckIcon />,
    confirmText: '会议结果（纪要、决定情况）送保密审查，审查通过后公开（可部分公开）。确定送审？',
  },
};

/**
 * The meeting's buttons: exactly the actions the API offers now (`availableActions`) in the domain's order —
 * the console never compares states. Rows of the invitations and opinions carry their own.
 */
export const MeetingWorkflowActions = () => {
  const meeting = useRecordContext<Meeting>();
  // A row opened from the list has no actions nor topics until `meeting(id)` answers.
  if (!meeting || !isMeetingDetail(meeting)) return null;
  const offered = MEETING_ACTIONS.filter((action) => meeting.availableActions.includes(action));
  return (
    <>
      {offered.map((action) => {
        if (action === 'EDIT') return <EditButton key={action} label={meetingActionLabel(action)} />;
        if (action === 'INVITE') return <InviteButton key={action} meeting={meeting} />;
        const step = STEPS[action];
        if (!step) return null;
        return (
          <MeetingStepButton
            key={action}
            action={step.action}
            label={meetingActionLabel(action)}
            icon={step.icon}
            color={step.color}
            id={meeting.id}
            version={meeting.version}
            successMessage={`${meeting.caseNumber}：“${meetingActionLabel(action)}”已保存`}
            intro={step.intro}
            confirmText={step.confirmText}
            validate={step.validate}
            defaultValues={step.defaultValues?.(meeting)}
            inputs={step.inputs}
            maxWidth={step.maxWidth}
          />
        );
      })}
    </>
  );
};
