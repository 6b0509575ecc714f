import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ACCESS_RULES } from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { Access } from '../../shared/access/access.decorator.js';
import { notFound } from '../../shared/errors/app-errors.js';
import { PageInput } from '../../shared/graphql/pagination.js';
import {
  PublicCatalogEntry,
  PublicCatalogEntryPage,
  findPublicCatalogEntries,
  findPublicCatalogEntry,
} from '../catalog/index.js';
import { InterestDeclarationInput, RepresentativeInvitationView, RepresentativeOpinionReceipt } from './meeting.types.js';
import {
  checkInByCode,
  declareInterest,
  findInvitationByCode,
  respondToInvitation,
  setAttendancePublic,
  submitRepresentativeOpinion,
} from './use-cases/by-code.js';

/**
 * What external apps get of meetings (SPEC §4, M8): published results — a filtered view of the public catalog —
 * and, with an invitation's number and code, that one invitation and what its holder may do with it.
 */
@Resolver()
export class MeetingExternalResolver {
  @Query(() => PublicCatalogEntryPage, { description: '已公开的会议结果（公开目录中的会议结果条目，最新的在前）' })
  @Access(ACCESS_RULES['Query.publicMeetingResults'])
  publicMeetingResults(
    @Ctx() context: RequestContext,
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return findPublicCatalogEntries(
      context.services,
      context.services.db.dataSource.manager,
      { subjectKind: 'MEETING_RESULT', search },
      page,
    );
  }

  @Query(() => PublicCatalogEntry, { description: '按索引号查看已公开的会议结果' })
  @Access(ACCESS_RULES['Query.publicMeetingResult'])
  async publicMeetingResult(@Ctx() context: RequestContext, @Arg('indexNumber', () => String) indexNumber: string) {
    const entry = await findPublicCatalogEntry(context.services, context.services.db.dataSource.manager, indexNumber);
    if (entry.subjectKind !== 'MEETING_RESULT') throw notFound('会议结果');
    return entry;
  }

  @Query(() => RepresentativeInvitationView, { description: '凭邀请编号和查询码查看本人的列席邀请和会后反馈' })
  @Access(ACCESS_RULES['Query.invitationByCode'])
  invitationByCode(
    @Ctx() context: RequestContext,
    @Arg('caseNumber', () => String) caseNumber: string,
    @Arg('accessCode', () => String) accessCode: string,
  ) {
    return findInvitationByCode(context, caseNumber, accessCode);
  }

  @Mutation(() => RepresentativeInvitationView, { description: '答复是否列席（同一幂等键 24 小时内重放返回首次结果）' })
  @Access(ACCESS_RULES['Mutation.respondToInvitation'])
  respondToInvitation(
    @Ctx() context: RequestContext,
    @Arg('caseNumber', () => String) caseNumber: string,
    @Arg('accessCode', () => String) accessCode: string,
    @Arg('accept', () => Boolean) accept: boolean,
    @Arg('idempotencyKey', () => String) idempotencyKey: string,
  ) {
    return respondToInvitation(context, caseNumber, accessCode, accept, idempotencyKey);
  }

  @Mutation(() => RepresentativeInvitationView, { description: '声明与议题有无直接利害关系' })
  @Access(ACCESS_RULES['Mutation.declareInterest'])
  declareInterest(
    @Ctx() context: RequestContext,
    @Arg('caseNumber', () => String) caseNumber: string,
    @Arg('accessCode', () => String) accessCode: string,
    @Arg('input', () => InterestDeclarationInput) input: InterestDeclarationInput,
    @Arg('idempotencyKey', () => String) idempotencyKey: string,
  ) {
    return declareInterest(context, caseNumber, accessCode, input, idempotencyKey);
  }

  @Mutation(() => RepresentativeInvitationView, { description: '到达会场后凭查询码签到' })
  @Access(ACCESS_RULES['Mutation.checkInByCode'])
  checkInByCode(
    @Ctx() context: RequestContext,
    @Arg('caseNumber', () => String) caseNumber: string,
    @Arg('accessCode', () => String) accessCode: string,
    @Arg('idempotencyKey', () => String) idempotencyKey: string,
  ) {
    return checkInByCode(context, caseNumber, accessCode, idempotencyKey);
  }

  @Mutation(() => RepresentativeInvitationView, { description: '是否同意在公开的会议结果中列出本人姓名' })
  @Access(ACCESS_RULES['Mutation.setAttendancePublic'])
  setAttendancePublic(
    @Ctx() context: RequestContext,
    @Arg('caseNumber', () => String) caseNumber: string,
    @Arg('accessCode', () => String) accessCode: string,
    @Arg('isPublic', () => Boolean) isPublic: boolean,
    @Arg('idempotencyKey', () => String) idempotencyKey: string,
  ) {
    return setAttendancePublic(context, caseNumber, accessCode, isPublic, idempotencyKey);
  }

  @Mutation(() => RepresentativeOpinionReceipt, { description: '提交对会议议题的书面意见（会前或会后）' })
  @Access(ACCESS_RULES['Mutation.submitRepresentativeOpinion'])
  submitRepresentativeOpinion(
    @Ctx() context: RequestContext,
    @Arg('caseNumber', () => String) caseNumber: string,
    @Arg('accessCode', () => String) accessCode: string,
    @Arg('content', () => String) content: string,
    @Arg('idempotencyKey', () => String) idempotencyKey: string,
    @Arg('topicId', () => ID, { nullable: true }) topicId?: string | null,
  ) {
    return submitRepresentativeOpinion(context, caseNumber, accessCode, topicId, content, idempotencyKey);
  }
}
