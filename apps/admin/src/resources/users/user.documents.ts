import { graphql } from '../../graphql/generated';

export const UserFields = graphql(`
  fragment UserFields on UserView {
    id
    username
    displayName
    departmentId
    phone
    email
    mustChangePassword
    totpEnabled
    isActive
    isDemo
    lockedUntil
    roles {
      id
      role
      departmentId
    }
    permissions
    version
    createdAt
    updatedAt
  }
`);

export const UsersQuery = graphql(`
  query Users($filter: UserFilter, $page: PageInput, $sort: SortInput) {
    users(filter: $filter, page: $page, sort: $sort) {
      total
      items {
        ...UserFields
      }
    }
  }
`);

export const UserQuery = graphql(`
  query User($id: ID!) {
    user(id: $id) {
      ...UserFields
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: UserInput!, $initialPassword: String!) {
    createUser(input: $input, initialPassword: $initialPassword) {
      ...UserFields
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($id: ID!, $version: Int!, $input: UserInput!) {
    updateUser(id: $id, version: $version, input: $input) {
      ...UserFields
    }
  }
`);

export const SetUserActiveMutation = graphql(`
  mutation SetUserActive($id: ID!, $version: Int!, $isActive: Boolean!) {
    setUserActive(id: $id, version: $version, isActive: $isActive) {
      ...UserFields
    }
  }
`);

export const ResetUserPasswordMutation = graphql(`
  mutation ResetUserPassword($id: ID!, $version: Int!, $initialPassword: String!) {
    resetUserPassword(id: $id, version: $version, initialPassword: $initialPassword) {
      ...UserFields
    }
  }
`);

export const UnlockUserMutation = graphql(`
  mutation UnlockUser($id: ID!) {
    unlockUser(id: $id) {
      ...UserFields
    }
  }
`);

export const GrantRoleMutation = graphql(`
  mutation GrantRole($userId: ID!, $role: Role!, $departmentId: ID) {
    grantRole(userId: $userId, role: $role, departmentId: $departmentId) {
      ...UserFields
    }
  }
`);

export const RevokeRoleMutation = graphql(`
  mutation RevokeRole($grantId: ID!) {
    revokeRole(grantId: $grantId) {
      ...UserFields
    }
  }
`);

export const GrantPermissionMutation = graphql(`
  mutation GrantPermission($userId: ID!, $permission: FineGrainedPermission!) {
    grantPermission(userId: $userId, permission: $permission) {
      ...UserFields
    }
  }
`);

export const RevokePermissionMutation = graphql(`
  mutation RevokePermission($userId: ID!, $permission: FineGrainedPermission!) {
    revokePermission(userId: $userId, permission: $permission) {
      ...UserFields
    }
  }
`);
