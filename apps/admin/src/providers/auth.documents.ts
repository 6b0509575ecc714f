import { graphql } from '../graphql/generated';

export const ServerInfoQuery = graphql(`
  query ServerInfo {
    serverInfo {
      name
      demoMode
    }
  }
`);

export const MeFields = graphql(`
  fragment MeFields on Me {
    id
    username
    displayName
    departmentId
    department {
      id
      name
    }
    stage
    roles {
      id
      role
      departmentId
    }
    permissions
    fineGrainedPermissions
    totpEnabled
    isDemo
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...MeFields
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($username: String!, $password: String!, $totpCode: String) {
    login(username: $username, password: $password, totpCode: $totpCode) {
      status
      stage
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      ...MeFields
    }
  }
`);

export const BeginTotpEnrolmentMutation = graphql(`
  mutation BeginTotpEnrolment {
    beginTotpEnrolment {
      secret
      otpauthUri
    }
  }
`);

export const ConfirmTotpEnrolmentMutation = graphql(`
  mutation ConfirmTotpEnrolment($code: String!) {
    confirmTotpEnrolment(code: $code) {
      ...MeFields
    }
  }
`);

export const MyAuditLogsQuery = graphql(`
  query MyAuditLogs($page: PageInput) {
    myAuditLogs(page: $page) {
      total
      items {
        ...AuditLogFields
      }
    }
  }
`);
