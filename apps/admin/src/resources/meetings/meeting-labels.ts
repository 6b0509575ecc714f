import {
  INVITATION_ACTION_LABELS,
  INVITATION_STATE_LABELS,
  MEETING_ACTION_LABELS,
  MEETING_STATE_LABELS,
  OPINION_ADOPTION_LABELS,
  OPINION_SOURCE_LABELS,
  TOPIC_CATEGORY_LABELS,
} from '@gdp/domain';
import { choicesOf, labelIn } from '../documents/document-labels';

export { NOTICE_CHANNEL_CHOICES, noticeChannelLabel } from '../../shared/labels';

/** Choices and labels of meetings, invitations and opinions, from the domain's tables. */
export const MEETING_STATE_CHOICES = choicesOf(MEETING_STATE_LABELS);
export const TOPIC_CATEGORY_CHOICES = choicesOf(TOPIC_CATEGORY_LABELS);
export const OPINION_ADOPTION_CHOICES = choicesOf(OPINION_ADOPTION_LABELS);

export const meetingStateLabel = labelIn(MEETING_STATE_LABELS);
export const meetingActionLabel = labelIn(MEETING_ACTION_LABELS);
export const invitationStateLabel = labelIn(INVITATION_STATE_LABELS);
export const invitationActionLabel = labelIn(INVITATION_ACTION_LABELS);
export const topicCategoryLabel = labelIn(TOPIC_CATEGORY_LABELS);
export const opinionAdoptionLabel = labelIn(OPINION_ADOPTION_LABELS);
export const opinionSourceLabel = labelIn(OPINION_SOURCE_LABELS);

/** Kinds of a representative's contribution (the API's MeetingOpinionKind). */
export const opinionKindLabel = labelIn({ WRITTEN: '书面意见', SPEECH: '会上发言' });
