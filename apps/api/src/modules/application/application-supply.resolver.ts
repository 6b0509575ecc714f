import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { ACCESS_RULES } from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { Access } from '../../shared/access/access.decorator.js';
import { Review } from '../review/index.js';
import { ApplicationSupplyFile, ApplicationSupplyVersion } from './application-supply.entity.js';
import {
  ApplicationSupplyRedactionInput,
  SubmitApplicationReplyForReviewInput,
  SuppliedFileView,
} from './application-supply.types.js';
import { Application } from './application.entity.js';
import {
  prepareApplicationSupplyRedaction,
  submitApplicationReplyForReview,
  supplyApplicationReply,
} from './use-cases/supply-reply.js';

// Field resolvers run after a mutation's transaction has ended: they read through the pool, never its manager.
const managerOf = (context: RequestContext) => context.services.db.dataSource.manager;

const contentOf = async (context: RequestContext, storageKey: string): Promise<string> =>
  (await context.services.fileStorage.get(managerOf(context), storageKey)).toString('base64');

/** Replies that supply information (SPEC M6):送保密审查, the level-2 redaction, and supplying the approved version. */
@Resolver(() => Application)
export class ApplicationSupplyResolver {
  @Mutation(() => Application, { description: '提供信息送保密审查（由信息所在处室审查；答复期限照常计算）' })
  @Access(ACCESS_RULES['Mutation.submitApplicationReplyForReview'])
  submitApplicationReplyForReview(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: '当前版本号（乐观锁）' }) version: number,
    @Arg('input', () => SubmitApplicationReplyForReviewInput) input: SubmitApplicationReplyForReviewInput,
  ) {
    return submitApplicationReplyForReview(context, id, version, {
      ...input,
      levelOneAssessment: {
        outcome: input.levelOneAssessment.outcome,
        reasons: input.levelOneAssessment.reasons ?? [],
        basis: input.levelOneAssessment.basis ?? null,
      },
    });
  }

  @Mutation(() => ApplicationSupplyVersion, { description: '准备答复材料区分处理后的版本（保密员审查时）' })
  @Access(ACCESS_RULES['Mutation.prepareApplicationSupplyRedaction'])
  prepareApplicationSupplyRedaction(
    @Ctx() context: RequestContext,
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('reviewVersion', () => Int) reviewVersion: number,
    @Arg('input', () => ApplicationSupplyRedactionInput) input: ApplicationSupplyRedactionInput,
  ) {
    return prepareApplicationSupplyRedaction(context, reviewId, reviewVersion, input);
  }

  @Mutation(() => Application, { description: '向申请人提供经审批的版本并办结（予以公开或部分公开）' })
  @Access(ACCESS_RULES['Mutation.supplyApplicationReply'])
  supplyApplicationReply(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: '当前版本号（乐观锁）' }) version: number,
  ) {
    return supplyApplicationReply(context, id, version);
  }

  @FieldResolver(() => Review, { nullable: true, description: '答复材料的保密审查（最近一次）' })
  supplyReview(@Root() application: Application, @Ctx() context: RequestContext) {
    return managerOf(context).findOne(Review, {
      where: { subjectKind: 'APPLICATION_REPLY', subjectId: application.id },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
  }
}

/** What a review of an application reply shows its reviewers: the versions under review and their files. */
@Resolver(() => Review)
export class ApplicationSupplyReviewResolver {
  @FieldResolver(() => [ApplicationSupplyVersion], {
    description: '依申请公开答复材料：送审原件及区分处理后的版本',
  })
  supplyVersions(@Root() review: Review, @Ctx() context: RequestContext) {
    if (review.subjectKind !== 'APPLICATION_REPLY') return [];
    return managerOf(context).find(ApplicationSupplyVersion, {
      where: { applicationId: review.subjectId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }
}

@Resolver(() => ApplicationSupplyVersion)
export class ApplicationSupplyVersionResolver {
  @FieldResolver(() => [ApplicationSupplyFile], { description: '文件' })
  files(@Root() version: ApplicationSupplyVersion, @Ctx() context: RequestContext) {
    return managerOf(context).find(ApplicationSupplyFile, {
      where: { versionId: version.id },
      order: { uploadedAt: 'ASC', id: 'ASC' },
    });
  }
}

@Resolver(() => ApplicationSupplyFile)
export class ApplicationSupplyFileResolver {
  @FieldResolver(() => String, { nullable: true, description: '文件内容（Base64；内容已删除为空）' })
  contentBase64(@Root() file: ApplicationSupplyFile, @Ctx() context: RequestContext) {
    return file.removedAt ? null : contentOf(context, file.storageKey);
  }
}

/** The applicant's copy: reachable only from their own status, read with the case number and code. */
@Resolver(() => SuppliedFileView)
export class SuppliedFileResolver {
  @FieldResolver(() => String, { description: '文件内容（Base64）' })
  contentBase64(@Root() file: SuppliedFileView, @Ctx() context: RequestContext) {
    return contentOf(context, file.storageKey);
  }
}

export const APPLICATION_SUPPLY_RESOLVERS = [
  ApplicationSupplyResolver,
  ApplicationSupplyReviewResolver,
  ApplicationSupplyVersionResolver,
  ApplicationSupplyFileResolver,
  SuppliedFileResolver,
] as const;
