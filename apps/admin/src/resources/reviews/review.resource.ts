import { ACCESS_RULES } from '@gdp/domain';
import type {
  ApplicationSupplyRedactionInput,
  ReviewFieldsFragment,
  ReviewFilter,
  ReviewListFieldsFragment,
} from '../../graphql/generated/graphql';
import {
  defineResource,
  type FormValues,
  pickFilter,
  requiredText,
  sortFor,
} from '../../providers/resource-definition';
import {
  PrepareApplicationSupplyRedactionMutation,
  PrepareMeetingResultRedactionMutation,
  PrepareRedactedVersionMutation,
  ReviewApproveMutation,
  ReviewCancelMutation,
  ReviewConfirmMutation,
  ReviewEscalateMutation,
  ReviewInitialMutation,
  ReviewMeetingResultsQuery,
  ReviewPublishMutation,
  ReviewQuery,
  ReviewRecordDeterminationMutation,
  ReviewReferMutation,
  ReviewReturnMutation,
  ReviewSecrecyMutation,
  ReviewsQuery,
  UploadReviewEvidenceMutation,
} from './review.documents';
import { contentVersionIdFor, toAssessmentInput, toOutcomeInput } from './review-steps';

export type Review = ReviewListFieldsFragment &
  Partial<Omit<ReviewFieldsFragment, keyof ReviewListFieldsFragment>>;
export type ReviewDetail = ReviewFieldsFragment;
export type ReviewContentVersion = NonNullable<ReviewFieldsFragment['contentVersion']>;
export type ReviewEvidenceFile = ReviewFieldsFragment['evidenceFiles'][number];
export type ReviewSupplyVersion = ReviewFieldsFragment['supplyVersions'][number];

export interface ReviewStepParams {
  review: ReviewDetail;
  data: FormValues;
}

export const toReviewFilter = (filter: Record<string, unknown>): ReviewFilter => {
  const picked = pickFilter<ReviewFilter>(filter, ['state', 'subjectKind', 'departmentId', 'subjectId']);
  if (filter.isOpen === true || filter.isOpen === false) picked.isOpen = filter.isOpen;
  return picked;
};

const opinionOf = (data: FormValues) => requiredText(data.opinion).trim();
const base = ({ review, data }: ReviewStepParams) => ({
  id: review.id,
  version: review.version,
  opinion: opinionOf(data),
});

/**
 * The confidentiality review (保密审查, SPEC M3): three levels, the leadership group's determinations and
 * the publisher's publication. Each step is offered by `availableActions` and sent with the version seen.
 */
export const reviewResource = defineResource<Review>({
  access: {
    list: ACCESS_RULES['Query.reviews'],
    export: ACCESS_RULES['Query.reviews'],
    show: ACCESS_RULES['Query.review'],
    initial: ACCESS_RULES['Mutation.reviewInitial'],
    secrecy: ACCESS_RULES['Mutation.reviewSecrecy'],
    prepareRedacted: ACCESS_RULES['Mutation.prepareRedactedVersion'],
    prepareSupplyRedaction: ACCESS_RULES['Mutation.prepareApplicationSupplyRedaction'],
    prepareMeetingResultRedaction: ACCESS_RULES['Mutation.prepareMeetingResultRedaction'],
    meetingResults: ACCESS_RULES['Query.review'],
    uploadEvidence: ACCESS_RULES['Mutation.uploadReviewEvidence'],
    approve: ACCESS_RULES['Mutation.reviewApprove'],
    return: ACCESS_RULES['Mutation.reviewReturn'],
    escalate: ACCESS_RULES['Mutation.reviewEscalate'],
    refer: ACCESS_RULES['Mutation.reviewRefer'],
    recordDetermination: ACCESS_RULES['Mutation.reviewRecordDetermination'],
    confirm: ACCESS_RULES['Mutation.reviewConfirm'],
    publish: ACCESS_RULES['Mutation.reviewPublish'],
    cancel: ACCESS_RULES['Mutation.reviewCancel'],
  },
  list: (api, { filter, page, perPage, sort }) =>
    api
      .query(ReviewsQuery, {
        filter: toReviewFilter(filter),
        page: { page, perPage },
        sort: sortFor('reviews', sort),
      })
      .then((data) => data.reviews),
  one: (api, id) => api.query(ReviewQuery, { id }).then((data) => data.review),
  actions: {
    initial: (api, params: ReviewStepParams) =>
      api
        .mutate(ReviewInitialMutation, {
          ...base(params),
          contentVersionId: contentVersionIdFor('INITIAL_REVIEW', params.review),
          assessment: toAssessmentInput(params.data),
        })
        .then((r) => r.reviewInitial),
    secrecy: (api, params: ReviewStepParams) =>
      api
        .mutate(ReviewSecrecyMutation, {
          ...base(params),
          contentVersionId: contentVersionIdFor('SECRECY_REVIEW', params.review),
          outcome: toOutcomeInput(params.data),
        })
        .then((r) => r.reviewSecrecy),
    prepareRedacted: (api, params: { reviewId: string; reviewVersion: number; body: string }) =>
      api.mutate(PrepareRedactedVersionMutation, params).then((r) => r.prepareRedactedVersion),
    prepareSupplyRedaction: (
      api,
      params: { reviewId: string; reviewVersion: number; input: ApplicationSupplyRedactionInput },
    ) =>
      api
        .mutate(PrepareApplicationSupplyRedactionMutation, params)
        .then((r) => r.prepareApplicationSupplyRedaction),
    prepareMeetingResultRedaction: (api, params: { reviewId: string; reviewVersion: number; body: string }) =>
      api.mutate(PrepareMeetingResultRedactionMutation, params).then((r) => r.prepareMeetingResultRedaction),
    meetingResults: (api, { reviewId }: { reviewId: string }) =>
      api.query(ReviewMeetingResultsQuery, { id: reviewId }).then((r) => r.review.meetingResultVersions),
    uploadEvidence: (api, params: { reviewId: string; fileName: string; contentBase64: string }) =>
      api.mutate(UploadReviewEvidenceMutation, params).then((r) => r.uploadReviewEvidence),
    approve: (api, params: ReviewStepParams) =>
      api
        .mutate(ReviewApproveMutation, {
          ...base(params),
          contentVersionId: contentVersionIdFor('APPROVE', params.review),
          publisherId: (params.data.publisherId as string | undefined) || null,
        })
        .then((r) => r.reviewApprove),
    return: (api, params: ReviewStepParams) =>
      api.mutate(ReviewReturnMutation, base(params)).then((r) => r.reviewReturn),
    escalate: (api, params: ReviewStepParams) =>
      api.mutate(ReviewEscalateMutation, base(params)).then((r) => r.reviewEscalate),
    refer: (api, params: ReviewStepParams) =>
      api.mutate(ReviewReferMutation, base(params)).then((r) => r.reviewRefer),
    cancel: (api, params: ReviewStepParams) =>
      api.mutate(ReviewCancelMutation, base(params)).then((r) => r.reviewCancel),
    recordDetermination: (api, params: ReviewStepParams) =>
      api
        .mutate(ReviewRecordDeterminationMutation, {
          ...base(params),
          reference: requiredText(params.data.reference).trim(),
        })
        .then((r) => r.reviewRecordDetermination),
    confirm: (api, params: ReviewStepParams) =>
      api
        .mutate(ReviewConfirmMutation, {
          ...base(params),
          contentVersionId: contentVersionIdFor('CONFIRM', params.review),
        })
        .then((r) => r.reviewConfirm),
    publish: (api, { review }: ReviewStepParams) =>
      api
        .mutate(ReviewPublishMutation, {
          id: review.id,
          version: review.version,
          contentVersionId: contentVersionIdFor('PUBLISH', review),
        })
        .then((r) => r.reviewPublish),
  },
});
