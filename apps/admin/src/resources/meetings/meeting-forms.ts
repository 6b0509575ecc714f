import { meetingInputSchema } from '@gdp/domain';
import type {
  MeetingInput,
  MeetingTopicInput,
  NoticeChannel,
  OpinionAdoption,
  TopicCategory,
} from '../../graphql/generated/graphql';
import { type FormValues, optionalText, requiredText } from '../../providers/resource-definition';
import { toIsoInstant } from '../../shared/dates';
import { validateWith, type FormErrors } from '../../shared/zod-validation';

/** Form values → the API's inputs of the meeting module; the domain's zod schemas validate both ends. */

const numberOrNull = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value)
    ? value
    : typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))
      ? Number(value)
      : null;

const noticeChannelOf = (data: FormValues) => (data.noticeChannel as NoticeChannel | undefined) ?? null;

/**
 * One topic as sent: a topic without representatives has no category and no seats, whatever the hidden
 * inputs still hold — what the organizer sees is what is sent.
 */
export function toTopicInput(topic: FormValues): MeetingTopicInput {
  const mayAttend = topic.representativesMayAttend === true;
  return {
    id: typeof topic.id === 'string' && topic.id !== '' ? topic.id : null,
    title: requiredText(topic.title).trim(),
    description: optionalText(topic.description),
    representativesMayAttend: mayAttend,
    category: mayAttend ? ((topic.category as TopicCategory | undefined) ?? null) : null,
    seats: mayAttend ? numberOrNull(topic.seats) : null,
  };
}

export function toMeetingInput(data: FormValues): MeetingInput {
  const topics = Array.isArray(data.topics) ? (data.topics as FormValues[]) : [];
  return {
    title: requiredText(data.title).trim(),
    departmentId: requiredText(data.departmentId),
    startsAt: toIsoInstant(data.startsAt) ?? '',
    plannedEndsAt: toIsoInstant(data.plannedEndsAt) ?? '',
    place: requiredText(data.place).trim(),
    seats: numberOrNull(data.seats),
    topics: topics.map(toTopicInput),
  };
}

const validateMeetingInput = validateWith(meetingInputSchema);

/** The meeting form's validation: the domain's rules on exactly what would be sent (an empty time is missing). */
export function validateMeetingForm(values: FormValues): FormErrors {
  const input = toMeetingInput(values);
  return validateMeetingInput({
    ...input,
    startsAt: input.startsAt || undefined,
    plannedEndsAt: input.plannedEndsAt || undefined,
  });
}

/** A new topic in the form: representatives invited by default, the organizer picks the category. */
export const NEW_TOPIC = { representativesMayAttend: true, category: null, seats: null } as const;

export const toReasonInput = (data: FormValues) => ({
  reason: requiredText(data.reason).trim(),
  noticeChannel: noticeChannelOf(data),
});

export const toRescheduleInput = (data: FormValues) => ({
  startsAt: toIsoInstant(data.startsAt) ?? '',
  plannedEndsAt: toIsoInstant(data.plannedEndsAt) ?? '',
  noticeChannel: noticeChannelOf(data),
});

export const toCloseInput = (data: FormValues) => ({
  endedAt: toIsoInstant(data.endedAt) ?? '',
  minutes: requiredText(data.minutes).trim(),
  decisions: requiredText(data.decisions).trim(),
});

/** 全体议题 sends no topics: the API reads an empty list as the whole meeting. */
export const toInviteInput = (data: FormValues) => ({
  representativeId: requiredText(data.representativeId),
  topicIds: data.wholeMeeting === false && Array.isArray(data.topicIds) ? (data.topicIds as string[]) : [],
  noticeChannel: noticeChannelOf(data),
});

export const toOpinionInput = (data: FormValues) => ({
  invitationId: requiredText(data.invitationId),
  topicId: optionalText(data.topicId),
  content: requiredText(data.content).trim(),
});

export const toSpeechInput = (data: FormValues) => ({
  invitationId: requiredText(data.invitationId),
  topicId: requiredText(data.topicId),
  content: requiredText(data.content).trim(),
});

export const toAdoptionInput = (data: FormValues) => ({
  adoption: data.adoption as OpinionAdoption,
  explanation: requiredText(data.explanation).trim(),
});
