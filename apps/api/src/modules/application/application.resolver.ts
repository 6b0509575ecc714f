import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ACCESS_RULES, availableApplicationActions, type ApplicationAction } from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { Access } from '../../shared/access/access.decorator.js';
import { PageInput } from '../../shared/graphql/pagination.js';
import { SortInput, sortDescription } from '../../shared/graphql/sorting.js';
import { Consultation } from '../consultation/consultation.entity.js';
import { Deadline } from '../deadline/deadline.entity.js';
import { todayOf } from '../deadline/deadline.service.js';
import { isDeadlineOverdue } from '../deadline/index.js';
import { ApplicantView, applicantViewOf } from './application.applicant.js';
import { Application, ApplicationEvent } from './application.entity.js';
import { ApplicationActionEnum } from './application.enums.js';
import {
  annualReportApplications,
  applicationLoaders,
  countRecentApplications,
  findApplication,
  findApplicationEvents,
  findApplicationNotices,
  findApplications,
  findPossibleRepeats,
  replyLetterOf,
} from './application.queries.js';
import { findDocumentCandidates, findRequestedDocuments } from './application.documents.js';
import { applicationFactsOf, applicationPermissionsOf, consultationsOfApplication } from './application.steps.js';
import {
  AnnualReportApplications,
  ApplicantIdNumberReveal,
  ApplicationFeeNoticeInput,
  ApplicationFilter,
  ApplicationIntakeInput,
  ApplicationNoticeView,
  ApplicationPage,
  ApplicationRegistration,
  ConsultOnApplicationInput,
  ExtendApplicationInput,
  RecordApplicationCorrectionInput,
  RecordApplicationPaymentInput,
  RelatedApplication,
  ReplyLetterView,
  RequestedDocumentView,
  AskApplicantForReasonsInput,
  ApplicationReasonablePeriodInput,
  ReplyToApplicationInput,
  RequestApplicationCorrectionInput,
} from './application.types.js';
import { consultOnApplication } from './use-cases/consult-on-application.js';
import { closeUncorrectedApplication, recordApplicationCorrection, requestApplicationCorrection } from './use-cases/correction.js';
import { extendApplication } from './use-cases/extend-application.js';
import { askApplicantForReasons, setApplicationReasonablePeriod } from './use-cases/excessive-applications.js';
import { linkApplicationDocuments } from './use-cases/link-documents.js';
import { closeUnpaidApplication, issueApplicationFeeNotice, recordApplicationPayment } from './use-cases/fees.js';
import { registerApplication } from './use-cases/register-application.js';
import { replyToApplication } from './use-cases/reply-to-application.js';
import { revealApplicantIdNumber } from './use-cases/reveal-applicant-id-number.js';

const VERSION = { description: '当前版本号（乐观锁）' };

/** Disclosure applications for staff (SPEC M6): the handlers' workflow and the leadership office's reading. */
@Resolver(() => Application)
export class ApplicationResolver {
  @Query(() => ApplicationPage, { description: '政府信息公开申请列表（默认最新收到的在前；证件号码遮掩）' })
  @Access(ACCESS_RULES['Query.applications'])
  applications(
    @Ctx() context: RequestContext,
    @Arg('filter', () => ApplicationFilter, { nullable: true }) filter?: ApplicationFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    @Arg('sort', () => SortInput, { nullable: true, description: sortDescription('applications') }) sort?: SortInput,
  ) {
    return findApplications(context.services.db.dataSource.manager, context.services.clock, filter, page, sort);
  }

  @Query(() => Application, { description: '政府信息公开申请' })
  @Access(ACCESS_RULES['Query.application'])
  application(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return findApplication(context.services.db.dataSource.manager, id);
  }

  @Query(() => AnnualReportApplications, { description: '年度报告第三部分：收到和处理政府信息公开申请情况' })
  @Access(ACCESS_RULES['Query.annualReportApplications'])
  annualReportApplications(@Ctx() context: RequestContext, @Arg('year', () => Int) year: number) {
    return annualReportApplications(context.services.db.dataSource.manager, year);
  }

  @Mutation(() => ApplicationRegistration, { description: '登记政府信息公开申请（当面、邮寄、传真、电子邮件）' })
  @Access(ACCESS_RULES['Mutation.registerApplication'])
  registerApplication(@Ctx() context: RequestContext, @Arg('input', () => ApplicationIntakeInput) input: ApplicationIntakeInput) {
    return registerApplication(context, input);
  }

  @Mutation(() => Application, { description: '告知补正（收到申请之日起 7 个工作日内，一次；答复期限暂停）' })
  @Access(ACCESS_RULES['Mutation.requestApplicationCorrection'])
  requestApplicationCorrection(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, VERSION) version: number,
    @Arg('input', () => RequestApplicationCorrectionInput) input: RequestApplicationCorrectionInput,
  ) {
    return requestApplicationCorrection(context, id, version, input);
  }

  @Mutation(() => Application, { description: '登记补正材料（答复期限自收到补正之日起重新计算）' })
  @Access(ACCESS_RULES['Mutation.recordApplicationCorrection'])
  recordApplicationCorrection(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, VERSION) version: number,
    @Arg('input', () => RecordApplicationCorrectionInput) input: RecordApplicationCorrectionInput,
  ) {
    return recordApplicationCorrection(context, id, version, input);
  }

  @Mutation(() => Application, { description: '逾期未补正办结（补正期限届满后）' })
  @Access(ACCESS_RULES['Mutation.closeUncorrectedApplication'])
  closeUncorrectedApplication(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, VERSION) version: number,
  ) {
    return closeUncorrectedApplication(context, id, version);
  }

  @Mutation(() => Application, { description: '延期答复（一次，最多 20 个工作日，须经批准并告知申请人）' })
  @Access(ACCESS_RULES['Mutation.extendApplication'])
  extendApplication(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, VERSION) version: number,
    @Arg('input', () => ExtendApplicationInput) input: ExtendApplicationInput,
  ) {
    return extendApplication(context, id, version, input);
  }

  @Mutation(() => Application, { description: '征求第三方或共同制作机关意见（征求意见期间答复期限暂停）' })
  @Access(ACCESS_RULES['Mutation.consultOnApplication'])
  consultOnApplication(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, VERSION) version: number,
    @Arg('input', () => ConsultOnApplicationInput) input: ConsultOnApplicationInput,
  ) {
    return consultOnApplication(context, id, version, input);
  }

  @Mutation(() => Application, { description: '发出收费通知（本局开启收费时；答复期限暂停）' })
  @Access(ACCESS_RULES['Mutation.issueApplicationFeeNotice'])
  issueApplicationFeeNotice(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, VERSION) version: number,
    @Arg('input', () => ApplicationFeeNoticeInput) input: ApplicationFeeNoticeInput,
  ) {
    return issueApplicationFeeNotice(context, id, version, input);
  }

  @Mutation(() => Application, { description: '登记缴费（答复期限恢复计算）' })
  @Access(ACCESS_RULES['Mutation.recordApplicationPayment'])
  recordApplicationPayment(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, VERSION) version: number,
    @Arg('input', () => RecordApplicationPaymentInput) input: RecordApplicationPaymentInput,
  ) {
    return recordApplicationPayment(context, id, version, input);
  }

  @Mutation(() => Application, { description: '逾期未缴费办结（缴费期限届满后）' })
  @Access(ACCESS_RULES['Mutation.closeUnpaidApplication'])
  closeUnpaidApplication(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, VERSION) version: number,
  ) {
    return closeUnpaidApplication(context, id, version);
  }

  @Query(() => [RequestedDocumentView], { description: '按标题或文号查找本局已形成的文件（关联申请所涉及的信息）' })
  @Access(ACCESS_RULES['Query.applicationDocumentCandidates'])
  applicationDocumentCandidates(@Ctx() context: RequestContext, @Arg('search', () => String) search: string) {
    return findDocumentCandidates(context.services.db.dataSource.manager, search);
  }

  @Mutation(() => Application, {
    description: '关联所申请的本局文件（整组替换；多个申请人申请同一依申请公开文件的，提请其处室研究主动公开，条例第四十四条）',
  })
  @Access(ACCESS_RULES['Mutation.linkApplicationDocuments'])
  linkApplicationDocuments(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, VERSION) version: number,
    @Arg('documentIds', () => [ID]) documentIds: string[],
  ) {
    return linkApplicationDocuments(context, id, version, { documentIds });
  }

  @Mutation(() => Application, { description: '要求申请人说明理由（申请数量、频次明显超过合理范围，条例第三十五条）' })
  @Access(ACCESS_RULES['Mutation.askApplicantForReasons'])
  askApplicantForReasons(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, VERSION) version: number,
    @Arg('input', () => AskApplicantForReasonsInput) input: AskApplicantForReasonsInput,
  ) {
    return askApplicantForReasons(context, id, version, input);
  }

  @Mutation(() => Application, { description: '确定延迟答复的合理期限（理由合理但无法按期答复，一次，须经批准并告知，条例第三十五条）' })
  @Access(ACCESS_RULES['Mutation.setApplicationReasonablePeriod'])
  setApplicationReasonablePeriod(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, VERSION) version: number,
    @Arg('input', () => ApplicationReasonablePeriodInput) input: ApplicationReasonablePeriodInput,
  ) {
    return setApplicationReasonablePeriod(context, id, version, input);
  }

  @Mutation(() => Application, { description: '答复并办结（提供信息的答复须经保密审查，另行办理）' })
  @Access(ACCESS_RULES['Mutation.replyToApplication'])
  replyToApplication(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, VERSION) version: number,
    @Arg('input', () => ReplyToApplicationInput) input: ReplyToApplicationInput,
  ) {
    return replyToApplication(context, id, version, input);
  }

  @Mutation(() => ApplicantIdNumberReveal, { description: '查看申请人完整证件号码（记录查看人和理由）' })
  @Access(ACCESS_RULES['Mutation.revealApplicantIdNumber'])
  revealApplicantIdNumber(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { description: '查看理由' }) reason: string,
  ) {
    return revealApplicantIdNumber(context, id, reason);
  }

  @FieldResolver(() => ApplicantView, { nullable: true, description: '申请人（证件号码遮掩）' })
  async applicant(@Root() application: Application, @Ctx() context: RequestContext): Promise<ApplicantView | null> {
    const record = await applicationLoaders(context, context.services.db.dataSource.manager).applicant.load(application.id);
    return record ? applicantViewOf(application.applicantType, record) : null;
  }

  @FieldResolver(() => [ApplicationActionEnum], { description: '当前用户现在可执行的操作' })
  async availableActions(@Root() application: Application, @Ctx() context: RequestContext): Promise<ApplicationAction[]> {
    const facts = await applicationFactsOf(context.services.db.dataSource.manager, context.services, application);
    return availableApplicationActions(application.state, applicationPermissionsOf(context.actor), facts);
  }

  @FieldResolver(() => [Deadline], { description: '办理时限（答复、补正、缴费）' })
  deadlines(@Root() application: Application, @Ctx() context: RequestContext): Promise<Deadline[]> {
    return applicationLoaders(context, context.services.db.dataSource.manager).deadlines.load(application.id);
  }

  private async replyDeadline(application: Application, context: RequestContext): Promise<Deadline | null> {
    const deadlines = await this.deadlines(application, context);
    return deadlines.find((deadline) => deadline.kind === 'APPLICATION_REPLY') ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: '答复期限（含延期；暂停期间为空）' })
  async replyDueDate(@Root() application: Application, @Ctx() context: RequestContext): Promise<string | null> {
    return (await this.replyDeadline(application, context))?.dueDate ?? null;
  }

  @FieldResolver(() => Boolean, { description: '答复期限暂停中（补正、缴费、征求意见）' })
  async replyClockSuspended(@Root() application: Application, @Ctx() context: RequestContext): Promise<boolean> {
    return (await this.replyDeadline(application, context))?.isSuspended ?? false;
  }

  @FieldResolver(() => Boolean, { description: '答复期限已延长' })
  async replyExtended(@Root() application: Application, @Ctx() context: RequestContext): Promise<boolean> {
    return ((await this.replyDeadline(application, context))?.extensionCount ?? 0) > 0;
  }

  @FieldResolver(() => String, { nullable: true, description: '办结日期（答复或逾期办结之日）' })
  closedDate(@Root() application: Application): string | null {
    return application.state === 'CLOSED' ? application.replyDate : null;
  }

  @FieldResolver(() => Boolean, { description: '有逾期的办理时限' })
  async isOverdue(@Root() application: Application, @Ctx() context: RequestContext): Promise<boolean> {
    const today = todayOf(context.services.clock);
    return (await this.deadlines(application, context)).some((deadline) => isDeadlineOverdue(deadline, today));
  }

  @FieldResolver(() => [ApplicationEvent], { description: '办理记录' })
  events(@Root() application: Application, @Ctx() context: RequestContext): Promise<ApplicationEvent[]> {
    return findApplicationEvents(context.services.db.dataSource.manager, application.id);
  }

  @FieldResolver(() => [ApplicationNoticeView], { description: '对申请人的告知（不含联系地址）' })
  notices(@Root() application: Application, @Ctx() context: RequestContext): Promise<ApplicationNoticeView[]> {
    return findApplicationNotices(context.services.db.dataSource.manager, application.id);
  }

  @FieldResolver(() => [Consultation], { description: '征求意见（第三方、共同制作机关）' })
  consultations(@Root() application: Application, @Ctx() context: RequestContext): Promise<Consultation[]> {
    return consultationsOfApplication(context.services.db.dataSource.manager, application.id);
  }

  @FieldResolver(() => [RequestedDocumentView], { description: '所申请的本局文件' })
  requestedDocuments(@Root() application: Application, @Ctx() context: RequestContext): Promise<RequestedDocumentView[]> {
    return findRequestedDocuments(context.services.db.dataSource.manager, application.id);
  }

  @FieldResolver(() => [RelatedApplication], {
    description: '可能的重复申请：同一申请人已答复、内容相近的申请（条例第三十六条第（六）项，由办理人判断）',
  })
  possibleRepeatOf(@Root() application: Application, @Ctx() context: RequestContext): Promise<RelatedApplication[]> {
    return findPossibleRepeats(context.services.db.dataSource.manager, application);
  }

  @FieldResolver(() => Int, { description: '同一申请人收到本申请前 30 日内（含本件）的申请数（条例第三十五条参考）' })
  applicationsInLast30Days(@Root() application: Application, @Ctx() context: RequestContext): Promise<number> {
    return countRecentApplications(context.services.db.dataSource.manager, application);
  }

  @FieldResolver(() => ReplyLetterView, { nullable: true, description: '答复书（办结后）' })
  replyLetter(@Root() application: Application, @Ctx() context: RequestContext): Promise<ReplyLetterView | null> {
    return replyLetterOf(context.services.db.dataSource.manager, context.services.config.bureauName, application);
  }
}
