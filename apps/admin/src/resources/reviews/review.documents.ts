import { graphql } from '../../graphql/generated';

export const ReviewOutcomeFields = graphql(`
  fragment ReviewOutcomeFields on ReviewOutcomeView {
    outcome
    reasons
    basis
    redactedContentVersionId
    exceptions {
      reason
      ground
      evidence
      evidenceFileId
    }
    stateSecret {
      level
      term
      basis
      scope
    }
  }
`);

export const ReviewListFields = graphql(`
  fragment ReviewListFields on Review {
    id
    title
    subjectKind
    subjectId
    state
    isRevision
    owningDepartmentId
    version
    createdAt
    updatedAt
  }
`);

/** An art. 15 exception's evidence (consent letter, leadership decision): staff download only. */
export const ReviewEvidenceFileFields = graphql(`
  fragment ReviewEvidenceFileFields on ReviewEvidenceFile {
    id
    fileName
    sizeBytes
    uploadedAt
    url
  }
`);

export const UploadReviewEvidenceMutation = graphql(`
  mutation UploadReviewEvidence($reviewId: ID!, $fileName: String!, $contentBase64: String!) {
    uploadReviewEvidence(reviewId: $reviewId, fileName: $fileName, contentBase64: $contentBase64) {
      ...ReviewEvidenceFileFields
    }
  }
`);

/** A file of an application's reply material; its content is inlined (null once removed). */
export const ReviewSupplyFileFields = graphql(`
  fragment ReviewSupplyFileFields on ApplicationSupplyFile {
    id
    fileName
    contentType
    sizeBytes
    contentBase64
    removedAt
  }
`);

/** The reply material sent for review (ORIGINAL) and the redacted versions prepared at level 2. */
export const ReviewSupplyVersionFields = graphql(`
  fragment ReviewSupplyVersionFields on ApplicationSupplyVersion {
    id
    kind
    basedOnId
    text
    sealedAt
    createdAt
    files {
      ...ReviewSupplyFileFields
    }
  }
`);

export const ReviewMeetingResultVersionFields = graphql(`
  fragment ReviewMeetingResultVersionFields on MeetingResultVersion {
    id
    kind
    basedOnId
    body
    sealedAt
    createdAt
  }
`);

/** A meeting's result texts under review, read through the review (its reviewers need not read the meeting). */
export const ReviewMeetingResultsQuery = graphql(`
  query ReviewMeetingResults($id: ID!) {
    review(id: $id) {
      id
      meetingResultVersions {
        ...ReviewMeetingResultVersionFields
      }
    }
  }
`);
/** One review: its decisions, the content under review, any redacted versions and exception evidence. */
export const ReviewFields = graphql(`
  fragment ReviewFields on Review {
    ...ReviewListFields
    availableActions
    contentVersionId
    approvedContentVersionId
    publisherId
    finalAction
    isContentRemovalRequired
    assessment {
      ...ReviewOutcomeFields
    }
    outcome {
      ...ReviewOutcomeFields
    }
    decisions {
      id
      action
      stage
      fromState
      toState
      opinion
      reference
      userId
      publisherId
      contentVersionId
      at
      assessment {
        ...ReviewOutcomeFields
      }
      outcome {
        ...ReviewOutcomeFields
      }
    }
    contentVersion {
      ...ContentVersionFields
    }
    redactedVersions {
      ...ContentVersionFields
    }
    supplyVersions {
      ...ReviewSupplyVersionFields
    }
    evidenceFiles {
      ...ReviewEvidenceFileFields
    }
  }
`);

export const ReviewsQuery = graphql(`
  query Reviews($filter: ReviewFilter, $page: PageInput, $sort: SortInput) {
    reviews(filter: $filter, page: $page, sort: $sort) {
      total
      items {
        ...ReviewListFields
      }
    }
  }
`);

export const ReviewQuery = graphql(`
  query Review($id: ID!) {
    review(id: $id) {
      ...ReviewFields
    }
  }
`);

export const ReviewInitialMutation = graphql(`
  mutation ReviewInitial(
    $id: ID!
    $version: Int!
    $contentVersionId: ID!
    $opinion: String!
    $assessment: ReviewAssessmentInput!
  ) {
    reviewInitial(
      id: $id
      version: $version
      contentVersionId: $contentVersionId
      opinion: $opinion
      assessment: $assessment
    ) {
      ...ReviewFields
    }
  }
`);

export const ReviewSecrecyMutation = graphql(`
  mutation ReviewSecrecy(
    $id: ID!
    $version: Int!
    $contentVersionId: ID!
    $opinion: String!
    $outcome: ReviewOutcomeInput!
  ) {
    reviewSecrecy(
      id: $id
      version: $version
      contentVersionId: $contentVersionId
      opinion: $opinion
      outcome: $outcome
    ) {
      ...ReviewFields
    }
  }
`);

export const ReviewApproveMutation = graphql(`
  mutation ReviewApprove(
    $id: ID!
    $version: Int!
    $contentVersionId: ID!
    $opinion: String!
    $publisherId: ID
  ) {
    reviewApprove(
      id: $id
      version: $version
      contentVersionId: $contentVersionId
      opinion: $opinion
      publisherId: $publisherId
    ) {
      ...ReviewFields
    }
  }
`);

export const ReviewReturnMutation = graphql(`
  mutation ReviewReturn($id: ID!, $version: Int!, $opinion: String!) {
    reviewReturn(id: $id, version: $version, opinion: $opinion) {
      ...ReviewFields
    }
  }
`);

export const ReviewEscalateMutation = graphql(`
  mutation ReviewEscalate($id: ID!, $version: Int!, $opinion: String!) {
    reviewEscalate(id: $id, version: $version, opinion: $opinion) {
      ...ReviewFields
    }
  }
`);

export const ReviewReferMutation = graphql(`
  mutation ReviewRefer($id: ID!, $version: Int!, $opinion: String!) {
    reviewRefer(id: $id, version: $version, opinion: $opinion) {
      ...ReviewFields
    }
  }
`);

export const ReviewCancelMutation = graphql(`
  mutation ReviewCancel($id: ID!, $version: Int!, $opinion: String!) {
    reviewCancel(id: $id, version: $version, opinion: $opinion) {
      ...ReviewFields
    }
  }
`);

export const ReviewRecordDeterminationMutation = graphql(`
  mutation ReviewRecordDetermination($id: ID!, $version: Int!, $opinion: String!, $reference: String!) {
    reviewRecordDetermination(id: $id, version: $version, opinion: $opinion, reference: $reference) {
      ...ReviewFields
    }
  }
`);

export const ReviewConfirmMutation = graphql(`
  mutation ReviewConfirm($id: ID!, $version: Int!, $contentVersionId: ID!, $opinion: String!) {
    reviewConfirm(id: $id, version: $version, contentVersionId: $contentVersionId, opinion: $opinion) {
      ...ReviewFields
    }
  }
`);

export const ReviewPublishMutation = graphql(`
  mutation ReviewPublish($id: ID!, $version: Int!, $contentVersionId: ID!) {
    reviewPublish(id: $id, version: $version, contentVersionId: $contentVersionId) {
      ...ReviewFields
    }
  }
`);

export const PrepareRedactedVersionMutation = graphql(`
  mutation PrepareRedactedVersion($reviewId: ID!, $reviewVersion: Int!, $body: String!) {
    prepareRedactedVersion(reviewId: $reviewId, reviewVersion: $reviewVersion, body: $body) {
      ...ContentVersionFields
    }
  }
`);

export const PrepareApplicationSupplyRedactionMutation = graphql(`
  mutation PrepareApplicationSupplyRedaction(
    $reviewId: ID!
    $reviewVersion: Int!
    $input: ApplicationSupplyRedactionInput!
  ) {
    prepareApplicationSupplyRedaction(reviewId: $reviewId, reviewVersion: $reviewVersion, input: $input) {
      ...ReviewSupplyVersionFields
    }
  }
`);

export const PrepareMeetingResultRedactionMutation = graphql(`
  mutation PrepareMeetingResultRedaction($reviewId: ID!, $reviewVersion: Int!, $body: String!) {
    prepareMeetingResultRedaction(reviewId: $reviewId, reviewVersion: $reviewVersion, body: $body) {
      ...ReviewMeetingResultVersionFields
    }
  }
`);
