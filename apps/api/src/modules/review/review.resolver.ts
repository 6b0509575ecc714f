import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ACCESS_RULES, availableReviewActions, type ReviewAction, type ReviewOutcome } from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { Access } from '../../shared/access/access.decorator.js';
import { notFound } from '../../shared/errors/app-errors.js';
import { PageInput } from '../../shared/graphql/pagination.js';
import { SortInput, sortDescription } from '../../shared/graphql/sorting.js';
import { DocumentContentVersion } from '../document/document.entity.js';
import { Review, ReviewDecisionRecord } from './review.entity.js';
import { ReviewEvidenceFile } from './review-evidence.entity.js';
import { ReviewActionEnum } from './review.enums.js';
import { findReadableReview, findReviews } from './review.queries.js';
import {
  applyReviewAction,
  decisionsOf,
  domainReviewOf,
  publishBlockerOf,
  reviewActorOf,
  type ReviewCommandInput,
} from './review.service.js';
import {
  ReviewAssessmentInput,
  ReviewFilter,
  ReviewOutcomeInput,
  ReviewOutcomeView,
  ReviewPage,
} from './review.types.js';
import { evidenceFilesOf, uploadReviewEvidence } from './use-cases/evidence-files.js';

// Field resolvers run after a mutation's transaction has ended: they read through the pool, never its manager.
const managerOf = (context: RequestContext) => context.services.db.dataSource.manager;

/** A mutation only acts on reviews the caller can read: others are not there (NOT_FOUND). */
async function act(context: RequestContext, id: string, version: number, command: ReviewCommandInput) {
  await findReadableReview(context.mutation?.manager ?? managerOf(context), context.actor, id).catch(() => {
    throw notFound('保密审查');
  });
  return applyReviewAction(context, id, version, command);
}

const outcomeOf = (input: ReviewOutcomeInput): ReviewOutcome => ({
  outcome: input.outcome,
  reasons: input.reasons ?? [],
  basis: input.basis ?? null,
  redactedContentVersion: input.redactedContentVersionId ?? null,
  exceptions: (input.exceptions ?? []).map((exception) => ({
    ...exception,
    evidenceFileId: exception.evidenceFileId ?? null,
  })),
  stateSecret: input.stateSecret ? { ...input.stateSecret } : null,
});

const outcomeView = (outcome: ReviewOutcome | null): ReviewOutcomeView | null =>
  outcome && {
    outcome: outcome.outcome,
    reasons: [...outcome.reasons],
    basis: outcome.basis,
    redactedContentVersionId: outcome.redactedContentVersion ?? null,
    // Outcomes recorded before evidence files existed have none.
    exceptions: (outcome.exceptions ?? []).map((exception) => ({
      ...exception,
      evidenceFileId: exception.evidenceFileId ?? null,
    })),
    stateSecret: outcome.stateSecret ?? null,
  };

/** The confidentiality review (SPEC M3): its three levels, the leadership office's steps, publication. */
@Resolver(() => Review)
export class ReviewResolver {
  @Query(() => ReviewPage, { description: '保密审查列表' })
  @Access(ACCESS_RULES['Query.reviews'])
  reviews(
    @Ctx() context: RequestContext,
    @Arg('filter', () => ReviewFilter, { nullable: true }) filter?: ReviewFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    @Arg('sort', () => SortInput, { nullable: true, description: sortDescription('reviews') })
    sort?: SortInput,
  ) {
    return findReviews(context.services.db.dataSource.manager, context.actor, filter, page, sort);
  }

  @Query(() => Review, { description: '保密审查' })
  @Access(ACCESS_RULES['Query.review'])
  review(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return findReadableReview(context.services.db.dataSource.manager, context.actor, id);
  }

  @Mutation(() => Review, { description: '第一级：信息制作人员初审' })
  @Access(ACCESS_RULES['Mutation.reviewInitial'])
  reviewInitial(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('contentVersionId', () => ID) contentVersionId: string,
    @Arg('opinion', () => String) opinion: string,
    @Arg('assessment', () => ReviewAssessmentInput) assessment: ReviewAssessmentInput,
  ) {
    return act(context, id, version, {
      action: 'INITIAL_REVIEW',
      contentVersion: contentVersionId,
      opinion,
      assessment: {
        outcome: assessment.outcome,
        reasons: assessment.reasons ?? [],
        basis: assessment.basis ?? null,
      },
    });
  }

  @Mutation(() => Review, { description: '第二级：信息安全保密员审查' })
  @Access(ACCESS_RULES['Mutation.reviewSecrecy'])
  reviewSecrecy(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('contentVersionId', () => ID) contentVersionId: string,
    @Arg('opinion', () => String) opinion: string,
    @Arg('outcome', () => ReviewOutcomeInput) outcome: ReviewOutcomeInput,
  ) {
    return act(context, id, version, {
      action: 'SECRECY_REVIEW',
      contentVersion: contentVersionId,
      opinion,
      outcome: outcomeOf(outcome),
    });
  }

  @Mutation(() => ReviewEvidenceFile, {
    description: '第二级：上传例外公开的证明材料（权利人同意书或领导小组决定；按内容识别类型；Base64 编码）',
  })
  @Access(ACCESS_RULES['Mutation.uploadReviewEvidence'])
  uploadReviewEvidence(
    @Ctx() context: RequestContext,
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('fileName', () => String) fileName: string,
    @Arg('contentBase64', () => String) contentBase64: string,
  ) {
    return uploadReviewEvidence(context, reviewId, fileName, contentBase64);
  }

  @Mutation(() => Review, { description: '第三级：处室负责人审批并指定信息发布人' })
  @Access(ACCESS_RULES['Mutation.reviewApprove'])
  reviewApprove(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('contentVersionId', () => ID, { description: '审批的内容版本（部分公开为区分处理后的版本）' })
    contentVersionId: string,
    @Arg('opinion', () => String) opinion: string,
    @Arg('publisherId', () => ID, { nullable: true }) publisherId?: string | null,
  ) {
    return act(context, id, version, {
      action: 'APPROVE',
      contentVersion: contentVersionId,
      opinion,
      publisherId: publisherId ?? null,
    });
  }

  @Mutation(() => Review, { description: '退回上一级' })
  @Access(ACCESS_RULES['Mutation.reviewReturn'])
  reviewReturn(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('opinion', () => String) opinion: string,
  ) {
    return act(context, id, version, { action: 'RETURN', opinion });
  }

  @Mutation(() => Review, { description: '难以确定：提请领导小组确定' })
  @Access(ACCESS_RULES['Mutation.reviewEscalate'])
  reviewEscalate(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('opinion', () => String) opinion: string,
  ) {
    return act(context, id, version, { action: 'ESCALATE', opinion });
  }

  @Mutation(() => Review, { description: '领导小组难以确定：报市保密局确定' })
  @Access(ACCESS_RULES['Mutation.reviewRefer'])
  reviewRefer(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('opinion', () => String) opinion: string,
  ) {
    return act(context, id, version, { action: 'REFER_TO_SECRECY_BUREAU', opinion });
  }

  @Mutation(() => Review, { description: '登记领导小组或市保密局的确定意见' })
  @Access(ACCESS_RULES['Mutation.reviewRecordDetermination'])
  reviewRecordDetermination(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('opinion', () => String) opinion: string,
    @Arg('reference', () => String, { description: '文号或会议' }) reference: string,
  ) {
    return act(context, id, version, { action: 'RECORD_DETERMINATION', opinion, reference });
  }

  @Mutation(() => Review, { description: '领导小组办公室审核确认涉密处理（确认后原件内容从本系统删除）' })
  @Access(ACCESS_RULES['Mutation.reviewConfirm'])
  reviewConfirm(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('contentVersionId', () => ID) contentVersionId: string,
    @Arg('opinion', () => String) opinion: string,
  ) {
    return act(context, id, version, { action: 'CONFIRM', contentVersion: contentVersionId, opinion });
  }

  @Mutation(() => Review, { description: '信息发布人发布经审批的版本' })
  @Access(ACCESS_RULES['Mutation.reviewPublish'])
  reviewPublish(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('contentVersionId', () => ID) contentVersionId: string,
  ) {
    return act(context, id, version, { action: 'PUBLISH', contentVersion: contentVersionId });
  }

  @Mutation(() => Review, { description: '撤回审查' })
  @Access(ACCESS_RULES['Mutation.reviewCancel'])
  reviewCancel(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('opinion', () => String) opinion: string,
  ) {
    return act(context, id, version, { action: 'CANCEL', opinion });
  }

  @FieldResolver(() => [ReviewActionEnum], { description: '当前用户现在可以执行的操作' })
  async availableActions(@Root() review: Review, @Ctx() context: RequestContext): Promise<ReviewAction[]> {
    if (context.actor.kind !== 'staff') return [];
    const decisions = await decisionsOf(managerOf(context), review.id);
    const actions = availableReviewActions(domainReviewOf(review, decisions), reviewActorOf(context.actor));
    if (!actions.includes('PUBLISH') || !(await publishBlockerOf(managerOf(context), review))) return actions;
    return actions.filter((action) => action !== 'PUBLISH');
  }

  @FieldResolver(() => [ReviewDecisionRecord], { description: '各级意见（时间顺序）' })
  decisions(@Root() review: Review, @Ctx() context: RequestContext) {
    return decisionsOf(managerOf(context), review.id);
  }

  @FieldResolver(() => ReviewOutcomeView, { nullable: true, description: '第一级的性质判断' })
  assessment(@Root() review: Review) {
    return (
      review.assessment &&
      outcomeView({ ...review.assessment, redactedContentVersion: null, exceptions: [], stateSecret: null })
    );
  }

  @FieldResolver(() => ReviewOutcomeView, { nullable: true, description: '第二级的审查结论' })
  outcome(@Root() review: Review) {
    return outcomeView(review.outcome);
  }

  @FieldResolver(() => [ReviewEvidenceFile], { description: '例外公开的证明材料（上传时间顺序）' })
  evidenceFiles(@Root() review: Review, @Ctx() context: RequestContext) {
    return evidenceFilesOf(managerOf(context), review.id);
  }

  @FieldResolver(() => DocumentContentVersion, { nullable: true, description: '送审的原件版本' })
  contentVersion(@Root() review: Review, @Ctx() context: RequestContext) {
    if (review.subjectKind !== 'DOCUMENT') return null;
    return managerOf(context).findOneBy(DocumentContentVersion, { id: review.contentVersionId });
  }

  @FieldResolver(() => [DocumentContentVersion], { description: '依据送审原件准备的区分处理后版本' })
  redactedVersions(@Root() review: Review, @Ctx() context: RequestContext) {
    if (review.subjectKind !== 'DOCUMENT') return [];
    return managerOf(context).find(DocumentContentVersion, {
      where: { kind: 'REDACTED', basedOnId: review.contentVersionId },
      order: { seq: 'ASC' },
    });
  }
}

/** A decision's assessment or outcome, as recorded. */
@Resolver(() => ReviewDecisionRecord)
export class ReviewDecisionResolver {
  @FieldResolver(() => ReviewOutcomeView, { nullable: true })
  assessment(@Root() decision: ReviewDecisionRecord) {
    return (
      decision.assessment &&
      outcomeView({ ...decision.assessment, redactedContentVersion: null, exceptions: [], stateSecret: null })
    );
  }

  @FieldResolver(() => ReviewOutcomeView, { nullable: true })
  outcome(@Root() decision: ReviewDecisionRecord) {
    return outcomeView(decision.outcome);
  }
}
