import { graphql } from '../../graphql/generated';

export const ExternalAgencyFields = graphql(`
  fragment ExternalAgencyFields on ExternalAgency {
    id
    name
    kind
    contactPerson
    phone
    address
    notes
    isActive
    version
    createdAt
    updatedAt
  }
`);

export const ExternalAgenciesQuery = graphql(`
  query ExternalAgencies($filter: ExternalAgencyFilter, $page: PageInput, $sort: SortInput) {
    externalAgencies(filter: $filter, page: $page, sort: $sort) {
      total
      items {
        ...ExternalAgencyFields
      }
    }
  }
`);

export const ExternalAgencyQuery = graphql(`
  query ExternalAgency($id: ID!) {
    externalAgency(id: $id) {
      ...ExternalAgencyFields
    }
  }
`);

export const CreateExternalAgencyMutation = graphql(`
  mutation CreateExternalAgency($input: ExternalAgencyInput!) {
    createExternalAgency(input: $input) {
      ...ExternalAgencyFields
    }
  }
`);

export const UpdateExternalAgencyMutation = graphql(`
  mutation UpdateExternalAgency($id: ID!, $version: Int!, $input: ExternalAgencyInput!) {
    updateExternalAgency(id: $id, version: $version, input: $input) {
      ...ExternalAgencyFields
    }
  }
`);

export const SetExternalAgencyActiveMutation = graphql(`
  mutation SetExternalAgencyActive($id: ID!, $version: Int!, $isActive: Boolean!) {
    setExternalAgencyActive(id: $id, version: $version, isActive: $isActive) {
      ...ExternalAgencyFields
    }
  }
`);
