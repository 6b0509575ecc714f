import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createDepartment, createStaff, signedIn, TEST_PASSWORD } from '../support/factories.js';
import { type GraphQLClient, type GraphQLResponse, firstError } from '../support/graphql-client.js';
import type { User } from '../../src/modules/organisation/user.entity.js';

/** M1 Organisation: departments, users and grants through the API (SPEC §2.1, §2.4, M1). */

interface AuditRow {
  seq: string;
  action: string;
  outcome: string;
  actor_kind: string;
  actor_id: string | null;
  entity_type: string | null;
  entity_id: string | null;
  error_code: string | null;
  reason: string | null;
  changes: unknown;
}

const DEPARTMENT_FIELDS = 'id code name kind sortOrder phone isActive version';
const USER_FIELDS = 'id username displayName departmentId phone email mustChangePassword isActive version roles { id role departmentId } permissions';

const DEPARTMENTS = `query Departments($filter: DepartmentFilter, $page: PageInput) {
  departments(filter: $filter, page: $page) { total items { ${DEPARTMENT_FIELDS} } }
}`;
const CREATE_DEPARTMENT = `mutation Create($input: DepartmentInput!) { createDepartment(input: $input) { ${DEPARTMENT_FIELDS} } }`;
const UPDATE_DEPARTMENT = `mutation Update($id: ID!, $version: Int!, $input: DepartmentInput!) {
  updateDepartment(id: $id, version: $version, input: $input) { ${DEPARTMENT_FIELDS} }
}`;
const SET_DEPARTMENT_ACTIVE = `mutation SetActive($id: ID!, $version: Int!, $isActive: Boolean!) {
  setDepartmentActive(id: $id, version: $version, isActive: $isActive) { ${DEPARTMENT_FIELDS} }
}`;
const USERS = `query Users($filter: UserFilter, $page: PageInput) { users(filter: $filter, page: $page) { total items { ${USER_FIELDS} } } }`;
const CREATE_USER = `mutation CreateUser($input: UserInput!, $initialPassword: String!) {
  createUser(input: $input, initialPassword: $initialPassword) { ${USER_FIELDS} }
}`;
const UPDATE_USER = `mutation UpdateUser($id: ID!, $version: Int!, $input: UserInput!) {
  updateUser(id: $id, version: $version, input: $input) { ${USER_FIELDS} }
}`;
const SET_USER_ACTIVE = `mutation SetUserActive($id: ID!, $version: Int!, $isActive: Boolean!) {
  setUserActive(id: $id, version: $version, isActive: $isActive) { ${USER_FIELDS} }
}`;
const RESET_PASSWORD = `mutation Reset($id: ID!, $version: Int!, $initialPassword: String!) {
  resetUserPassword(id: $id, version: $version, initialPassword: $initialPassword) { ${USER_FIELDS} }
}`;
const GRANT_ROLE = `mutation Grant($userId: ID!, $role: Role!, $departmentId: ID) {
  grantRole(userId: $userId, role: $role, departmentId: $departmentId) { ${USER_FIELDS} }
}`;
const REVOKE_ROLE = `mutation Revoke($grantId: ID!) { revokeRole(grantId: $grantId) { ${USER_FIELDS} } }`;
const GRANT_PERMISSION = `mutation GrantPermission($userId: ID!, $permission: FineGrainedPermission!) {
  grantPermission(userId: $userId, permission: $permission) { ${USER_FIELDS} }
}`;
const REVOKE_PERMISSION = `mutation RevokePermission($userId: ID!, $permission: FineGrainedPermission!) {
  revokePermission(userId: $userId, permission: $permission) { ${USER_FIELDS} }
}`;
const ME = '{ me { id username stage roles { role departmentId } permissions fineGrainedPermissions } }';

const INITIAL_PASSWORD = 'Chu-Shi-Mi-Ma-2026';

type Department = { id: string; code: string; name: string; kind: string; sortOrder: number; phone: string | null; isActive: boolean; version: number };
type UserView = {
  id: string;
  username: string;
  displayName: string;
  departmentId: string | null;
  phone: string | null;
  email: string | null;
  mustChangePassword: boolean;
  isActive: boolean;
  version: number;
  roles: Array<{ id: string; role: string; departmentId: string | null }>;
  permissions: string[];
};


describe('M1 organisation', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let admin: GraphQLClient;
  let adminUser: User;
  let security: GraphQLClient;
  let drafter: GraphQLClient;
  let drafterUser: User;

  /** The audit rows a request wrote, found by the request id the server answered with. */
  async function auditOf(response: GraphQLResponse): Promise<AuditRow[]> {
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toBeTruthy();
    return ds.query(
      `SELECT seq::text AS seq, action, outcome, actor_kind, actor_id, entity_type, entity_id, error_code, reason, changes
         FROM audit_log WHERE request_id = $1 ORDER BY audit_log.seq`,
      [requestId],
    );
  }

  const countOf = async (table: string, where = 'true', params: unknown[] = []) =>
    Number((await ds.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params))[0].n);

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.db.database.dataSource;
    ({ client: admin, user: adminUser } = await signedIn(testApp, { roles: ['SYSTEM_ADMIN'] }));
    ({ client: security } = await signedIn(testApp, { roles: ['SECURITY_ADMIN'] }));
    ({ client: drafter, user: drafterUser } = await signedIn(testApp, { roles: ['DRAFTER'], phone: '13911112222' }));
  });
  afterAll(async () => {
    await testApp?.close();
  });

  describe('departments list', () => {
    let policy: { id: string };
    let heritage: { id: string };
    let arts: { id: string };
    let office: { id: string };

    beforeAll(async () => {
      policy = await createDepartment(ds, { code: 'POLICY_LAW', name: '政策法规处', kind: 'DIVISION', sortOrder: 20 });
      heritage = await createDepartment(ds, { code: 'HERITAGE', name: '文物保护与考古处', kind: 'DIVISION', sortOrder: 30 });
      arts = await createDepartment(ds, { code: 'ART_CENTER', name: '市艺术发展中心', kind: 'AFFILIATED_UNIT', sortOrder: 40, isActive: false });
      office = await createDepartment(ds, { code: 'GENERAL_OFFICE', name: '办公室', kind: 'OFFICE', sortOrder: 1 });
    });

    it('filters by a Chinese substring of the name (and by code, case-insensitively)', async () => {
      const byName = await drafter.ok<{ departments: { total: number; items: Department[] } }>(DEPARTMENTS, { filter: { q: '法规' } });
      expect(byName.departments.total).toBe(1);
      expect(byName.departments.items.map((item) => item.id)).toEqual([policy.id]);

      const middle = await admin.ok(DEPARTMENTS, { filter: { q: '保护与考' } });
      expect(middle.departments.items.map((item: Department) => item.id)).toEqual([heritage.id]);

      const byCode = await admin.ok(DEPARTMENTS, { filter: { q: 'art_c' } });
      expect(byCode.departments.items.map((item: Department) => item.id)).toEqual([arts.id]);

      // LIKE wildcards in q are literal text, not patterns.
      const wildcard = await admin.ok(DEPARTMENTS, { filter: { q: '%' } });
      expect(wildcard.departments.total).toBe(0);
      const underscore = await admin.ok(DEPARTMENTS, { filter: { q: '_' } });
      expect(underscore.departments.items.map((item: Department) => item.code).sort()).toEqual(['ART_CENTER', 'GENERAL_OFFICE', 'POLICY_LAW']);
    });

    it('filters by kind, isActive and ids', async () => {
      const affiliated = await admin.ok(DEPARTMENTS, { filter: { kind: 'AFFILIATED_UNIT' } });
      expect(affiliated.departments.items.map((item: Department) => item.id)).toEqual([arts.id]);

      const offices = await admin.ok(DEPARTMENTS, { filter: { kind: 'OFFICE' } });
      expect(offices.departments.items.map((item: Department) => item.id)).toEqual([office.id]);

      const inactive = await admin.ok(DEPARTMENTS, { filter: { isActive: false } });
      expect(inactive.departments.items.map((item: Department) => item.id)).toEqual([arts.id]);

      const active = await admin.ok(DEPARTMENTS, { filter: { isActive: true }, page: { perPage: 100 } });
      expect(active.departments.total).toBe(await countOf('department', 'is_active'));
      expect(active.departments.items.every((item: Department) => item.isActive)).toBe(true);

      const byIds = await admin.ok(DEPARTMENTS, { filter: { ids: [policy.id, office.id, 'not-a-uuid', randomUUID()] } });
      expect(byIds.departments.total).toBe(2);
      // Ordered by sortOrder, then code.
      expect(byIds.departments.items.map((item: Department) => item.id)).toEqual([office.id, policy.id]);

      const none = await admin.ok(DEPARTMENTS, { filter: { ids: [] } });
      expect(none.departments.total).toBe(0);

      const combined = await admin.ok(DEPARTMENTS, { filter: { q: '处', kind: 'DIVISION', isActive: true, ids: [policy.id, heritage.id, arts.id] } });
      expect(combined.departments.items.map((item: Department) => item.id)).toEqual([policy.id, heritage.id]);
    });

    it('paginates with a total and caps perPage at 100', async () => {
      for (let index = 0; index < 25; index += 1) {
        await createDepartment(ds, { code: `PAGE_${String(index).padStart(2, '0')}`, name: `分页测试处${index}`, sortOrder: 500 });
      }
      const total = await countOf('department');
      const first = await admin.ok(DEPARTMENTS, { filter: { q: '分页测试' }, page: { page: 1, perPage: 10 } });
      expect(first.departments.total).toBe(25);
      expect(first.departments.items.map((item: Department) => item.code)).toEqual(
        Array.from({ length: 10 }, (_, index) => `PAGE_${String(index).padStart(2, '0')}`),
      );
      const third = await admin.ok(DEPARTMENTS, { filter: { q: '分页测试' }, page: { page: 3, perPage: 10 } });
      expect(third.departments.total).toBe(25);
      expect(third.departments.items.map((item: Department) => item.code)).toEqual(
        Array.from({ length: 5 }, (_, index) => `PAGE_${20 + index}`),
      );
      const beyond = await admin.ok(DEPARTMENTS, { filter: { q: '分页测试' }, page: { page: 4, perPage: 10 } });
      expect(beyond.departments).toEqual({ total: 25, items: [] });

      const defaults = await admin.ok(DEPARTMENTS, {});
      expect(defaults.departments.total).toBe(total);
      expect(defaults.departments.items).toHaveLength(Math.min(25, total));

      const max = await admin.ok(DEPARTMENTS, { page: { page: 1, perPage: 100 } });
      expect(max.departments.items).toHaveLength(Math.min(100, total));

      const tooMany = firstError(await admin.gql(DEPARTMENTS, { page: { page: 1, perPage: 101 } }));
      expect(tooMany.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAGE.INVALID' });
      expect(tooMany.extensions?.fields?.perPage).toBeDefined();

      for (const page of [{ page: 0, perPage: 10 }, { page: 1, perPage: 0 }, { page: -1, perPage: 10 }]) {
        const error = firstError(await admin.gql(DEPARTMENTS, { page }));
        expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      }
    });

    it('refuses anonymous callers and staff without an organisation role', async () => {
      const anonymous = firstError(await testApp.client().gql(DEPARTMENTS, {}));
      expect(anonymous.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTH.UNAUTHENTICATED' });

      const { client: auditor } = await signedIn(testApp, { roles: ['AUDITOR'] });
      const forbidden = firstError(await auditor.gql(DEPARTMENTS, {}));
      expect(forbidden.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCESS.FORBIDDEN' });
    });

    it('reads one department; unknown or malformed ids are NOT_FOUND', async () => {
      const one = await drafter.ok(`query D($id: ID!) { department(id: $id) { ${DEPARTMENT_FIELDS} } }`, { id: policy.id });
      expect(one.department).toMatchObject({ id: policy.id, name: '政策法规处', version: 1 });
      for (const id of [randomUUID(), 'not-a-uuid']) {
        const error = firstError(await admin.gql('query D($id: ID!) { department(id: $id) { id } }', { id }));
        expect(error.extensions?.code).toBe('NOT_FOUND');
      }
    });
  });

  describe('department mutations', () => {
    const input = { code: 'TOURISM_MARKET', name: '旅游市场管理处', kind: 'DIVISION', sortOrder: 7, phone: '0571-8888 1234' };
    let created: Department;

    it('SYSTEM_ADMIN creates a department; one SUCCESS audit row', async () => {
      const before = await countOf('audit_log');
      const response = await admin.gql<{ createDepartment: Department }>(CREATE_DEPARTMENT, { input });
      expect(response.errors).toBeUndefined();
      created = response.data!.createDepartment;
      expect(created).toMatchObject({ ...input, isActive: true, version: 1 });
      expect(await countOf('department', 'id = $1', [created.id])).toBe(1);

      expect(await countOf('audit_log')).toBe(before + 1);
      const [row] = await auditOf(response);
      expect(row).toMatchObject({
        action: 'Mutation.createDepartment',
        outcome: 'SUCCESS',
        actor_kind: 'staff',
        actor_id: adminUser.id,
        entity_type: 'Department',
        entity_id: created.id,
        error_code: null,
      });
      const [change] = row.changes as Array<{ entityType: string; entityId: string; fields: Record<string, { from?: unknown; to?: unknown }> }>;
      expect(change.entityType).toBe('Department');
      expect(change.fields.name).toEqual({ to: '旅游市场管理处' });
      expect(change.fields.code).toEqual({ to: 'TOURISM_MARKET' });
      expect(change.fields.version).toBeUndefined();
    });

    it('trims input', async () => {
      const data = await admin.ok(CREATE_DEPARTMENT, { input: { code: ' TRIMMED ', name: '  非遗处 ', kind: 'DIVISION', sortOrder: 0 } });
      expect(data.createDepartment).toMatchObject({ code: 'TRIMMED', name: '非遗处', phone: null });
    });

    it('a DRAFTER is FORBIDDEN and anonymous UNAUTHENTICATED (roles checked before arguments); DENIED rows, nothing stored', async () => {
      const departments = await countOf('department');
      const forbidden = await drafter.gql(CREATE_DEPARTMENT, { input: { ...input, code: 'DRAFTER_MADE', name: '越权处' } });
      expect(firstError(forbidden).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCESS.FORBIDDEN' });
      expect(forbidden.data).toBeNull();
      expect(await auditOf(forbidden)).toMatchObject([
        { action: 'Mutation.createDepartment', outcome: 'DENIED', actor_id: drafterUser.id, error_code: 'FORBIDDEN', reason: 'ACCESS.FORBIDDEN' },
      ]);

      // Invalid arguments from a caller without the role: still FORBIDDEN, not a validation message.
      const forbiddenBadInput = firstError(await drafter.gql(CREATE_DEPARTMENT, { input: { ...input, code: 'bad code' } }));
      expect(forbiddenBadInput.extensions?.code).toBe('FORBIDDEN');

      const anonymous = await testApp.client().gql(CREATE_DEPARTMENT, { input: { ...input, code: 'ANON_MADE', name: '匿名处' } });
      expect(firstError(anonymous).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(await auditOf(anonymous)).toMatchObject([{ outcome: 'DENIED', actor_kind: 'anonymous', actor_id: null, error_code: 'UNAUTHENTICATED' }]);

      // SECURITY_ADMIN manages grants, not departments.
      expect(firstError(await security.gql(CREATE_DEPARTMENT, { input: { ...input, code: 'SEC_MADE', name: '安全处' } })).extensions?.code).toBe('FORBIDDEN');
      expect(await countOf('department')).toBe(departments);
    });

    it('bad input is BAD_USER_INPUT with field errors, stores nothing and writes a FAILED row', async () => {
      const departments = await countOf('department');
      const response = await admin.gql(CREATE_DEPARTMENT, {
        input: { code: 'lower-case', name: '  ', kind: 'DIVISION', sortOrder: -1, phone: 'call me' },
      });
      const error = firstError(response);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT.INVALID' });
      expect(Object.keys(error.extensions?.fields ?? {}).sort()).toEqual(['code', 'name', 'phone', 'sortOrder']);
      expect(error.message).toMatch(/[\u4e00-\u9fa5]/);
      expect(await countOf('department')).toBe(departments);
      expect(await auditOf(response)).toMatchObject([
        { action: 'Mutation.createDepartment', outcome: 'FAILED', error_code: 'BAD_USER_INPUT', reason: 'INPUT.INVALID', changes: null },
      ]);

      // An enum value outside the schema is refused by GraphQL itself.
      const badKind = firstError(await admin.gql(CREATE_DEPARTMENT, { input: { ...input, code: 'BAD_KIND', kind: 'BUREAU' } }));
      expect(badKind.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('a duplicate code or name is CONFLICT with the field named', async () => {
      const byCode = await admin.gql(CREATE_DEPARTMENT, { input: { ...input, name: '另一个名称' } });
      expect(firstError(byCode).extensions).toMatchObject({ code: 'CONFLICT', reason: 'DEPARTMENT.DUPLICATE', fields: { code: ['处室代码已被使用'] } });
      expect(await auditOf(byCode)).toMatchObject([{ outcome: 'FAILED', error_code: 'CONFLICT', reason: 'DEPARTMENT.DUPLICATE' }]);

      const byName = firstError(await admin.gql(CREATE_DEPARTMENT, { input: { ...input, code: 'OTHER_CODE' } }));
      expect(byName.extensions).toMatchObject({ code: 'CONFLICT', fields: { name: ['处室名称已被使用'] } });
      expect(await countOf('department', 'name = $1', [input.name])).toBe(1);
    });

    it('updates with the current version; two editors: the stale one gets CONFLICT and nothing is lost silently', async () => {
      const { client: secondAdmin } = await signedIn(testApp, { roles: ['SYSTEM_ADMIN'] });
      const read = `query D($id: ID!) { department(id: $id) { ${DEPARTMENT_FIELDS} } }`;
      const first = (await admin.ok(read, { id: created.id })).department as Department;
      const second = (await secondAdmin.ok(read, { id: created.id })).department as Department;
      expect(first.version).toBe(1);
      expect(second.version).toBe(1);

      const win = await admin.gql<{ updateDepartment: Department }>(UPDATE_DEPARTMENT, {
        id: created.id,
        version: first.version,
        input: { ...input, name: '旅游市场处（甲）' },
      });
      expect(win.errors).toBeUndefined();
      expect(win.data!.updateDepartment).toMatchObject({ name: '旅游市场处（甲）', version: 2 });
      const [winRow] = await auditOf(win);
      expect(winRow).toMatchObject({ action: 'Mutation.updateDepartment', outcome: 'SUCCESS', entity_id: created.id });
      // Only what changed is in the diff.
      const fields = (winRow.changes as Array<{ fields: Record<string, unknown> }>)[0].fields;
      expect(fields).toEqual({ name: { from: '旅游市场管理处', to: '旅游市场处（甲）' } });

      const lose = await secondAdmin.gql(UPDATE_DEPARTMENT, {
        id: created.id,
        version: second.version,
        input: { ...input, name: '旅游市场处（乙）', sortOrder: 99 },
      });
      const error = firstError(lose);
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'RECORD.STALE_VERSION' });
      expect(error.message).toContain('已被他人修改');
      expect(await auditOf(lose)).toMatchObject([{ outcome: 'FAILED', error_code: 'CONFLICT', reason: 'RECORD.STALE_VERSION' }]);

      const [stored] = await ds.query('SELECT name, sort_order, version FROM department WHERE id = $1', [created.id]);
      expect(stored).toEqual({ name: '旅游市场处（甲）', sort_order: 7, version: 2 });
      created = win.data!.updateDepartment;
    });

    it('update: forbidden role, bad input, unknown id, duplicate name', async () => {
      const forbidden = firstError(await drafter.gql(UPDATE_DEPARTMENT, { id: created.id, version: created.version, input: { ...input, name: 'x' } }));
      expect(forbidden.extensions?.code).toBe('FORBIDDEN');

      const bad = await admin.gql(UPDATE_DEPARTMENT, { id: created.id, version: created.version, input: { ...input, name: '处'.repeat(65) } });
      expect(firstError(bad).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { name: ['处室名称最多 64 个字符'] } });
      expect(await auditOf(bad)).toMatchObject([{ outcome: 'FAILED', error_code: 'BAD_USER_INPUT' }]);

      for (const id of [randomUUID(), 'not-a-uuid']) {
        const missing = firstError(await admin.gql(UPDATE_DEPARTMENT, { id, version: 1, input }));
        expect(missing.extensions?.code).toBe('NOT_FOUND');
      }

      const other = await createDepartment(ds, { code: 'OTHER_ONE', name: '其他处' });
      const clash = firstError(await admin.gql(UPDATE_DEPARTMENT, { id: other.id, version: other.version, input: { ...input, code: 'OTHER_ONE', name: created.name } }));
      expect(clash.extensions).toMatchObject({ code: 'CONFLICT', fields: { name: ['处室名称已被使用'] } });

      // Keeping its own code and name is no clash.
      const same = await admin.ok(UPDATE_DEPARTMENT, { id: other.id, version: other.version, input: { code: 'OTHER_ONE', name: '其他处', kind: 'OFFICE', sortOrder: 3 } });
      expect(same.updateDepartment).toMatchObject({ kind: 'OFFICE', version: 2 });

      const [stored] = await ds.query('SELECT name, version FROM department WHERE id = $1', [created.id]);
      expect(stored).toEqual({ name: created.name, version: created.version });
    });

    it('deactivates and reactivates (never deletes); stale version and forbidden role refused', async () => {
      const forbidden = firstError(await drafter.gql(SET_DEPARTMENT_ACTIVE, { id: created.id, version: created.version, isActive: false }));
      expect(forbidden.extensions?.code).toBe('FORBIDDEN');

      const off = await admin.gql<{ setDepartmentActive: Department }>(SET_DEPARTMENT_ACTIVE, { id: created.id, version: created.version, isActive: false });
      expect(off.errors).toBeUndefined();
      expect(off.data!.setDepartmentActive).toMatchObject({ isActive: false, version: created.version + 1 });
      const [row] = await auditOf(off);
      expect(row).toMatchObject({ action: 'Mutation.setDepartmentActive', outcome: 'SUCCESS', entity_type: 'Department', entity_id: created.id });
      expect((row.changes as Array<{ fields: Record<string, unknown> }>)[0].fields).toEqual({ isActive: { from: true, to: false } });

      const stale = firstError(await admin.gql(SET_DEPARTMENT_ACTIVE, { id: created.id, version: created.version, isActive: true }));
      expect(stale.extensions).toMatchObject({ code: 'CONFLICT', reason: 'RECORD.STALE_VERSION' });

      // A deactivated department can no longer be given to users or grants.
      const newUser = firstError(await admin.gql(CREATE_USER, {
        input: { username: 'in.closed.dept', displayName: '王五', departmentId: created.id },
        initialPassword: INITIAL_PASSWORD,
      }));
      expect(newUser.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'USER.DEPARTMENT_INVALID' });

      const on = await admin.ok(SET_DEPARTMENT_ACTIVE, { id: created.id, version: created.version + 1, isActive: true });
      expect(on.setDepartmentActive).toMatchObject({ isActive: true, version: created.version + 2 });
      expect(await countOf('department', 'id = $1', [created.id])).toBe(1);
    });
  });

  describe('users', () => {
    let department: { id: string };
    let zhang: UserView;

    beforeAll(async () => {
      department = await createDepartment(ds, { code: 'USERS_DEPT', name: '人事处' });
    });

    it('SYSTEM_ADMIN creates a user with an initial password that must be changed at first sign-in', async () => {
      const before = await countOf('audit_log');
      const response = await admin.gql<{ createUser: UserView }>(CREATE_USER, {
        input: { username: 'zhang.san', displayName: '张三', departmentId: department.id, phone: '13800138000', email: 'zhangsan@example.gov.cn' },
        initialPassword: INITIAL_PASSWORD,
      });
      expect(response.errors).toBeUndefined();
      zhang = response.data!.createUser;
      expect(zhang).toMatchObject({
        username: 'zhang.san',
        displayName: '张三',
        departmentId: department.id,
        phone: '13800138000',
        email: 'zhangsan@example.gov.cn',
        mustChangePassword: true,
        isActive: true,
        version: 1,
        roles: [],
        permissions: [],
      });
      expect(await countOf('audit_log')).toBe(before + 1);
      const [row] = await auditOf(response);
      expect(row).toMatchObject({ action: 'Mutation.createUser', outcome: 'SUCCESS', entity_type: 'User', entity_id: zhang.id, actor_id: adminUser.id });

      const [stored] = await ds.query('SELECT password_hash, must_change_password FROM app_user WHERE id = $1', [zhang.id]);
      expect(stored.password_hash).toMatch(/^\$argon2id\$/);
      expect(stored.must_change_password).toBe(true);

      const login = await testApp.client().login('zhang.san', INITIAL_PASSWORD);
      expect(login.data?.login).toEqual({ status: 'SIGNED_IN', stage: 'PASSWORD_CHANGE' });
    });

    it('refuses initial passwords against the policy, duplicate usernames and unknown departments', async () => {
      const users = await countOf('app_user');
      const cases: Array<[string, string]> = [
        ['short', 'Ab1!'],
        ['two classes only', 'abcdefgh1234'],
        ['contains the username', 'Li.si-2026!'],
      ];
      for (const [, initialPassword] of cases) {
        const response = await admin.gql(CREATE_USER, { input: { username: 'li.si', displayName: '李四' }, initialPassword });
        const error = firstError(response);
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'AUTH.PASSWORD_POLICY' });
        expect(error.extensions?.fields?.initialPassword?.length).toBeGreaterThan(0);
        expect(await auditOf(response)).toMatchObject([{ outcome: 'FAILED', reason: 'AUTH.PASSWORD_POLICY' }]);
      }

      const duplicate = firstError(await admin.gql(CREATE_USER, { input: { username: 'zhang.san', displayName: '另一个张三' }, initialPassword: INITIAL_PASSWORD }));
      expect(duplicate.extensions).toMatchObject({ code: 'CONFLICT', reason: 'USER.DUPLICATE_USERNAME', fields: { username: ['用户名已被使用'] } });

      const unknownDepartment = firstError(
        await admin.gql(CREATE_USER, { input: { username: 'li.si', displayName: '李四', departmentId: randomUUID() }, initialPassword: INITIAL_PASSWORD }),
      );
      expect(unknownDepartment.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'USER.DEPARTMENT_INVALID', fields: { departmentId: ['所选处室不存在或已停用'] } });

      const malformed = firstError(
        await admin.gql(CREATE_USER, { input: { username: 'Li Si', displayName: '', email: 'nope' }, initialPassword: INITIAL_PASSWORD }),
      );
      expect(malformed.extensions?.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(malformed.extensions?.fields ?? {}).sort()).toEqual(['displayName', 'email', 'username']);

      const forbidden = firstError(await drafter.gql(CREATE_USER, { input: { username: 'li.si', displayName: '李四' }, initialPassword: INITIAL_PASSWORD }));
      expect(forbidden.extensions?.code).toBe('FORBIDDEN');
      expect(await countOf('app_user')).toBe(users);
    });

    it('updates a user with the current version; the username is immutable', async () => {
      const response = await admin.gql<{ updateUser: UserView }>(UPDATE_USER, {
        id: zhang.id,
        version: 1,
        input: { username: 'zhang.san', displayName: '张三丰', departmentId: department.id, phone: '13900139000', email: null },
      });
      expect(response.errors).toBeUndefined();
      expect(response.data!.updateUser).toMatchObject({ displayName: '张三丰', phone: '13900139000', email: null, version: 2 });
      const [row] = await auditOf(response);
      expect(row).toMatchObject({ action: 'Mutation.updateUser', outcome: 'SUCCESS', entity_id: zhang.id });

      const stale = firstError(await admin.gql(UPDATE_USER, { id: zhang.id, version: 1, input: { username: 'zhang.san', displayName: '张三' } }));
      expect(stale.extensions).toMatchObject({ code: 'CONFLICT', reason: 'RECORD.STALE_VERSION' });

      const rename = firstError(await admin.gql(UPDATE_USER, { id: zhang.id, version: 2, input: { username: 'zhang.feng', displayName: '张三' } }));
      expect(rename.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'USER.USERNAME_IMMUTABLE' });

      const forbidden = firstError(await drafter.gql(UPDATE_USER, { id: zhang.id, version: 2, input: { username: 'zhang.san', displayName: 'x' } }));
      expect(forbidden.extensions?.code).toBe('FORBIDDEN');

      for (const id of [randomUUID(), 'not-a-uuid']) {
        const missing = firstError(await admin.gql(UPDATE_USER, { id, version: 1, input: { username: 'zhang.san', displayName: '张三' } }));
        expect(missing.extensions?.code).toBe('NOT_FOUND');
      }
      const [stored] = await ds.query('SELECT display_name, version FROM app_user WHERE id = $1', [zhang.id]);
      expect(stored).toEqual({ display_name: '张三丰', version: 2 });
      zhang = response.data!.updateUser;
    });

    it('phone and email are visible to SYSTEM_ADMIN and the user themself, null for other staff', async () => {
      const asAdmin = await admin.ok<{ users: { items: UserView[] } }>(USERS, { filter: { ids: [zhang.id, drafterUser.id] } });
      const adminView = new Map(asAdmin.users.items.map((item) => [item.id, item]));
      expect(adminView.get(zhang.id)).toMatchObject({ phone: '13900139000' });
      expect(adminView.get(drafterUser.id)).toMatchObject({ phone: '13911112222' });

      const asDrafter = await drafter.ok<{ users: { items: UserView[] } }>(USERS, { filter: { ids: [zhang.id, drafterUser.id] } });
      const drafterView = new Map(asDrafter.users.items.map((item) => [item.id, item]));
      expect(drafterView.get(zhang.id)).toMatchObject({ displayName: '张三丰', phone: null, email: null });
      // …but their own.
      expect(drafterView.get(drafterUser.id)).toMatchObject({ phone: '13911112222' });

      const single = await drafter.ok(`query U($id: ID!) { user(id: $id) { phone email } }`, { id: zhang.id });
      expect(single.user).toEqual({ phone: null, email: null });

      // SECURITY_ADMIN reads the organisation but not contact data either.
      const asSecurity = await security.ok(`query U($id: ID!) { user(id: $id) { phone displayName } }`, { id: zhang.id });
      expect(asSecurity.user).toEqual({ phone: null, displayName: '张三丰' });

      // Chinese substring search on the name.
      const byName = await drafter.ok<{ users: { items: UserView[] } }>(USERS, { filter: { q: '三丰' } });
      expect(byName.users.items.map((item) => item.id)).toEqual([zhang.id]);
    });

    it('setUserActive: cannot deactivate oneself; deactivating another ends their sessions', async () => {
      const [me] = await ds.query('SELECT version FROM app_user WHERE id = $1', [adminUser.id]);
      const self = await admin.gql(SET_USER_ACTIVE, { id: adminUser.id, version: me.version, isActive: false });
      expect(firstError(self).extensions).toMatchObject({ code: 'CONFLICT', reason: 'USER.CANNOT_DEACTIVATE_SELF' });
      expect(await auditOf(self)).toMatchObject([{ outcome: 'FAILED', reason: 'USER.CANNOT_DEACTIVATE_SELF' }]);
      expect(await countOf('app_user', 'id = $1 AND is_active', [adminUser.id])).toBe(1);

      const { client: victimClient, user: victim } = await signedIn(testApp, { roles: ['GENERAL_OFFICE'] });
      expect((await victimClient.ok('{ me { id } }')).me.id).toBe(victim.id);

      const forbidden = firstError(await drafter.gql(SET_USER_ACTIVE, { id: victim.id, version: victim.version, isActive: false }));
      expect(forbidden.extensions?.code).toBe('FORBIDDEN');

      const off = await admin.gql<{ setUserActive: UserView }>(SET_USER_ACTIVE, { id: victim.id, version: victim.version, isActive: false });
      expect(off.errors).toBeUndefined();
      expect(off.data!.setUserActive).toMatchObject({ isActive: false, version: victim.version + 1 });
      expect(await auditOf(off)).toMatchObject([{ action: 'Mutation.setUserActive', outcome: 'SUCCESS', entity_id: victim.id }]);

      const ended = firstError(await victimClient.gql('{ me { id } }'));
      expect(ended.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTH.SESSION_ENDED' });
      expect((await testApp.client().login(victim.username, TEST_PASSWORD)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

      const on = await admin.ok(SET_USER_ACTIVE, { id: victim.id, version: victim.version + 1, isActive: true });
      expect(on.setUserActive.isActive).toBe(true);
      expect((await testApp.client().login(victim.username, TEST_PASSWORD)).data?.login.status).toBe('SIGNED_IN');
    });

    it('resetUserPassword sets a new initial password, ends the user’s sessions and forces a change', async () => {
      const { client: userClient, user } = await signedIn(testApp, { roles: ['GENERAL_OFFICE'] });

      const weak = await admin.gql(RESET_PASSWORD, { id: user.id, version: user.version, initialPassword: 'password' });
      expect(firstError(weak).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'AUTH.PASSWORD_POLICY' });
      expect(await auditOf(weak)).toMatchObject([{ outcome: 'FAILED' }]);

      const forbidden = firstError(await drafter.gql(RESET_PASSWORD, { id: user.id, version: user.version, initialPassword: INITIAL_PASSWORD }));
      expect(forbidden.extensions?.code).toBe('FORBIDDEN');

      const stale = firstError(await admin.gql(RESET_PASSWORD, { id: user.id, version: user.version + 5, initialPassword: INITIAL_PASSWORD }));
      expect(stale.extensions).toMatchObject({ code: 'CONFLICT', reason: 'RECORD.STALE_VERSION' });

      // Nothing changed so far: the old password still works.
      expect((await userClient.ok('{ me { id } }')).me.id).toBe(user.id);

      const reset = await admin.gql<{ resetUserPassword: UserView }>(RESET_PASSWORD, { id: user.id, version: user.version, initialPassword: INITIAL_PASSWORD });
      expect(reset.errors).toBeUndefined();
      expect(reset.data!.resetUserPassword).toMatchObject({ mustChangePassword: true, version: user.version + 1 });
      const [row] = await auditOf(reset);
      expect(row).toMatchObject({ action: 'Mutation.resetUserPassword', outcome: 'SUCCESS', entity_id: user.id });

      expect(firstError(await userClient.gql('{ me { id } }')).extensions?.code).toBe('UNAUTHENTICATED');
      expect((await testApp.client().login(user.username, TEST_PASSWORD)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const login = await testApp.client().login(user.username, INITIAL_PASSWORD);
      expect(login.data?.login).toEqual({ status: 'SIGNED_IN', stage: 'PASSWORD_CHANGE' });
    });
  });

  describe('grants (SECURITY_ADMIN, 三员分立)', () => {
    let department: { id: string };

    beforeAll(async () => {
      department = await createDepartment(ds, { code: 'GRANTS_DEPT', name: '艺术处' });
    });

    it('grants a department-scoped role with its department; one SUCCESS row', async () => {
      const target = await createStaff(ds, {});
      const missing = await security.gql(GRANT_ROLE, { userId: target.id, role: 'DRAFTER' });
      expect(firstError(missing).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GRANT.DEPARTMENT_REQUIRED', fields: { departmentId: ['请选择处室'] } });
      expect(await auditOf(missing)).toMatchObject([{ action: 'Mutation.grantRole', outcome: 'FAILED', reason: 'GRANT.DEPARTMENT_REQUIRED' }]);

      const notAllowed = firstError(await security.gql(GRANT_ROLE, { userId: target.id, role: 'GENERAL_OFFICE', departmentId: department.id }));
      expect(notAllowed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GRANT.DEPARTMENT_NOT_ALLOWED' });

      const unknownDepartment = firstError(await security.gql(GRANT_ROLE, { userId: target.id, role: 'DRAFTER', departmentId: randomUUID() }));
      expect(unknownDepartment.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GRANT.DEPARTMENT_INVALID' });

      const unknownUser = firstError(await security.gql(GRANT_ROLE, { userId: randomUUID(), role: 'DRAFTER', departmentId: department.id }));
      expect(unknownUser.extensions?.code).toBe('NOT_FOUND');
      expect(await countOf('role_grant', 'user_id = $1', [target.id])).toBe(0);

      const granted = await security.gql<{ grantRole: UserView }>(GRANT_ROLE, { userId: target.id, role: 'DRAFTER', departmentId: department.id });
      expect(granted.errors).toBeUndefined();
      expect(granted.data!.grantRole.roles).toMatchObject([{ role: 'DRAFTER', departmentId: department.id }]);
      const [row] = await auditOf(granted);
      expect(row).toMatchObject({ action: 'Mutation.grantRole', outcome: 'SUCCESS', entity_type: 'RoleGrant', entity_id: granted.data!.grantRole.roles[0].id });

      const duplicate = firstError(await security.gql(GRANT_ROLE, { userId: target.id, role: 'DRAFTER', departmentId: department.id }));
      expect(duplicate.extensions).toMatchObject({ code: 'CONFLICT', reason: 'GRANT.DUPLICATE' });
      expect(await countOf('role_grant', 'user_id = $1', [target.id])).toBe(1);
    });

    it('三员分立: an administrator post is held alone', async () => {
      const systemAdmin = await createStaff(ds, { roles: ['SYSTEM_ADMIN'] });
      const toAuditor = await security.gql(GRANT_ROLE, { userId: systemAdmin.id, role: 'AUDITOR' });
      expect(firstError(toAuditor).extensions).toMatchObject({ code: 'CONFLICT', reason: 'GRANT.SEPARATION_OF_DUTIES' });
      expect(await auditOf(toAuditor)).toMatchObject([{ outcome: 'FAILED', error_code: 'CONFLICT', reason: 'GRANT.SEPARATION_OF_DUTIES' }]);

      const drafterTarget = await createStaff(ds, { roles: ['DRAFTER'] });
      const toSecurity = firstError(await security.gql(GRANT_ROLE, { userId: drafterTarget.id, role: 'SECURITY_ADMIN' }));
      expect(toSecurity.extensions).toMatchObject({ code: 'CONFLICT', reason: 'GRANT.SEPARATION_OF_DUTIES' });

      const adminPlusBusiness = firstError(await security.gql(GRANT_ROLE, { userId: systemAdmin.id, role: 'GENERAL_OFFICE' }));
      expect(adminPlusBusiness.extensions).toMatchObject({ code: 'CONFLICT', reason: 'GRANT.SEPARATION_OF_DUTIES' });

      expect(await ds.query('SELECT role FROM role_grant WHERE user_id = $1', [systemAdmin.id])).toEqual([{ role: 'SYSTEM_ADMIN' }]);
      expect(await ds.query('SELECT role FROM role_grant WHERE user_id = $1', [drafterTarget.id])).toEqual([{ role: 'DRAFTER' }]);
    });

    it('a SYSTEM_ADMIN cannot grant roles or permissions (FORBIDDEN)', async () => {
      const target = await createStaff(ds, {});
      const response = await admin.gql(GRANT_ROLE, { userId: target.id, role: 'GENERAL_OFFICE' });
      expect(firstError(response).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCESS.FORBIDDEN' });
      expect(await auditOf(response)).toMatchObject([{ action: 'Mutation.grantRole', outcome: 'DENIED', actor_id: adminUser.id }]);
      expect(firstError(await admin.gql(GRANT_PERMISSION, { userId: target.id, permission: 'COMPLAINT_IDENTITY_REVEAL' })).extensions?.code).toBe('FORBIDDEN');
      // Nor can a SYSTEM_ADMIN give themself a role.
      expect(firstError(await admin.gql(GRANT_ROLE, { userId: adminUser.id, role: 'AUDITOR' })).extensions?.code).toBe('FORBIDDEN');
      expect(firstError(await drafter.gql(GRANT_ROLE, { userId: target.id, role: 'GENERAL_OFFICE' })).extensions?.code).toBe('FORBIDDEN');
      expect(await countOf('role_grant', 'user_id = $1', [target.id])).toBe(0);
    });

    it('grants and revocations take effect at once on the grantee’s existing session', async () => {
      const { client, user } = await signedIn(testApp, {});
      expect(firstError(await client.gql(DEPARTMENTS, {})).extensions).toMatchObject({ code: 'FORBIDDEN' });

      const granted = await security.ok<{ grantRole: UserView }>(GRANT_ROLE, { userId: user.id, role: 'DRAFTER', departmentId: department.id });
      const data = await client.ok(DEPARTMENTS, { filter: { ids: [department.id] } });
      expect(data.departments.items.map((item: Department) => item.id)).toEqual([department.id]);
      expect((await client.ok(ME)).me.roles).toEqual([{ role: 'DRAFTER', departmentId: department.id }]);

      const revoked = await security.gql<{ revokeRole: UserView }>(REVOKE_ROLE, { grantId: granted.grantRole.roles[0].id });
      expect(revoked.errors).toBeUndefined();
      expect(revoked.data!.revokeRole.roles).toEqual([]);
      expect(await auditOf(revoked)).toMatchObject([{ action: 'Mutation.revokeRole', outcome: 'SUCCESS', entity_type: 'RoleGrant' }]);
      expect(firstError(await client.gql(DEPARTMENTS, {})).extensions).toMatchObject({ code: 'FORBIDDEN' });

      const unknown = firstError(await security.gql(REVOKE_ROLE, { grantId: randomUUID() }));
      expect(unknown.extensions?.code).toBe('NOT_FOUND');
    });

    it('a SECURITY_ADMIN cannot revoke their own SECURITY_ADMIN role', async () => {
      const { client, user } = await signedIn(testApp, { roles: ['SECURITY_ADMIN'] });
      const [grant] = await ds.query(`SELECT id FROM role_grant WHERE user_id = $1 AND role = 'SECURITY_ADMIN'`, [user.id]);
      const error = firstError(await client.gql(REVOKE_ROLE, { grantId: grant.id }));
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'GRANT.CANNOT_REVOKE_OWN_ADMIN' });
      expect(await countOf('role_grant', 'id = $1', [grant.id])).toBe(1);
    });

    it('grantPermission COMPLAINT_IDENTITY_REVEAL shows in the grantee’s me.permissions at once', async () => {
      const { client, user } = await signedIn(testApp, { roles: ['COMPLAINT_HANDLER'] });
      expect((await client.ok(ME)).me.permissions).not.toContain('COMPLAINT_IDENTITY_REVEAL');

      const response = await security.gql<{ grantPermission: UserView }>(GRANT_PERMISSION, { userId: user.id, permission: 'COMPLAINT_IDENTITY_REVEAL' });
      expect(response.errors).toBeUndefined();
      expect(response.data!.grantPermission.permissions).toEqual(['COMPLAINT_IDENTITY_REVEAL']);
      expect(await auditOf(response)).toMatchObject([
        { action: 'Mutation.grantPermission', outcome: 'SUCCESS', entity_type: 'PermissionGrant', actor_kind: 'staff' },
      ]);

      const me = (await client.ok(ME)).me;
      expect(me.permissions).toContain('COMPLAINT_IDENTITY_REVEAL');
      expect(me.permissions).toContain('ORGANISATION_READ');
      expect(me.fineGrainedPermissions).toEqual(['COMPLAINT_IDENTITY_REVEAL']);

      const duplicate = firstError(await security.gql(GRANT_PERMISSION, { userId: user.id, permission: 'COMPLAINT_IDENTITY_REVEAL' }));
      expect(duplicate.extensions).toMatchObject({ code: 'CONFLICT', reason: 'GRANT.DUPLICATE' });
      const badEnum = firstError(await security.gql(GRANT_PERMISSION, { userId: user.id, permission: 'AUDIT_READ' }));
      expect(badEnum.extensions?.code).toBe('BAD_USER_INPUT');

      const revoked = await security.ok(REVOKE_PERMISSION, { userId: user.id, permission: 'COMPLAINT_IDENTITY_REVEAL' });
      expect(revoked.revokePermission.permissions).toEqual([]);
      expect((await client.ok(ME)).me.permissions).not.toContain('COMPLAINT_IDENTITY_REVEAL');
      const again = firstError(await security.gql(REVOKE_PERMISSION, { userId: user.id, permission: 'COMPLAINT_IDENTITY_REVEAL' }));
      expect(again.extensions?.code).toBe('NOT_FOUND');
    });

    it('SYSTEM_ADMIN and SECURITY_ADMIN read no audit log', async () => {
      for (const client of [admin, security]) {
        const error = firstError(await client.gql('{ auditLogs { total } }'));
        expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCESS.FORBIDDEN' });
        expect(firstError(await client.gql('{ verifyAuditChain { ok } }')).extensions?.code).toBe('FORBIDDEN');
        expect(firstError(await client.gql('{ exportAuditLogs { content } }')).extensions?.code).toBe('FORBIDDEN');
      }
    });
  });
  describe('me.department: everyone sees their own department’s name', () => {
    const ME_DEPARTMENT = '{ me { id departmentId department { id name } } }';

    it('an AUDITOR, who may not read the organisation, sees the name of their own department only', async () => {
      const department = await createDepartment(ds, { name: '审计所在处' });
      const other = await createDepartment(ds, { name: '别的处' });
      const { client, user } = await signedIn(testApp, { roles: ['AUDITOR'], departmentId: department.id });
      const response = await client.gql(ME_DEPARTMENT);
      expect(response.errors).toBeUndefined();
      expect((response.data as any).me).toEqual({ id: user.id, departmentId: department.id, department: { id: department.id, name: '审计所在处' } });

      // Still no organisation reads: neither the list nor a department by id, not even their own.
      for (const [query, variables] of [
        ['{ departments { total } }', {}],
        ['query One($id: ID!) { department(id: $id) { name } }', { id: department.id }],
        ['query One($id: ID!) { department(id: $id) { name } }', { id: other.id }],
      ] as const) {
        expect(firstError(await client.gql(query, variables)).extensions?.code).toBe('FORBIDDEN');
      }
      // Only id and name: the department's other fields are not on this type.
      expect(firstError(await client.gql('{ me { department { phone } } }')).extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('follows a rename and a deactivation; null without a department', async () => {
      const department = await createDepartment(ds, { code: 'ME_DEPT', name: '旧名称处' });
      const { client } = await signedIn(testApp, { roles: ['DRAFTER'], departmentId: department.id });
      const renamed = await admin.gql<{ updateDepartment: Department }>(UPDATE_DEPARTMENT, {
        id: department.id,
        version: department.version,
        input: { code: 'ME_DEPT', name: '新名称处', kind: 'DIVISION', sortOrder: 0 },
      });
      expect(renamed.errors).toBeUndefined();
      await admin.ok(SET_DEPARTMENT_ACTIVE, { id: department.id, version: renamed.data!.updateDepartment.version, isActive: false });
      expect((await client.ok(ME_DEPARTMENT)).me.department).toEqual({ id: department.id, name: '新名称处' });

      const { client: loose } = await signedIn(testApp, { roles: ['BUREAU_LEADER'] });
      expect((await loose.ok(ME_DEPARTMENT)).me).toMatchObject({ departmentId: null, department: null });
    });

    it('is there before the initial password is changed, and in what changePassword answers', async () => {
      const department = await createDepartment(ds, { name: '新人所在处' });
      const user = await createStaff(ds, { departmentId: department.id, mustChangePassword: true });
      const client = testApp.client();
      expect((await client.login(user.username, TEST_PASSWORD)).data?.login.stage).toBe('PASSWORD_CHANGE');
      expect((await client.ok(ME_DEPARTMENT)).me.department).toEqual({ id: department.id, name: '新人所在处' });
      const changed = await client.ok(
        `mutation Change($currentPassword: String!, $newPassword: String!) {
          changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { stage department { id name } }
        }`,
        { currentPassword: TEST_PASSWORD, newPassword: 'Xin-De-Mi-Ma-2027!' },
      );
      expect(changed.changePassword).toEqual({ stage: 'FULL', department: { id: department.id, name: '新人所在处' } });
    });
  });
});
