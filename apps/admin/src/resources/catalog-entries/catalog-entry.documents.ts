import { graphql } from '../../graphql/generated';

export const CatalogEntryFields = graphql(`
  fragment CatalogEntryFields on CatalogEntry {
    id
    indexNumber
    title
    documentNumber
    subjectKind
    subjectId
    reviewId
    categoryId
    owningDepartmentId
    state
    entryVersion
    formedDate
    publishedAt
    publisherId
    summary
    body
    attachmentIds
    contentVersionId
    withdrawnAt
    withdrawalReason
    availableActions
    version
    createdAt
    updatedAt
  }
`);

export const CatalogEntriesQuery = graphql(`
  query CatalogEntries($filter: CatalogEntryFilter, $page: PageInput, $sort: SortInput) {
    catalogEntries(filter: $filter, page: $page, sort: $sort) {
      total
      items {
        ...CatalogEntryFields
      }
    }
  }
`);

export const CatalogEntryQuery = graphql(`
  query CatalogEntry($id: ID!) {
    catalogEntry(id: $id) {
      ...CatalogEntryFields
    }
  }
`);

export const WithdrawCatalogEntryMutation = graphql(`
  mutation WithdrawCatalogEntry($id: ID!, $version: Int!, $reason: String!) {
    withdrawCatalogEntry(id: $id, version: $version, reason: $reason) {
      ...CatalogEntryFields
    }
  }
`);

export const EmergencyWithdrawCatalogEntryMutation = graphql(`
  mutation EmergencyWithdrawCatalogEntry($indexNumber: String!, $reason: String!) {
    emergencyWithdrawCatalogEntry(indexNumber: $indexNumber, reason: $reason) {
      ...CatalogEntryFields
    }
  }
`);
