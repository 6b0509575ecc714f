import { graphql } from '../../graphql/generated';

/**
 * A correction order (责令改正) as the ordered department sees it: the case number and the handler's
 * requirement — never the complaint's summary or anything of the complainant.
 */
export const CorrectionOrderFields = graphql(`
  fragment CorrectionOrderFields on CorrectionOrder {
    id
    complaintId
    caseNumber
    departmentId
    requirement
    dueDate
    state
    reportText
    reportedAt
    reportedById
    verifiedAt
    verifiedById
    availableActions
    version
    createdAt
    updatedAt
  }
`);

export const CorrectionOrdersQuery = graphql(`
  query CorrectionOrders($filter: CorrectionOrderFilter, $page: PageInput, $sort: SortInput) {
    correctionOrders(filter: $filter, page: $page, sort: $sort) {
      total
      items {
        ...CorrectionOrderFields
      }
    }
  }
`);

export const CorrectionOrderQuery = graphql(`
  query CorrectionOrder($id: ID!) {
    correctionOrder(id: $id) {
      ...CorrectionOrderFields
    }
  }
`);

export const ReportCorrectionMutation = graphql(`
  mutation ReportCorrection($id: ID!, $version: Int!, $text: String!) {
    reportCorrection(id: $id, version: $version, text: $text) {
      ...CorrectionOrderFields
    }
  }
`);

export const VerifyCorrectionMutation = graphql(`
  mutation VerifyCorrection($id: ID!, $version: Int!) {
    verifyCorrection(id: $id, version: $version) {
      ...CorrectionOrderFields
    }
  }
`);
