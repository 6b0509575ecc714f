import { ACCESS_RULES } from '@gdp/domain';
import type {
  DepartmentFieldsFragment,
  DepartmentFilter,
  DepartmentKind,
} from '../../graphql/generated/graphql';
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
  CreateDepartmentMutation,
  DepartmentQuery,
  DepartmentsQuery,
  SetDepartmentActiveMutation,
  UpdateDepartmentMutation,
} from './department.documents';

export type Department = DepartmentFieldsFragment;

/** Form values → DepartmentInput (what the API validates with the domain's departmentInputSchema). */
export const toDepartmentInput = (data: FormValues) => ({
  code: requiredText(data.code).trim().toUpperCase(),
  name: requiredText(data.name).trim(),
  kind: data.kind as DepartmentKind,
  sortOrder: typeof data.sortOrder === 'number' ? data.sortOrder : Number(data.sortOrder ?? 0),
  phone: optionalText(data.phone),
});

export const departmentResource = defineResource<Department>({
  access: {
    list: ACCESS_RULES['Query.departments'],
    show: ACCESS_RULES['Query.department'],
    export: ACCESS_RULES['Query.departments'],
    create: ACCESS_RULES['Mutation.createDepartment'],
    edit: ACCESS_RULES['Mutation.updateDepartment'],
    setActive: ACCESS_RULES['Mutation.setDepartmentActive'],
  },
  list: (api, { filter, page, perPage, sort }) =>
    api
      .query(DepartmentsQuery, {
        filter: pickFilter<DepartmentFilter>(filter, ['q', 'kind', 'isActive', 'ids']),
        page: { page, perPage },
        sort: sortFor('departments', sort),
      })
      .then((data) => data.departments),
  one: (api, id) => api.query(DepartmentQuery, { id }).then((data) => data.department),
  many: (api, ids) =>
    manyByIds(ids, (part, perPage) =>
      api
        .query(DepartmentsQuery, { filter: { ids: part }, page: { page: 1, perPage } })
        .then((data) => data.departments),
    ),
  create: (api, data) =>
    api
      .mutate(CreateDepartmentMutation, { input: toDepartmentInput(data) })
      .then((result) => result.createDepartment),
  update: (api, id, data, previousData) =>
    api
      .mutate(UpdateDepartmentMutation, {
        id,
        version: versionOf(data, previousData),
        input: toDepartmentInput(data),
      })
      .then((result) => result.updateDepartment),
  deactivate: (api, record) =>
    api
      .mutate(SetDepartmentActiveMutation, { id: record.id, version: record.version, isActive: false })
      .then((result) => result.setDepartmentActive),
  actions: {
    setActive: (api, params: { id: string; version: number; isActive: boolean }) =>
      api.mutate(SetDepartmentActiveMutation, params).then((result) => result.setDepartmentActive),
  },
});
