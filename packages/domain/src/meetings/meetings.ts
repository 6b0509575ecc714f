/**
 * Public representatives at meetings (社会代表列席, SPEC M8) [seed §6]: who may be invited, which topics
 * they may attend, the states of a meeting and of an invitation, and the words of the rules they are given.
 */

/** Seed §6-1. */
export const REPRESENTATIVE_TYPES = ['STAKEHOLDER', 'EXPERT', 'MEDIA', 'LEGAL_ADVISER'] as const;
export type RepresentativeType = (typeof REPRESENTATIVE_TYPES)[number];
export const REPRESENTATIVE_TYPE_LABELS: Record<RepresentativeType, string> = {
  STAKEHOLDER: '利益相关方',
  EXPERT: '专家学者',
  MEDIA: '媒体代表',
  LEGAL_ADVISER: '法律顾问',
};

/**
 * Experts and legal advisers advise on the decision itself: one with a direct interest in a topic is flagged
 * (重大行政决策程序暂行条例 — experts are chosen for independence). A stakeholder is there because of an interest.
 */
export const INTEREST_FLAGGED_TYPES: readonly RepresentativeType[] = ['EXPERT', 'LEGAL_ADVISER'];

/** Seed §6-3: the conditions a representative must meet — recorded as one checked outcome, never as ratings. */
export const ELIGIBILITY_CONDITIONS = ['CIVIC_QUALITY', 'INTEGRITY', 'LAW_ABIDING'] as const;
export type EligibilityCondition = (typeof ELIGIBILITY_CONDITIONS)[number];
export const ELIGIBILITY_CONDITION_LABELS: Record<EligibilityCondition, string> = {
  CIVIC_QUALITY: '具备良好的政治思想素质和综合素质，有一定的参政议政能力和较高的参政议政热情',
  INTEGRITY: '为人正直，公正无私，善于谏言，有一定的群众基础，能够代表广大群众的意愿',
  LAW_ABIDING: '遵纪守法，无不良行为记录，具有相应的民主政治权利',
};

export const ELIGIBILITY_OUTCOMES = ['MET', 'NOT_MET'] as const;
export type EligibilityOutcome = (typeof ELIGIBILITY_OUTCOMES)[number];
export const ELIGIBILITY_OUTCOME_LABELS: Record<EligibilityOutcome, string> = {
  MET: '符合列席条件',
  NOT_MET: '不符合列席条件',
};

export const REPRESENTATIVE_STATES = ['ACTIVE', 'INACTIVE'] as const;
export type RepresentativeState = (typeof REPRESENTATIVE_STATES)[number];
export const REPRESENTATIVE_STATE_LABELS: Record<RepresentativeState, string> = {
  ACTIVE: '在册',
  INACTIVE: '已停用',
};

/** Seed §6-2: the topics representatives may be invited to. */
export const TOPIC_CATEGORIES = [
  'MAJOR_DECISION',
  'MAJOR_POLICY',
  'PUBLIC_CONCERN',
  'OTHER_NECESSARY',
] as const;
export type TopicCategory = (typeof TOPIC_CATEGORIES)[number];
export const TOPIC_CATEGORY_LABELS: Record<TopicCategory, string> = {
  MAJOR_DECISION: '涉及人民群众利益的重大行政决策事项',
  MAJOR_POLICY: '涉及改革发展的重大政策、重要规划、重点工程建设项目事项及重大民生事项',
  PUBLIC_CONCERN: '人民群众广泛关注的改革发展重点、热点、难点问题',
  OTHER_NECESSARY: '其他有必要邀请社会公众代表列席会议的事项',
};

/**
 * PLANNED → INVITATIONS_SENT → HELD → CLOSED (minutes and decisions) → FEEDBACK_SENT → RESULTS_IN_REVIEW →
 * RESULTS_PUBLISHED (also when partly withheld: the redacted version is published) or RESULTS_WITHHELD;
 * POSTPONED and CANCELLED before it is held.
 */
export const MEETING_STATES = [
  'PLANNED',
  'INVITATIONS_SENT',
  'POSTPONED',
  'CANCELLED',
  'HELD',
  'CLOSED',
  'FEEDBACK_SENT',
  'RESULTS_IN_REVIEW',
  'RESULTS_PUBLISHED',
  'RESULTS_WITHHELD',
] as const;
export type MeetingState = (typeof MEETING_STATES)[number];
export const MEETING_STATE_LABELS: Record<MeetingState, string> = {
  PLANNED: '筹备中',
  INVITATIONS_SENT: '已发出邀请',
  POSTPONED: '已延期',
  CANCELLED: '已取消',
  HELD: '会议进行中',
  CLOSED: '已结束（已记录纪要）',
  FEEDBACK_SENT: '已反馈代表',
  RESULTS_IN_REVIEW: '结果公开审查中',
  RESULTS_PUBLISHED: '结果已公示',
  RESULTS_WITHHELD: '结果经审查不予公开',
};

/** Invitations: WAITLISTED until a seat is free; INVITED awaits an answer; then ACCEPTED or DECLINED. */
export const INVITATION_STATES = ['WAITLISTED', 'INVITED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];
export const INVITATION_STATE_LABELS: Record<InvitationState, string> = {
  WAITLISTED: '候补',
  INVITED: '已邀请待回复',
  ACCEPTED: '已接受',
  DECLINED: '已谢绝',
  WITHDRAWN: '已撤回邀请',
};

/** Invitations that hold a seat. */
export const SEAT_HOLDING_INVITATION_STATES: readonly InvitationState[] = ['INVITED', 'ACCEPTED'];

/** How an opinion on a topic was taken into account [seed §6-4(4)]. */
export const OPINION_ADOPTIONS = ['ADOPTED', 'PARTLY_ADOPTED', 'NOT_ADOPTED'] as const;
export type OpinionAdoption = (typeof OPINION_ADOPTIONS)[number];
export const OPINION_ADOPTION_LABELS: Record<OpinionAdoption, string> = {
  ADOPTED: '采纳',
  PARTLY_ADOPTED: '部分采纳',
  NOT_ADOPTED: '未采纳',
};

/** Where a written opinion came from: the organizer typing a letter in, or the representative's own code. */
export const OPINION_SOURCES = ['CONSOLE', 'EXTERNAL'] as const;
export type OpinionSource = (typeof OPINION_SOURCES)[number];
export const OPINION_SOURCE_LABELS: Record<OpinionSource, string> = {
  CONSOLE: '书面（工作人员登记）',
  EXTERNAL: '外部应用提交',
};

/** Seed §6-4(1): representatives arrive this many minutes before the start; later is flagged late. */
export const ARRIVE_EARLY_MINUTES = 10;

export const MEETING_LIMITS = {
  name: 50,
  organisation: 100,
  title: 50,
  email: 100,
  postalAddress: 200,
  expertise: 200,
  eligibilityBasis: 500,
  meetingTitle: 200,
  place: 200,
  topicTitle: 200,
  topicDescription: 2000,
  topicsPerMeeting: 30,
  seats: 500,
  opinion: 5000,
  speech: 5000,
  explanation: 2000,
  minutes: 20_000,
  decisions: 10_000,
  reason: 500,
  interestNote: 500,
} as const;

/** The rules of seed §6-4 every invitation states, in the seed's words where it has them. */
export const INVITATION_RULES: readonly string[] = [
  `请于会议开始前 ${ARRIVE_EARLY_MINUTES} 分钟到达会场并签到；会议按时召开，不因列席代表是否到会而推迟。`,
  '请在指定位置就坐，遵守会议纪律。',
  '按议题列席的，请在该议题讨论结束后离场。',
  '对会议议题的意见和建议，可以在会前或会后以书面形式反映（凭本邀请的查询码通过外部应用提交，或书面送交承办处室）；会议过程中可根据会议安排发言，承办处室负责记录。',
  '会议结束后，承办处室将在 3 个工作日内向您反馈意见采纳情况和会议决定情况，您可凭查询码查阅。',
];
