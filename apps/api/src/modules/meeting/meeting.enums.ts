import {
  ELIGIBILITY_OUTCOMES,
  ELIGIBILITY_OUTCOME_LABELS,
  INVITATION_ACTIONS,
  INVITATION_ACTION_LABELS,
  INVITATION_STATES,
  INVITATION_STATE_LABELS,
  MEETING_ACTIONS,
  MEETING_ACTION_LABELS,
  MEETING_STATES,
  MEETING_STATE_LABELS,
  OPINION_ADOPTIONS,
  OPINION_ADOPTION_LABELS,
  OPINION_SOURCES,
  OPINION_SOURCE_LABELS,
  REPRESENTATIVE_STATES,
  REPRESENTATIVE_STATE_LABELS,
  REPRESENTATIVE_TYPES,
  REPRESENTATIVE_TYPE_LABELS,
  TOPIC_CATEGORIES,
  TOPIC_CATEGORY_LABELS,
} from '@gdp/domain';
import { enumFrom } from '../../shared/graphql/domain-enum.js';

export const RepresentativeTypeEnum = enumFrom('RepresentativeType', REPRESENTATIVE_TYPES, REPRESENTATIVE_TYPE_LABELS);
export const RepresentativeStateEnum = enumFrom('RepresentativeState', REPRESENTATIVE_STATES, REPRESENTATIVE_STATE_LABELS);
export const EligibilityOutcomeEnum = enumFrom('EligibilityOutcome', ELIGIBILITY_OUTCOMES, ELIGIBILITY_OUTCOME_LABELS);
export const TopicCategoryEnum = enumFrom('TopicCategory', TOPIC_CATEGORIES, TOPIC_CATEGORY_LABELS);
export const MeetingStateEnum = enumFrom('MeetingState', MEETING_STATES, MEETING_STATE_LABELS);
export const MeetingActionEnum = enumFrom('MeetingAction', MEETING_ACTIONS, MEETING_ACTION_LABELS);
export const InvitationStateEnum = enumFrom('InvitationState', INVITATION_STATES, INVITATION_STATE_LABELS);
export const InvitationActionEnum = enumFrom('InvitationAction', INVITATION_ACTIONS, INVITATION_ACTION_LABELS);
export const OpinionAdoptionEnum = enumFrom('OpinionAdoption', OPINION_ADOPTIONS, OPINION_ADOPTION_LABELS);
export const OpinionSourceEnum = enumFrom('OpinionSource', OPINION_SOURCES, OPINION_SOURCE_LABELS);

/** A written opinion (before or after the meeting) or a speech during it (recorded by the organizer). */
export const MEETING_OPINION_KINDS = ['WRITTEN', 'SPEECH'] as const;
export type MeetingOpinionKind = (typeof MEETING_OPINION_KINDS)[number];
export const MeetingOpinionKindEnum = enumFrom('MeetingOpinionKind', MEETING_OPINION_KINDS, {
  WRITTEN: '书面意见',
  SPEECH: '会上发言',
});

/** Who recorded a check-in: the organizer at the desk, or the representative with their code at the venue. */
export const CHECK_IN_SOURCES = ['ORGANIZER', 'CODE'] as const;
export type CheckInSource = (typeof CHECK_IN_SOURCES)[number];
export const CheckInSourceEnum = enumFrom('CheckInSource', CHECK_IN_SOURCES, {
  ORGANIZER: '工作人员登记',
  CODE: '代表凭查询码签到',
});

/** The results text under review: the original, or the redacted version prepared at level 2. */
export const RESULT_VERSION_KINDS = ['ORIGINAL', 'REDACTED'] as const;
export type ResultVersionKind = (typeof RESULT_VERSION_KINDS)[number];
