import { graphql } from '../../graphql/generated';

export const CatalogCategoryFields = graphql(`
  fragment CatalogCategoryFields on CatalogCategory {
    id
    code
    name
    sortOrder
    parentId
    isActive
    version
    createdAt
    updatedAt
  }
`);

export const CatalogCategoriesQuery = graphql(`
  query CatalogCategories($filter: CatalogCategoryFilter, $page: PageInput, $sort: SortInput) {
    catalogCategories(filter: $filter, page: $page, sort: $sort) {
      total
      items {
        ...CatalogCategoryFields
      }
    }
  }
`);

export const CatalogCategoryQuery = graphql(`
  query CatalogCategory($id: ID!) {
    catalogCategory(id: $id) {
      ...CatalogCategoryFields
    }
  }
`);

export const CreateCatalogCategoryMutation = graphql(`
  mutation CreateCatalogCategory($input: CatalogCategoryInput!) {
    createCatalogCategory(input: $input) {
      ...CatalogCategoryFields
    }
  }
`);

export const UpdateCatalogCategoryMutation = graphql(`
  mutation UpdateCatalogCategory($id: ID!, $version: Int!, $input: CatalogCategoryInput!) {
    updateCatalogCategory(id: $id, version: $version, input: $input) {
      ...CatalogCategoryFields
    }
  }
`);

export const SetCatalogCategoryActiveMutation = graphql(`
  mutation SetCatalogCategoryActive($id: ID!, $version: Int!, $isActive: Boolean!) {
    setCatalogCategoryActive(id: $id, version: $version, isActive: $isActive) {
      ...CatalogCategoryFields
    }
  }
`);
