import { graphql } from '../../graphql/generated';

/** A content version with its files: the original, or a redacted version prepared during review. */
export const ContentVersionFields = graphql(`
  fragment ContentVersionFields on DocumentContentVersion {
    id
    documentId
    kind
    seq
    body
    isEditable
    sealedAt
    contentRemovedAt
    basedOnId
    version
    attachments {
      id
      fileName
      contentType
      sizeBytes
      url
      removedAt
    }
  }
`);

export const DocumentListFields = graphql(`
  fragment DocumentListFields on Document {
    id
    title
    documentNumber
    type
    otherTypeName
    purpose
    state
    attribute
    proposedAttribute
    departmentId
    version
    createdAt
    updatedAt
  }
`);

/** One document with its proposal, content, history, reviews and catalog entries. */
export const DocumentFields = graphql(`
  fragment DocumentFields on Document {
    ...DocumentListFields
    availableActions
    summary
    coDepartmentIds
    jointAgencyIds
    catalogCategoryId
    forwardedFromId
    drafterId
    signedAt
    signedById
    formedDate
    lastAssessedAt
    declassifiedAt
    declassificationReference
    attributeReason
    attributeRule
    isAttributeDeviation
    attributeProposal {
      attribute
      rule
      isForwardedSourceUnset
    }
    currentContent {
      ...ContentVersionFields
    }
    events {
      id
      action
      fromState
      toState
      fromAttribute
      toAttribute
      note
      actorId
      at
    }
    reviews {
      id
      state
      isRevision
      createdAt
      decisions {
        id
        action
        stage
        fromState
        toState
        opinion
        userId
        at
      }
    }
    catalogEntries {
      id
      indexNumber
      entryVersion
      state
      publishedAt
    }
  }
`);

export const DocumentsQuery = graphql(`
  query Documents($filter: DocumentFilter, $page: PageInput, $sort: SortInput) {
    documents(filter: $filter, page: $page, sort: $sort) {
      total
      items {
        ...DocumentListFields
      }
    }
  }
`);

export const DocumentQuery = graphql(`
  query Document($id: ID!) {
    document(id: $id) {
      ...DocumentFields
    }
  }
`);

export const CreateDocumentMutation = graphql(`
  mutation CreateDocument($departmentId: ID!, $input: DocumentDraftInput!) {
    createDocument(departmentId: $departmentId, input: $input) {
      ...DocumentFields
    }
  }
`);

export const UpdateDocumentMutation = graphql(`
  mutation UpdateDocument($id: ID!, $version: Int!, $input: DocumentDraftInput!) {
    updateDocument(id: $id, version: $version, input: $input) {
      ...DocumentFields
    }
  }
`);

export const SetDocumentAttributeMutation = graphql(`
  mutation SetDocumentAttribute($id: ID!, $version: Int!, $attribute: DisclosureAttribute!, $reason: String) {
    setDocumentAttribute(id: $id, version: $version, attribute: $attribute, reason: $reason) {
      ...DocumentFields
    }
  }
`);

export const RedetermineDocumentAttributeMutation = graphql(`
  mutation RedetermineDocumentAttribute(
    $id: ID!
    $version: Int!
    $attribute: DisclosureAttribute!
    $reason: String!
  ) {
    redetermineDocumentAttribute(id: $id, version: $version, attribute: $attribute, reason: $reason) {
      ...DocumentFields
    }
  }
`);

export const SignDocumentMutation = graphql(`
  mutation SignDocument($id: ID!, $version: Int!) {
    signDocument(id: $id, version: $version) {
      ...DocumentFields
    }
  }
`);

export const SubmitDocumentForReviewMutation = graphql(`
  mutation SubmitDocumentForReview($id: ID!, $version: Int!) {
    submitDocumentForReview(id: $id, version: $version) {
      ...DocumentFields
    }
  }
`);

export const DiscardDocumentMutation = graphql(`
  mutation DiscardDocument($id: ID!, $version: Int!) {
    discardDocument(id: $id, version: $version) {
      ...DocumentFields
    }
  }
`);

export const ReviseDocumentMutation = graphql(`
  mutation ReviseDocument($id: ID!, $version: Int!) {
    reviseDocument(id: $id, version: $version) {
      ...DocumentFields
    }
  }
`);

export const UploadDocumentAttachmentMutation = graphql(`
  mutation UploadDocumentAttachment($contentVersionId: ID!, $fileName: String!, $contentBase64: String!) {
    uploadDocumentAttachment(
      contentVersionId: $contentVersionId
      fileName: $fileName
      contentBase64: $contentBase64
    ) {
      id
      fileName
    }
  }
`);

export const RemoveDocumentAttachmentMutation = graphql(`
  mutation RemoveDocumentAttachment($id: ID!) {
    removeDocumentAttachment(id: $id)
  }
`);

export const ConfirmDocumentAttributeMutation = graphql(`
  mutation ConfirmDocumentAttribute($id: ID!, $version: Int!, $reason: String!) {
    confirmDocumentAttribute(id: $id, version: $version, reason: $reason) {
      ...DocumentFields
    }
  }
`);

export const RecordDocumentDeclassificationMutation = graphql(`
  mutation RecordDocumentDeclassification($id: ID!, $version: Int!, $reference: String!) {
    recordDocumentDeclassification(id: $id, version: $version, reference: $reference) {
      ...DocumentFields
    }
  }
`);
