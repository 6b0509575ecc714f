import type { AccessRule } from '@gdp/domain';

/**
 * Who may use each part of the console, in the domain's AccessRule terms. They restate the `@Access`
 * declarations of the API's resolvers (which live in apps/api, not in the domain); the API enforces them
 * whatever the console shows.
 */
export const ORGANISATION_READ: AccessRule = {
  permissions: ['ORGANISATION_READ', 'ORGANISATION_MANAGE', 'GRANT_MANAGE'],
};
export const ORGANISATION_MANAGE: AccessRule = { permissions: ['ORGANISATION_MANAGE'] };
export const GRANT_MANAGE: AccessRule = { permissions: ['GRANT_MANAGE'] };
export const API_TOKEN_MANAGE: AccessRule = { permissions: ['API_TOKEN_MANAGE'] };
export const AUDIT_READ: AccessRule = { permissions: ['AUDIT_READ'] };
