import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique, VersionColumn } from 'typeorm';
import {
  ELIGIBILITY_OUTCOMES,
  INVITATION_STATES,
  MEETING_STATES,
  NOTICE_CHANNELS,
  OPINION_ADOPTIONS,
  OPINION_SOURCES,
  REPRESENTATIVE_STATES,
  REPRESENTATIVE_TYPES,
  TOPIC_CATEGORIES,
  type EligibilityOutcome,
  type InvitationState,
  type MeetingState,
  type NoticeChannel,
  type OpinionAdoption,
  type OpinionSource,
  type RepresentativeState,
  type RepresentativeType,
  type TopicCategory,
} from '@gdp/domain';
import { oneOf } from '../../db/sql-checks.js';
import {
  CHECK_IN_SOURCES,
  CheckInSourceEnum,
  EligibilityOutcomeEnum,
  InvitationStateEnum,
  MEETING_OPINION_KINDS,
  MeetingOpinionKindEnum,
  MeetingStateEnum,
  OpinionAdoptionEnum,
  OpinionSourceEnum,
  RESULT_VERSION_KINDS,
  RepresentativeStateEnum,
  RepresentativeTypeEnum,
  TopicCategoryEnum,
  type CheckInSource,
  type MeetingOpinionKind,
  type ResultVersionKind,
} from './meeting.enums.js';

/**
 * A public representative in the registry (SPEC M8, [seed §6-1, §6-3]). The contacts are columns of the
 * entity but not GraphQL fields of it: they resolve only for the registry's keepers (meeting.resolver.ts).
 * Never deleted: deactivated.
 */
@ObjectType({ description: '社会代表' })
@Entity('representative')
@Check('CHK_representative_type', oneOf('type', REPRESENTATIVE_TYPES))
@Check('CHK_representative_state', oneOf('state', REPRESENTATIVE_STATES))
@Check('CHK_representative_eligibility_outcome', oneOf('eligibility_outcome', ELIGIBILITY_OUTCOMES))
export class Representative {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: '姓名' })
  @Column('varchar', { length: 50 })
  name: string;

  @Field(() => RepresentativeTypeEnum, { description: '代表类别' })
  @Column('varchar', { length: 16 })
  type: RepresentativeType;

  @Field(() => String, { nullable: true, description: '工作单位' })
  @Column('varchar', { length: 100, nullable: true })
  organisation: string | null;

  @Field(() => String, { nullable: true, description: '职务职称' })
  @Column('varchar', { length: 50, nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true, description: '专业领域' })
  @Column('varchar', { length: 200, nullable: true })
  expertise: string | null;

  @Column('varchar', { length: 32, nullable: true })
  phone: string | null;

  @Column('varchar', { length: 100, nullable: true })
  email: string | null;

  @Column('varchar', { length: 200, nullable: true })
  postalAddress: string | null;

  /** representativeDuplicateKeys of the entry, for the likely-duplicate check at registration. */
  @Column('text', { array: true, default: () => "'{}'" })
  duplicateKeys: string[];

  @Field(() => RepresentativeStateEnum, { description: '状态' })
  @Column('varchar', { length: 16 })
  state: RepresentativeState;

  @Field(() => EligibilityOutcomeEnum, { nullable: true, description: '最近一次资格审核结论（以最近一次为准）' })
  @Column('varchar', { length: 16, nullable: true })
  eligibilityOutcome: EligibilityOutcome | null;

  @Field(() => String, { nullable: true, description: '最近一次资格审核依据' })
  @Column('varchar', { length: 500, nullable: true })
  eligibilityBasis: string | null;

  @Field(() => ID, { nullable: true, description: '审核人' })
  @Column('uuid', { nullable: true })
  eligibilityCheckedById: string | null;

  @Field(() => Date, { nullable: true, description: '审核时间' })
  @Column('timestamptz', { nullable: true })
  eligibilityCheckedAt: Date | null;

  @Column('uuid', { nullable: true })
  createdById: string | null;

  @Field(() => Int)
  @VersionColumn()
  version: number;

  @Field(() => Date)
  @Column('timestamptz')
  createdAt: Date;

  @Field(() => Date)
  @Column('timestamptz')
  updatedAt: Date;
}

/** Every eligibility check of a representative, kept: the latest governs [seed §6-3]. */
@ObjectType({ description: '社会代表资格审核记录' })
@Entity('representative_eligibility_check')
@Check('CHK_representative_eligibility_check_outcome', oneOf('outcome', ELIGIBILITY_OUTCOMES))
@Index('IDX_representative_eligibility_check_representative', ['representativeId', 'checkedAt'])
export class RepresentativeEligibilityCheck {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  representativeId: string;

  @Field(() => EligibilityOutcomeEnum, { description: '审核结论' })
  @Column('varchar', { length: 16 })
  outcome: EligibilityOutcome;

  @Field(() => String, { description: '审核依据' })
  @Column('varchar', { length: 500 })
  basis: string;

  @Field(() => ID, { description: '审核人' })
  @Column('uuid')
  checkedById: string;

  @Field(() => Date, { description: '审核时间' })
  @Column('timestamptz')
  checkedAt: Date;
}

/** A meeting representatives may attend (SPEC M8), run by its organizing department. */
@ObjectType({ description: '会议（社会代表列席）' })
@Entity('meeting')
@Check('CHK_meeting_state', oneOf('state', MEETING_STATES))
@Check('CHK_meeting_times', '"planned_ends_at" > "starts_at"')
@Check('CHK_meeting_seats', '"seats" IS NULL OR "seats" >= 1')
@Index('IDX_meeting_department_starts', ['departmentId', 'startsAt'])
@Index('IDX_meeting_starts', ['startsAt'])
export class Meeting {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: '会议编号' })
  @Column('varchar', { length: 32, unique: true })
  caseNumber: string;

  @Field(() => String, { description: '会议名称' })
  @Column('varchar', { length: 200 })
  title: string;

  @Field(() => ID, { description: '承办处室' })
  @Column('uuid')
  departmentId: string;

  @Field(() => Date, { description: '会议开始时间' })
  @Column('timestamptz')
  startsAt: Date;

  @Field(() => Date, { description: '预计结束时间' })
  @Column('timestamptz')
  plannedEndsAt: Date;

  @Field(() => String, { description: '会议地点' })
  @Column('varchar', { length: 200 })
  place: string;

  @Field(() => Int, { nullable: true, description: '全会社会代表席位数（空：不限）' })
  @Column('int', { nullable: true })
  seats: number | null;

  @Field(() => MeetingStateEnum, { description: '状态' })
  @Column('varchar', { length: 24 })
  state: MeetingState;

  @Field(() => String, { nullable: true, description: '延期原因' })
  @Column('varchar', { length: 500, nullable: true })
  postponeReason: string | null;

  @Field(() => String, { nullable: true, description: '取消原因' })
  @Column('varchar', { length: 500, nullable: true })
  cancelReason: string | null;

  @Field(() => Date, { nullable: true, description: '实际开始时间' })
  @Column('timestamptz', { nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true, description: '会议结束时间' })
  @Column('timestamptz', { nullable: true })
  endedAt: Date | null;

  @Field(() => String, { nullable: true, description: '会议纪要' })
  @Column('text', { nullable: true })
  minutes: string | null;

  @Field(() => String, { nullable: true, description: '会议决定情况' })
  @Column('text', { nullable: true })
  decisions: string | null;

  @Field(() => Date, { nullable: true, description: '向代表反馈的时间' })
  @Column('timestamptz', { nullable: true })
  feedbackSentAt: Date | null;

  @Field(() => ID, { nullable: true, description: '反馈及结果公开时限' })
  @Column('uuid', { nullable: true })
  deadlineId: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  createdById: string | null;

  @Field(() => Int)
  @VersionColumn()
  version: number;

  @Field(() => Date)
  @Column('timestamptz')
  createdAt: Date;

  @Field(() => Date)
  @Column('timestamptz')
  updatedAt: Date;
}

/** An agenda topic (议题) [seed §6-2]; removed topics stay for the records that name them. */
@ObjectType({ description: '会议议题' })
@Entity('meeting_topic')
@Check('CHK_meeting_topic_category', oneOf('category', TOPIC_CATEGORIES))
@Check('CHK_meeting_topic_seats', '"seats" IS NULL OR "seats" >= 1')
@Check('CHK_meeting_topic_open', '"representatives_may_attend" OR ("category" IS NULL AND "seats" IS NULL)')
@Index('IDX_meeting_topic_meeting', ['meetingId', 'position'])
export class MeetingTopic {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  meetingId: string;

  @Field(() => Int, { description: '顺序' })
  @Column('int')
  position: number;

  @Field(() => String, { description: '议题名称' })
  @Column('varchar', { length: 200 })
  title: string;

  @Field(() => String, { nullable: true, description: '议题说明' })
  @Column('text', { nullable: true })
  description: string | null;

  @Field(() => Boolean, { description: '是否邀请社会代表列席' })
  @Column('boolean')
  representativesMayAttend: boolean;

  @Field(() => TopicCategoryEnum, { nullable: true, description: '议题类别（局制度第六条第二项）' })
  @Column('varchar', { length: 24, nullable: true })
  category: TopicCategory | null;

  @Field(() => Int, { nullable: true, description: '本议题社会代表席位数（空：不限）' })
  @Column('int', { nullable: true })
  seats: number | null;

  @Column('timestamptz', { nullable: true })
  removedAt: Date | null;
}

/** One representative's invitation to a meeting (whole, or chosen topics), with its own number and code. */
@ObjectType({ description: '列席邀请' })
@Entity('meeting_invitation')
@Check('CHK_meeting_invitation_state', oneOf('state', INVITATION_STATES))
@Check('CHK_meeting_invitation_notice_channel', oneOf('notice_channel', NOTICE_CHANNELS))
@Check('CHK_meeting_invitation_checked_in_by', oneOf('checked_in_by', CHECK_IN_SOURCES))
@Check('CHK_meeting_invitation_check_in', '("checked_in_at" IS NULL) = ("checked_in_by" IS NULL)')
@Unique('UQ_meeting_invitation_sequence', ['meetingId', 'sequence'])
@Index('UQ_meeting_invitation_live', ['meetingId', 'representativeId'], {
  unique: true,
  where: `"state" NOT IN ('DECLINED', 'WITHDRAWN')`,
})
@Index('IDX_meeting_invitation_representative', ['representativeId'])
export class MeetingInvitation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  meetingId: string;

  @Field(() => ID)
  @Column('uuid')
  representativeId: string;

  @Field(() => String, { description: '邀请编号' })
  @Column('varchar', { length: 32, unique: true })
  caseNumber: string;

  @Field(() => [ID], { description: '邀请列席的议题（空：全部议题）' })
  @Column('uuid', { array: true, default: () => "'{}'" })
  topicIds: string[];

  @Field(() => InvitationStateEnum, { description: '状态' })
  @Column('varchar', { length: 16 })
  state: InvitationState;

  @Field(() => Int, { description: '发出顺序（候补按此顺序递补）' })
  @Column('int')
  sequence: number;

  @Field(() => String, { description: '告知方式' })
  @Column('varchar', { length: 16 })
  noticeChannel: NoticeChannel;

  @Field(() => Date, { nullable: true, description: '答复时间' })
  @Column('timestamptz', { nullable: true })
  respondedAt: Date | null;

  @Field(() => String, { nullable: true, description: '撤回原因' })
  @Column('varchar', { length: 500, nullable: true })
  withdrawnReason: string | null;

  @Field(() => Date, { nullable: true, description: '签到时间' })
  @Column('timestamptz', { nullable: true })
  checkedInAt: Date | null;

  @Field(() => CheckInSourceEnum, { nullable: true, description: '签到方式' })
  @Column('varchar', { length: 16, nullable: true })
  checkedInBy: CheckInSource | null;

  @Field(() => Boolean, { description: '迟到（晚于会前 10 分钟签到）' })
  @Column('boolean', { default: false })
  isLate: boolean;

  @Field(() => Date, { nullable: true, description: '离场时间' })
  @Column('timestamptz', { nullable: true })
  departedAt: Date | null;

  @Field(() => ID, { nullable: true, description: '离场前列席的最后一个议题' })
  @Column('uuid', { nullable: true })
  departedAfterTopicId: string | null;

  @Field(() => Boolean, { description: '同意在公开的会议结果中列出姓名' })
  @Column('boolean', { default: false })
  attendancePublic: boolean;

  @Field(() => ID, { nullable: true, description: '会后反馈的告知记录' })
  @Column('uuid', { nullable: true })
  feedbackNoticeId: string | null;

  @Column('uuid', { nullable: true })
  createdById: string | null;

  @Field(() => Int)
  @VersionColumn()
  version: number;

  @Field(() => Date)
  @Column('timestamptz')
  createdAt: Date;

  @Field(() => Date)
  @Column('timestamptz')
  updatedAt: Date;
}

/** A representative's declaration of (no) direct interest in a topic; the latest per topic stands. */
@ObjectType({ description: '利害关系声明' })
@Entity('meeting_interest_declaration')
@Unique('UQ_meeting_interest_declaration_topic', ['invitationId', 'topicId'])
export class MeetingInterestDeclaration {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  invitationId: string;

  @Field(() => ID)
  @Column('uuid')
  topicId: string;

  @Field(() => Boolean, { description: '与议题有直接利害关系' })
  @Column('boolean')
  hasDirectInterest: boolean;

  @Field(() => String, { nullable: true, description: '说明' })
  @Column('varchar', { length: 500, nullable: true })
  note: string | null;

  @Field(() => Boolean, { description: '需承办处室关注（专家学者、法律顾问有直接利害关系）' })
  @Column('boolean')
  isFlagged: boolean;

  @Field(() => Date)
  @Column('timestamptz')
  declaredAt: Date;
}

/** A written opinion or a speech of one invitation, with how it was taken into account [seed §6-4(3),(4)]. */
@ObjectType({ description: '代表意见或发言' })
@Entity('meeting_opinion')
@Check('CHK_meeting_opinion_kind', oneOf('kind', MEETING_OPINION_KINDS))
@Check('CHK_meeting_opinion_source', oneOf('source', OPINION_SOURCES))
@Check('CHK_meeting_opinion_adoption', oneOf('adoption', OPINION_ADOPTIONS))
@Check('CHK_meeting_opinion_speech_topic', `"kind" <> 'SPEECH' OR "topic_id" IS NOT NULL`)
@Index('IDX_meeting_opinion_meeting', ['meetingId', 'recordedAt'])
@Index('IDX_meeting_opinion_invitation', ['invitationId'])
export class MeetingOpinion {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  meetingId: string;

  @Field(() => ID)
  @Column('uuid')
  invitationId: string;

  @Field(() => ID, { nullable: true, description: '议题（空：对整个会议）' })
  @Column('uuid', { nullable: true })
  topicId: string | null;

  @Field(() => MeetingOpinionKindEnum, { description: '书面意见或会上发言' })
  @Column('varchar', { length: 16 })
  kind: MeetingOpinionKind;

  @Field(() => OpinionSourceEnum, { nullable: true, description: '书面意见的来源' })
  @Column('varchar', { length: 16, nullable: true })
  source: OpinionSource | null;

  @Field(() => String, { description: '内容' })
  @Column('text')
  content: string;

  @Field(() => ID, { nullable: true, description: '登记人（外部提交为空）' })
  @Column('uuid', { nullable: true })
  recordedById: string | null;

  @Field(() => Date)
  @Column('timestamptz')
  recordedAt: Date;

  @Field(() => OpinionAdoptionEnum, { nullable: true, description: '采纳情况' })
  @Column('varchar', { length: 16, nullable: true })
  adoption: OpinionAdoption | null;

  @Field(() => String, { nullable: true, description: '采纳情况说明' })
  @Column('text', { nullable: true })
  adoptionExplanation: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  adoptionRecordedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { nullable: true })
  adoptionRecordedAt: Date | null;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}

/** The results text reviewed before publication (SPEC M3): sealed once a decision names it. */
@ObjectType({ description: '会议结果文本版本' })
@Entity('meeting_result_version')
@Check('CHK_meeting_result_version_kind', oneOf('kind', RESULT_VERSION_KINDS))
@Index('IDX_meeting_result_version_meeting', ['meetingId', 'createdAt'])
export class MeetingResultVersion {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  meetingId: string;

  @Field(() => String, { description: 'ORIGINAL：原文；REDACTED：区分处理后的版本' })
  @Column('varchar', { length: 16 })
  kind: ResultVersionKind;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  basedOnId: string | null;

  @Field(() => String)
  @Column('text')
  body: string;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { nullable: true })
  sealedAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  createdById: string | null;

  @Field(() => Date)
  @Column('timestamptz')
  createdAt: Date;
}
