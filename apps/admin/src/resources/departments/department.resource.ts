import type {
  DepartmentFieldsFragment,
  DepartmentFilter,
  DepartmentKind,
} from '../../graphql/generated/graphql';
import {
  chunked,
  defineResource,
  optionalText,
  pickFilter,
  requiredText,
  versionOf,
  type FormValues,
} from '../../providers/resource-definition';
import { ORGANISATION_MANAGE, ORGANISATION_READ } from '../access-rules';
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
    list: ORGANISATION_READ,
    show: ORGANISATION_READ,
    export: ORGANISATION_READ,
    create: ORGANISATION_MANAGE,
    edit: ORGANISATION_MANAGE,
    setActive: ORGANISATION_MANAGE,
  },
  list: (api, { filter, page, perPage }) =>
    api
      .query(DepartmentsQuery, {
        filter: pickFilter<DepartmentFilter>(filter, ['q', 'kind', 'isActive', 'ids']),
        page: { page, perPage },
      })
      .then((data) => data.departments),
  one: (api, id) => api.query(DepartmentQuery, { id }).then((data) => data.department),
  async many(api, ids) {
    const pages = await Promise.all(
      chunked(ids).map((part) =>
        api.query(DepartmentsQuery, { filter: { ids: part }, page: { page: 1, perPage: part.length } }),
      ),
    );
    return pages.flatMap((data) => data.departments.items);
  },
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
