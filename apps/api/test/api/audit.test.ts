import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { MASKED_VALUE, SECRET_VALUE } from '@gdp/domain';
import { currentBackend } from '../support/backend.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createApiToken, createDepartment, createStaff, signedIn, TEST_PASSWORD } from '../support/factories.js';
import { type GraphQLClient, type GraphQLResponse, firstError } from '../support/graphql-client.js';
import { toCsv, neutraliseFormula } from '../../src/shared/export/csv.js';
import type { User } from '../../src/modules/organisation/user.entity.js';

/** The audit log (SPEC §2.2): one row per mutation in its transaction, masked, append-only, hash-chained. */

interface AuditRow {
  seq: string;
  action: string;
  outcome: string;
  actor_kind: string;
  actor_id: string | null;
  actor_name: string | null;
  entity_type: string | null;
  entity_id: string | null;
  error_code: string | null;
  reason: string | null;
  changes: unknown;
  request_id: string | null;
}

type Change = { entityType: string; entityId: string | null; fields: Record<string, { from?: unknown; to?: unknown }> };

const AUDIT_FIELDS = 'seq at actorKind actorId actorName action outcome entityType entityId changes errorCode reason ip requestId hash';
const AUDIT_LOGS = `query Audit($filter: AuditLogFilter, $page: PageInput) { auditLogs(filter: $filter, page: $page) { total items { ${AUDIT_FIELDS} } } }`;
const MY_AUDIT_LOGS = `query Mine($page: PageInput) { myAuditLogs(page: $page) { total items { ${AUDIT_FIELDS} } } }`;
const AUDIT_LOG = `query One($seq: ID!) { auditLog(seq: $seq) { ${AUDIT_FIELDS} } }`;
const EXPORT = `query Export($filter: AuditLogFilter) { exportAuditLogs(filter: $filter) { filename contentType content rows } }`;
const VERIFY = '{ verifyAuditChain { ok checkedRows brokenAtSeq } }';
const CREATE_DEPARTMENT = `mutation Create($input: DepartmentInput!) { createDepartment(input: $input) { id code name version } }`;
const UPDATE_DEPARTMENT = `mutation Update($id: ID!, $version: Int!, $input: DepartmentInput!) { updateDepartment(id: $id, version: $version, input: $input) { id version } }`;
const USER_FIELDS = 'id username version roles { id role } permissions';

const INITIAL_PASSWORD = 'Chu-Shi-Mi-Ma-2026';
const NEW_PASSWORD = 'Xin-De-Mi-Ma-2027!';


function dataOf<T = Record<string, any>>(response: GraphQLResponse): T {
  if (response.errors?.length || !response.data) throw new Error(`GraphQL call failed: ${response.text}`);
  return response.data as T;
}

/** RFC 4180 reader for the exported CSV (quoted cells, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else cell += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      row.push(cell);
      cell = '';
    } else if (character === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index += 1;
    } else cell += character;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

describe('audit log', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let admin: GraphQLClient;
  let adminUser: User;
  let security: GraphQLClient;
  let securityUser: User;
  let auditor: GraphQLClient;
  let auditorUser: User;
  let drafter: GraphQLClient;
  let drafterUser: User;

  const auditCount = async () => Number((await ds.query('SELECT count(*)::int AS n FROM audit_log'))[0].n);
  const countOf = async (table: string, where = 'true', params: unknown[] = []) =>
    Number((await ds.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params))[0].n);

  async function auditOf(response: GraphQLResponse): Promise<AuditRow[]> {
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toBeTruthy();
    return ds.query(
      `SELECT seq::text AS seq, action, outcome, actor_kind, actor_id, actor_name, entity_type, entity_id, error_code, reason, changes, request_id
         FROM audit_log WHERE request_id = $1 ORDER BY audit_log.seq`,
      [requestId],
    );
  }

  /** Runs one call and checks it added exactly one audit row, which it returns with the response. */
  async function oneRow(call: () => Promise<GraphQLResponse>): Promise<{ response: GraphQLResponse; row: AuditRow }> {
    const before = await auditCount();
    const response = await call();
    expect(await auditCount(), `audit rows added by ${response.text.slice(0, 200)}`).toBe(before + 1);
    const rows = await auditOf(response);
    expect(rows).toHaveLength(1);
    return { response, row: rows[0] };
  }

  const withRequestId = (client: GraphQLClient, requestId: string, query: string, variables?: Record<string, unknown>) =>
    client.raw(JSON.stringify({ query, variables }), { 'x-request-id': requestId });

  const chainLinksBroken = async () =>
    Number(
      (
        await ds.query(
          `SELECT count(*)::int AS n FROM (SELECT prev_hash, lag(hash) OVER (ORDER BY seq) AS previous FROM audit_log) chain
            WHERE previous IS NOT NULL AND prev_hash <> previous`,
        )
      )[0].n,
    );

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.db.database.dataSource;
    ({ client: admin, user: adminUser } = await signedIn(testApp, { roles: ['SYSTEM_ADMIN'] }));
    ({ client: security, user: securityUser } = await signedIn(testApp, { roles: ['SECURITY_ADMIN'] }));
    ({ client: auditor, user: auditorUser } = await signedIn(testApp, { roles: ['AUDITOR'] }));
    ({ client: drafter, user: drafterUser } = await signedIn(testApp, { roles: ['DRAFTER'] }));
  });
  afterAll(async () => {
    await testApp?.close();
  });

  describe('one row per successful mutation, in its transaction', () => {
    it('every mutation of the platform writes exactly one SUCCESS row naming action, actor and entity', async () => {
      const department = await createDepartment(ds);

      // Departments
      const created = await oneRow(() =>
        admin.gql(CREATE_DEPARTMENT, { input: { code: 'AUDIT_ONE', name: '审计测试处', kind: 'DIVISION', sortOrder: 1 } }),
      );
      const departmentId = dataOf(created.response).createDepartment.id as string;
      expect(created.row).toMatchObject({
        action: 'Mutation.createDepartment',
        outcome: 'SUCCESS',
        actor_kind: 'staff',
        actor_id: adminUser.id,
        actor_name: adminUser.username,
        entity_type: 'Department',
        entity_id: departmentId,
        error_code: null,
        reason: null,
      });
      const updated = await oneRow(() =>
        admin.gql(UPDATE_DEPARTMENT, { id: departmentId, version: 1, input: { code: 'AUDIT_ONE', name: '审计测试处（改）', kind: 'DIVISION', sortOrder: 1 } }),
      );
      expect(updated.row).toMatchObject({ action: 'Mutation.updateDepartment', outcome: 'SUCCESS', entity_type: 'Department', entity_id: departmentId });
      const deactivated = await oneRow(() =>
        admin.gql('mutation { setDepartmentActive(id: "' + departmentId + '", version: 2, isActive: false) { isActive } }'),
      );
      expect(deactivated.row).toMatchObject({ action: 'Mutation.setDepartmentActive', outcome: 'SUCCESS', entity_id: departmentId });

      // Users
      const createdUser = await oneRow(() =>
        admin.gql(`mutation C($input: UserInput!, $p: String!) { createUser(input: $input, initialPassword: $p) { ${USER_FIELDS} } }`, {
          input: { username: 'wang.wu', displayName: '王五', departmentId: department.id, phone: '13800138000', email: 'wangwu@example.gov.cn' },
          p: INITIAL_PASSWORD,
        }),
      );
      const userId = dataOf(createdUser.response).createUser.id as string;
      expect(createdUser.row).toMatchObject({ action: 'Mutation.createUser', entity_type: 'User', entity_id: userId, actor_id: adminUser.id });
      const updatedUser = await oneRow(() =>
        admin.gql(`mutation U($input: UserInput!) { updateUser(id: "${userId}", version: 1, input: $input) { version } }`, {
          input: { username: 'wang.wu', displayName: '王五', departmentId: department.id, phone: '13912345678', email: 'wangwu@example.gov.cn' },
        }),
      );
      expect(updatedUser.row).toMatchObject({ action: 'Mutation.updateUser', entity_type: 'User', entity_id: userId });
      const reset = await oneRow(() =>
        admin.gql(`mutation { resetUserPassword(id: "${userId}", version: 2, initialPassword: "${INITIAL_PASSWORD}") { version } }`),
      );
      expect(reset.row).toMatchObject({ action: 'Mutation.resetUserPassword', entity_type: 'User', entity_id: userId });
      const inactive = await oneRow(() => admin.gql(`mutation { setUserActive(id: "${userId}", version: 3, isActive: false) { version } }`));
      expect(inactive.row).toMatchObject({ action: 'Mutation.setUserActive', entity_type: 'User', entity_id: userId });
      const active = await oneRow(() => admin.gql(`mutation { setUserActive(id: "${userId}", version: 4, isActive: true) { version } }`));
      expect(active.row).toMatchObject({ action: 'Mutation.setUserActive', entity_id: userId });
      const unlocked = await oneRow(() => admin.gql(`mutation { unlockUser(id: "${userId}") { id } }`));
      expect(unlocked.row).toMatchObject({ action: 'Mutation.unlockUser', outcome: 'SUCCESS', entity_type: 'User', entity_id: userId, changes: null });

      // Grants
      const granted = await oneRow(() =>
        security.gql(`mutation { grantRole(userId: "${userId}", role: DRAFTER, departmentId: "${department.id}") { ${USER_FIELDS} } }`),
      );
      const grantId = dataOf(granted.response).grantRole.roles[0].id as string;
      expect(granted.row).toMatchObject({ action: 'Mutation.grantRole', actor_id: securityUser.id, entity_type: 'RoleGrant', entity_id: grantId });
      const revoked = await oneRow(() => security.gql(`mutation { revokeRole(grantId: "${grantId}") { id } }`));
      expect(revoked.row).toMatchObject({ action: 'Mutation.revokeRole', entity_type: 'RoleGrant', entity_id: grantId });
      const permission = await oneRow(() =>
        security.gql(`mutation { grantPermission(userId: "${userId}", permission: APPLICATION_EXTENSION_APPROVE) { id } }`),
      );
      expect(permission.row).toMatchObject({ action: 'Mutation.grantPermission', entity_type: 'PermissionGrant' });
      const unpermission = await oneRow(() =>
        security.gql(`mutation { revokePermission(userId: "${userId}", permission: APPLICATION_EXTENSION_APPROVE) { id } }`),
      );
      expect(unpermission.row).toMatchObject({ action: 'Mutation.revokePermission', entity_type: 'PermissionGrant', entity_id: permission.row.entity_id });

      // API tokens
      const token = await oneRow(() =>
        security.gql('mutation { createApiToken(input: { name: "门户网站", scopes: [PUBLIC_READ] }) { token apiToken { id version } } }'),
      );
      const tokenId = dataOf(token.response).createApiToken.apiToken.id as string;
      expect(token.row).toMatchObject({ action: 'Mutation.createApiToken', entity_type: 'ApiToken', entity_id: tokenId });
      const revokedToken = await oneRow(() => security.gql(`mutation { revokeApiToken(id: "${tokenId}", version: 1) { revokedAt } }`));
      expect(revokedToken.row).toMatchObject({ action: 'Mutation.revokeApiToken', entity_type: 'ApiToken', entity_id: tokenId });

      // Own credentials: login (anonymous until it succeeds), forced password change, second factor, logout.
      const newcomer = testApp.client();
      const login = await oneRow(() => newcomer.login('wang.wu', INITIAL_PASSWORD));
      expect(dataOf(login.response).login).toEqual({ status: 'SIGNED_IN', stage: 'PASSWORD_CHANGE' });
      expect(login.row).toMatchObject({ action: 'Mutation.login', outcome: 'SUCCESS', actor_kind: 'anonymous', entity_type: 'User', entity_id: userId });
      const changed = await oneRow(() =>
        newcomer.gql('mutation C($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { stage } }', {
          c: INITIAL_PASSWORD,
          n: NEW_PASSWORD,
        }),
      );
      expect(changed.row).toMatchObject({ action: 'Mutation.changePassword', actor_kind: 'staff', actor_id: userId, entity_type: 'User', entity_id: userId });
      const enrol = await oneRow(() => newcomer.gql('mutation { beginTotpEnrolment { secret otpauthUri } }'));
      const secret = dataOf(enrol.response).beginTotpEnrolment.secret as string;
      expect(enrol.row).toMatchObject({ action: 'Mutation.beginTotpEnrolment', entity_type: 'User', entity_id: userId });
      const { generate } = await import('otplib');
      const code = await generate({ secret, epoch: Math.floor(testApp.clock.now().getTime() / 1000) });
      const confirmed = await oneRow(() => newcomer.gql('mutation C($code: String!) { confirmTotpEnrolment(code: $code) { totpEnabled } }', { code }));
      expect(confirmed.row).toMatchObject({ action: 'Mutation.confirmTotpEnrolment', entity_type: 'User', entity_id: userId });
      const logout = await oneRow(() => newcomer.gql('mutation { logout }'));
      expect(logout.row).toMatchObject({ action: 'Mutation.logout', actor_id: userId, entity_type: 'Session' });

      // Secrets of the second factor never reach the audit row, even masked-free.
      const enrolChanges = JSON.stringify(enrol.row.changes);
      expect(enrolChanges).not.toContain(secret);
      expect((enrol.row.changes as Change[])[0].fields.totpPendingSecret).toEqual({ from: null, to: SECRET_VALUE });
      expect((confirmed.row.changes as Change[])[0].fields.totpSecret).toEqual({ from: null, to: SECRET_VALUE });
    });

    it('masks values by sensitivity: a changed phone shows 〔已屏蔽〕, password hashes 〔保密〕, never the values', async () => {
      const { user } = await signedIn(testApp, { roles: ['GENERAL_OFFICE'], phone: '13511112222' });
      const response = await admin.gql(`mutation U($input: UserInput!) { updateUser(id: "${user.id}", version: ${user.version}, input: $input) { phone } }`, {
        input: { username: user.username, displayName: '测试人员', phone: '13633334444', email: 'person@example.gov.cn' },
      });
      expect(dataOf(response).updateUser.phone).toBe('13633334444');
      const [row] = await auditOf(response);
      const [change] = row.changes as Change[];
      expect(change).toMatchObject({ entityType: 'User', entityId: user.id });
      expect(change.fields.phone).toEqual({ from: MASKED_VALUE, to: MASKED_VALUE });
      expect(change.fields.email).toEqual({ from: null, to: MASKED_VALUE });
      // Unchanged fields are not in the diff; version and updatedAt never are.
      expect(Object.keys(change.fields).sort()).toEqual(['email', 'phone']);
      const text = JSON.stringify(row.changes);
      expect(text).not.toContain('13511112222');
      expect(text).not.toContain('13633334444');
      expect(text).not.toContain('person@example.gov.cn');

      // The auditor sees the same masked diff through the API.
      const viaApi = dataOf(await auditor.gql(AUDIT_LOGS, { filter: { entityId: user.id, action: 'Mutation.updateUser' } }));
      expect(viaApi.auditLogs.items[0].changes[0].fields.phone).toEqual({ from: MASKED_VALUE, to: MASKED_VALUE });

      const reset = await admin.gql(`mutation { resetUserPassword(id: "${user.id}", version: ${user.version + 1}, initialPassword: "${INITIAL_PASSWORD}") { version } }`);
      dataOf(reset);
      const [resetRow] = await auditOf(reset);
      const resetFields = (resetRow.changes as Change[])[0].fields;
      expect(resetFields.passwordHash).toEqual({ from: SECRET_VALUE, to: SECRET_VALUE });
      expect(resetFields.mustChangePassword).toEqual({ from: false, to: true });

      // Nowhere in the whole log: no password hash, no phone number, no e-mail address, no password.
      const leaks = await ds.query(
        `SELECT seq FROM audit_log WHERE changes::text ~ '\\$argon2' OR changes::text LIKE '%1351111%' OR changes::text LIKE '%1363333%'
            OR changes::text LIKE '%@example.gov.cn%' OR strpos(changes::text, $1::text) > 0 OR strpos(changes::text, $2::text) > 0`,
        [INITIAL_PASSWORD, TEST_PASSWORD],
      );
      expect(leaks).toEqual([]);
    });

    it('a mutation whose audit row cannot be written is rolled back with it (same transaction)', async () => {
      // A test-only trigger makes the audit insert of one request fail, after the department row was inserted.
      await ds.query(`CREATE FUNCTION test_fail_audit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'audit write refused for the test'; END $$`);
      await ds.query(
        `CREATE TRIGGER test_fail_audit BEFORE INSERT ON audit_log FOR EACH ROW WHEN (NEW.request_id = 'audit-fails-0001') EXECUTE FUNCTION test_fail_audit()`,
      );
      try {
        const departments = await countOf('department');
        const rows = await auditCount();
        const response = await withRequestId(admin, 'audit-fails-0001', CREATE_DEPARTMENT, {
          input: { code: 'NEVER_STORED', name: '不应保存的处室', kind: 'DIVISION', sortOrder: 0 },
        });
        const error = firstError(response);
        expect(error.extensions?.code).toBe('INTERNAL');
        expect(error.message).not.toMatch(/audit write refused|audit_log|INSERT/);
        expect(await countOf('department', 'code = $1', ['NEVER_STORED'])).toBe(0);
        expect(await countOf('department')).toBe(departments);
        expect(await auditCount()).toBe(rows);
      } finally {
        await ds.query('DROP TRIGGER test_fail_audit ON audit_log');
        await ds.query('DROP FUNCTION test_fail_audit()');
      }
      // The chain continues over the seq the failed attempt consumed.
      expect(dataOf(await auditor.gql(VERIFY)).verifyAuditChain.ok).toBe(true);
    });

    it('a denied call writes one DENIED row in its own transaction; nothing else changes', async () => {
      const departments = await countOf('department');
      const denied = await oneRow(() =>
        drafter.gql(CREATE_DEPARTMENT, { input: { code: 'DENIED_ONE', name: '被拒处', kind: 'DIVISION', sortOrder: 0 } }),
      );
      expect(firstError(denied.response).extensions?.code).toBe('FORBIDDEN');
      expect(denied.row).toMatchObject({
        action: 'Mutation.createDepartment',
        outcome: 'DENIED',
        actor_kind: 'staff',
        actor_id: drafterUser.id,
        error_code: 'FORBIDDEN',
        reason: 'ACCESS.FORBIDDEN',
        changes: null,
      });
      expect(await countOf('department')).toBe(departments);

      const anonymous = await oneRow(() => testApp.client().gql(CREATE_DEPARTMENT, { input: { code: 'ANON', name: '匿名', kind: 'DIVISION', sortOrder: 0 } }));
      expect(anonymous.row).toMatchObject({ outcome: 'DENIED', actor_kind: 'anonymous', actor_id: null, error_code: 'UNAUTHENTICATED', reason: 'AUTH.UNAUTHENTICATED' });

      // Denied reads are recorded too.
      const deniedRead = await oneRow(() => drafter.gql(AUDIT_LOGS, {}));
      expect(deniedRead.row).toMatchObject({ action: 'Query.auditLogs', outcome: 'DENIED', actor_id: drafterUser.id, error_code: 'FORBIDDEN' });
    });

    it('a failed mutation writes one FAILED row and changes nothing', async () => {
      const departments = await countOf('department');
      const failed = await oneRow(() =>
        admin.gql(CREATE_DEPARTMENT, { input: { code: 'bad', name: '', kind: 'DIVISION', sortOrder: 0 } }),
      );
      expect(firstError(failed.response).extensions?.code).toBe('BAD_USER_INPUT');
      expect(failed.row).toMatchObject({
        action: 'Mutation.createDepartment',
        outcome: 'FAILED',
        actor_id: adminUser.id,
        error_code: 'BAD_USER_INPUT',
        reason: 'INPUT.INVALID',
        changes: null,
      });
      expect(await countOf('department')).toBe(departments);

      // A failure after the record was loaded and locked (stale version) leaves it as it was.
      const target = await createDepartment(ds, { name: '版本测试处' });
      const stale = await oneRow(() =>
        admin.gql(UPDATE_DEPARTMENT, { id: target.id, version: 7, input: { code: target.code, name: '不应保存', kind: 'OFFICE', sortOrder: 5 } }),
      );
      expect(stale.row).toMatchObject({ outcome: 'FAILED', error_code: 'CONFLICT', reason: 'RECORD.STALE_VERSION' });
      expect(await ds.query('SELECT name, kind, version FROM department WHERE id = $1', [target.id])).toEqual([{ name: '版本测试处', kind: 'DIVISION', version: 1 }]);

      // 三员分立 refusal: no grant stored.
      const systemAdmin = await createStaff(ds, { roles: ['SYSTEM_ADMIN'] });
      const separation = await oneRow(() => security.gql(`mutation { grantRole(userId: "${systemAdmin.id}", role: AUDITOR) { id } }`));
      expect(separation.row).toMatchObject({ action: 'Mutation.grantRole', outcome: 'FAILED', reason: 'GRANT.SEPARATION_OF_DUTIES' });
      expect(await countOf('role_grant', 'user_id = $1', [systemAdmin.id])).toBe(1);
    });
  });

  describe('append-only', () => {
    it('the database refuses UPDATE, DELETE and TRUNCATE on audit_log', async () => {
      const rows = await auditCount();
      const [last] = await ds.query('SELECT seq::text AS seq, action FROM audit_log ORDER BY audit_log.seq DESC LIMIT 1');
      await expect(ds.query(`UPDATE audit_log SET action = 'Mutation.rewritten' WHERE seq = $1`, [last.seq])).rejects.toThrow(/审计日志只能追加/);
      await expect(ds.query('UPDATE audit_log SET changes = NULL')).rejects.toThrow(/审计日志只能追加/);
      await expect(ds.query('DELETE FROM audit_log WHERE seq = $1', [last.seq])).rejects.toThrow(/审计日志只能追加/);
      await expect(ds.query('DELETE FROM audit_log')).rejects.toThrow(/审计日志只能追加/);
      await expect(ds.query('TRUNCATE audit_log')).rejects.toThrow(/审计日志只能追加/);
      // Inside a transaction too: the refusal aborts it.
      await expect(
        ds.transaction(async (manager) => {
          await manager.query(`UPDATE audit_log SET reason = 'x' WHERE seq = $1`, [last.seq]);
        }),
      ).rejects.toThrow(/审计日志只能追加/);
      expect(await auditCount()).toBe(rows);
      expect((await ds.query('SELECT action FROM audit_log WHERE seq = $1', [last.seq]))[0].action).toBe(last.action);
    });
  });

  describe('AUDITOR reads', () => {
    let t1: Date;
    let t2: Date;
    let departmentA: string;

    beforeAll(async () => {
      testApp.clock.advanceMinutes(5);
      t1 = testApp.clock.now();
      departmentA = dataOf(await admin.gql(CREATE_DEPARTMENT, { input: { code: 'FILTER_A', name: '筛选甲处', kind: 'DIVISION', sortOrder: 0 } })).createDepartment.id;
      dataOf(await admin.gql(CREATE_DEPARTMENT, { input: { code: 'FILTER_B', name: '筛选乙处', kind: 'OFFICE', sortOrder: 0 } }));
      await drafter.gql(CREATE_DEPARTMENT, { input: { code: 'FILTER_C', name: '筛选丙处', kind: 'DIVISION', sortOrder: 0 } });
      testApp.clock.advanceMinutes(5);
      t2 = testApp.clock.now();
      dataOf(await admin.gql(UPDATE_DEPARTMENT, { id: departmentA, version: 1, input: { code: 'FILTER_A', name: '筛选甲处（改）', kind: 'DIVISION', sortOrder: 0 } }));
    });

    /** The API's answer equals the same filter in SQL, taken just before (the call's own row comes after it). */
    async function expectFilter(filter: Record<string, unknown>, where: string, params: unknown[], page = { page: 1, perPage: 100 }) {
      const expected = (await ds.query(`SELECT seq::text AS seq FROM audit_log WHERE ${where} ORDER BY audit_log.seq DESC`, params)) as Array<{ seq: string }>;
      const result = dataOf(await auditor.gql(AUDIT_LOGS, { filter, page })).auditLogs as { total: number; items: Array<{ seq: string }> };
      expect(result.total).toBe(expected.length);
      const offset = (page.page - 1) * page.perPage;
      expect(result.items.map((item) => item.seq)).toEqual(expected.slice(offset, offset + page.perPage).map((row) => row.seq));
      return result;
    }

    it('filters by actor, action prefix, entity, outcome and time range', async () => {
      const byActor = await expectFilter({ actorId: adminUser.id }, 'actor_id = $1', [adminUser.id]);
      expect(byActor.total).toBeGreaterThan(3);

      const byPrefix = await expectFilter({ action: 'Mutation.create' }, `action LIKE 'Mutation.create%'`, []);
      expect(new Set(byPrefix.items.map((item: any) => item.action))).toEqual(new Set(['Mutation.createDepartment', 'Mutation.createUser', 'Mutation.createApiToken']));
      await expectFilter({ action: 'Mutation.createDepartment' }, `action = 'Mutation.createDepartment'`, []);
      // The prefix is text, not a pattern.
      await expectFilter({ action: 'Mutation.%' }, 'false', []);
      await expectFilter({ action: '_' }, 'false', []);

      const byEntity = await expectFilter({ entityType: 'Department', entityId: departmentA }, `entity_type = 'Department' AND entity_id = $1`, [departmentA]);
      expect(byEntity.items.map((item: any) => item.action)).toEqual(['Mutation.updateDepartment', 'Mutation.createDepartment']);
      await expectFilter({ entityType: 'RoleGrant' }, `entity_type = 'RoleGrant'`, []);

      const denied = await expectFilter({ outcome: 'DENIED' }, `outcome = 'DENIED'`, []);
      expect(denied.items.every((item: any) => item.outcome === 'DENIED')).toBe(true);
      await expectFilter({ outcome: 'FAILED' }, `outcome = 'FAILED'`, []);

      const atT1 = await expectFilter({ from: t1.toISOString(), to: t1.toISOString() }, 'at >= $1 AND at <= $1', [t1]);
      expect(atT1.items.map((item: any) => [item.action, item.outcome])).toEqual([
        ['Mutation.createDepartment', 'DENIED'],
        ['Mutation.createDepartment', 'SUCCESS'],
        ['Mutation.createDepartment', 'SUCCESS'],
      ]);
      await expectFilter({ from: t2.toISOString(), action: 'Mutation.' }, `at >= $1 AND action LIKE 'Mutation.%'`, [t2]);
      await expectFilter({ to: t1.toISOString(), actorId: drafterUser.id, outcome: 'DENIED' }, `at <= $1 AND actor_id = $2 AND outcome = 'DENIED'`, [t1, drafterUser.id]);

      const range = firstError(await auditor.gql(AUDIT_LOGS, { filter: { from: t2.toISOString(), to: t1.toISOString() } }));
      expect(range.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'AUDIT.RANGE_INVALID' });
    });

    it('paginates newest first with a total; perPage is capped', async () => {
      const all = await auditCount();
      const first = await expectFilter({}, 'true', [], { page: 1, perPage: 7 });
      expect(first.items).toHaveLength(7);
      expect(first.total).toBe(all);
      const seqs = first.items.map((item) => BigInt(item.seq));
      expect([...seqs].sort((a, b) => (a < b ? 1 : -1))).toEqual(seqs);
      await expectFilter({ actorId: adminUser.id }, 'actor_id = $1', [adminUser.id], { page: 2, perPage: 3 });
      const error = firstError(await auditor.gql(AUDIT_LOGS, { page: { page: 1, perPage: 500 } }));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAGE.INVALID' });
    });

    it('the auditor’s own searches, exports and verifications are audited', async () => {
      const filter = { actorId: adminUser.id, action: 'Mutation.', from: t1.toISOString() };
      const search = await oneRow(() => auditor.gql(AUDIT_LOGS, { filter }));
      dataOf(search.response);
      expect(search.row).toMatchObject({ action: 'Query.auditLogs', outcome: 'SUCCESS', actor_kind: 'staff', actor_id: auditorUser.id });
      expect(search.row.changes).toEqual({ filter });

      const exported = await oneRow(() => auditor.gql(EXPORT, { filter: { outcome: 'DENIED' } }));
      dataOf(exported.response);
      expect(exported.row).toMatchObject({ action: 'Query.exportAuditLogs', outcome: 'SUCCESS', actor_id: auditorUser.id, changes: { filter: { outcome: 'DENIED' } } });

      const verified = await oneRow(() => auditor.gql(VERIFY));
      dataOf(verified.response);
      expect(verified.row).toMatchObject({ action: 'Query.verifyAuditChain', outcome: 'SUCCESS', actor_id: auditorUser.id, changes: { filter: null } });

      // …and can be found like any other row.
      const own = dataOf(await auditor.gql(AUDIT_LOGS, { filter: { actorId: auditorUser.id, action: 'Query.' } })).auditLogs;
      expect(own.items.map((item: any) => item.action)).toEqual(expect.arrayContaining(['Query.auditLogs', 'Query.exportAuditLogs', 'Query.verifyAuditChain']));

      // Rows holding filters with dates still verify.
      expect(dataOf(await auditor.gql(VERIFY)).verifyAuditChain.ok).toBe(true);
    });

    it('reads one row by seq as the list shows it; the read is audited against that row', async () => {
      const [listed] = dataOf(await auditor.gql(AUDIT_LOGS, { filter: { actorId: adminUser.id, action: 'Mutation.' }, page: { perPage: 1 } }))
        .auditLogs.items;
      expect(listed.changes).toBeTruthy();
      const read = await oneRow(() => auditor.gql(AUDIT_LOG, { seq: listed.seq }));
      expect(dataOf(read.response).auditLog).toEqual(listed);
      expect(read.row).toMatchObject({
        action: 'Query.auditLog',
        outcome: 'SUCCESS',
        actor_kind: 'staff',
        actor_id: auditorUser.id,
        entity_type: 'AuditLog',
        entity_id: listed.seq,
        changes: null,
      });

      // Who looked at a row is itself found by the row.
      const lookups = dataOf(await auditor.gql(AUDIT_LOGS, { filter: { entityType: 'AuditLog', entityId: listed.seq } })).auditLogs;
      expect(lookups.items.map((item: any) => [item.action, item.actorId])).toEqual([['Query.auditLog', auditorUser.id]]);

      // Its own audit row can be read too (and that read is audited in turn).
      const own = await oneRow(() => auditor.gql(AUDIT_LOG, { seq: read.row.seq }));
      expect(dataOf(own.response).auditLog).toMatchObject({ seq: read.row.seq, action: 'Query.auditLog', entityType: 'AuditLog', entityId: listed.seq });
      expect(own.row).toMatchObject({ action: 'Query.auditLog', entity_type: 'AuditLog', entity_id: read.row.seq });
    });

    it('an unknown or malformed seq is NOT_FOUND and records no read', async () => {
      const [{ last }] = await ds.query('SELECT max(seq)::text AS last FROM audit_log');
      const unknown = [String(BigInt(last) + 1000n), '9223372036854775807'];
      const malformed = ['0', '-1', '1.5', '01', ' 1', '1e3', 'abc', '', '00000000-0000-4000-8000-000000000000', '9223372036854775808', '1'.repeat(40)];
      for (const seq of [...unknown, ...malformed]) {
        const before = await auditCount();
        const error = firstError(await auditor.gql(AUDIT_LOG, { seq }));
        expect(error.extensions, seq).toMatchObject({ code: 'NOT_FOUND', reason: 'RECORD.NOT_FOUND' });
        expect(error.message).toBe('审计记录不存在或无权访问');
        expect(await auditCount()).toBe(before);
      }
    });

    it('only the auditor reads a row: others FORBIDDEN with a DENIED row, anonymous UNAUTHENTICATED', async () => {
      const [{ seq }] = await ds.query('SELECT min(seq)::text AS seq FROM audit_log');
      for (const [client, user] of [[admin, adminUser], [security, securityUser], [drafter, drafterUser]] as const) {
        const { response, row } = await oneRow(() => client.gql(AUDIT_LOG, { seq }));
        expect(response.data).toBeNull();
        expect(firstError(response).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCESS.FORBIDDEN' });
        expect(row).toMatchObject({ action: 'Query.auditLog', outcome: 'DENIED', actor_id: user.id, error_code: 'FORBIDDEN' });
      }
      const anonymous = await testApp.client().gql(AUDIT_LOG, { seq });
      expect(firstError(anonymous).extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('exports CSV with a BOM, Chinese headers, masked values and neutralised formula-like cells', async () => {
      // A caller-chosen request id starting with '-' ends up in a cell of the export.
      const planted = await withRequestId(drafter, '-cmd-calc-0001', CREATE_DEPARTMENT, { input: { code: 'PLANTED', name: '注入', kind: 'DIVISION', sortOrder: 0 } });
      expect(firstError(planted).extensions?.code).toBe('FORBIDDEN');

      const expectedRows = await countOf('audit_log');
      const result = dataOf(await auditor.gql(EXPORT, {})).exportAuditLogs;
      expect(result).toMatchObject({ filename: 'audit-log.csv', contentType: 'text/csv; charset=utf-8', rows: expectedRows });
      const content = result.content as string;
      expect(content.startsWith('\uFEFF')).toBe(true);
      expect(content.endsWith('\r\n')).toBe(true);
      const [header, ...rows] = parseCsv(content.slice(1));
      expect(header).toEqual(['序号', '时间', '操作人类型', '操作人', '操作', '结果', '对象类型', '对象编号', '变更（已屏蔽）', '错误类别', '原因', 'IP', '请求编号', '哈希']);
      expect(rows).toHaveLength(expectedRows);
      // Oldest first; outcomes in Chinese.
      expect(rows.map((row) => Number(row[0]))).toEqual([...rows.map((row) => Number(row[0]))].sort((a, b) => a - b));
      expect(new Set(rows.map((row) => row[5]))).toEqual(new Set(['成功', '拒绝', '失败']));
      // Actor kinds and record types in Chinese too, as the domain labels them.
      expect(rows.map((row) => row[2])).toEqual(expect.arrayContaining(['工作人员', '匿名']));
      expect(rows.every((row) => ['工作人员', '外部应用', '匿名'].includes(row[2]))).toBe(true);
      expect(rows.map((row) => row[6])).toEqual(expect.arrayContaining(['处室', '用户', '角色授权', '外部应用令牌', '审计日志']));
      expect(rows.some((row) => /^[A-Z][A-Za-z]+$/.test(row[6]))).toBe(false);

      const plantedRow = rows.find((row) => row[12].includes('cmd-calc-0001'));
      expect(plantedRow?.[12]).toBe("'-cmd-calc-0001");
      // No cell of the file may start like a formula.
      for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

      // The export holds only masked values.
      expect(content).not.toMatch(/\$argon2|13800138000|13912345678|wangwu@example/);
      expect(content).toContain(MASKED_VALUE);

      const filtered = dataOf(await auditor.gql(EXPORT, { filter: { outcome: 'DENIED', actorId: drafterUser.id } })).exportAuditLogs;
      const filteredRows = parseCsv((filtered.content as string).slice(1)).slice(1);
      expect(filtered.rows).toBe(await countOf('audit_log', `outcome = 'DENIED' AND actor_id = $1`, [drafterUser.id]));
      expect(filteredRows).toHaveLength(filtered.rows);
      expect(filteredRows.every((row) => row[5] === '拒绝' && row[3] === drafterUser.username)).toBe(true);

      // Only the auditor exports.
      expect(firstError(await admin.gql(EXPORT, {})).extensions?.code).toBe('FORBIDDEN');
    });

    it('toCsv neutralises cells starting with = + - @ (and tab/CR), quotes what needs quoting', () => {
      const content = toCsv<Record<string, unknown>>(
        [
          { a: '=HYPERLINK("http://evil","点我")', b: '+86 10 1234', c: '-1+2', d: '@SUM(A1)' },
          { a: '\tTAB', b: '\rCR', c: 'plain 文本', d: 'a,b' },
          { a: null, b: undefined, c: new Date('2026-01-02T03:04:05.000Z'), d: { k: '=x' } },
          { a: 42, b: 'say "hi"', c: 'line1\nline2', d: '中=文' },
        ],
        [
          { header: '甲', value: (row: Record<string, unknown>) => row.a },
          { header: '乙', value: (row: Record<string, unknown>) => row.b },
          { header: '丙', value: (row: Record<string, unknown>) => row.c },
          { header: '丁,"引号"', value: (row: Record<string, unknown>) => row.d },
        ],
      );
      expect(content.startsWith('\uFEFF')).toBe(true);
      expect(parseCsv(content.slice(1))).toEqual([
        ['甲', '乙', '丙', '丁,"引号"'],
        [`'=HYPERLINK("http://evil","点我")`, "'+86 10 1234", "'-1+2", "'@SUM(A1)"],
        ["'\tTAB", "'\rCR", 'plain 文本', 'a,b'],
        ['', '', '2026-01-02T03:04:05.000Z', '{"k":"=x"}'],
        ['42', 'say "hi"', 'line1\nline2', '中=文'],
      ]);
      expect(content.split('\r\n')[1]).toBe(`"'=HYPERLINK(""http://evil"",""点我"")",'+86 10 1234,'-1+2,'@SUM(A1)`);
      expect(neutraliseFormula('=1+1')).toBe("'=1+1");
      expect(neutraliseFormula('safe=1')).toBe('safe=1');
      expect(neutraliseFormula('')).toBe('');
    });
  });

  describe('myAuditLogs', () => {
    it('every user reads their own rows, and only their own', async () => {
      const { client: one, user: userOne } = await signedIn(testApp, { roles: ['GENERAL_OFFICE'] });
      const { client: two, user: userTwo } = await signedIn(testApp, { roles: ['DRAFTER'] });
      expect(dataOf(await one.gql(MY_AUDIT_LOGS)).myAuditLogs).toEqual({ total: 0, items: [] });

      await one.gql(CREATE_DEPARTMENT, { input: { code: 'MINE_ONE', name: '我的一', kind: 'DIVISION', sortOrder: 0 } });
      await one.gql(AUDIT_LOGS, {});
      await two.gql(CREATE_DEPARTMENT, { input: { code: 'MINE_TWO', name: '我的二', kind: 'DIVISION', sortOrder: 0 } });

      for (const [client, user] of [
        [one, userOne],
        [two, userTwo],
        [admin, adminUser],
        [auditor, auditorUser],
      ] as const) {
        const expected = await countOf('audit_log', 'actor_id = $1', [user.id]);
        const mine = dataOf(await client.gql(MY_AUDIT_LOGS, { page: { page: 1, perPage: 100 } })).myAuditLogs;
        expect(mine.total).toBe(expected);
        expect(mine.items.length).toBe(Math.min(expected, 100));
        expect(mine.items.every((item: any) => item.actorId === user.id)).toBe(true);
      }
      const mineOne = dataOf(await one.gql(MY_AUDIT_LOGS)).myAuditLogs;
      expect(mineOne.items.map((item: any) => [item.action, item.outcome])).toEqual([
        ['Query.auditLogs', 'DENIED'],
        ['Mutation.createDepartment', 'DENIED'],
      ]);

      // A session still changing its initial password can read its own rows; anonymous callers and tokens cannot.
      const restricted = await signedIn(testApp, { roles: ['DRAFTER'], mustChangePassword: true });
      expect(dataOf(await restricted.client.gql(MY_AUDIT_LOGS)).myAuditLogs.total).toBe(0);
      expect(firstError(await testApp.client().gql(MY_AUDIT_LOGS)).extensions?.code).toBe('UNAUTHENTICATED');
      const { token } = await createApiToken(ds, ['public:read']);
      expect(firstError(await testApp.client().withBearer(token).gql(MY_AUDIT_LOGS)).extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('hash chain', () => {
    it('verifyAuditChain as AUDITOR is ok and counts every row', async () => {
      const rows = await auditCount();
      const result = dataOf(await auditor.gql(VERIFY)).verifyAuditChain;
      expect(result).toEqual({ ok: true, checkedRows: rows, brokenAtSeq: null });
      expect(await chainLinksBroken()).toBe(0);
      const [first] = await ds.query('SELECT prev_hash FROM audit_log ORDER BY seq LIMIT 1');
      expect(first.prev_hash).toBe('0'.repeat(64));
    });

    it('concurrent mutations keep the chain valid', async () => {
      const before = await auditCount();
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          admin.gql(CREATE_DEPARTMENT, { input: { code: `CHAIN_${index}`, name: `并发链处${index}`, kind: 'DIVISION', sortOrder: index } }),
        ),
      );
      for (const response of responses) dataOf(response);
      expect(await auditCount()).toBe(before + 20);
      expect(await countOf('audit_log', `action = 'Mutation.createDepartment' AND outcome = 'SUCCESS' AND entity_id IN (SELECT id::text FROM department WHERE code LIKE 'CHAIN\\_%')`)).toBe(20);
      const result = dataOf(await auditor.gql(VERIFY)).verifyAuditChain;
      expect(result).toEqual({ ok: true, checkedRows: before + 20, brokenAtSeq: null });
      expect(await chainLinksBroken()).toBe(0);
    });

    it(`detects an edited row and a removed row (trigger disabled as superuser; ${currentBackend()})`, async () => {
      const [target] = await ds.query(
        `SELECT seq::text AS seq, action FROM audit_log WHERE action = 'Mutation.createDepartment' AND outcome = 'SUCCESS' ORDER BY audit_log.seq LIMIT 1 OFFSET 2`,
      );
      const rowsBefore = Number((await ds.query('SELECT count(*)::int AS n FROM audit_log WHERE seq < $1', [target.seq]))[0].n);
      const rewrite = (sql: string, params: unknown[]) =>
        ds.transaction(async (manager) => {
          await manager.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete');
          await manager.query(sql, params);
          await manager.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete');
        });

      await rewrite(`UPDATE audit_log SET action = 'Mutation.setDepartmentActive' WHERE seq = $1`, [target.seq]);
      // The trigger is back on.
      await expect(ds.query(`UPDATE audit_log SET action = 'x' WHERE seq = $1`, [target.seq])).rejects.toThrow(/审计日志只能追加/);
      const tampered = dataOf(await auditor.gql(VERIFY)).verifyAuditChain;
      expect(tampered).toEqual({ ok: false, checkedRows: rowsBefore, brokenAtSeq: target.seq });

      // Restoring the original value restores the chain: the hash covers the content.
      await rewrite('UPDATE audit_log SET action = $2 WHERE seq = $1', [target.seq, target.action]);
      expect(dataOf(await auditor.gql(VERIFY)).verifyAuditChain.ok).toBe(true);

      // A removed row is a gap: the next row no longer links to its predecessor.
      const [next] = await ds.query('SELECT seq::text AS seq FROM audit_log WHERE seq > $1 ORDER BY audit_log.seq LIMIT 1', [target.seq]);
      await rewrite('DELETE FROM audit_log WHERE seq = $1', [target.seq]);
      const gap = dataOf(await auditor.gql(VERIFY)).verifyAuditChain;
      expect(gap).toEqual({ ok: false, checkedRows: rowsBefore, brokenAtSeq: next.seq });
    });
  });
});
