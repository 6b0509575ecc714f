import { graphql } from '../../graphql/generated';

export const DepartmentFields = graphql(`
  fragment DepartmentFields on Department {
    id
    code
    name
    kind
    sortOrder
    phone
    isActive
    version
    createdAt
    updatedAt
  }
`);

export const DepartmentsQuery = graphql(`
  query Departments($filter: DepartmentFilter, $page: PageInput, $sort: SortInput) {
    departments(filter: $filter, page: $page, sort: $sort) {
      total
      items {
        ...DepartmentFields
      }
    }
  }
`);

export const DepartmentQuery = graphql(`
  query Department($id: ID!) {
    department(id: $id) {
      ...DepartmentFields
    }
  }
`);

export const CreateDepartmentMutation = graphql(`
  mutation CreateDepartment($input: DepartmentInput!) {
    createDepartment(input: $input) {
      ...DepartmentFields
    }
  }
`);

export const UpdateDepartmentMutation = graphql(`
  mutation UpdateDepartment($id: ID!, $version: Int!, $input: DepartmentInput!) {
    updateDepartment(id: $id, version: $version, input: $input) {
      ...DepartmentFields
    }
  }
`);

export const SetDepartmentActiveMutation = graphql(`
  mutation SetDepartmentActive($id: ID!, $version: Int!, $isActive: Boolean!) {
    setDepartmentActive(id: $id, version: $version, isActive: $isActive) {
      ...DepartmentFields
    }
  }
`);
