import { graphql } from '../../graphql/generated';

export const ConsultationFields = graphql(`
  fragment ConsultationFields on Consultation {
    id
    subjectKind
    subjectId
    use
    state
    departmentId
    consulteeAgencyId
    consulteeDepartmentId
    consulteeName
    basicFacts
    opinion
    basis
    replyAgrees
    replyText
    repliedOn
    settlementBody
    settlementDecision
    settlementReference
    settlementSummary
    dueDate
    sentAt
    availableActions
    version
    createdAt
    updatedAt
  }
`);

export const ConsultationsQuery = graphql(`
  query Consultations($filter: ConsultationFilter, $page: PageInput, $sort: SortInput) {
    consultations(filter: $filter, page: $page, sort: $sort) {
      total
      items {
        ...ConsultationFields
      }
    }
  }
`);

export const ConsultationQuery = graphql(`
  query Consultation($id: ID!) {
    consultation(id: $id) {
      ...ConsultationFields
    }
  }
`);

export const DocumentPublicationBlockerQuery = graphql(`
  query DocumentPublicationBlocker($id: ID!) {
    document(id: $id) {
      id
      publicationBlocker
    }
  }
`);

export const SendConsultationMutation = graphql(`
  mutation SendConsultation(
    $documentId: ID!
    $use: ConsultationUse!
    $consulteeIds: [ID!]!
    $letter: ConsultationLetterInput!
  ) {
    sendConsultation(documentId: $documentId, use: $use, consulteeIds: $consulteeIds, letter: $letter) {
      ...ConsultationFields
    }
  }
`);

export const RecordConsultationReplyMutation = graphql(`
  mutation RecordConsultationReply(
    $id: ID!
    $version: Int!
    $agrees: Boolean!
    $reply: String!
    $repliedOn: String!
  ) {
    recordConsultationReply(
      id: $id
      version: $version
      agrees: $agrees
      reply: $reply
      repliedOn: $repliedOn
    ) {
      ...ConsultationFields
    }
  }
`);

export const RemindConsultationMutation = graphql(`
  mutation RemindConsultation($id: ID!, $version: Int!, $note: String!) {
    remindConsultation(id: $id, version: $version, note: $note) {
      ...ConsultationFields
    }
  }
`);

export const EscalateConsultationMutation = graphql(`
  mutation EscalateConsultation($id: ID!, $version: Int!, $reason: String!) {
    escalateConsultation(id: $id, version: $version, reason: $reason) {
      ...ConsultationFields
    }
  }
`);

export const RecordConsultationSettlementMutation = graphql(`
  mutation RecordConsultationSettlement($id: ID!, $version: Int!, $settlement: ConsultationSettlementInput!) {
    recordConsultationSettlement(id: $id, version: $version, settlement: $settlement) {
      ...ConsultationFields
    }
  }
`);

export const WithdrawConsultationMutation = graphql(`
  mutation WithdrawConsultation($id: ID!, $version: Int!, $reason: String!) {
    withdrawConsultation(id: $id, version: $version, reason: $reason) {
      ...ConsultationFields
    }
  }
`);

export const GiveCoDepartmentConsentMutation = graphql(`
  mutation GiveCoDepartmentConsent($id: ID!, $version: Int!, $opinion: String) {
    giveCoDepartmentConsent(id: $id, version: $version, opinion: $opinion) {
      ...ConsultationFields
    }
  }
`);

export const RefuseCoDepartmentConsentMutation = graphql(`
  mutation RefuseCoDepartmentConsent($id: ID!, $version: Int!, $reason: String!) {
    refuseCoDepartmentConsent(id: $id, version: $version, reason: $reason) {
      ...ConsultationFields
    }
  }
`);
