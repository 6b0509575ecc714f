import { graphql } from '../../graphql/generated';

/** What a list row needs: no version texts (a rule's full text can run to 100 000 characters). */
export const RuleSummaryFields = graphql(`
  fragment RuleSummaryFields on Rule {
    id
    title
    issuingBody
    category
    documentNumber
    isActive
    status
    versionCount
    currentVersion {
      id
      versionNumber
      effectiveDate
      repealDate
    }
    createdById
    version
    createdAt
    updatedAt
  }
`);

export const RuleVersionFields = graphql(`
  fragment RuleVersionFields on RuleVersion {
    id
    ruleId
    versionNumber
    effectiveDate
    repealDate
    note
    text
    createdById
    createdAt
    updatedAt
  }
`);

/** One rule with every version and its full text. */
export const RuleFields = graphql(`
  fragment RuleFields on Rule {
    ...RuleSummaryFields
    versions {
      ...RuleVersionFields
    }
  }
`);

export const RulesQuery = graphql(`
  query Rules($filter: RuleFilter, $page: PageInput, $sort: SortInput) {
    rules(filter: $filter, page: $page, sort: $sort) {
      total
      items {
        ...RuleSummaryFields
      }
    }
  }
`);

export const RuleQuery = graphql(`
  query Rule($id: ID!) {
    rule(id: $id) {
      ...RuleFields
    }
  }
`);

export const CreateRuleMutation = graphql(`
  mutation CreateRule($input: CreateRuleInput!) {
    createRule(input: $input) {
      ...RuleFields
    }
  }
`);

export const UpdateRuleMutation = graphql(`
  mutation UpdateRule($id: ID!, $version: Int!, $input: RuleInput!) {
    updateRule(id: $id, version: $version, input: $input) {
      ...RuleFields
    }
  }
`);

export const AddRuleVersionMutation = graphql(`
  mutation AddRuleVersion($ruleId: ID!, $input: RuleVersionInput!) {
    addRuleVersion(ruleId: $ruleId, input: $input) {
      ...RuleFields
    }
  }
`);

export const SetRuleRepealDateMutation = graphql(`
  mutation SetRuleRepealDate($id: ID!, $version: Int!, $repealDate: String) {
    setRuleRepealDate(id: $id, version: $version, repealDate: $repealDate) {
      ...RuleFields
    }
  }
`);

export const SetRuleActiveMutation = graphql(`
  mutation SetRuleActive($id: ID!, $version: Int!, $isActive: Boolean!) {
    setRuleActive(id: $id, version: $version, isActive: $isActive) {
      ...RuleFields
    }
  }
`);
