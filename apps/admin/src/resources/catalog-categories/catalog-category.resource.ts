import { ACCESS_RULES } from '@gdp/domain';
import type { CatalogCategoryFieldsFragment, CatalogCategoryFilter } from '../../graphql/generated/graphql';
import {
  defineResource,
  type FormValues,
  manyByIds,
  optionalText,
  pickFilter,
  requiredText,
  sortFor,
  versionOf,
} from '../../providers/resource-definition';
import {
  CatalogCategoriesQuery,
  CatalogCategoryQuery,
  CreateCatalogCategoryMutation,
  SetCatalogCategoryActiveMutation,
  UpdateCatalogCategoryMutation,
} from './catalog-category.documents';

export type CatalogCategory = CatalogCategoryFieldsFragment;

/** Form values → CatalogCategoryInput (validated by the API with the domain's catalogCategoryInputSchema). */
export const toCatalogCategoryInput = (data: FormValues) => ({
  code: requiredText(data.code).trim(),
  name: requiredText(data.name).trim(),
  sortOrder: Number(data.sortOrder ?? 0),
  parentId: optionalText(data.parentId),
});

/**
 * Categories of the public catalog (政府信息公开目录分类, SPEC M5): every member of staff reads them, the
 * general office keeps them. Deactivated, never deleted; at most two levels.
 */
export const catalogCategoryResource = defineResource<CatalogCategory>({
  access: {
    list: ACCESS_RULES['Query.catalogCategories'],
    show: ACCESS_RULES['Query.catalogCategory'],
    create: ACCESS_RULES['Mutation.createCatalogCategory'],
    edit: ACCESS_RULES['Mutation.updateCatalogCategory'],
    setActive: ACCESS_RULES['Mutation.setCatalogCategoryActive'],
  },
  list: (api, { filter, page, perPage, sort }) =>
    api
      .query(CatalogCategoriesQuery, {
        filter: pickFilter<CatalogCategoryFilter>(filter, [
          'q',
          'isActive',
          'parentId',
          'topLevelOnly',
          'ids',
        ]),
        page: { page, perPage },
        sort: sortFor('catalogCategories', sort),
      })
      .then((data) => data.catalogCategories),
  one: (api, id) => api.query(CatalogCategoryQuery, { id }).then((data) => data.catalogCategory),
  many: (api, ids) =>
    manyByIds(ids, (part, perPage) =>
      api
        .query(CatalogCategoriesQuery, { filter: { ids: part }, page: { page: 1, perPage } })
        .then((data) => data.catalogCategories),
    ),
  create: (api, data) =>
    api
      .mutate(CreateCatalogCategoryMutation, { input: toCatalogCategoryInput(data) })
      .then((result) => result.createCatalogCategory),
  update: (api, id, data, previousData) =>
    api
      .mutate(UpdateCatalogCategoryMutation, {
        id,
        version: versionOf(data, previousData),
        input: toCatalogCategoryInput(data),
      })
      .then((result) => result.updateCatalogCategory),
  deactivate: (api, record) =>
    api
      .mutate(SetCatalogCategoryActiveMutation, { id: record.id, version: record.version, isActive: false })
      .then((result) => result.setCatalogCategoryActive),
  actions: {
    setActive: (api, params: { id: string; version: number; isActive: boolean }) =>
      api.mutate(SetCatalogCategoryActiveMutation, params).then((result) => result.setCatalogCategoryActive),
  },
});
