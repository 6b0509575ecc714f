import { ACCESS_RULES } from '@gdp/domain';
import type {
  FineGrainedPermission,
  Role,
  UserFieldsFragment,
  UserFilter,
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
  CreateUserMutation,
  GrantPermissionMutation,
  GrantRoleMutation,
  ResetUserPasswordMutation,
  RevokePermissionMutation,
  RevokeRoleMutation,
  SetUserActiveMutation,
  UnlockUserMutation,
  UpdateUserMutation,
  UserQuery,
  UsersQuery,
} from './user.documents';

export type User = UserFieldsFragment;

/** Form values → UserInput (validated by the API with the domain's userInputSchema). */
export const toUserInput = (data: FormValues) => ({
  username: requiredText(data.username).trim().toLowerCase(),
  displayName: requiredText(data.displayName).trim(),
  departmentId: optionalText(data.departmentId),
  phone: optionalText(data.phone),
  email: optionalText(data.email),
});

export const userResource = defineResource<User>({
  access: {
    list: ACCESS_RULES['Query.users'],
    show: ACCESS_RULES['Query.user'],
    export: ACCESS_RULES['Query.users'],
    create: ACCESS_RULES['Mutation.createUser'],
    edit: ACCESS_RULES['Mutation.updateUser'],
    setActive: ACCESS_RULES['Mutation.setUserActive'],
    resetPassword: ACCESS_RULES['Mutation.resetUserPassword'],
    unlock: ACCESS_RULES['Mutation.unlockUser'],
    grant: ACCESS_RULES['Mutation.grantRole'],
  },
  list: (api, { filter, page, perPage, sort }) =>
    api
      .query(UsersQuery, {
        filter: pickFilter<UserFilter>(filter, ['q', 'departmentId', 'role', 'isActive', 'ids']),
        page: { page, perPage },
        sort: sortFor('users', sort),
      })
      .then((data) => data.users),
  one: (api, id) => api.query(UserQuery, { id }).then((data) => data.user),
  many: (api, ids) =>
    manyByIds(ids, (part, perPage) =>
      api.query(UsersQuery, { filter: { ids: part }, page: { page: 1, perPage } }).then((data) => data.users),
    ),
  create: (api, data) =>
    api
      .mutate(CreateUserMutation, {
        input: toUserInput(data),
        initialPassword: requiredText(data.initialPassword),
      })
      .then((result) => result.createUser),
  update: (api, id, data, previousData) =>
    api
      .mutate(UpdateUserMutation, { id, version: versionOf(data, previousData), input: toUserInput(data) })
      .then((result) => result.updateUser),
  deactivate: (api, record) =>
    api
      .mutate(SetUserActiveMutation, { id: record.id, version: record.version, isActive: false })
      .then((result) => result.setUserActive),
  actions: {
    setActive: (api, params: { id: string; version: number; isActive: boolean }) =>
      api.mutate(SetUserActiveMutation, params).then((result) => result.setUserActive),
    resetPassword: (api, params: { id: string; version: number; initialPassword: string }) =>
      api.mutate(ResetUserPasswordMutation, params).then((result) => result.resetUserPassword),
    unlock: (api, params: { id: string }) =>
      api.mutate(UnlockUserMutation, params).then((result) => result.unlockUser),
    grantRole: (api, params: { userId: string; role: Role; departmentId: string | null }) =>
      api.mutate(GrantRoleMutation, params).then((result) => result.grantRole),
    revokeRole: (api, params: { grantId: string }) =>
      api.mutate(RevokeRoleMutation, params).then((result) => result.revokeRole),
    grantPermission: (api, params: { userId: string; permission: FineGrainedPermission }) =>
      api.mutate(GrantPermissionMutation, params).then((result) => result.grantPermission),
    revokePermission: (api, params: { userId: string; permission: FineGrainedPermission }) =>
      api.mutate(RevokePermissionMutation, params).then((result) => result.revokePermission),
  },
});
