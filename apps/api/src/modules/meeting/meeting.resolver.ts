import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  ACCESS_RULES,
  availableInvitationActions,
  availableMeetingActions,
  hasPermission,
  type InvitationAction,
  type DeadlineStanding,
  type MeetingAction,
} from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { isInScope } from '../../shared/access/department-scope.js';
import { Access } from '../../shared/access/access.decorator.js';
import { notFound } from '../../shared/errors/app-errors.js';
import { PageInput } from '../../shared/graphql/pagination.js';
import { SortInput, sortDescription } from '../../shared/graphql/sorting.js';
import { isUuid } from '../../shared/persistence/query-helpers.js';
import { calendarForRequest } from '../calendar/calendar.service.js';
import type { Deadline } from '../deadline/deadline.entity.js';
import { DeadlineStandingEnum } from '../deadline/deadline.types.js';
import { deadlineStandingOf, standingWindow } from '../deadline/index.js';
import { Review } from '../review/index.js';
import {
  Meeting,
  MeetingInterestDeclaration,
  MeetingInvitation,
  MeetingOpinion,
  MeetingResultVersion,
  MeetingTopic,
  Representative,
  RepresentativeEligibilityCheck,
} from './meeting.entity.js';
import { InvitationActionEnum, MeetingActionEnum } from './meeting.enums.js';
import {
  attendanceOf,
  findInvitationsOfRepresentative,
  findMeetings,
  findMeetingsCalendar,
  findRepresentative,
  findRepresentatives,
  meetingLoaders,
} from './meeting.queries.js';
import { prepareMeetingResultRedaction } from './meeting.review-subject.js';
import {
  INVITATION_LABEL,
  findReadableMeeting,
  meetingFactsOf,
  meetingManageScope,
  meetingPermissionsOf,
  opinionsOf,
  presenceOf,
  topicsOf,
} from './meeting.steps.js';
import {
  CloseMeetingInput,
  EligibilityCheckInput,
  InvitationIssue,
  InvitationLetter,
  InviteRepresentativeInput,
  MeetingAttendanceRow,
  MeetingCalendarItem,
  MeetingFilter,
  MeetingInput,
  MeetingOpinionInput,
  MeetingPage,
  MeetingReasonInput,
  MeetingSpeechInput,
  OpinionAdoptionInput,
  RepresentativeFilter,
  RepresentativeInput,
  RepresentativePage,
  RescheduleMeetingInput,
} from './meeting.types.js';
import { sendMeetingFeedback, submitMeetingResults } from './use-cases/after-meeting.js';
import {
  checkInRepresentative,
  inviteRepresentative,
  letterOf,
  recordInvitationResponse,
  recordRepresentativeDeparture,
  reissueInvitationCode,
  withdrawInvitation,
} from './use-cases/invitations.js';
import {
  cancelMeeting,
  closeMeeting,
  createMeeting,
  postponeMeeting,
  rescheduleMeeting,
  startMeeting,
  updateMeeting,
} from './use-cases/meetings.js';
import { recordMeetingOpinion, recordMeetingSpeech, recordOpinionAdoption } from './use-cases/opinions.js';
import {
  recordRepresentativeEligibility,
  registerRepresentative,
  setRepresentativeActive,
  updateRepresentative,
} from './use-cases/representatives.js';

// Field resolvers run after a mutation's transaction has ended: they read through the pool, never its manager.
const managerOf = (context: RequestContext) => context.services.db.dataSource.manager;

/** Contacts resolve only for the registry's keepers (REPRESENTATIVE_MANAGE); null for everyone else. */
const mayReadContacts = (context: RequestContext) => hasPermission(context.actor, 'REPRESENTATIVE_MANAGE');

/** The registry of public representatives (SPEC M8). */
@Resolver(() => Representative)
export class RepresentativeResolver {
  @Query(() => RepresentativePage, { description: '社会代表名册' })
  @Access(ACCESS_RULES['Query.representatives'])
  representatives(
    @Ctx() context: RequestContext,
    @Arg('filter', () => RepresentativeFilter, { nullable: true }) filter?: RepresentativeFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    @Arg('sort', () => SortInput, { nullable: true, description: sortDescription('representatives') }) sort?: SortInput,
  ) {
    return findRepresentatives(managerOf(context), filter, page, sort);
  }

  @Query(() => Representative, { description: '社会代表' })
  @Access(ACCESS_RULES['Query.representative'])
  representative(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return findRepresentative(managerOf(context), id);
  }

  @Mutation(() => Representative, { description: '登记社会代表（疑似重复时需确认不是同一人）' })
  @Access(ACCESS_RULES['Mutation.registerRepresentative'])
  registerRepresentative(
    @Ctx() context: RequestContext,
    @Arg('input', () => RepresentativeInput) input: RepresentativeInput,
    @Arg('confirmNotDuplicate', () => Boolean, { defaultValue: false }) confirmNotDuplicate: boolean,
  ) {
    return registerRepresentative(context, input, confirmNotDuplicate);
  }

  @Mutation(() => Representative, { description: '修改社会代表信息' })
  @Access(ACCESS_RULES['Mutation.updateRepresentative'])
  updateRepresentative(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => RepresentativeInput) input: RepresentativeInput,
    @Arg('confirmNotDuplicate', () => Boolean, { defaultValue: false }) confirmNotDuplicate: boolean,
  ) {
    return updateRepresentative(context, id, version, input, confirmNotDuplicate);
  }

  @Mutation(() => Representative, { description: '登记资格审核结论（以最近一次为准）' })
  @Access(ACCESS_RULES['Mutation.recordRepresentativeEligibility'])
  recordRepresentativeEligibility(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => EligibilityCheckInput) input: EligibilityCheckInput,
  ) {
    return recordRepresentativeEligibility(context, id, version, input);
  }

  @Mutation(() => Representative, { description: '启用或停用社会代表' })
  @Access(ACCESS_RULES['Mutation.setRepresentativeActive'])
  setRepresentativeActive(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('active', () => Boolean) active: boolean,
  ) {
    return setRepresentativeActive(context, id, version, active);
  }

  @FieldResolver(() => String, { nullable: true, description: '联系电话（仅名册维护人员可见）' })
  phone(@Root() representative: Representative, @Ctx() context: RequestContext): string | null {
    return mayReadContacts(context) ? representative.phone : null;
  }

  @FieldResolver(() => String, { nullable: true, description: '电子邮箱（仅名册维护人员可见）' })
  email(@Root() representative: Representative, @Ctx() context: RequestContext): string | null {
    return mayReadContacts(context) ? representative.email : null;
  }

  @FieldResolver(() => String, { nullable: true, description: '通信地址（仅名册维护人员可见）' })
  postalAddress(@Root() representative: Representative, @Ctx() context: RequestContext): string | null {
    return mayReadContacts(context) ? representative.postalAddress : null;
  }

  @FieldResolver(() => Boolean, { description: '可以邀请（在册且资格审核符合）' })
  isInvitable(@Root() representative: Representative): boolean {
    return representative.state === 'ACTIVE' && representative.eligibilityOutcome === 'MET';
  }

  @FieldResolver(() => [RepresentativeEligibilityCheck], { description: '资格审核记录（最近的在前）' })
  eligibilityChecks(@Root() representative: Representative, @Ctx() context: RequestContext) {
    return managerOf(context).find(RepresentativeEligibilityCheck, {
      where: { representativeId: representative.id },
      order: { checkedAt: 'DESC' },
    });
  }

  @FieldResolver(() => [MeetingInvitation], { description: '列席记录（本人可查看的会议）' })
  participation(@Root() representative: Representative, @Ctx() context: RequestContext) {
    return findInvitationsOfRepresentative(managerOf(context), context.actor, representative.id);
  }
}

/** Meetings, their invitations, opinions and results (SPEC M8), scoped to the organizer's departments. */
@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => MeetingPage, { description: '会议列表（本人可查看的处室）' })
  @Access(ACCESS_RULES['Query.meetings'])
  meetings(
    @Ctx() context: RequestContext,
    @Arg('filter', () => MeetingFilter, { nullable: true }) filter?: MeetingFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    @Arg('sort', () => SortInput, { nullable: true, description: sortDescription('meetings') }) sort?: SortInput,
  ) {
    return findMeetings(managerOf(context), context.actor, filter, page, sort);
  }

  @Query(() => Meeting, { description: '会议' })
  @Access(ACCESS_RULES['Query.meeting'])
  meeting(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return findReadableMeeting(managerOf(context), context.actor, id);
  }

  @Query(() => [MeetingCalendarItem], { description: '会议日历（开始时间在 [from, to) 内的会议）' })
  @Access(ACCESS_RULES['Query.meetingsCalendar'])
  meetingsCalendar(
    @Ctx() context: RequestContext,
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
  ) {
    return findMeetingsCalendar(managerOf(context), context.actor, from, to);
  }

  @Query(() => InvitationLetter, { description: '重新打印邀请函（不含查询码）' })
  @Access(ACCESS_RULES['Query.invitationLetter'])
  async invitationLetter(@Ctx() context: RequestContext, @Arg('invitationId', () => ID) invitationId: string) {
    const manager = managerOf(context);
    const invitation = isUuid(invitationId) ? await manager.findOneBy(MeetingInvitation, { id: invitationId }) : null;
    const meeting = invitation ? await manager.findOneBy(Meeting, { id: invitation.meetingId }) : null;
    if (!invitation || !meeting || !isInScope(meetingManageScope(context.actor), meeting.departmentId)) {
      throw notFound(INVITATION_LABEL);
    }
    return letterOf(context, meeting, invitation, null);
  }

  @Mutation(() => Meeting, { description: '创建会议' })
  @Access(ACCESS_RULES['Mutation.createMeeting'])
  createMeeting(@Ctx() context: RequestContext, @Arg('input', () => MeetingInput) input: MeetingInput) {
    return createMeeting(context, input);
  }

  @Mutation(() => Meeting, { description: '修改会议信息和议题' })
  @Access(ACCESS_RULES['Mutation.updateMeeting'])
  updateMeeting(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => MeetingInput) input: MeetingInput,
  ) {
    return updateMeeting(context, id, version, input);
  }

  @Mutation(() => Meeting, { description: '会议延期（告知已邀请的代表）' })
  @Access(ACCESS_RULES['Mutation.postponeMeeting'])
  postponeMeeting(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => MeetingReasonInput) input: MeetingReasonInput,
  ) {
    return postponeMeeting(context, id, version, input);
  }

  @Mutation(() => Meeting, { description: '重新确定会议时间（告知已邀请的代表）' })
  @Access(ACCESS_RULES['Mutation.rescheduleMeeting'])
  rescheduleMeeting(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => RescheduleMeetingInput) input: RescheduleMeetingInput,
  ) {
    return rescheduleMeeting(context, id, version, input);
  }

  @Mutation(() => Meeting, { description: '取消会议（告知已邀请的代表）' })
  @Access(ACCESS_RULES['Mutation.cancelMeeting'])
  cancelMeeting(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => MeetingReasonInput) input: MeetingReasonInput,
  ) {
    return cancelMeeting(context, id, version, input);
  }

  @Mutation(() => Meeting, { description: '会议开始（按时召开，不等候未到的代表）' })
  @Access(ACCESS_RULES['Mutation.startMeeting'])
  startMeeting(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return startMeeting(context, id, version);
  }

  @Mutation(() => Meeting, { description: '会议结束：记录结束时间、纪要和决定情况（开始 3 个工作日的反馈时限）' })
  @Access(ACCESS_RULES['Mutation.closeMeeting'])
  closeMeeting(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => CloseMeetingInput) input: CloseMeetingInput,
  ) {
    return closeMeeting(context, id, version, input);
  }

  @Mutation(() => Meeting, { description: '向列席代表反馈意见采纳情况和会议决定情况' })
  @Access(ACCESS_RULES['Mutation.sendMeetingFeedback'])
  sendMeetingFeedback(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return sendMeetingFeedback(context, id, version);
  }

  @Mutation(() => Meeting, { description: '会议结果送保密审查' })
  @Access(ACCESS_RULES['Mutation.submitMeetingResults'])
  submitMeetingResults(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return submitMeetingResults(context, id, version);
  }

  @Mutation(() => InvitationIssue, { description: '邀请社会代表（席位已满时列入候补）；查询码仅此一次显示' })
  @Access(ACCESS_RULES['Mutation.inviteRepresentative'])
  inviteRepresentative(
    @Ctx() context: RequestContext,
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('input', () => InviteRepresentativeInput) input: InviteRepresentativeInput,
  ) {
    return inviteRepresentative(context, meetingId, input);
  }

  @Mutation(() => InvitationIssue, { description: '重新发放邀请查询码（原查询码随即失效）' })
  @Access(ACCESS_RULES['Mutation.reissueInvitationCode'])
  reissueInvitationCode(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return reissueInvitationCode(context, id, version);
  }

  @Mutation(() => MeetingInvitation, { description: '撤回邀请（候补依次递补）' })
  @Access(ACCESS_RULES['Mutation.withdrawInvitation'])
  withdrawInvitation(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String) reason: string,
  ) {
    return withdrawInvitation(context, id, version, reason);
  }

  @Mutation(() => MeetingInvitation, { description: '登记代表的答复（电话、书面答复等）' })
  @Access(ACCESS_RULES['Mutation.recordInvitationResponse'])
  recordInvitationResponse(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('accept', () => Boolean) accept: boolean,
  ) {
    return recordInvitationResponse(context, id, version, accept);
  }

  @Mutation(() => MeetingInvitation, { description: '登记签到（默认当前时间）' })
  @Access(ACCESS_RULES['Mutation.checkInRepresentative'])
  checkInRepresentative(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('at', () => Date, { nullable: true }) at?: Date | null,
  ) {
    return checkInRepresentative(context, id, version, at);
  }

  @Mutation(() => MeetingInvitation, { description: '登记代表在议题结束后离场' })
  @Access(ACCESS_RULES['Mutation.recordRepresentativeDeparture'])
  recordRepresentativeDeparture(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('afterTopicId', () => ID) afterTopicId: string,
  ) {
    return recordRepresentativeDeparture(context, id, version, afterTopicId);
  }

  @Mutation(() => MeetingOpinion, { description: '登记代表的书面意见' })
  @Access(ACCESS_RULES['Mutation.recordMeetingOpinion'])
  recordMeetingOpinion(
    @Ctx() context: RequestContext,
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('input', () => MeetingOpinionInput) input: MeetingOpinionInput,
  ) {
    return recordMeetingOpinion(context, meetingId, input);
  }

  @Mutation(() => MeetingOpinion, { description: '记录代表在议题上的发言' })
  @Access(ACCESS_RULES['Mutation.recordMeetingSpeech'])
  recordMeetingSpeech(
    @Ctx() context: RequestContext,
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('input', () => MeetingSpeechInput) input: MeetingSpeechInput,
  ) {
    return recordMeetingSpeech(context, meetingId, input);
  }

  @Mutation(() => MeetingOpinion, { description: '登记意见或发言的采纳情况' })
  @Access(ACCESS_RULES['Mutation.recordOpinionAdoption'])
  recordOpinionAdoption(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => OpinionAdoptionInput) input: OpinionAdoptionInput,
  ) {
    return recordOpinionAdoption(context, id, version, input);
  }

  @Mutation(() => MeetingResultVersion, { description: '准备会议结果区分处理后的版本（保密员审查时）' })
  @Access(ACCESS_RULES['Mutation.prepareMeetingResultRedaction'])
  prepareMeetingResultRedaction(
    @Ctx() context: RequestContext,
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('reviewVersion', () => Int) reviewVersion: number,
    @Arg('body', () => String) body: string,
  ) {
    return prepareMeetingResultRedaction(context, reviewId, reviewVersion, body);
  }

  @FieldResolver(() => [MeetingTopic], { description: '议题' })
  topics(@Root() meeting: Meeting, @Ctx() context: RequestContext) {
    return topicsOf(managerOf(context), meeting.id);
  }

  @FieldResolver(() => [MeetingInvitation], { description: '邀请（按发出顺序）' })
  invitations(@Root() meeting: Meeting, @Ctx() context: RequestContext) {
    return managerOf(context).find(MeetingInvitation, { where: { meetingId: meeting.id }, order: { sequence: 'ASC' } });
  }

  @FieldResolver(() => [MeetingOpinion], { description: '代表的书面意见和发言' })
  opinions(@Root() meeting: Meeting, @Ctx() context: RequestContext) {
    return opinionsOf(managerOf(context), meeting.id);
  }

  @FieldResolver(() => [MeetingAttendanceRow], { description: '签到情况（可导出，不含联系方式）' })
  attendance(@Root() meeting: Meeting, @Ctx() context: RequestContext) {
    return attendanceOf(managerOf(context), meeting);
  }

  @FieldResolver(() => [MeetingResultVersion], { description: '送审的会议结果文本版本' })
  resultVersions(@Root() meeting: Meeting, @Ctx() context: RequestContext) {
    return managerOf(context).find(MeetingResultVersion, { where: { meetingId: meeting.id }, order: { createdAt: 'ASC' } });
  }

  @FieldResolver(() => [Review], { description: '会议结果的保密审查' })
  resultReviews(@Root() meeting: Meeting, @Ctx() context: RequestContext) {
    return managerOf(context).find(Review, {
      where: { subjectKind: 'MEETING_RESULT', subjectId: meeting.id },
      order: { createdAt: 'ASC' },
    });
  }

  private feedbackDeadline(meeting: Meeting, context: RequestContext): Promise<Deadline | null> {
    return meeting.deadlineId ? meetingLoaders(context, managerOf(context)).feedbackDeadline.load(meeting.deadlineId) : Promise.resolve(null);
  }

  @FieldResolver(() => String, { nullable: true, description: '反馈及结果公开的截止日（会议结束后 3 个工作日；暂停中为空）' })
  async feedbackDueDate(@Root() meeting: Meeting, @Ctx() context: RequestContext): Promise<string | null> {
    return (await this.feedbackDeadline(meeting, context))?.dueDate ?? null;
  }

  @FieldResolver(() => DeadlineStandingEnum, { nullable: true, description: '反馈时限今天所处情况（已办结或未开始计时为空）' })
  async feedbackStanding(@Root() meeting: Meeting, @Ctx() context: RequestContext): Promise<DeadlineStanding | null> {
    const deadline = await this.feedbackDeadline(meeting, context);
    if (deadline?.state !== 'OPEN') return null;
    const calendar = await calendarForRequest(context, managerOf(context));
    return deadlineStandingOf(deadline, standingWindow(calendar, context.services.clock));
  }

  @FieldResolver(() => Date, { nullable: true, description: '反馈时限办结时间' })
  async feedbackMetAt(@Root() meeting: Meeting, @Ctx() context: RequestContext): Promise<Date | null> {
    const deadline = await this.feedbackDeadline(meeting, context);
    return deadline?.state === 'MET' ? deadline.closedAt : null;
  }

  @FieldResolver(() => [MeetingActionEnum], { description: '当前用户现在可以执行的操作' })
  async availableActions(@Root() meeting: Meeting, @Ctx() context: RequestContext): Promise<MeetingAction[]> {
    if (!isInScope(meetingManageScope(context.actor), meeting.departmentId)) return [];
    return availableMeetingActions(
      meeting.state,
      meetingPermissionsOf(context.actor),
      await meetingFactsOf(managerOf(context), meeting),
    );
  }
}

/**
 * What a review of meeting results shows its reviewers: the texts under review. The confidentiality officer
 * and the head of the department review them without reading the meeting itself (MEETING_READ).
 */
@Resolver(() => Review)
export class MeetingResultReviewResolver {
  @FieldResolver(() => [MeetingResultVersion], { description: '会议结果：送审文本及区分处理后的版本' })
  meetingResultVersions(@Root() review: Review, @Ctx() context: RequestContext) {
    if (review.subjectKind !== 'MEETING_RESULT') return [];
    return managerOf(context).find(MeetingResultVersion, {
      where: { meetingId: review.subjectId },
      order: { createdAt: 'ASC' },
    });
  }
}

@Resolver(() => MeetingInvitation)
export class MeetingInvitationResolver {
  @FieldResolver(() => Representative, { description: '受邀代表' })
  async representative(@Root() invitation: MeetingInvitation, @Ctx() context: RequestContext) {
    const representative = await meetingLoaders(context, managerOf(context)).representative.load(invitation.representativeId);
    if (!representative) throw new Error(`invitation ${invitation.id} names no representative`);
    return representative;
  }

  @FieldResolver(() => [MeetingInterestDeclaration], { description: '利害关系声明' })
  interestDeclarations(@Root() invitation: MeetingInvitation, @Ctx() context: RequestContext) {
    return meetingLoaders(context, managerOf(context)).interestDeclarations.load(invitation.id);
  }

  @FieldResolver(() => Boolean, { description: '有需关注的利害关系（专家学者、法律顾问）' })
  async isInterestFlagged(@Root() invitation: MeetingInvitation, @Ctx() context: RequestContext): Promise<boolean> {
    const declarations = await meetingLoaders(context, managerOf(context)).interestDeclarations.load(invitation.id);
    return declarations.some((declaration) => declaration.isFlagged);
  }

  @FieldResolver(() => [InvitationActionEnum], { description: '邀请现在可以执行的操作（组织者）' })
  async availableActions(@Root() invitation: MeetingInvitation, @Ctx() context: RequestContext): Promise<InvitationAction[]> {
    if (!hasPermission(context.actor, 'MEETING_MANAGE')) return [];
    const meeting = await meetingLoaders(context, managerOf(context)).meeting.load(invitation.meetingId);
    if (!meeting || !isInScope(meetingManageScope(context.actor), meeting.departmentId)) return [];
    return availableInvitationActions(invitation.state, presenceOf(invitation));
  }
}
