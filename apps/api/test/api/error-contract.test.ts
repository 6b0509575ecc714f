import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@gdp/domain';
import { ApiToken } from '../../src/modules/api-token/api-token.entity.js';
import { AuditLog } from '../../src/modules/audit/audit-log.entity.js';
import { Department } from '../../src/modules/organisation/department.entity.js';
import { User } from '../../src/modules/organisation/user.entity.js';
import { toContractError } from '../../src/shared/errors/format-error.js';
import { currentBackend } from '../support/backend.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createApiToken, createDepartment, createStaff, signedIn } from '../support/factories.js';
import type { GraphQLClient, GraphQLErrorBody, GraphQLResponse } from '../support/graphql-client.js';

/**
 * The error contract external apps rely on (SPEC §2.4): one generic `extensions.code`, a precise
 * `extensions.reason`, field errors in `extensions.fields`, `extensions.allowedActions` with
 * INVALID_TRANSITION, zh-CN messages; bad input and conflicts change nothing; anything unexpected is
 * INTERNAL with a request id, its details only in the logs.
 */

const CJK = /[\u4e00-\u9fff]/;
const LEAKS = [
  /\n\s+at /,
  /node_modules/,
  /\bSELECT\b/,
  /\bINSERT INTO\b/,
  /\bviolates\b/i,
  /QueryFailedError/,
  /stacktrace/i,
  /duplicate key/i,
];

function expectError(response: GraphQLResponse, code: string, reason?: string): GraphQLErrorBody {
  expect(response.errors?.length, response.text).toBeGreaterThan(0);
  for (const leak of LEAKS) expect(response.text, `leak ${leak}`).not.toMatch(leak);
  const error = response.errors![0];
  expect(ERROR_CODES).toContain(error.extensions?.code);
  expect(error.extensions?.code, response.text).toBe(code);
  if (reason) expect(error.extensions?.reason, response.text).toBe(reason);
  expect(error.extensions?.reason ?? '').toMatch(/^[A-Z][A-Z_]*\.[A-Z][A-Z_]*$/);
  expect(error.message).toMatch(CJK);
  for (const messages of Object.values(error.extensions?.fields ?? {})) {
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message).toMatch(CJK);
  }
  return error;
}

const DEPARTMENT = 'query($id: ID!) { department(id: $id) { id name version } }';
const UPDATE_DEPARTMENT = `mutation($id: ID!, $version: Int!, $input: DepartmentInput!) {
  updateDepartment(id: $id, version: $version, input: $input) { id name version } }`;
const CREATE_DEPARTMENT =
  'mutation($input: DepartmentInput!) { createDepartment(input: $input) { id code name version } }';
const REVOKE_TOKEN =
  'mutation($id: ID!, $version: Int!) { revokeApiToken(id: $id, version: $version) { id version revokedAt } }';

describe('error contract', () => {
  let testApp: TestApp;
  let admin: GraphQLClient;
  let security: GraphQLClient;
  let drafter: GraphQLClient;
  let auditor: GraphQLClient;

  const departmentCount = () => testApp.db.database.dataSource.manager.count(Department);
  const auditRows = (requestId: string) =>
    testApp.db.database.dataSource.manager.findBy(AuditLog, { requestId });

  beforeAll(async () => {
    testApp = await startTestApp();
    ({ client: admin } = await signedIn(testApp, { roles: ['SYSTEM_ADMIN'] }));
    ({ client: security } = await signedIn(testApp, { roles: ['SECURITY_ADMIN'] }));
    ({ client: drafter } = await signedIn(testApp, { roles: ['DRAFTER'] }));
    ({ client: auditor } = await signedIn(testApp, { roles: ['AUDITOR'] }));
  });
  afterAll(async () => {
    await testApp?.close();
  });

  describe('NOT_FOUND', () => {
    it('answers an unknown or malformed id of a query with NOT_FOUND', async () => {
      for (const id of [randomUUID(), 'not-a-uuid', "1' OR '1'='1", '']) {
        const response = await admin.gql(DEPARTMENT, { id });
        const error = expectError(response, 'NOT_FOUND', 'RECORD.NOT_FOUND');
        expect(error.message).toContain('处室');
        expect(error.path).toEqual(['department']);
        expect(response.data ?? null).toBeNull();
      }
      expectError(
        await admin.gql('query($id: ID!) { user(id: $id) { id } }', { id: randomUUID() }),
        'NOT_FOUND',
        'RECORD.NOT_FOUND',
      );
      expectError(
        await security.gql('query($id: ID!) { apiTokenUsage(id: $id) { reads } }', { id: 'nope' }),
        'NOT_FOUND',
        'RECORD.NOT_FOUND',
      );
    });

    it('answers an unknown or malformed id of a mutation with NOT_FOUND, not an internal error', async () => {
      const input = { code: 'NF_DEPT', name: '不存在处', kind: 'DIVISION' };
      const userInput = { username: 'nobody01', displayName: '无此人' };
      const cases: Array<[GraphQLClient, string, Record<string, unknown>]> = [
        [admin, UPDATE_DEPARTMENT, { version: 1, input }],
        [
          admin,
          'mutation($id: ID!) { setDepartmentActive(id: $id, version: 1, isActive: false) { id } }',
          {},
        ],
        [
          admin,
          'mutation($id: ID!, $input: UserInput!) { updateUser(id: $id, version: 1, input: $input) { id } }',
          { input: userInput },
        ],
        [admin, 'mutation($id: ID!) { setUserActive(id: $id, version: 1, isActive: false) { id } }', {}],
        [
          admin,
          'mutation($id: ID!) { resetUserPassword(id: $id, version: 1, initialPassword: "Chu-Shi-2026!x") { id } }',
          {},
        ],
        [admin, 'mutation($id: ID!) { unlockUser(id: $id) { id } }', {}],
        [security, REVOKE_TOKEN, { version: 1 }],
        [security, 'mutation($id: ID!) { grantRole(userId: $id, role: AUDITOR) { id } }', {}],
        [security, 'mutation($id: ID!) { revokeRole(grantId: $id) { id } }', {}],
      ];
      for (const [client, mutation, variables] of cases) {
        for (const id of [randomUUID(), 'x']) {
          const response = await client.gql(mutation, { ...variables, id });
          expectError(response, 'NOT_FOUND', 'RECORD.NOT_FOUND');
        }
      }
      expect(testApp.logs.filter((line) => line.includes('unexpected error'))).toEqual([]);
    });
  });

  describe('UNAUTHENTICATED and FORBIDDEN', () => {
    const LIST = '{ departments { total } }';

    it('answers UNAUTHENTICATED without a valid credential, with the precise reason', async () => {
      expectError(await testApp.client().gql(LIST), 'UNAUTHENTICATED', 'AUTH.UNAUTHENTICATED');
      expectError(
        await testApp.client().withBearer('gdpt_not-a-real-token').gql(LIST),
        'UNAUTHENTICATED',
        'AUTH.TOKEN_INVALID',
      );
      const garbage = testApp.client();
      garbage.setSessionCookie('garbage');
      expectError(await garbage.gql(LIST), 'UNAUTHENTICATED', 'AUTH.CREDENTIAL_INVALID');
      const { token, apiToken } = await createApiToken(testApp.db.database.dataSource, ['public:read']);
      await testApp.db.database.dataSource.manager.update(
        ApiToken,
        { id: apiToken.id },
        { revokedAt: new Date() },
      );
      expectError(
        await testApp.client().withBearer(token).gql('{ tokenSelf { id } }'),
        'UNAUTHENTICATED',
        'AUTH.TOKEN_INVALID',
      );
    });

    it('answers FORBIDDEN when the role (or token scope) may not do it', async () => {
      expectError(await auditor.gql(LIST), 'FORBIDDEN', 'ACCESS.FORBIDDEN'); // 三权分立: the auditor reads only the audit log
      expectError(await drafter.gql('{ apiTokens { total } }'), 'FORBIDDEN', 'ACCESS.FORBIDDEN');
      expectError(
        await drafter.gql(CREATE_DEPARTMENT, {
          input: { code: 'DRAFT_X', name: '起草人建的处', kind: 'DIVISION' },
        }),
        'FORBIDDEN',
        'ACCESS.FORBIDDEN',
      );
      expectError(await admin.gql('{ auditLogs { total } }'), 'FORBIDDEN', 'ACCESS.FORBIDDEN');
      const { token } = await createApiToken(testApp.db.database.dataSource, ['public:read']);
      expectError(await testApp.client().withBearer(token).gql(LIST), 'FORBIDDEN', 'ACCESS.FORBIDDEN');
    });

    it('checks the role before the arguments: bad input from a caller without the role is FORBIDDEN / UNAUTHENTICATED', async () => {
      const before = await departmentCount();
      const bad = { input: { code: 'bad code!', name: '', kind: 'DIVISION' } };
      expectError(await drafter.gql(CREATE_DEPARTMENT, bad), 'FORBIDDEN', 'ACCESS.FORBIDDEN');
      expectError(await testApp.client().gql(CREATE_DEPARTMENT, bad), 'UNAUTHENTICATED');
      expectError(await auditor.gql(DEPARTMENT, { id: 'not-a-uuid' }), 'FORBIDDEN', 'ACCESS.FORBIDDEN');
      expectError(await testApp.client().gql(DEPARTMENT, { id: randomUUID() }), 'UNAUTHENTICATED');
      expect(await departmentCount()).toBe(before);
    });
  });

  describe('BAD_USER_INPUT', () => {
    it('names every bad field in extensions.fields and creates nothing', async () => {
      const before = await departmentCount();
      const response = await admin.gql(CREATE_DEPARTMENT, {
        input: { code: 'a b', name: '   ', kind: 'DIVISION' },
      });
      const error = expectError(response, 'BAD_USER_INPUT', 'INPUT.INVALID');
      expect(Object.keys(error.extensions?.fields ?? {}).sort()).toEqual(['code', 'name']);
      expect(error.message).toBe(error.extensions?.fields?.code?.[0]);
      expect(await departmentCount()).toBe(before);
      expect(await testApp.db.database.dataSource.manager.countBy(Department, { code: 'a b' })).toBe(0);

      const tooLong = await admin.gql(CREATE_DEPARTMENT, {
        input: { code: 'OK_CODE', name: '处'.repeat(65), kind: 'DIVISION' },
      });
      expect(Object.keys(expectError(tooLong, 'BAD_USER_INPUT').extensions?.fields ?? {})).toEqual(['name']);
      expect(await departmentCount()).toBe(before);
    });

    it('answers malformed GraphQL input (wrong type, unknown enum, missing argument) as BAD_USER_INPUT', async () => {
      expectError(
        await admin.gql(CREATE_DEPARTMENT, { input: { code: 'AB', name: '某处', kind: 'NOPE' } }),
        'BAD_USER_INPUT',
      );
      expectError(
        await admin.gql(CREATE_DEPARTMENT, { input: { code: 'AB', kind: 'DIVISION' } }),
        'BAD_USER_INPUT',
      );
      expectError(await admin.gql('{ department { id } }'), 'BAD_USER_INPUT', 'GRAPHQL.VALIDATION_FAILED');
      const syntax = expectError(
        await admin.gql('{ department(id: "x") { id '),
        'BAD_USER_INPUT',
        'GRAPHQL.PARSE_FAILED',
      );
      expect(syntax.message).toMatch(/^查询语法错误/);
      expectError(
        await admin.gql(UPDATE_DEPARTMENT, { id: randomUUID(), version: 'one', input: {} }),
        'BAD_USER_INPUT',
      );
    });

    it('refuses a duplicate with CONFLICT naming the field', async () => {
      const existing = await createDepartment(testApp.db.database.dataSource);
      const before = await departmentCount();
      const response = await admin.gql(CREATE_DEPARTMENT, {
        input: { code: existing.code, name: '另一个处', kind: 'DIVISION' },
      });
      const error = expectError(response, 'CONFLICT', 'DEPARTMENT.DUPLICATE');
      expect(Object.keys(error.extensions?.fields ?? {})).toEqual(['code']);
      expect(await departmentCount()).toBe(before);
    });
  });

  describe('optimistic locking', () => {
    it('refuses a stale version with CONFLICT RECORD.STALE_VERSION and changes nothing', async () => {
      const created = await admin.ok<{ createDepartment: { id: string; code: string; version: number } }>(
        CREATE_DEPARTMENT,
        {
          input: { code: 'LOCK_TEST', name: '锁测试处', kind: 'DIVISION' },
        },
      );
      const { id, version } = created.createDepartment;
      // Two officers open the form at the same version; the first saves.
      const first = await admin.ok<{ updateDepartment: { version: number; name: string } }>(
        UPDATE_DEPARTMENT,
        {
          id,
          version,
          input: { code: 'LOCK_TEST', name: '第一位的修改', kind: 'DIVISION' },
        },
      );
      expect(first.updateDepartment.version).toBe(version + 1);
      const stale = await admin.gql(UPDATE_DEPARTMENT, {
        id,
        version,
        input: { code: 'LOCK_TEST', name: '第二位的修改', kind: 'OFFICE' },
      });
      const error = expectError(stale, 'CONFLICT', 'RECORD.STALE_VERSION');
      expect(error.message).toContain('已被他人修改');
      expect(stale.data ?? null).toBeNull();
      const row = await testApp.db.database.dataSource.manager.findOneByOrFail(Department, { id });
      expect(row).toMatchObject({ name: '第一位的修改', kind: 'DIVISION', version: version + 1 });
      // the refused attempt is audited as FAILED, in a transaction of its own
      const audit = await auditRows(stale.headers.get('x-request-id')!);
      expect(audit.map((entry) => [entry.action, entry.outcome, entry.errorCode, entry.reason])).toEqual([
        ['Mutation.updateDepartment', 'FAILED', 'CONFLICT', 'RECORD.STALE_VERSION'],
      ]);
    });
  });

  describe('INVALID_TRANSITION', () => {
    it('answers revoking an already revoked token with allowedActions', async () => {
      const { apiToken } = await createApiToken(testApp.db.database.dataSource, ['public:read']);
      const revoked = await security.ok<{ revokeApiToken: { version: number; revokedAt: string } }>(
        REVOKE_TOKEN,
        {
          id: apiToken.id,
          version: apiToken.version,
        },
      );
      expect(revoked.revokeApiToken.revokedAt).toBeTruthy();
      const again = await security.gql(REVOKE_TOKEN, {
        id: apiToken.id,
        version: revoked.revokeApiToken.version,
      });
      const error = expectError(again, 'INVALID_TRANSITION', 'API_TOKEN.ALREADY_REVOKED');
      expect(Array.isArray(error.extensions?.allowedActions)).toBe(true);
      expect(error.extensions?.allowedActions).not.toContain('REVOKE');
      // with the old version it is a conflict first
      expectError(
        await security.gql(REVOKE_TOKEN, { id: apiToken.id, version: apiToken.version }),
        'CONFLICT',
        'RECORD.STALE_VERSION',
      );
      const row = await testApp.db.database.dataSource.manager.findOneByOrFail(ApiToken, { id: apiToken.id });
      expect(row.version).toBe(revoked.revokeApiToken.version);
    });
  });

  describe('INTERNAL', () => {
    const marker = 'secret-internal-detail-7f3a';

    it('hides an unexpected error behind INTERNAL with the request id; the details are only in the logs', async () => {
      const { dataSource } = testApp.db.database;
      // Make the database fail in a way no code path expects: a trigger raising on one particular name.
      await dataSource.query(`
        CREATE FUNCTION test_fail_department() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.name = '触发内部错误处' THEN RAISE EXCEPTION '${marker}: relation "department" violates something'; END IF;
          RETURN NEW;
        END $$`);
      await dataSource.query(
        'CREATE TRIGGER test_fail_department BEFORE INSERT ON department FOR EACH ROW EXECUTE FUNCTION test_fail_department()',
      );
      try {
        const before = await departmentCount();
        const response = await admin.gql(CREATE_DEPARTMENT, {
          input: { code: 'BOOM', name: '触发内部错误处', kind: 'DIVISION' },
        });
        const requestId = response.headers.get('x-request-id')!;
        const error = expectError(response, 'INTERNAL', 'INTERNAL.UNEXPECTED');
        expect(error.message).toContain(requestId);
        expect(response.text).not.toContain(marker);
        expect(response.text).not.toContain('trigger');
        expect(await departmentCount()).toBe(before);

        const logged = testApp.logs
          .filter((line) => line.includes(marker))
          .map((line) => JSON.parse(line) as Record<string, unknown>);
        expect(logged.length).toBeGreaterThan(0);
        expect(logged.some((entry) => entry.requestId === requestId && entry.level === 50)).toBe(true);
        const audit = await auditRows(requestId);
        expect(audit.map((entry) => [entry.outcome, entry.errorCode])).toEqual([['FAILED', 'INTERNAL']]);
        expect(JSON.stringify(audit)).not.toContain(marker);
      } finally {
        await dataSource.query('DROP TRIGGER test_fail_department ON department');
        await dataSource.query('DROP FUNCTION test_fail_department()');
      }
    });

    it('classifies what it throws without leaking: unknown errors INTERNAL, timeouts and lost connections UNAVAILABLE', () => {
      expect(toContractError(new Error('SELECT * FROM secret'))).toMatchObject({
        code: 'INTERNAL',
        reason: 'INTERNAL.UNEXPECTED',
      });
      expect(toContractError(new Error('SELECT * FROM secret')).message).not.toContain('SELECT');
      expect(
        toContractError(
          Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }),
        ),
      ).toMatchObject({
        code: 'UNAVAILABLE',
        reason: 'DATABASE.TIMEOUT',
      });
      expect(
        toContractError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })),
      ).toMatchObject({
        code: 'UNAVAILABLE',
        reason: 'DATABASE.UNAVAILABLE',
      });
      expect(
        toContractError(
          Object.assign(new Error('database "x" is not currently accepting connections'), { code: '55000' }),
        ),
      ).toMatchObject({
        code: 'UNAVAILABLE',
        reason: 'DATABASE.UNAVAILABLE',
      });
      const duplicate = toContractError({
        name: 'QueryFailedError',
        message: 'duplicate key value',
        driverError: { code: '23505', detail: 'Key (code)=(X) already exists.' },
      });
      expect(duplicate).toMatchObject({ code: 'CONFLICT', reason: 'RECORD.DUPLICATE' });
      expect(duplicate.message).toMatch(CJK);
      expect(duplicate.message).not.toContain('Key (code)');
      expect(toContractError('a thrown string')).toMatchObject({ code: 'INTERNAL' });
    });
  });

  describe('concurrent duplicates (PostgreSQL)', () => {
    it.runIf(currentBackend() === 'postgres')(
      'answers a duplicate that slipped past the service check (unique index) with CONFLICT, not INTERNAL',
      async () => {
        // Another transaction inserts the same code but has not committed: the API's duplicate check cannot
        // see it, its INSERT waits on the unique index and fails once the other transaction commits.
        const other = new pg.Client({ connectionString: testApp.db.databaseUrl });
        await other.connect();
        try {
          await other.query('BEGIN');
          await other.query(
            `INSERT INTO department (code, name, kind, sort_order, is_active, version, created_at, updated_at)
             VALUES ('RACE_CODE', '并发处甲', 'DIVISION', 0, true, 1, now(), now())`,
          );
          const pending = admin.gql(CREATE_DEPARTMENT, {
            input: { code: 'RACE_CODE', name: '并发处乙', kind: 'DIVISION' },
          });
          // bounded wait until the API's INSERT is blocked on our row lock
          const deadline = Date.now() + 10_000;
          for (;;) {
            const { rows } = await other.query<{ waiting: number }>(
              `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
            );
            if (rows[0].waiting > 0) break;
            if (Date.now() > deadline) throw new Error('the API request never waited on the lock');
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
          await other.query('COMMIT');
          const response = await pending;
          // DEPARTMENT.DUPLICATE when the use case recognises its index, RECORD.DUPLICATE from the generic mapping
          const error = expectError(response, 'CONFLICT');
          expect(error.extensions?.reason).toMatch(/^(DEPARTMENT|RECORD)\.DUPLICATE$/);
          expect(
            await testApp.db.database.dataSource.manager.countBy(Department, { code: 'RACE_CODE' }),
          ).toBe(1);
        } finally {
          await other.end();
        }
      },
    );
  });

  it('every error message of a user-facing refusal is zh-CN', async () => {
    const user = await createStaff(testApp.db.database.dataSource, { roles: ['DRAFTER'] });
    const responses = [
      await testApp.client().login(user.username, 'wrong-password-1A!'),
      await testApp.client().login('', ''),
      await admin.gql('mutation { changePassword(currentPassword: "x", newPassword: "short") { id } }'),
      await admin.gql(`mutation($id: ID!) { setUserActive(id: $id, version: 99, isActive: false) { id } }`, {
        id: user.id,
      }),
    ];
    for (const response of responses) {
      expect(response.errors?.length, response.text).toBeGreaterThan(0);
      for (const error of response.errors ?? []) {
        expect(ERROR_CODES).toContain(error.extensions?.code);
        expect(error.message, response.text).toMatch(CJK);
      }
    }
    expect(
      (await testApp.db.database.dataSource.manager.findOneByOrFail(User, { id: user.id })).isActive,
    ).toBe(true);
  });
});
