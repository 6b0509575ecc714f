import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type {
  EligibilityOutcome,
  InvitationState,
  MeetingState,
  NoticeChannel,
  OpinionAdoption,
  RepresentativeState,
  RepresentativeType,
  TopicCategory,
} from '@gdp/domain';
import { PageOf } from '../../shared/graphql/pagination.js';
import { NoticeChannelEnum } from '../notice/notice.enums.js';
import { Meeting, MeetingInvitation, Representative } from './meeting.entity.js';
import {
  EligibilityOutcomeEnum,
  InvitationStateEnum,
  MeetingStateEnum,
  OpinionAdoptionEnum,
  RepresentativeStateEnum,
  RepresentativeTypeEnum,
  TopicCategoryEnum,
} from './meeting.enums.js';

// ------------------------------------------------------------------ registry

@InputType({ description: '社会代表信息' })
export class RepresentativeInput {
  @Field(() => String) name: string;
  @Field(() => RepresentativeTypeEnum) type: RepresentativeType;
  @Field(() => String, { nullable: true }) organisation?: string | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) expertise?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) postalAddress?: string | null;
}

@InputType({ description: '资格审核（局制度第六条第三项，记录结论及依据）' })
export class EligibilityCheckInput {
  @Field(() => EligibilityOutcomeEnum) outcome: EligibilityOutcome;
  @Field(() => String, { description: '审核依据' }) basis: string;
}

@InputType()
export class RepresentativeFilter {
  @Field(() => String, { nullable: true, description: '按姓名、单位或专业领域搜索' }) search?: string | null;
  @Field(() => RepresentativeTypeEnum, { nullable: true }) type?: RepresentativeType | null;
  @Field(() => RepresentativeStateEnum, { nullable: true }) state?: RepresentativeState | null;
  @Field(() => Boolean, { nullable: true, description: '仅可邀请的（在册且资格审核符合）' }) invitable?: boolean | null;
}

export const RepresentativePage = PageOf(Representative, 'RepresentativePage');

// ------------------------------------------------------------------ meetings

@InputType({ description: '会议议题' })
export class MeetingTopicInput {
  @Field(() => ID, { nullable: true, description: '已有议题的编号（新议题留空）' }) id?: string | null;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Boolean) representativesMayAttend: boolean;
  @Field(() => TopicCategoryEnum, { nullable: true }) category?: TopicCategory | null;
  @Field(() => Int, { nullable: true }) seats?: number | null;
}

@InputType({ description: '会议信息' })
export class MeetingInput {
  @Field(() => String) title: string;
  @Field(() => ID) departmentId: string;
  @Field(() => Date) startsAt: Date;
  @Field(() => Date) plannedEndsAt: Date;
  @Field(() => String) place: string;
  @Field(() => Int, { nullable: true }) seats?: number | null;
  @Field(() => [MeetingTopicInput]) topics: MeetingTopicInput[];
}

@InputType()
export class MeetingFilter {
  @Field(() => MeetingStateEnum, { nullable: true }) state?: MeetingState | null;
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
  @Field(() => String, { nullable: true, description: '按会议名称或编号搜索' }) search?: string | null;
}

export const MeetingPage = PageOf(Meeting, 'MeetingPage');

@InputType({ description: '延期或取消' })
export class MeetingReasonInput {
  @Field(() => String) reason: string;
  @Field(() => NoticeChannelEnum, { nullable: true, description: '告知已邀请代表的方式' }) noticeChannel?: NoticeChannel | null;
}

@InputType({ description: '重新确定会议时间' })
export class RescheduleMeetingInput {
  @Field(() => Date) startsAt: Date;
  @Field(() => Date) plannedEndsAt: Date;
  @Field(() => NoticeChannelEnum, { nullable: true }) noticeChannel?: NoticeChannel | null;
}

@InputType({ description: '会议结束：结束时间、纪要和决定情况' })
export class CloseMeetingInput {
  @Field(() => Date) endedAt: Date;
  @Field(() => String) minutes: string;
  @Field(() => String) decisions: string;
}

// ------------------------------------------------------------------ invitations

@InputType({ description: '邀请社会代表' })
export class InviteRepresentativeInput {
  @Field(() => ID) representativeId: string;
  @Field(() => [ID], { description: '邀请列席的议题（空：全部邀请社会代表的议题）' }) topicIds: string[];
  @Field(() => NoticeChannelEnum, { nullable: true, description: '告知方式（默认系统内告知）' }) noticeChannel?: NoticeChannel | null;
}

@ObjectType({ description: '可打印的邀请函' })
export class InvitationLetter {
  @Field(() => String) title: string;
  @Field(() => [String]) paragraphs: string[];
}

@ObjectType({ description: '发出（或重新发放）的邀请：查询码仅此一次显示' })
export class InvitationIssue {
  @Field(() => MeetingInvitation) invitation: MeetingInvitation;
  @Field(() => String, { description: '邀请编号' }) caseNumber: string;
  @Field(() => String, { description: '查询码（仅此一次显示）' }) accessCode: string;
  @Field(() => InvitationLetter, { description: '含查询码的邀请函（仅此一次）' }) letter: InvitationLetter;
}

@ObjectType({ description: '签到情况（导出用，不含联系方式）' })
export class MeetingAttendanceRow {
  @Field(() => String) caseNumber: string;
  @Field(() => String) representativeName: string;
  @Field(() => RepresentativeTypeEnum) representativeType: RepresentativeType;
  @Field(() => String, { nullable: true }) organisation: string | null;
  @Field(() => InvitationStateEnum) state: InvitationState;
  @Field(() => [String], { description: '列席议题' }) topics: string[];
  @Field(() => Date, { nullable: true }) checkedInAt: Date | null;
  @Field(() => Boolean) isLate: boolean;
  @Field(() => Date, { nullable: true }) departedAt: Date | null;
  @Field(() => String, { nullable: true, description: '离场前的议题' }) departedAfterTopic: string | null;
  @Field(() => Boolean, { description: '同意公开列席' }) attendancePublic: boolean;
  @Field(() => Boolean, { description: '有利害关系需关注' }) isInterestFlagged: boolean;
}

// ------------------------------------------------------------------ opinions and speeches

@InputType({ description: '书面意见（工作人员登记）' })
export class MeetingOpinionInput {
  @Field(() => ID) invitationId: string;
  @Field(() => ID, { nullable: true, description: '议题（空：对整个会议）' }) topicId?: string | null;
  @Field(() => String) content: string;
}

@InputType({ description: '会上发言记录' })
export class MeetingSpeechInput {
  @Field(() => ID) invitationId: string;
  @Field(() => ID) topicId: string;
  @Field(() => String) content: string;
}

@InputType({ description: '意见采纳情况' })
export class OpinionAdoptionInput {
  @Field(() => OpinionAdoptionEnum) adoption: OpinionAdoption;
  @Field(() => String) explanation: string;
}

@ObjectType({ description: '会议日历条目' })
export class MeetingCalendarItem {
  @Field(() => ID) id: string;
  @Field(() => String) caseNumber: string;
  @Field(() => String) title: string;
  @Field(() => ID) departmentId: string;
  @Field(() => Date) startsAt: Date;
  @Field(() => Date) plannedEndsAt: Date;
  @Field(() => String) place: string;
  @Field(() => MeetingStateEnum) state: MeetingState;
}

// ------------------------------------------------------------------ external: the representative's own invitation

@InputType({ description: '利害关系声明' })
export class InterestDeclarationInput {
  @Field(() => ID) topicId: string;
  @Field(() => Boolean) hasDirectInterest: boolean;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@ObjectType({ description: '邀请列席的议题' })
export class InvitedTopicView {
  @Field(() => ID) id: string;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => TopicCategoryEnum, { nullable: true }) category: TopicCategory | null;
}

@ObjectType({ description: '本人的利害关系声明' })
export class OwnInterestDeclarationView {
  @Field(() => ID) topicId: string;
  @Field(() => Boolean) hasDirectInterest: boolean;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => Date) declaredAt: Date;
}

@ObjectType({ description: '本人的意见或发言（反馈后附采纳情况）' })
export class OwnOpinionView {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) topicId: string | null;
  @Field(() => String) kind: string;
  @Field(() => String) content: string;
  @Field(() => Date) recordedAt: Date;
  @Field(() => OpinionAdoptionEnum, { nullable: true }) adoption: OpinionAdoption | null;
  @Field(() => String, { nullable: true }) adoptionExplanation: string | null;
}

@ObjectType({ description: '凭邀请编号和查询码查看的本人邀请（不含其他代表的任何信息）' })
export class RepresentativeInvitationView {
  @Field(() => String) caseNumber: string;
  @Field(() => InvitationStateEnum) state: InvitationState;
  @Field(() => String) representativeName: string;
  @Field(() => String) meetingTitle: string;
  @Field(() => MeetingStateEnum) meetingState: MeetingState;
  @Field(() => String, { description: '承办处室' }) organizer: string;
  @Field(() => Date) startsAt: Date;
  @Field(() => Date) plannedEndsAt: Date;
  @Field(() => String) place: string;
  @Field(() => Boolean, { description: '列席全部议题' }) wholeMeeting: boolean;
  @Field(() => [InvitedTopicView]) topics: InvitedTopicView[];
  @Field(() => [String], { description: '列席规定' }) rules: string[];
  @Field(() => Date, { nullable: true }) checkedInAt: Date | null;
  @Field(() => Boolean) isLate: boolean;
  @Field(() => Boolean) attendancePublic: boolean;
  @Field(() => [OwnInterestDeclarationView]) interestDeclarations: OwnInterestDeclarationView[];
  @Field(() => [OwnOpinionView]) opinions: OwnOpinionView[];
  @Field(() => Date, { nullable: true, description: '反馈时间' }) feedbackSentAt: Date | null;
  @Field(() => String, { nullable: true, description: '会后反馈（意见采纳情况和会议决定情况）' }) feedback: string | null;
  @Field(() => [String], { description: '给本人的告知（延期、取消、递补等）' }) notices: string[];
}

@ObjectType({ description: '书面意见已收到' })
export class RepresentativeOpinionReceipt {
  @Field(() => String) caseNumber: string;
  @Field(() => ID) opinionId: string;
  @Field(() => Date) receivedAt: Date;
}
