import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  ACCESS_RULES,
  availableComplaintActions,
  complaintPermissionsOf,
  type ComplaintAction,
  type NoticeChannel,
  type NotAcceptedReason,
} from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { Access } from '../../shared/access/access.decorator.js';
import { PageInput } from '../../shared/graphql/pagination.js';
import { SortInput, sortDescription } from '../../shared/graphql/sorting.js';
import { Deadline } from '../deadline/deadline.entity.js';
import { todayOf } from '../deadline/deadline.service.js';
import { isDeadlineOverdue } from '../deadline/index.js';
import { NoticeChannelEnum } from '../notice/notice.enums.js';
import { Complaint, ComplaintIdentityReveal } from './complaint.entity.js';
import { ComplaintActionEnum, NotAcceptedReasonEnum } from './complaint.enums.js';
import {
  findComplaint,
  findComplaintCorrectionOrders,
  complaintLoaders,
  findComplaintNotices,
  findComplaints,
  findIdentityReveals,
  summarizeComplaints,
} from './complaint.queries.js';
import { hasPendingCorrectionOrders } from './complaint.steps.js';
import {
  ComplaintFilter,
  ComplaintIntakeInput,
  ComplaintNotice,
  ComplaintPage,
  ComplaintRegistration,
  ComplaintSealed,
  ComplaintStatistics,
  ComplaintStatisticsFilter,
  HandleComplaintInput,
} from './complaint.types.js';
import { CorrectionOrder } from './correction-order.entity.js';
import { acceptComplaint } from './use-cases/accept-complaint.js';
import { closeComplaint } from './use-cases/close-complaint.js';
import { extendComplaint } from './use-cases/extend-complaint.js';
import { handleComplaint } from './use-cases/handle-complaint.js';
import { recordComplaintTransferResult } from './use-cases/record-complaint-transfer-result.js';
import { registerComplaint } from './use-cases/register-complaint.js';
import { rejectComplaint } from './use-cases/reject-complaint.js';
import { revealComplaintIdentity } from './use-cases/reveal-complaint-identity.js';
import { transferComplaint } from './use-cases/transfer-complaint.js';

/** Complaints for staff (SPEC M14): the handlers' workflow and the leadership office's reading. */
@Resolver(() => Complaint)
export class ComplaintResolver {
  @Query(() => ComplaintPage, { description: '投诉举报列表（默认最新收到的在前；不含投诉举报人身份）' })
  @Access(ACCESS_RULES['Query.complaints'])
  complaints(
    @Ctx() context: RequestContext,
    @Arg('filter', () => ComplaintFilter, { nullable: true }) filter?: ComplaintFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    @Arg('sort', () => SortInput, { nullable: true, description: sortDescription('complaints') })
    sort?: SortInput,
  ) {
    return findComplaints(context.services.db.dataSource.manager, context.services.clock, filter, page, sort);
  }

  @Query(() => Complaint, { description: '投诉举报（不含投诉举报人身份）' })
  @Access(ACCESS_RULES['Query.complaint'])
  complaint(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return findComplaint(context.services.db.dataSource.manager, id);
  }

  @Query(() => ComplaintStatistics, {
    description: '投诉举报统计（按事项类别、方式、结论、状态、被投诉举报处室、逾期）',
  })
  @Access(ACCESS_RULES['Query.complaintStatistics'])
  complaintStatistics(
    @Ctx() context: RequestContext,
    @Arg('filter', () => ComplaintStatisticsFilter, { nullable: true }) filter?: ComplaintStatisticsFilter,
  ) {
    return summarizeComplaints(context.services.db.dataSource.manager, context.services.clock, filter);
  }

  @Mutation(() => ComplaintRegistration, { description: '登记投诉举报（信函、电话、传真、电子邮件、走访）' })
  @Access(ACCESS_RULES['Mutation.registerComplaint'])
  registerComplaint(
    @Ctx() context: RequestContext,
    @Arg('input', () => ComplaintIntakeInput) input: ComplaintIntakeInput,
  ) {
    return registerComplaint(context, input);
  }

  @Mutation(() => Complaint, { description: '受理（须提供当前版本号）' })
  @Access(ACCESS_RULES['Mutation.acceptComplaint'])
  acceptComplaint(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('needsTransfer', () => Boolean, { description: '需要转办（5 个工作日内）' }) needsTransfer: boolean,
    @Arg('summary', () => String, { nullable: true, description: '事项摘要（尚无摘要时必填）' })
    summary?: string | null,
  ) {
    return acceptComplaint(context, id, version, { needsTransfer, summary });
  }

  @Mutation(() => Complaint, { description: '不予受理并告知理由（须提供当前版本号）' })
  @Access(ACCESS_RULES['Mutation.rejectComplaint'])
  rejectComplaint(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => NotAcceptedReasonEnum) reason: NotAcceptedReason,
    @Arg('text', () => String, { description: '不予受理说明（告知投诉举报人）' }) text: string,
    @Arg('noticeChannel', () => NoticeChannelEnum, {
      nullable: true,
      description: '告知方式（默认系统内告知）',
    })
    noticeChannel?: NoticeChannel | null,
  ) {
    return rejectComplaint(context, id, version, { reason, text, noticeChannel });
  }

  @Mutation(() => Complaint, { description: '转办（处室或其他行政机关二选一；只附办理人摘要）' })
  @Access(ACCESS_RULES['Mutation.transferComplaint'])
  transferComplaint(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('summary', () => String, { description: '转办摘要（不含投诉举报人身份和原始材料）' })
    summary: string,
    @Arg('toDepartmentId', () => ID, { nullable: true }) toDepartmentId?: string | null,
    @Arg('toAgencyId', () => ID, { nullable: true }) toAgencyId?: string | null,
  ) {
    return transferComplaint(context, id, version, { toDepartmentId, toAgencyId, summary });
  }

  @Mutation(() => Complaint, { description: '登记转办结果（须提供当前版本号）' })
  @Access(ACCESS_RULES['Mutation.recordComplaintTransferResult'])
  recordComplaintTransferResult(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('text', () => String) text: string,
  ) {
    return recordComplaintTransferResult(context, id, version, { text });
  }

  @Mutation(() => Complaint, { description: '延期办理：记录理由并告知投诉举报人（须提供当前版本号）' })
  @Access(ACCESS_RULES['Mutation.extendComplaint'])
  extendComplaint(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('byWorkingDays', () => Int) byWorkingDays: number,
    @Arg('reason', () => String) reason: string,
    @Arg('noticeChannel', () => NoticeChannelEnum, { nullable: true }) noticeChannel?: NoticeChannel | null,
  ) {
    return extendComplaint(context, id, version, { byWorkingDays, reason, noticeChannel });
  }

  @Mutation(() => Complaint, { description: '作出处理：结论、答复、责令改正（须提供当前版本号）' })
  @Access(ACCESS_RULES['Mutation.handleComplaint'])
  handleComplaint(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => HandleComplaintInput) input: HandleComplaintInput,
  ) {
    return handleComplaint(context, id, version, input);
  }

  @Mutation(() => Complaint, { description: '办结（责令改正事项均已核实后；须提供当前版本号）' })
  @Access(ACCESS_RULES['Mutation.closeComplaint'])
  closeComplaint(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
  ) {
    return closeComplaint(context, id, version);
  }

  @Mutation(() => ComplaintSealed, {
    description: '查看投诉举报人身份和原始材料（须有专门授权；每次查看均记录理由）',
  })
  @Access(ACCESS_RULES['Mutation.revealComplaintIdentity'])
  revealComplaintIdentity(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { description: '查看理由' }) reason: string,
  ) {
    return revealComplaintIdentity(context, id, reason);
  }

  @FieldResolver(() => [ComplaintActionEnum], { description: '当前用户现在可执行的操作' })
  async availableActions(
    @Root() complaint: Complaint,
    @Ctx() context: RequestContext,
  ): Promise<ComplaintAction[]> {
    const facts =
      complaint.state === 'HANDLED'
        ? {
            hasPendingCorrectionOrders: await hasPendingCorrectionOrders(
              context.services.db.dataSource.manager,
              complaint.id,
            ),
          }
        : undefined;
    return availableComplaintActions(complaint.state, complaintPermissionsOf(context.actor), facts);
  }

  @FieldResolver(() => [Deadline], { description: '办理时限（受理审查、转办、办结）' })
  deadlines(@Root() complaint: Complaint, @Ctx() context: RequestContext): Promise<Deadline[]> {
    return complaintLoaders(context, context.services.db.dataSource.manager).deadlines.load(complaint.id);
  }

  @FieldResolver(() => String, { nullable: true, description: '办结期限（含延期；不予受理的为空）' })
  async handlingDueDate(
    @Root() complaint: Complaint,
    @Ctx() context: RequestContext,
  ): Promise<string | null> {
    if (complaint.state === 'NOT_ACCEPTED') return null;
    const deadlines = await complaintLoaders(context, context.services.db.dataSource.manager).deadlines.load(
      complaint.id,
    );
    return deadlines.find((deadline) => deadline.kind === 'COMPLAINT_HANDLING')?.dueDate ?? null;
  }

  @FieldResolver(() => Boolean, { description: '有逾期的办理时限' })
  async isOverdue(@Root() complaint: Complaint, @Ctx() context: RequestContext): Promise<boolean> {
    const deadlines = await complaintLoaders(context, context.services.db.dataSource.manager).deadlines.load(
      complaint.id,
    );
    const today = todayOf(context.services.clock);
    return deadlines.some((deadline) => isDeadlineOverdue(deadline, today));
  }

  @FieldResolver(() => [CorrectionOrder], { description: '责令改正事项' })
  correctionOrders(@Root() complaint: Complaint, @Ctx() context: RequestContext): Promise<CorrectionOrder[]> {
    return findComplaintCorrectionOrders(context.services.db.dataSource.manager, complaint);
  }

  @FieldResolver(() => [ComplaintNotice], { description: '对投诉举报人的告知（不含联系地址）' })
  notices(@Root() complaint: Complaint, @Ctx() context: RequestContext): Promise<ComplaintNotice[]> {
    return findComplaintNotices(context.services.db.dataSource.manager, complaint.id);
  }

  @FieldResolver(() => Boolean, { description: '投诉举报人持有有效的查询码（可凭码查看告知和答复）' })
  hasAccessCode(@Root() complaint: Complaint, @Ctx() context: RequestContext): Promise<boolean> {
    return complaintLoaders(context, context.services.db.dataSource.manager).hasLiveAccessCode.load(
      complaint.id,
    );
  }

  @FieldResolver(() => [ComplaintIdentityReveal], { description: '查看举报人身份的记录（谁、何时、理由）' })
  identityReveals(
    @Root() complaint: Complaint,
    @Ctx() context: RequestContext,
  ): Promise<ComplaintIdentityReveal[]> {
    return findIdentityReveals(context.services.db.dataSource.manager, complaint.id);
  }
}
