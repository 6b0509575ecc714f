import { ACCESS_RULES } from '@gdp/domain';
import type {
  InvitationLetterQuery,
  InviteRepresentativeMutation,
  MeetingFieldsFragment,
  MeetingFilter,
  MeetingListFieldsFragment,
  MeetingsCalendarQuery,
} from '../../graphql/generated/graphql';
import {
  defineResource,
  type FormValues,
  pickFilter,
  requiredText,
  sortFor,
  versionOf,
} from '../../providers/resource-definition';
import { toIsoInstant } from '../../shared/dates';
import {
  toAdoptionInput,
  toCloseInput,
  toInviteInput,
  toMeetingInput,
  toOpinionInput,
  toReasonInput,
  toRescheduleInput,
  toSpeechInput,
} from './meeting-forms';
import {
  CancelMeetingMutation,
  CheckInRepresentativeMutation,
  CloseMeetingMutation,
  CreateMeetingMutation,
  InvitationLetterQuery as InvitationLetterDocument,
  InviteRepresentativeMutation as InviteRepresentativeDocument,
  MeetingQuery,
  MeetingsCalendarQuery as MeetingsCalendarDocument,
  MeetingsQuery,
  PostponeMeetingMutation,
  RecordInvitationResponseMutation,
  RecordMeetingOpinionMutation,
  RecordMeetingSpeechMutation,
  RecordOpinionAdoptionMutation,
  RecordRepresentativeDepartureMutation,
  ReissueInvitationCodeMutation,
  RescheduleMeetingMutation,
  SendMeetingFeedbackMutation,
  StartMeetingMutation,
  SubmitMeetingResultsMutation,
  UpdateMeetingMutation,
  WithdrawInvitationMutation,
} from './meeting.documents';

/**
 * A meeting as lists answer it (react-admin shows a row opened from the list until `meeting(id)` answers);
 * `meeting(id)` and the workflow mutations add the actions offered now, topics, invitations, opinions.
 */
export type Meeting = MeetingListFieldsFragment &
  Partial<Omit<MeetingFieldsFragment, keyof MeetingListFieldsFragment>>;
/** A meeting as `meeting(id)` and every step answer it. */
export type MeetingDetail = MeetingFieldsFragment;

/** Whether `meeting(id)` has answered: only then does the record carry the actions the API offers. */
export const isMeetingDetail = (meeting: Meeting): meeting is MeetingDetail =>
  meeting.availableActions !== undefined;
export type MeetingTopic = MeetingFieldsFragment['topics'][number];
export type MeetingInvitation = MeetingFieldsFragment['invitations'][number];
export type MeetingOpinion = MeetingFieldsFragment['opinions'][number];
export type MeetingAttendanceRow = MeetingFieldsFragment['attendance'][number];
export type MeetingCalendarItem = MeetingsCalendarQuery['meetingsCalendar'][number];
/** What inviting (or reissuing a code) answers: the access code and the letter carrying it, shown once. */
export type InvitationIssue = InviteRepresentativeMutation['inviteRepresentative'];
export type InvitationLetter = InvitationLetterQuery['invitationLetter'];

/** A step of the meeting or of one invitation: the version the organizer saw goes back with the form. */
export interface MeetingStepParams {
  id: string;
  version: number;
  data: FormValues;
}

const step = ({ id, version }: MeetingStepParams) => ({ id, version });

/**
 * Meetings with public representatives (社会代表列席, SPEC M8 [seed §6]): organizers (MEETING_MANAGE, scoped
 * to their department by the API) run them; MEETING_READ reads. Every step is a mutation the record's
 * `availableActions` offers, sent with the version the organizer saw (a stale one is refused with CONFLICT).
 */
export const meetingResource = defineResource<Meeting>({
  access: {
    list: ACCESS_RULES['Query.meetings'],
    show: ACCESS_RULES['Query.meeting'],
    export: ACCESS_RULES['Query.meetings'],
    calendar: ACCESS_RULES['Query.meetingsCalendar'],
    invitationLetter: ACCESS_RULES['Query.invitationLetter'],
    create: ACCESS_RULES['Mutation.createMeeting'],
    edit: ACCESS_RULES['Mutation.updateMeeting'],
    postpone: ACCESS_RULES['Mutation.postponeMeeting'],
    reschedule: ACCESS_RULES['Mutation.rescheduleMeeting'],
    cancel: ACCESS_RULES['Mutation.cancelMeeting'],
    start: ACCESS_RULES['Mutation.startMeeting'],
    close: ACCESS_RULES['Mutation.closeMeeting'],
    sendFeedback: ACCESS_RULES['Mutation.sendMeetingFeedback'],
    submitResults: ACCESS_RULES['Mutation.submitMeetingResults'],
    invite: ACCESS_RULES['Mutation.inviteRepresentative'],
    reissueCode: ACCESS_RULES['Mutation.reissueInvitationCode'],
    withdraw: ACCESS_RULES['Mutation.withdrawInvitation'],
    recordResponse: ACCESS_RULES['Mutation.recordInvitationResponse'],
    checkIn: ACCESS_RULES['Mutation.checkInRepresentative'],
    recordDeparture: ACCESS_RULES['Mutation.recordRepresentativeDeparture'],
    recordOpinion: ACCESS_RULES['Mutation.recordMeetingOpinion'],
    recordSpeech: ACCESS_RULES['Mutation.recordMeetingSpeech'],
    recordAdoption: ACCESS_RULES['Mutation.recordOpinionAdoption'],
  },
  list: (api, { filter, page, perPage, sort }) =>
    api
      .query(MeetingsQuery, {
        filter: pickFilter<MeetingFilter>(filter, ['search', 'state', 'departmentId']),
        page: { page, perPage },
        sort: sortFor('meetings', sort),
      })
      .then((data) => data.meetings),
  one: (api, id): Promise<MeetingDetail> => api.query(MeetingQuery, { id }).then((data) => data.meeting),
  create: (api, data) =>
    api.mutate(CreateMeetingMutation, { input: toMeetingInput(data) }).then((result) => result.createMeeting),
  update: (api, id, data, previousData) =>
    api
      .mutate(UpdateMeetingMutation, {
        id,
        version: versionOf(data, previousData),
        input: toMeetingInput(data),
      })
      .then((result) => result.updateMeeting),
  actions: {
    calendar: (api, params: { from: string; to: string }): Promise<MeetingCalendarItem[]> =>
      api.query(MeetingsCalendarDocument, params).then((data) => data.meetingsCalendar),
    invitationLetter: (api, params: { invitationId: string }): Promise<InvitationLetter> =>
      api.query(InvitationLetterDocument, params).then((data) => data.invitationLetter),
    postpone: (api, params: MeetingStepParams) =>
      api
        .mutate(PostponeMeetingMutation, { ...step(params), input: toReasonInput(params.data) })
        .then((result) => result.postponeMeeting),
    reschedule: (api, params: MeetingStepParams) =>
      api
        .mutate(RescheduleMeetingMutation, { ...step(params), input: toRescheduleInput(params.data) })
        .then((result) => result.rescheduleMeeting),
    cancel: (api, params: MeetingStepParams) =>
      api
        .mutate(CancelMeetingMutation, { ...step(params), input: toReasonInput(params.data) })
        .then((result) => result.cancelMeeting),
    start: (api, params: MeetingStepParams) =>
      api.mutate(StartMeetingMutation, step(params)).then((result) => result.startMeeting),
    close: (api, params: MeetingStepParams) =>
      api
        .mutate(CloseMeetingMutation, { ...step(params), input: toCloseInput(params.data) })
        .then((result) => result.closeMeeting),
    sendFeedback: (api, params: MeetingStepParams) =>
      api.mutate(SendMeetingFeedbackMutation, step(params)).then((result) => result.sendMeetingFeedback),
    submitResults: (api, params: MeetingStepParams) =>
      api.mutate(SubmitMeetingResultsMutation, step(params)).then((result) => result.submitMeetingResults),
    /** `id` is the meeting's; the answer carries the access code, shown once. */
    invite: (api, params: MeetingStepParams): Promise<InvitationIssue> =>
      api
        .mutate(InviteRepresentativeDocument, { meetingId: params.id, input: toInviteInput(params.data) })
        .then((result) => result.inviteRepresentative),
    reissueCode: (api, params: MeetingStepParams): Promise<InvitationIssue> =>
      api.mutate(ReissueInvitationCodeMutation, step(params)).then((result) => result.reissueInvitationCode),
    withdraw: (api, params: MeetingStepParams) =>
      api
        .mutate(WithdrawInvitationMutation, {
          ...step(params),
          reason: requiredText(params.data.reason).trim(),
        })
        .then((result) => result.withdrawInvitation),
    recordResponse: (api, params: MeetingStepParams) =>
      api
        .mutate(RecordInvitationResponseMutation, { ...step(params), accept: params.data.accept === true })
        .then((result) => result.recordInvitationResponse),
    checkIn: (api, params: MeetingStepParams) =>
      api
        .mutate(CheckInRepresentativeMutation, { ...step(params), at: toIsoInstant(params.data.at) })
        .then((result) => result.checkInRepresentative),
    recordDeparture: (api, params: MeetingStepParams) =>
      api
        .mutate(RecordRepresentativeDepartureMutation, {
          ...step(params),
          afterTopicId: requiredText(params.data.afterTopicId),
        })
        .then((result) => result.recordRepresentativeDeparture),
    /** `id` is the meeting's. */
    recordOpinion: (api, params: MeetingStepParams) =>
      api
        .mutate(RecordMeetingOpinionMutation, { meetingId: params.id, input: toOpinionInput(params.data) })
        .then((result) => result.recordMeetingOpinion),
    recordSpeech: (api, params: MeetingStepParams) =>
      api
        .mutate(RecordMeetingSpeechMutation, { meetingId: params.id, input: toSpeechInput(params.data) })
        .then((result) => result.recordMeetingSpeech),
    /** `id` and `version` are the opinion's. */
    recordAdoption: (api, params: MeetingStepParams) =>
      api
        .mutate(RecordOpinionAdoptionMutation, { ...step(params), input: toAdoptionInput(params.data) })
        .then((result) => result.recordOpinionAdoption),
  },
});
