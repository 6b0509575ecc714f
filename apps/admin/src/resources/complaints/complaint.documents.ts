import { graphql } from '../../graphql/generated';

/**
 * A complaint as every page shows it: the handler's summary and the case's facts — never the complainant's
 * identity or the original material (the API has no such field; they come only from revealComplaintIdentity).
 * The list shows the handling deadline's working days left, so the case's deadlines come with each row.
 */
export const ComplaintListFields = graphql(`
  fragment ComplaintListFields on Complaint {
    id
    caseNumber
    violationKind
    channel
    receivedAt
    receivedDate
    concernedDepartmentId
    isAnonymous
    wantsReply
    state
    outcome
    isOverdue
    handlingDueDate
    hasAccessCode
    handlerId
    deadlines {
      ...DeadlineListFields
    }
    version
    createdAt
    updatedAt
  }
`);

/**
 * One complaint with the steps it offers now (the API reads a handled case's correction orders to decide
 * them, so lists do not ask), its summary, the steps taken, correction orders and the notices sent.
 */
export const ComplaintFields = graphql(`
  fragment ComplaintFields on Complaint {
    ...ComplaintListFields
    availableActions
    summary
    notAcceptedReason
    notAcceptedText
    transferredToDepartmentId
    transferredToAgencyId
    transferredAt
    transferResult
    findings
    replyText
    handledAt
    closedAt
    correctionOrders {
      id
      departmentId
      requirement
      dueDate
      state
      reportText
      reportedAt
      verifiedAt
    }
    notices {
      id
      subject
      channel
      sentAt
    }
    identityReveals {
      id
      revealedAt
      revealedById
      reason
    }
  }
`);

export const ComplaintsQuery = graphql(`
  query Complaints($filter: ComplaintFilter, $page: PageInput, $sort: SortInput) {
    complaints(filter: $filter, page: $page, sort: $sort) {
      total
      items {
        ...ComplaintListFields
      }
    }
  }
`);

export const ComplaintQuery = graphql(`
  query Complaint($id: ID!) {
    complaint(id: $id) {
      ...ComplaintFields
    }
  }
`);

/** The counts, each group's own key field read as `key`: one shape for the panel's tables and charts. */
export const ComplaintStatisticsQuery = graphql(`
  query ComplaintStatistics($filter: ComplaintStatisticsFilter) {
    complaintStatistics(filter: $filter) {
      total
      overdue
      byKind {
        key: violationKind
        count
      }
      byChannel {
        key: channel
        count
      }
      byOutcome {
        key: outcome
        count
      }
      byState {
        key: state
        count
      }
      byConcernedDepartment {
        key: departmentId
        count
      }
    }
  }
`);

export const RegisterComplaintMutation = graphql(`
  mutation RegisterComplaint($input: ComplaintIntakeInput!) {
    registerComplaint(input: $input) {
      complaint {
        ...ComplaintFields
      }
      accessCode
    }
  }
`);

export const AcceptComplaintMutation = graphql(`
  mutation AcceptComplaint($id: ID!, $version: Int!, $needsTransfer: Boolean!, $summary: String) {
    acceptComplaint(id: $id, version: $version, needsTransfer: $needsTransfer, summary: $summary) {
      ...ComplaintFields
    }
  }
`);

export const RejectComplaintMutation = graphql(`
  mutation RejectComplaint(
    $id: ID!
    $version: Int!
    $reason: ComplaintNotAcceptedReason!
    $text: String!
    $noticeChannel: NoticeChannel
  ) {
    rejectComplaint(id: $id, version: $version, reason: $reason, text: $text, noticeChannel: $noticeChannel) {
      ...ComplaintFields
    }
  }
`);

export const TransferComplaintMutation = graphql(`
  mutation TransferComplaint(
    $id: ID!
    $version: Int!
    $toDepartmentId: ID
    $toAgencyId: ID
    $summary: String!
  ) {
    transferComplaint(
      id: $id
      version: $version
      toDepartmentId: $toDepartmentId
      toAgencyId: $toAgencyId
      summary: $summary
    ) {
      ...ComplaintFields
    }
  }
`);

export const RecordComplaintTransferResultMutation = graphql(`
  mutation RecordComplaintTransferResult($id: ID!, $version: Int!, $text: String!) {
    recordComplaintTransferResult(id: $id, version: $version, text: $text) {
      ...ComplaintFields
    }
  }
`);

export const ExtendComplaintMutation = graphql(`
  mutation ExtendComplaint(
    $id: ID!
    $version: Int!
    $byWorkingDays: Int!
    $reason: String!
    $noticeChannel: NoticeChannel
  ) {
    extendComplaint(
      id: $id
      version: $version
      byWorkingDays: $byWorkingDays
      reason: $reason
      noticeChannel: $noticeChannel
    ) {
      ...ComplaintFields
    }
  }
`);

export const HandleComplaintMutation = graphql(`
  mutation HandleComplaint($id: ID!, $version: Int!, $input: HandleComplaintInput!) {
    handleComplaint(id: $id, version: $version, input: $input) {
      ...ComplaintFields
    }
  }
`);

export const CloseComplaintMutation = graphql(`
  mutation CloseComplaint($id: ID!, $version: Int!) {
    closeComplaint(id: $id, version: $version) {
      ...ComplaintFields
    }
  }
`);

/** The sealed identity and material: answered to the reveal dialog only, never cached or listed. */
export const RevealComplaintIdentityMutation = graphql(`
  mutation RevealComplaintIdentity($id: ID!, $reason: String!) {
    revealComplaintIdentity(id: $id, reason: $reason) {
      name
      workplace
      address
      phone
      email
      concernedDepartment
      content
    }
  }
`);
