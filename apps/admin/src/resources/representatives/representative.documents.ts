import { graphql } from '../../graphql/generated';

/**
 * A registry entry as lists show it. Phone, e-mail and address resolve only for the registry's keepers
 * (REPRESENTATIVE_MANAGE); everyone else receives null and the console shows nothing.
 */
export const RepresentativeListFields = graphql(`
  fragment RepresentativeListFields on Representative {
    id
    name
    type
    organisation
    title
    expertise
    phone
    email
    postalAddress
    state
    eligibilityOutcome
    eligibilityCheckedAt
    isInvitable
    version
    createdAt
    updatedAt
  }
`);

/** One entry with its eligibility checks and the meetings it was invited to. */
export const RepresentativeFields = graphql(`
  fragment RepresentativeFields on Representative {
    ...RepresentativeListFields
    eligibilityBasis
    eligibilityCheckedById
    eligibilityChecks {
      id
      outcome
      basis
      checkedById
      checkedAt
    }
    participation {
      id
      meetingId
      caseNumber
      state
      topicIds
      respondedAt
      checkedInAt
      isLate
      departedAt
      attendancePublic
      isInterestFlagged
    }
  }
`);

export const RepresentativesQuery = graphql(`
  query Representatives($filter: RepresentativeFilter, $page: PageInput, $sort: SortInput) {
    representatives(filter: $filter, page: $page, sort: $sort) {
      total
      items {
        ...RepresentativeListFields
      }
    }
  }
`);

export const RepresentativeQuery = graphql(`
  query Representative($id: ID!) {
    representative(id: $id) {
      ...RepresentativeFields
    }
  }
`);

export const RegisterRepresentativeMutation = graphql(`
  mutation RegisterRepresentative($input: RepresentativeInput!, $confirmNotDuplicate: Boolean!) {
    registerRepresentative(input: $input, confirmNotDuplicate: $confirmNotDuplicate) {
      ...RepresentativeFields
    }
  }
`);

export const UpdateRepresentativeMutation = graphql(`
  mutation UpdateRepresentative(
    $id: ID!
    $version: Int!
    $input: RepresentativeInput!
    $confirmNotDuplicate: Boolean!
  ) {
    updateRepresentative(
      id: $id
      version: $version
      input: $input
      confirmNotDuplicate: $confirmNotDuplicate
    ) {
      ...RepresentativeFields
    }
  }
`);

export const RecordRepresentativeEligibilityMutation = graphql(`
  mutation RecordRepresentativeEligibility($id: ID!, $version: Int!, $input: EligibilityCheckInput!) {
    recordRepresentativeEligibility(id: $id, version: $version, input: $input) {
      ...RepresentativeFields
    }
  }
`);

export const SetRepresentativeActiveMutation = graphql(`
  mutation SetRepresentativeActive($id: ID!, $version: Int!, $active: Boolean!) {
    setRepresentativeActive(id: $id, version: $version, active: $active) {
      ...RepresentativeFields
    }
  }
`);
