import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLSchema } from 'graphql';
import { ACCESS_RULES, ROLES, ROOT_FIELDS, TOKEN_SCOPES, decideAccess, type Actor, type Role } from '@gdp/domain';
import { createSchema } from '../../src/schema.js';
import { createApiToken, createStaff, signedIn, TEST_PASSWORD } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { GUARD_REASONS, errorOf, operationFor, rootFields } from '../support/schema-walk.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Fields anyone may call; a new public field must be added here on purpose. */
const PUBLIC_FIELDS = new Set(['Query.serverInfo', 'Mutation.login']);

describe('deny by default: every root field declares who may call it', () => {
  it('has an access declaration on every Query and Mutation field, and public ones are the known few', async () => {
    const schema = await createSchema();
    const fields = rootFields(schema);
    expect(fields.length).toBeGreaterThan(10);
    const undeclared = fields.filter((root) => !root.rule).map((root) => `${root.operation}.${root.field.name}`);
    expect(undeclared).toEqual([]);
    const publicFields = fields.filter((root) => root.rule?.public).map((root) => `${root.operation}.${root.field.name}`);
    expect(new Set(publicFields)).toEqual(PUBLIC_FIELDS);
  });

  it('declares every root field with the domain’s own rule for that field (ACCESS_RULES), which the console shares', async () => {
    const fields = rootFields(await createSchema());
    const names = fields.map((root) => `${root.operation}.${root.field.name}`);
    // No rule for a field that does not exist, no field without its rule.
    expect([...names].sort()).toEqual([...ROOT_FIELDS].sort());
    const mismatched = fields
      .filter((root) => root.rule !== ACCESS_RULES[`${root.operation}.${root.field.name}` as keyof typeof ACCESS_RULES])
      .map((root) => `${root.operation}.${root.field.name}`);
    expect(mismatched).toEqual([]);
  });
});

describe('every root field × every role, anonymous and external tokens', () => {
  let testApp: TestApp;
  let schema: GraphQLSchema;
  const actors: Array<{ name: string; actor: Actor; client: () => Promise<GraphQLClient> }> = [];

  beforeAll(async () => {
    testApp = await startTestApp({ loginMaxFailuresPerIp: 10_000 });
    schema = await createSchema();
    const dataSource = testApp.db.database.dataSource;
    const staffActor = (role: Role | null, stage: 'FULL' | 'PASSWORD_CHANGE' | 'TOTP_ENROLMENT', departmentId: string | null = null): Actor => ({
      kind: 'staff',
      userId: 'walker',
      username: 'walker',
      stage,
      grants: role ? [{ role, departmentId }] : [],
      permissions: [],
    });
    actors.push({ name: 'anonymous', actor: { kind: 'anonymous' }, client: async () => testApp.client() });
    for (const role of ROLES) {
      actors.push({ name: role, actor: staffActor(role, 'FULL', 'department'), client: async () => (await signedIn(testApp, { roles: [role] })).client });
    }
    actors.push({ name: 'staff without roles', actor: staffActor(null, 'FULL'), client: async () => (await signedIn(testApp, {})).client });
    actors.push({
      name: 'fine-grained permissions only',
      actor: { ...(staffActor(null, 'FULL') as Extract<Actor, { kind: 'staff' }>), permissions: ['COMPLAINT_IDENTITY_REVEAL', 'APPLICATION_EXTENSION_APPROVE'] },
      client: async () => (await signedIn(testApp, { permissions: ['COMPLAINT_IDENTITY_REVEAL', 'APPLICATION_EXTENSION_APPROVE'] })).client,
    });
    actors.push({
      name: 'SYSTEM_ADMIN before changing the initial password',
      actor: staffActor('SYSTEM_ADMIN', 'PASSWORD_CHANGE'),
      client: async () => {
        const user = await createStaff(dataSource, { roles: ['SYSTEM_ADMIN'], mustChangePassword: true });
        const client = testApp.client();
        expect((await client.login(user.username, TEST_PASSWORD)).data?.login.stage).toBe('PASSWORD_CHANGE');
        return client;
      },
    });
    actors.push({
      name: 'AUDITOR before enrolling a second factor',
      actor: staffActor('AUDITOR', 'TOTP_ENROLMENT'),
      client: async () => {
        const user = await createStaff(dataSource, { roles: ['AUDITOR'] });
        const client = testApp.client();
        expect((await client.login(user.username, TEST_PASSWORD)).data?.login.stage).toBe('TOTP_ENROLMENT');
        return client;
      },
    });
    for (const scopes of [[...TOKEN_SCOPES], ['public:read'] as const]) {
      actors.push({
        name: `token(${scopes.join(',')})`,
        actor: { kind: 'token', tokenId: 't', name: 't', scopes: [...scopes] },
        client: async () => testApp.client().withBearer((await createApiToken(dataSource, [...scopes])).token),
      });
    }
  }, 180_000);

  afterAll(async () => {
    await testApp?.close();
  });

  it('allows exactly what the permission matrix allows', async () => {
    const mismatches: string[] = [];
    let calls = 0;
    const observed = new Map<string, string>();
    for (const { name, actor, client: makeClient } of actors) {
      const client = await makeClient();
      for (const root of rootFields(schema)) {
        const expected = root.rule ? decideAccess(root.rule, actor) : 'FORBIDDEN';
        const { query, variables } = operationFor(root);
        const response = await client.gql(query, variables);
        calls += 1;
        const error = errorOf(response, root.field.name);
        const code = error?.extensions?.code;
        const reason = error?.extensions?.reason ?? '';
        if (response.status >= 500 || (error && !code)) {
          mismatches.push(`${name} → ${root.operation}.${root.field.name}: unexpected response ${response.status} ${response.text.slice(0, 200)}`);
          continue;
        }
        const refusedByGuard = Boolean(error && GUARD_REASONS.has(reason));
        observed.set(`${name} ${root.field.name}`, refusedByGuard ? String(code) : 'ALLOW');
        if (expected === 'ALLOW' && refusedByGuard) {
          mismatches.push(`${name} → ${root.operation}.${root.field.name}: expected allowed, got ${code} ${reason}`);
        }
        if (expected !== 'ALLOW' && (!refusedByGuard || code !== expected)) {
          mismatches.push(`${name} → ${root.operation}.${root.field.name}: expected ${expected}, got ${code ?? 'success'} ${reason}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(calls).toBe(actors.length * rootFields(schema).length);
    // Spot checks written out by hand, independent of the matrix the server also reads.
    const spotChecks: Array<[string, string]> = [
      ['anonymous me', 'UNAUTHENTICATED'],
      ['anonymous departments', 'UNAUTHENTICATED'],
      ['anonymous login', 'ALLOW'],
      ['DRAFTER departments', 'ALLOW'],
      ['DRAFTER createDepartment', 'FORBIDDEN'],
      ['DRAFTER auditLogs', 'FORBIDDEN'],
      ['SYSTEM_ADMIN createDepartment', 'ALLOW'],
      ['SYSTEM_ADMIN auditLogs', 'FORBIDDEN'],
      ['SYSTEM_ADMIN grantRole', 'FORBIDDEN'],
      ['SECURITY_ADMIN grantRole', 'ALLOW'],
      ['SECURITY_ADMIN createApiToken', 'ALLOW'],
      ['AUDITOR auditLogs', 'ALLOW'],
      ['AUDITOR exportAuditLogs', 'ALLOW'],
      ['AUDITOR createDepartment', 'FORBIDDEN'],
      ['token(public:read) departments', 'FORBIDDEN'],
      ['token(public:read) tokenSelf', 'ALLOW'],
      ['token(public:read) me', 'FORBIDDEN'],
      ['SYSTEM_ADMIN before changing the initial password departments', 'FORBIDDEN'],
      ['SYSTEM_ADMIN before changing the initial password changePassword', 'ALLOW'],
      ['AUDITOR before enrolling a second factor auditLogs', 'FORBIDDEN'],
      ['AUDITOR before enrolling a second factor beginTotpEnrolment', 'ALLOW'],
      ['staff without roles departments', 'FORBIDDEN'],
      ['staff without roles me', 'ALLOW'],
      // M1 external agencies and staff changes, M11 rules library: business staff read; the general office
      // and the leadership office keep them; the 三员 read no business content; no external token reaches them.
      ['DRAFTER externalAgencies', 'ALLOW'],
      ['DRAFTER createExternalAgency', 'FORBIDDEN'],
      ['GENERAL_OFFICE createExternalAgency', 'ALLOW'],
      ['LEADERSHIP_OFFICE setExternalAgencyActive', 'ALLOW'],
      ['SYSTEM_ADMIN createExternalAgency', 'FORBIDDEN'],
      ['SYSTEM_ADMIN externalAgencies', 'FORBIDDEN'],
      ['AUDITOR externalAgency', 'FORBIDDEN'],
      ['BUREAU_LEADER staffChanges', 'ALLOW'],
      ['BUREAU_LEADER createStaffChange', 'FORBIDDEN'],
      ['GENERAL_OFFICE createStaffChange', 'ALLOW'],
      ['GENERAL_OFFICE updateStaffChange', 'ALLOW'],
      ['SYSTEM_ADMIN staffChanges', 'FORBIDDEN'],
      ['SECURITY_ADMIN staffChange', 'FORBIDDEN'],
      ['COMPLAINT_HANDLER rules', 'ALLOW'],
      ['COMPLAINT_HANDLER addRuleVersion', 'FORBIDDEN'],
      ['LEADERSHIP_OFFICE createRule', 'ALLOW'],
      ['GENERAL_OFFICE addRuleVersion', 'ALLOW'],
      ['GENERAL_OFFICE setRuleRepealDate', 'ALLOW'],
      ['SYSTEM_ADMIN rules', 'FORBIDDEN'],
      ['AUDITOR rule', 'FORBIDDEN'],
      ['anonymous rules', 'UNAUTHENTICATED'],
      ['anonymous createStaffChange', 'UNAUTHENTICATED'],
      [`token(${TOKEN_SCOPES.join(',')}) rules`, 'FORBIDDEN'],
      ['token(public:read) externalAgencies', 'FORBIDDEN'],
      ['staff without roles staffChanges', 'FORBIDDEN'],
      // Single-record reads for the console: one audit row only for the auditor, one token only for security.
      ['AUDITOR auditLog', 'ALLOW'],
      ['SYSTEM_ADMIN auditLog', 'FORBIDDEN'],
      ['SECURITY_ADMIN auditLog', 'FORBIDDEN'],
      ['DRAFTER auditLog', 'FORBIDDEN'],
      ['anonymous auditLog', 'UNAUTHENTICATED'],
      ['AUDITOR before enrolling a second factor auditLog', 'FORBIDDEN'],
      ['token(public:read) auditLog', 'FORBIDDEN'],
      ['SECURITY_ADMIN apiToken', 'ALLOW'],
      ['SYSTEM_ADMIN apiToken', 'FORBIDDEN'],
      ['AUDITOR apiToken', 'FORBIDDEN'],
      ['anonymous apiToken', 'UNAUTHENTICATED'],
      [`token(${TOKEN_SCOPES.join(',')}) apiToken`, 'FORBIDDEN'],
      ['AUDITOR me', 'ALLOW'],
      ['AUDITOR departments', 'FORBIDDEN'],
    ];
    for (const [call, outcome] of spotChecks) expect(observed.get(call), call).toBe(outcome);
  }, 240_000);
});
