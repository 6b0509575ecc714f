import { graphql } from '../../graphql/generated';

export const StaffChangeFields = graphql(`
  fragment StaffChangeFields on StaffChange {
    id
    effectiveDate
    kind
    departmentId
    personName
    userId
    description
    documentNumber
    recordedAt
    recordedById
    updatedAt
    updatedById
    version
  }
`);

export const StaffChangesQuery = graphql(`
  query StaffChanges($filter: StaffChangeFilter, $page: PageInput, $sort: SortInput) {
    staffChanges(filter: $filter, page: $page, sort: $sort) {
      total
      items {
        ...StaffChangeFields
      }
    }
  }
`);

export const StaffChangeQuery = graphql(`
  query StaffChange($id: ID!) {
    staffChange(id: $id) {
      ...StaffChangeFields
    }
  }
`);

export const CreateStaffChangeMutation = graphql(`
  mutation CreateStaffChange($input: StaffChangeInput!) {
    createStaffChange(input: $input) {
      ...StaffChangeFields
    }
  }
`);

export const UpdateStaffChangeMutation = graphql(`
  mutation UpdateStaffChange($id: ID!, $version: Int!, $input: StaffChangeInput!) {
    updateStaffChange(id: $id, version: $version, input: $input) {
      ...StaffChangeFields
    }
  }
`);
