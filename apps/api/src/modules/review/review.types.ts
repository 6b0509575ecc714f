import { Field, ID, InputType, ObjectType } from 'type-graphql';
import {
  type DisclosureExceptionGround,
  type ReviewOutcomeKind,
  type ReviewState,
  type ReviewSubjectKind,
  type SecrecyLevel,
  type WithholdingReason,
} from '@gdp/domain';
import { PageOf } from '../../shared/graphql/pagination.js';
import { Review } from './review.entity.js';
import {
  DisclosureExceptionGroundEnum,
  ReviewOutcomeKindEnum,
  ReviewStateEnum,
  ReviewSubjectKindEnum,
  SecrecyLevelEnum,
  WithholdingReasonEnum,
} from './review.enums.js';

@InputType({ description: '初审意见：信息的性质；不予公开或部分公开时的理由和依据' })
export class ReviewAssessmentInput {
  @Field(() => ReviewOutcomeKindEnum)
  outcome: ReviewOutcomeKind;

  @Field(() => [WithholdingReasonEnum], { defaultValue: [] })
  reasons: WithholdingReason[];

  @Field(() => String, { nullable: true, description: '依据' })
  basis?: string | null;
}

@InputType({ description: '例外公开：权利人同意或领导小组公共利益认定' })
export class DisclosureExceptionInput {
  @Field(() => WithholdingReasonEnum)
  reason: WithholdingReason;

  @Field(() => DisclosureExceptionGroundEnum)
  ground: DisclosureExceptionGround;

  @Field(() => String, { description: '同意书或领导小组决定（编号、文号）' })
  evidence: string;

  @Field(() => ID, {
    nullable: true,
    description: '证明材料（uploadReviewEvidence 返回的文件）：权利人同意须上传同意书，公共利益认定可选',
  })
  evidenceFileId?: string | null;
}

@InputType({ description: '国家秘密的元数据（内容不在本系统保存）' })
export class StateSecretInput {
  @Field(() => SecrecyLevelEnum, { description: '密级' })
  level: SecrecyLevel;

  @Field(() => String, { description: '保密期限' })
  term: string;

  @Field(() => String, { description: '定密依据' })
  basis: string;

  @Field(() => String, { description: '知悉范围' })
  scope: string;
}

@InputType({ description: '保密审查结论' })
export class ReviewOutcomeInput extends ReviewAssessmentInput {
  @Field(() => ID, { nullable: true, description: '部分公开：区分处理后的版本' })
  redactedContentVersionId?: string | null;

  @Field(() => [DisclosureExceptionInput], { defaultValue: [] })
  exceptions: DisclosureExceptionInput[];

  @Field(() => StateSecretInput, { nullable: true })
  stateSecret?: StateSecretInput | null;
}

@ObjectType({ description: '例外公开' })
export class DisclosureExceptionView {
  @Field(() => WithholdingReasonEnum)
  reason: WithholdingReason;

  @Field(() => DisclosureExceptionGroundEnum)
  ground: DisclosureExceptionGround;

  @Field(() => String, { description: '同意书或领导小组决定（编号、文号）' })
  evidence: string;

  @Field(() => ID, { nullable: true, description: '证明材料（见审查的 evidenceFiles）' })
  evidenceFileId: string | null;
}

@ObjectType({ description: '国家秘密的元数据' })
export class StateSecretView {
  @Field(() => SecrecyLevelEnum)
  level: SecrecyLevel;

  @Field(() => String)
  term: string;

  @Field(() => String)
  basis: string;

  @Field(() => String)
  scope: string;
}

@ObjectType({ description: '审查意见的结论部分' })
export class ReviewOutcomeView {
  @Field(() => ReviewOutcomeKindEnum)
  outcome: ReviewOutcomeKind;

  @Field(() => [WithholdingReasonEnum])
  reasons: WithholdingReason[];

  @Field(() => String, { nullable: true })
  basis: string | null;

  @Field(() => ID, { nullable: true })
  redactedContentVersionId: string | null;

  @Field(() => [DisclosureExceptionView])
  exceptions: DisclosureExceptionView[];

  @Field(() => StateSecretView, { nullable: true })
  stateSecret: StateSecretView | null;
}

@InputType()
export class ReviewFilter {
  @Field(() => ReviewStateEnum, { nullable: true })
  state?: ReviewState | null;

  @Field(() => ReviewSubjectKindEnum, { nullable: true })
  subjectKind?: ReviewSubjectKind | null;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => ID, { nullable: true, description: '某一事项的审查' })
  subjectId?: string | null;

  @Field(() => Boolean, { nullable: true, description: '只看未办结的' })
  isOpen?: boolean | null;
}

export const ReviewPage = PageOf(Review, 'ReviewPage');
