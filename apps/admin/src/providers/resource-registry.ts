import { apiTokenResource } from '../resources/api-tokens/api-token.resource';
import { auditLogResource } from '../resources/audit-logs/audit-log.resource';
import { departmentResource } from '../resources/departments/department.resource';
import { externalAgencyResource } from '../resources/external-agencies/external-agency.resource';
import { ruleResource } from '../resources/rules/rule.resource';
import { staffChangeResource } from '../resources/staff-changes/staff-change.resource';
import { userResource } from '../resources/users/user.resource';
import type { ResourceDefinition } from './resource-definition';

/**
 * Every resource the console knows, by react-admin resource name (the API's list field). The data
 * provider and authProvider.canAccess read only this registry.
 */
export const RESOURCE_REGISTRY = {
  departments: departmentResource,
  users: userResource,
  externalAgencies: externalAgencyResource,
  staffChanges: staffChangeResource,
  rules: ruleResource,
  apiTokens: apiTokenResource,
  auditLogs: auditLogResource,
} as const satisfies Record<string, ResourceDefinition>;

export type ResourceName = keyof typeof RESOURCE_REGISTRY;
