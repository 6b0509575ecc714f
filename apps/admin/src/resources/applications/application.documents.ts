import { graphql } from '../../graphql/generated';

/**
 * An application as lists show it: the case's facts, the applicant's name and masked ID number (the full
 * number only through revealApplicantIdNumber, audited), and the reply deadline for the standing colour.
 */
export const ApplicationListFields = graphql(`
  fragment ApplicationListFields on Application {
    id
    caseNumber
    channel
    arrivedDate
    receivedDate
    applicantType
    applicant {
      applicantType
      name
      idType
      idNumberMasked
      organisationName
    }
    state
    resultCode
    replyDueDate
    isOverdue
    replyClockSuspended
    replyExtended
    replyDate
    linkedComplaintId
    handlerId
    deadlines {
      ...DeadlineListFields
    }
    version
    createdAt
    updatedAt
  }
`);

/** One application with the applicant's contact, the request, the steps taken, consultations and notices. */
export const ApplicationFields = graphql(`
  fragment ApplicationFields on Application {
    ...ApplicationListFields
    availableActions
    applicant {
      applicantType
      name
      idType
      idNumberMasked
      organisationName
      creditCode
      contactPerson
      phone
      email
      postalAddress
      postalCode
    }
    description
    purpose
    deliveryForm
    correctedDescription
    correctionRequest
    correctionRequestedDate
    correctionPeriodWorkingDays
    correctionReceivedDate
    feeMethod
    feeBasis
    feeAmount
    feeNoticeDate
    feePaymentPeriodWorkingDays
    feePaidDate
    feeReference
    replyText
    publishedIndexNumbers
    withholdingReasons
    responsibleAgency
    anonymisedAt
    applicationsInLast30Days
    reasonsRequest
    reasonsRequestedDate
    reasonablePeriodWorkingDays
    requestedDocuments {
      ...RequestedDocumentFields
    }
    supplyReview {
      id
      state
    }
    possibleRepeatOf {
      id
      caseNumber
      receivedDate
      state
      resultCode
    }
    consultations {
      ...ConsultationFields
    }
    notices {
      id
      subject
      channel
      sentAt
    }
    events {
      id
      action
      fromState
      toState
      onDate
      actorId
      note
      at
    }
  }
`);

export const ApplicationsQuery = graphql(`
  query Applications($filter: ApplicationFilter, $page: PageInput, $sort: SortInput) {
    applications(filter: $filter, page: $page, sort: $sort) {
      total
      items {
        ...ApplicationListFields
      }
    }
  }
`);

export const ApplicationQuery = graphql(`
  query Application($id: ID!) {
    application(id: $id) {
      ...ApplicationFields
    }
  }
`);

/** The reply letter as the domain words it, for the printable page. */
export const ApplicationReplyLetterQuery = graphql(`
  query ApplicationReplyLetter($id: ID!) {
    application(id: $id) {
      id
      caseNumber
      state
      replyLetter {
        title
        salutation
        paragraphs
        signature
        date
      }
    }
  }
`);

export const AnnualReportApplicationsQuery = graphql(`
  query AnnualReportApplications($year: Int!) {
    annualReportApplications(year: $year) {
      year
      balanced
      rows {
        key
        number
        label
        depth
        isHeading
        values
      }
    }
  }
`);

export const RegisterApplicationMutation = graphql(`
  mutation RegisterApplication($input: ApplicationIntakeInput!) {
    registerApplication(input: $input) {
      application {
        ...ApplicationFields
      }
      accessCode
    }
  }
`);

export const RequestApplicationCorrectionMutation = graphql(`
  mutation RequestApplicationCorrection(
    $id: ID!
    $version: Int!
    $input: RequestApplicationCorrectionInput!
  ) {
    requestApplicationCorrection(id: $id, version: $version, input: $input) {
      ...ApplicationFields
    }
  }
`);

export const RecordApplicationCorrectionMutation = graphql(`
  mutation RecordApplicationCorrection($id: ID!, $version: Int!, $input: RecordApplicationCorrectionInput!) {
    recordApplicationCorrection(id: $id, version: $version, input: $input) {
      ...ApplicationFields
    }
  }
`);

export const CloseUncorrectedApplicationMutation = graphql(`
  mutation CloseUncorrectedApplication($id: ID!, $version: Int!) {
    closeUncorrectedApplication(id: $id, version: $version) {
      ...ApplicationFields
    }
  }
`);

export const RequestedDocumentFieldsFragment = graphql(`
  fragment RequestedDocumentFields on RequestedDocumentView {
    id
    title
    documentNumber
    departmentName
    attribute
    formedDate
    jointlyIssued
    distinctApplicants
  }
`);

export const ApplicationDocumentCandidatesQuery = graphql(`
  query ApplicationDocumentCandidates($search: String!) {
    applicationDocumentCandidates(search: $search) {
      ...RequestedDocumentFields
    }
  }
`);

export const LinkApplicationDocumentsMutation = graphql(`
  mutation LinkApplicationDocuments($id: ID!, $version: Int!, $documentIds: [ID!]!) {
    linkApplicationDocuments(id: $id, version: $version, documentIds: $documentIds) {
      ...ApplicationFields
    }
  }
`);

export const AskApplicantForReasonsMutation = graphql(`
  mutation AskApplicantForReasons($id: ID!, $version: Int!, $input: AskApplicantForReasonsInput!) {
    askApplicantForReasons(id: $id, version: $version, input: $input) {
      ...ApplicationFields
    }
  }
`);

export const SetApplicationReasonablePeriodMutation = graphql(`
  mutation SetApplicationReasonablePeriod(
    $id: ID!
    $version: Int!
    $input: ApplicationReasonablePeriodInput!
  ) {
    setApplicationReasonablePeriod(id: $id, version: $version, input: $input) {
      ...ApplicationFields
    }
  }
`);

export const ExtendApplicationMutation = graphql(`
  mutation ExtendApplication($id: ID!, $version: Int!, $input: ExtendApplicationInput!) {
    extendApplication(id: $id, version: $version, input: $input) {
      ...ApplicationFields
    }
  }
`);

export const ConsultOnApplicationMutation = graphql(`
  mutation ConsultOnApplication($id: ID!, $version: Int!, $input: ConsultOnApplicationInput!) {
    consultOnApplication(id: $id, version: $version, input: $input) {
      ...ApplicationFields
    }
  }
`);

export const IssueApplicationFeeNoticeMutation = graphql(`
  mutation IssueApplicationFeeNotice($id: ID!, $version: Int!, $input: ApplicationFeeNoticeInput!) {
    issueApplicationFeeNotice(id: $id, version: $version, input: $input) {
      ...ApplicationFields
    }
  }
`);

export const RecordApplicationPaymentMutation = graphql(`
  mutation RecordApplicationPayment($id: ID!, $version: Int!, $input: RecordApplicationPaymentInput!) {
    recordApplicationPayment(id: $id, version: $version, input: $input) {
      ...ApplicationFields
    }
  }
`);

export const CloseUnpaidApplicationMutation = graphql(`
  mutation CloseUnpaidApplication($id: ID!, $version: Int!) {
    closeUnpaidApplication(id: $id, version: $version) {
      ...ApplicationFields
    }
  }
`);

export const ReplyToApplicationMutation = graphql(`
  mutation ReplyToApplication($id: ID!, $version: Int!, $input: ReplyToApplicationInput!) {
    replyToApplication(id: $id, version: $version, input: $input) {
      ...ApplicationFields
    }
  }
`);

/** The full ID number: answered to the reveal dialog only, never cached or listed; the API audits the reason. */
export const RevealApplicantIdNumberMutation = graphql(`
  mutation RevealApplicantIdNumber($id: ID!, $reason: String!) {
    revealApplicantIdNumber(id: $id, reason: $reason) {
      idType
      idNumber
    }
  }
`);

/** 提供信息送保密审查: the handler's level-1 statement goes with it; the holding department reviews. */
export const SubmitApplicationReplyForReviewMutation = graphql(`
  mutation SubmitApplicationReplyForReview(
    $id: ID!
    $version: Int!
    $input: SubmitApplicationReplyForReviewInput!
  ) {
    submitApplicationReplyForReview(id: $id, version: $version, input: $input) {
      ...ApplicationFields
    }
  }
`);

/** Supplies the version the review approved and closes the case. */
export const SupplyApplicationReplyMutation = graphql(`
  mutation SupplyApplicationReply($id: ID!, $version: Int!) {
    supplyApplicationReply(id: $id, version: $version) {
      ...ApplicationFields
    }
  }
`);
