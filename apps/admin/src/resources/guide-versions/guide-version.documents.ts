import { graphql } from '../../graphql/generated';

export const GuideVersionFields = graphql(`
  fragment GuideVersionFields on GuideVersion {
    id
    versionNumber
    classification
    proactiveDisclosure
    applicationProcedure
    office {
      name
      address
      officeHours
      telephone
      fax
      website
      email
    }
    otherText
    publishedAt
    publishedById
    createdById
    version
    createdAt
    updatedAt
  }
`);

export const GuideVersionsQuery = graphql(`
  query GuideVersions($filter: GuideVersionFilter, $page: PageInput, $sort: SortInput) {
    guideVersions(filter: $filter, page: $page, sort: $sort) {
      total
      items {
        ...GuideVersionFields
      }
    }
  }
`);

export const GuideVersionQuery = graphql(`
  query GuideVersion($id: ID!) {
    guideVersion(id: $id) {
      ...GuideVersionFields
    }
  }
`);

export const CreateGuideDraftMutation = graphql(`
  mutation CreateGuideDraft($input: GuideInput!) {
    createGuideDraft(input: $input) {
      ...GuideVersionFields
    }
  }
`);

export const UpdateGuideDraftMutation = graphql(`
  mutation UpdateGuideDraft($id: ID!, $version: Int!, $input: GuideInput!) {
    updateGuideDraft(id: $id, version: $version, input: $input) {
      ...GuideVersionFields
    }
  }
`);

export const PublishGuideVersionMutation = graphql(`
  mutation PublishGuideVersion($id: ID!, $version: Int!) {
    publishGuideVersion(id: $id, version: $version) {
      ...GuideVersionFields
    }
  }
`);
