import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { FineGrainedPermission, Role, TokenScope } from '@gdp/domain';
import { isDepartmentScopedRole } from '@gdp/domain';
import { hashPassword, generateSecretToken, API_TOKEN_PREFIX, sha256Hex } from '../../src/modules/auth/credentials.js';
import { ApiToken } from '../../src/modules/api-token/api-token.entity.js';
import { Department } from '../../src/modules/organisation/department.entity.js';
import { PermissionGrant, RoleGrant } from '../../src/modules/organisation/grant.entity.js';
import { User } from '../../src/modules/organisation/user.entity.js';
import { TEST_START, type TestApp } from './test-app.js';
import { GraphQLClient } from './graphql-client.js';

export const TEST_PASSWORD = 'Zheng-Wu-2026!';
let hashed: Promise<string> | undefined;
const testPasswordHash = () => (hashed ??= hashPassword(TEST_PASSWORD));

const unique = (prefix: string) => `${prefix}${randomBytes(4).toString('hex')}`;

export async function createDepartment(dataSource: DataSource, overrides: Partial<Department> = {}): Promise<Department> {
  const code = unique('D').toUpperCase();
  return dataSource.manager.save(
    dataSource.manager.create(Department, {
      code,
      name: `测试处${code}`,
      kind: 'DIVISION',
      sortOrder: 0,
      phone: null,
      isActive: true,
      createdAt: new Date(TEST_START),
      updatedAt: new Date(TEST_START),
      ...overrides,
    }),
  );
}

export interface StaffOptions {
  roles?: Array<Role | { role: Role; departmentId: string | null }>;
  permissions?: FineGrainedPermission[];
  mustChangePassword?: boolean;
  totpSecret?: string;
  departmentId?: string | null;
  username?: string;
  phone?: string | null;
}

/** A staff account written straight to the database (a fixture, not the behaviour under test). */
export async function createStaff(dataSource: DataSource, options: StaffOptions = {}): Promise<User> {
  const grants = (options.roles ?? []).map((entry) => (typeof entry === 'string' ? { role: entry, departmentId: null } : entry));
  let departmentId = options.departmentId ?? null;
  if (grants.some((grant) => isDepartmentScopedRole(grant.role) && !grant.departmentId)) {
    departmentId ??= (await createDepartment(dataSource)).id;
    for (const grant of grants) if (isDepartmentScopedRole(grant.role) && !grant.departmentId) grant.departmentId = departmentId;
  }
  const user = await dataSource.manager.save(
    dataSource.manager.create(User, {
      username: options.username ?? unique('u'),
      displayName: '测试人员',
      departmentId,
      phone: options.phone ?? null,
      email: null,
      passwordHash: await testPasswordHash(),
      mustChangePassword: options.mustChangePassword ?? false,
      passwordChangedAt: null,
      totpSecret: options.totpSecret ?? null,
      totpPendingSecret: null,
      totpEnabled: Boolean(options.totpSecret),
      isDemo: false,
      isActive: true,
      createdAt: new Date(TEST_START),
      updatedAt: new Date(TEST_START),
    }),
  );
  for (const grant of grants) {
    await dataSource.manager.insert(RoleGrant, { userId: user.id, role: grant.role, departmentId: grant.departmentId, grantedById: null, createdAt: new Date(TEST_START) });
  }
  for (const permission of options.permissions ?? []) {
    await dataSource.manager.insert(PermissionGrant, { userId: user.id, permission, grantedById: null, createdAt: new Date(TEST_START) });
  }
  return user;
}

/** A signed-in client for a new user with these roles (second factor pre-enrolled where the role needs it). */
export async function signedIn(testApp: TestApp, options: StaffOptions = {}): Promise<{ client: GraphQLClient; user: User }> {
  const { generate, generateSecret } = await import('otplib');
  const roles = (options.roles ?? []).map((entry) => (typeof entry === 'string' ? entry : entry.role));
  const needsTotp = roles.some((role) => ['SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDITOR', 'LEADERSHIP_OFFICE'].includes(role));
  const totpSecret = options.totpSecret ?? (needsTotp ? generateSecret() : undefined);
  const user = await createStaff(testApp.db.database.dataSource, { ...options, totpSecret });
  const client = testApp.client();
  const code = totpSecret ? await generate({ secret: totpSecret, epoch: Math.floor(testApp.clock.now().getTime() / 1000) }) : undefined;
  const response = await client.login(user.username, TEST_PASSWORD, code);
  if (response.data?.login.status !== 'SIGNED_IN') throw new Error(`sign-in failed: ${response.text}`);
  return { client, user };
}

export async function createApiToken(dataSource: DataSource, scopes: TokenScope[], overrides: Partial<ApiToken> = {}): Promise<{ token: string; apiToken: ApiToken }> {
  const creator = await createStaff(dataSource, { roles: ['SECURITY_ADMIN'] });
  const token = generateSecretToken(API_TOKEN_PREFIX);
  const apiToken = await dataSource.manager.save(
    dataSource.manager.create(ApiToken, {
      name: unique('app-'),
      prefix: token.slice(0, 12),
      tokenHash: sha256Hex(token),
      scopes,
      rateLimitPerMinute: 1_000,
      createdById: creator.id,
      createdAt: new Date(TEST_START),
      expiresAt: null,
      lastUsedAt: null,
      revokedAt: null,
      revokedById: null,
      ...overrides,
    }),
  );
  return { token, apiToken };
}
