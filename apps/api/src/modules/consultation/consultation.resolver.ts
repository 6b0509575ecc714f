import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  ACCESS_RULES,
  availableConsultationActions,
  type ConsultationAction,
  type ConsultationUse,
} from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { Access } from '../../shared/access/access.decorator.js';
import { PageInput } from '../../shared/graphql/pagination.js';
import { SortInput, sortDescription } from '../../shared/graphql/sorting.js';
import { Deadline } from '../deadline/deadline.entity.js';
import { Document } from '../document/document.entity.js';
import { ExternalAgency } from '../external-agency/external-agency.entity.js';
import { Department } from '../organisation/department.entity.js';
import { Consultation, ConsultationEvent } from './consultation.entity.js';
import { ConsultationActionEnum, ConsultationUseEnum } from './consultation.enums.js';
import { findConsultations, findReadableConsultation } from './consultation.queries.js';
import {
  consultationFactsOf,
  consultationsOfDocument,
  documentPublicationBlocker,
  isReplyOverdue,
} from './consultation.steps.js';
import {
  ConsultationFilter,
  ConsultationLetterInput,
  ConsultationPage,
  ConsultationSettlementInput,
} from './consultation.types.js';
import { applyConsultationStep } from './use-cases/consultation-steps.js';
import { sendConsultation } from './use-cases/send-consultation.js';

// Field resolvers run after a mutation's transaction has ended: they read through the pool, never its manager.
const managerOf = (context: RequestContext) => context.services.db.dataSource.manager;

/** Release coordination (SPEC M4): consultations of other agencies and co-departments' consent. */
@Resolver(() => Consultation)
export class ConsultationResolver {
  @Query(() => ConsultationPage, { description: '征求意见列表（可读公文的）' })
  @Access(ACCESS_RULES['Query.consultations'])
  consultations(
    @Ctx() context: RequestContext,
    @Arg('filter', () => ConsultationFilter, { nullable: true }) filter?: ConsultationFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    @Arg('sort', () => SortInput, { nullable: true, description: sortDescription('consultations') })
    sort?: SortInput,
  ) {
    return findConsultations(managerOf(context), context.actor, filter, page, sort);
  }

  @Query(() => Consultation, { description: '征求意见' })
  @Access(ACCESS_RULES['Query.consultation'])
  consultation(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return findReadableConsultation(managerOf(context), context.actor, id);
  }

  @Mutation(() => [Consultation], { description: '发出征求意见（每个被征求单位一条）' })
  @Access(ACCESS_RULES['Mutation.sendConsultation'])
  sendConsultation(
    @Ctx() context: RequestContext,
    @Arg('documentId', () => ID) documentId: string,
    @Arg('use', () => ConsultationUseEnum) use: ConsultationUse,
    @Arg('consulteeIds', () => [ID], { description: '其他行政机关或会办处室' }) consulteeIds: string[],
    @Arg('letter', () => ConsultationLetterInput) letter: ConsultationLetterInput,
  ) {
    return sendConsultation(context, { documentId, use, consulteeIds, ...letter });
  }

  @Mutation(() => Consultation, { description: '登记其他行政机关的书面答复' })
  @Access(ACCESS_RULES['Mutation.recordConsultationReply'])
  recordConsultationReply(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('agrees', () => Boolean) agrees: boolean,
    @Arg('reply', () => String) reply: string,
    @Arg('repliedOn', () => String, { description: '答复日期（YYYY-MM-DD）' }) repliedOn: string,
  ) {
    return applyConsultationStep(context, id, version, { action: 'RECORD_REPLY', agrees, reply, repliedOn });
  }

  @Mutation(() => Consultation, { description: '催告（其他行政机关以书面告知；会办处室在系统内提醒）' })
  @Access(ACCESS_RULES['Mutation.remindConsultation'])
  remindConsultation(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('note', () => String) note: string,
  ) {
    return applyConsultationStep(context, id, version, { action: 'REMIND', note });
  }

  @Mutation(() => Consultation, { description: '催告后逾期仍未答复，报请上级' })
  @Access(ACCESS_RULES['Mutation.escalateConsultation'])
  escalateConsultation(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String) reason: string,
  ) {
    return applyConsultationStep(context, id, version, { action: 'ESCALATE', reason });
  }

  @Mutation(() => Consultation, { description: '登记共同上一级行政机关或政府信息公开主管部门的决定' })
  @Access(ACCESS_RULES['Mutation.recordConsultationSettlement'])
  recordConsultationSettlement(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('settlement', () => ConsultationSettlementInput) settlement: ConsultationSettlementInput,
  ) {
    return applyConsultationStep(context, id, version, { action: 'SETTLE', ...settlement });
  }

  @Mutation(() => Consultation, { description: '撤回征求意见' })
  @Access(ACCESS_RULES['Mutation.withdrawConsultation'])
  withdrawConsultation(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String) reason: string,
  ) {
    return applyConsultationStep(context, id, version, { action: 'WITHDRAW', reason });
  }

  @Mutation(() => Consultation, { description: '会办处室负责人同意公开' })
  @Access(ACCESS_RULES['Mutation.giveCoDepartmentConsent'])
  giveCoDepartmentConsent(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('opinion', () => String, { nullable: true }) opinion?: string | null,
  ) {
    return applyConsultationStep(context, id, version, { action: 'CONSENT', opinion: opinion ?? null });
  }

  @Mutation(() => Consultation, { description: '会办处室负责人不同意公开（须说明理由）' })
  @Access(ACCESS_RULES['Mutation.refuseCoDepartmentConsent'])
  refuseCoDepartmentConsent(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String) reason: string,
  ) {
    return applyConsultationStep(context, id, version, { action: 'REFUSE', reason });
  }

  @FieldResolver(() => [ConsultationActionEnum], { description: '当前用户现在可以执行的操作' })
  async availableActions(
    @Root() consultation: Consultation,
    @Ctx() context: RequestContext,
  ): Promise<ConsultationAction[]> {
    if (context.actor.kind !== 'staff') return [];
    const overdue = await isReplyOverdue(managerOf(context), context, consultation);
    return availableConsultationActions(consultationFactsOf(consultation, overdue), {
      userId: context.actor.userId,
      grants: context.actor.grants,
    });
  }

  @FieldResolver(() => String, { description: '被征求意见的单位名称' })
  async consulteeName(@Root() consultation: Consultation, @Ctx() context: RequestContext): Promise<string> {
    if (consultation.consulteeThirdParty) return consultation.consulteeThirdParty;
    const manager = managerOf(context);
    if (consultation.consulteeAgencyId) {
      return (await manager.findOneBy(ExternalAgency, { id: consultation.consulteeAgencyId }))?.name ?? '';
    }
    return (
      (await manager.findOneBy(Department, { id: consultation.consulteeDepartmentId as string }))?.name ?? ''
    );
  }

  @FieldResolver(() => String, { nullable: true, description: '答复截止日' })
  async dueDate(@Root() consultation: Consultation, @Ctx() context: RequestContext): Promise<string | null> {
    if (!consultation.deadlineId) return null;
    return (await managerOf(context).findOneBy(Deadline, { id: consultation.deadlineId }))?.dueDate ?? null;
  }

  @FieldResolver(() => [ConsultationEvent], { description: '办理记录（时间顺序）' })
  events(@Root() consultation: Consultation, @Ctx() context: RequestContext) {
    return managerOf(context).find(ConsultationEvent, {
      where: { consultationId: consultation.id },
      order: { id: 'ASC' },
    });
  }
}

/** The consultations of a document and what holds back its publication, read on the document itself. */
@Resolver(() => Document)
export class DocumentConsultationsResolver {
  @FieldResolver(() => [Consultation], { description: '征求意见与会办（时间顺序）' })
  consultations(@Root() document: Document, @Ctx() context: RequestContext) {
    return consultationsOfDocument(managerOf(context), document.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '尚不能发布的原因（会办处室未同意、其他机关意见未一致）',
  })
  async publicationBlocker(
    @Root() document: Document,
    @Ctx() context: RequestContext,
  ): Promise<string | null> {
    return (await documentPublicationBlocker(managerOf(context), document))?.message ?? null;
  }
}
