import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { MASKED_VALUE } from '@gdp/domain';
import { createSchema } from '../../src/schema.js';
import { startTestApp, TEST_START, type TestApp } from '../support/test-app.js';
import { createDepartment, createStaff, signedIn } from '../support/factories.js';
import { type GraphQLClient, type GraphQLResponse, firstError } from '../support/graphql-client.js';
import type { User } from '../../src/modules/organisation/user.entity.js';

/** M1 / M11 staff changes (分管领导或工作人员变动情况): ledger item 1 [seed §9-3(1)], kept by 办公室 [seed §9-2]. */

interface AuditRow {
  action: string;
  outcome: string;
  actor_id: string | null;
  entity_type: string | null;
  entity_id: string | null;
  error_code: string | null;
  reason: string | null;
  changes: unknown;
}

type StaffChange = {
  id: string;
  effectiveDate: string;
  kind: string;
  departmentId: string | null;
  personName: string;
  userId: string | null;
  description: string | null;
  documentNumber: string | null;
  recordedById: string;
  recordedAt: string;
  updatedById: string | null;
  version: number;
};

const FIELDS =
  'id effectiveDate kind departmentId personName userId description documentNumber recordedById recordedAt updatedById version';
const LIST = `query Changes($filter: StaffChangeFilter, $page: PageInput) {
  staffChanges(filter: $filter, page: $page) { total items { ${FIELDS} } }
}`;
const ONE = `query Change($id: ID!) { staffChange(id: $id) { ${FIELDS} } }`;
const CREATE = `mutation Create($input: StaffChangeInput!) { createStaffChange(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation Update($id: ID!, $version: Int!, $input: StaffChangeInput!) {
  updateStaffChange(id: $id, version: $version, input: $input) { ${FIELDS} }
}`;


describe('M11 ledger: staff changes', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let office: GraphQLClient;
  let officeUser: User;
  let leadership: GraphQLClient;
  let leadershipUser: User;
  let drafter: GraphQLClient;
  let department: { id: string };
  let colleague: User;

  async function auditOf(response: GraphQLResponse): Promise<AuditRow[]> {
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toBeTruthy();
    return ds.query(
      `SELECT action, outcome, actor_id, entity_type, entity_id, error_code, reason, changes
         FROM audit_log WHERE request_id = $1 ORDER BY seq`,
      [requestId],
    );
  }
  const countOf = async () => Number((await ds.query('SELECT count(*)::int AS n FROM staff_change'))[0].n);

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.db.database.dataSource;
    ({ client: office, user: officeUser } = await signedIn(testApp, { roles: ['GENERAL_OFFICE'] }));
    ({ client: leadership, user: leadershipUser } = await signedIn(testApp, {
      roles: ['LEADERSHIP_OFFICE'],
    }));
    ({ client: drafter } = await signedIn(testApp, { roles: ['DRAFTER'] }));
    department = await createDepartment(ds, { name: '政策法规处（台账测试）' });
    colleague = await createStaff(ds, { departmentId: department.id });
  });
  afterAll(async () => {
    await testApp?.close();
  });

  const transferIn = () => ({
    effectiveDate: '2026-11-02',
    kind: 'TRANSFER_IN',
    departmentId: department.id,
    personName: '李明',
    userId: colleague.id,
    description: '由公共服务处调入政策法规处，负责政务公开工作',
    documentNumber: '湖文广旅人〔2026〕12号',
  });
  let created: StaffChange;

  describe('record', () => {
    it('GENERAL_OFFICE records a change; the recorder and time are set; the audit row masks the person', async () => {
      const response = await office.gql<{ createStaffChange: StaffChange }>(CREATE, { input: transferIn() });
      expect(response.errors).toBeUndefined();
      created = response.data!.createStaffChange;
      expect(created).toMatchObject({
        ...transferIn(),
        recordedById: officeUser.id,
        recordedAt: TEST_START,
        updatedById: null,
        version: 1,
      });
      const [stored] = await ds.query(
        'SELECT effective_date::text AS date, person_name FROM staff_change WHERE id = $1',
        [created.id],
      );
      expect(stored).toEqual({ date: '2026-11-02', person_name: '李明' });

      const [row, ...more] = await auditOf(response);
      expect(more).toEqual([]);
      expect(row).toMatchObject({
        action: 'Mutation.createStaffChange',
        outcome: 'SUCCESS',
        actor_id: officeUser.id,
        entity_type: 'StaffChange',
        entity_id: created.id,
      });
      const fields = (row.changes as Array<{ fields: Record<string, { to?: unknown }> }>)[0].fields;
      expect(fields.effectiveDate).toEqual({ to: '2026-11-02' });
      expect(fields.kind).toEqual({ to: 'TRANSFER_IN' });
      expect(fields.personName).toEqual({ to: MASKED_VALUE });
      expect(fields.description).toEqual({ to: MASKED_VALUE });
      expect(JSON.stringify(row.changes)).not.toContain('李明');
    });

    it('a leader change at bureau level names no department and may be someone without an account', async () => {
      const data = await leadership.ok(CREATE, {
        input: {
          effectiveDate: '2026-10-15',
          kind: 'LEADER_CHANGE',
          personName: '张副局长',
          description: '分管政务公开工作的局领导调整',
          departmentId: '',
          userId: null,
        },
      });
      expect(data.createStaffChange).toMatchObject({
        kind: 'LEADER_CHANGE',
        departmentId: null,
        userId: null,
        documentNumber: null,
        recordedById: leadershipUser.id,
      });
    });

    it('history may name an inactive department; unknown departments and users are refused by field', async () => {
      const closed = await createDepartment(ds, { name: '已撤销的处室', isActive: false });
      const old = await office.ok(CREATE, {
        input: {
          ...transferIn(),
          departmentId: closed.id,
          userId: null,
          effectiveDate: '2019-03-01',
          kind: 'TRANSFER_OUT',
        },
      });
      expect(old.createStaffChange).toMatchObject({ departmentId: closed.id });

      const before = await countOf();
      const unknown = await office.gql(CREATE, {
        input: { ...transferIn(), departmentId: randomUUID(), userId: randomUUID() },
      });
      expect(firstError(unknown).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'STAFF_CHANGE.REFERENCE_INVALID',
        fields: { departmentId: ['所选处室不存在'], userId: ['所选用户不存在'] },
      });
      expect(await auditOf(unknown)).toMatchObject([{ outcome: 'FAILED', error_code: 'BAD_USER_INPUT' }]);
      expect(await countOf()).toBe(before);
    });

    it('bad input is BAD_USER_INPUT with zh-CN field errors and stores nothing', async () => {
      const before = await countOf();
      const response = await office.gql(CREATE, {
        input: {
          ...transferIn(),
          effectiveDate: '2026-02-30',
          personName: '  ',
          departmentId: 'office',
          documentNumber: '号'.repeat(65),
        },
      });
      const error = firstError(response);
      expect(error.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'INPUT.INVALID',
        fields: {
          effectiveDate: ['变动日期须为有效日期，格式 YYYY-MM-DD'],
          personName: ['请填写人员姓名'],
          departmentId: ['处室无效'],
          documentNumber: ['文号最多 64 个字符'],
        },
      });
      expect(await auditOf(response)).toMatchObject([
        { action: 'Mutation.createStaffChange', outcome: 'FAILED', changes: null },
      ]);
      expect(await countOf()).toBe(before);
      expect(
        firstError(await office.gql(CREATE, { input: { ...transferIn(), kind: 'FIRED' } })).extensions?.code,
      ).toBe('BAD_USER_INPUT');
    });

    it('readers cannot record: DRAFTER and BUREAU_LEADER FORBIDDEN, SYSTEM_ADMIN neither records nor reads', async () => {
      const before = await countOf();
      const { client: bureauLeader } = await signedIn(testApp, { roles: ['BUREAU_LEADER'] });
      const { client: sysadmin } = await signedIn(testApp, { roles: ['SYSTEM_ADMIN'] });
      for (const client of [drafter, bureauLeader, sysadmin]) {
        const response = await client.gql(CREATE, { input: transferIn() });
        expect(firstError(response).extensions).toMatchObject({
          code: 'FORBIDDEN',
          reason: 'ACCESS.FORBIDDEN',
        });
        expect(await auditOf(response)).toMatchObject([{ outcome: 'DENIED' }]);
      }
      expect(firstError(await sysadmin.gql(LIST, {})).extensions?.code).toBe('FORBIDDEN');
      expect((await bureauLeader.ok(ONE, { id: created.id })).staffChange).toMatchObject({
        personName: '李明',
      });
      expect(firstError(await testApp.client().gql(LIST, {})).extensions?.code).toBe('UNAUTHENTICATED');
      expect(await countOf()).toBe(before);
    });
  });

  describe('ledger list', () => {
    let listDepartment: { id: string };
    beforeAll(async () => {
      listDepartment = await createDepartment(ds, { name: '艺术处（台账测试）' });
      const entries: Array<[string, string, string]> = [
        ['2026-01-05', 'TRANSFER_IN', '赵一'],
        ['2026-03-31', 'POST_CHANGE', '钱二'],
        ['2026-04-01', 'TRANSFER_OUT', '孙三'],
        ['2026-12-31', 'OTHER', '李四'],
        ['2025-12-31', 'TRANSFER_IN', '周五'],
      ];
      for (const [effectiveDate, kind, personName] of entries) {
        await office.ok(CREATE, {
          input: { effectiveDate, kind, personName, departmentId: listDepartment.id },
        });
      }
    });

    it('lists a department’s changes by date, newest first', async () => {
      const data = await drafter.ok<{ staffChanges: { total: number; items: StaffChange[] } }>(LIST, {
        filter: { departmentId: listDepartment.id },
      });
      expect(data.staffChanges.total).toBe(5);
      expect(data.staffChanges.items.map((item) => item.effectiveDate)).toEqual([
        '2026-12-31',
        '2026-04-01',
        '2026-03-31',
        '2026-01-05',
        '2025-12-31',
      ]);
    });

    it('filters by a date range (both ends included), kind, person and ids; the whole ledger is ordered by date', async () => {
      const range = await drafter.ok(LIST, {
        filter: { departmentId: listDepartment.id, dateFrom: '2026-01-05', dateTo: '2026-03-31' },
      });
      expect(range.staffChanges.items.map((item: StaffChange) => item.personName)).toEqual(['钱二', '赵一']);

      const from = await drafter.ok(LIST, {
        filter: { departmentId: listDepartment.id, dateFrom: '2026-04-01' },
      });
      expect(from.staffChanges.items.map((item: StaffChange) => item.personName)).toEqual(['李四', '孙三']);

      const to = await drafter.ok(LIST, {
        filter: { departmentId: listDepartment.id, dateTo: '2025-12-31' },
      });
      expect(to.staffChanges.items.map((item: StaffChange) => item.personName)).toEqual(['周五']);

      const kind = await drafter.ok(LIST, {
        filter: { departmentId: listDepartment.id, kind: 'TRANSFER_IN' },
      });
      expect(kind.staffChanges.items.map((item: StaffChange) => item.personName)).toEqual(['赵一', '周五']);

      const byName = await drafter.ok(LIST, { filter: { q: '孙' } });
      expect(byName.staffChanges.items.map((item: StaffChange) => item.personName)).toEqual(['孙三']);

      const byUser = await drafter.ok(LIST, { filter: { userId: colleague.id } });
      expect(byUser.staffChanges.items.map((item: StaffChange) => item.id)).toEqual([created.id]);

      const ids = await drafter.ok(LIST, { filter: { ids: [created.id, 'x'] } });
      expect(ids.staffChanges.total).toBe(1);

      const malformed = await drafter.ok(LIST, { filter: { departmentId: 'not-a-uuid' } });
      expect(malformed.staffChanges.total).toBe(0);

      const all = await drafter.ok<{ staffChanges: { total: number; items: StaffChange[] } }>(LIST, {
        page: { perPage: 100 },
      });
      expect(all.staffChanges.total).toBe(await countOf());
      const dates = all.staffChanges.items.map((item) => item.effectiveDate);
      expect(dates).toEqual([...dates].sort().reverse());
    });

    it('a reversed or malformed range is BAD_USER_INPUT on the field', async () => {
      const reversed = firstError(
        await drafter.gql(LIST, { filter: { dateFrom: '2026-12-31', dateTo: '2026-01-01' } }),
      );
      expect(reversed.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { dateTo: ['结束日期不能早于开始日期'] },
      });
      const malformed = firstError(await drafter.gql(LIST, { filter: { dateFrom: '2026-13-01' } }));
      expect(malformed.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { dateFrom: ['开始日期须为有效日期，格式 YYYY-MM-DD'] },
      });
    });

    it('an unknown or malformed id is NOT_FOUND', async () => {
      for (const id of [randomUUID(), 'not-a-uuid']) {
        expect(firstError(await drafter.gql(ONE, { id })).extensions).toMatchObject({ code: 'NOT_FOUND' });
      }
    });
  });

  describe('corrections (never deletion)', () => {
    it('corrects at the current version; who recorded it stays; the stale editor gets CONFLICT; the audit keeps the change', async () => {
      testApp.clock.advanceMinutes(5);
      const correction = {
        ...transferIn(),
        effectiveDate: '2026-11-03',
        documentNumber: '湖文广旅人〔2026〕13号',
      };
      const response = await leadership.gql<{ updateStaffChange: StaffChange }>(UPDATE, {
        id: created.id,
        version: 1,
        input: correction,
      });
      expect(response.errors).toBeUndefined();
      expect(response.data!.updateStaffChange).toMatchObject({
        effectiveDate: '2026-11-03',
        documentNumber: '湖文广旅人〔2026〕13号',
        recordedById: officeUser.id,
        recordedAt: TEST_START,
        updatedById: leadershipUser.id,
        version: 2,
      });
      const [row] = await auditOf(response);
      expect(row).toMatchObject({
        action: 'Mutation.updateStaffChange',
        outcome: 'SUCCESS',
        entity_type: 'StaffChange',
        entity_id: created.id,
      });
      const fields = (row.changes as Array<{ fields: Record<string, unknown> }>)[0].fields;
      expect(fields).toEqual({
        effectiveDate: { from: '2026-11-02', to: '2026-11-03' },
        documentNumber: { from: '湖文广旅人〔2026〕12号', to: '湖文广旅人〔2026〕13号' },
        updatedById: { from: null, to: leadershipUser.id },
      });

      const stale = await office.gql(UPDATE, {
        id: created.id,
        version: 1,
        input: { ...transferIn(), personName: '李敏' },
      });
      expect(firstError(stale).extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'RECORD.STALE_VERSION',
      });
      expect(await auditOf(stale)).toMatchObject([{ outcome: 'FAILED', error_code: 'CONFLICT' }]);
      const [stored] = await ds.query(
        'SELECT person_name, effective_date::text AS date, version FROM staff_change WHERE id = $1',
        [created.id],
      );
      expect(stored).toEqual({ person_name: '李明', date: '2026-11-03', version: 2 });
    });

    it('update: forbidden role, bad input, unknown id', async () => {
      expect(
        firstError(await drafter.gql(UPDATE, { id: created.id, version: 2, input: transferIn() })).extensions
          ?.code,
      ).toBe('FORBIDDEN');
      const bad = firstError(
        await office.gql(UPDATE, {
          id: created.id,
          version: 2,
          input: { ...transferIn(), effectiveDate: '2026/11/03' },
        }),
      );
      expect(bad.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { effectiveDate: ['变动日期须为有效日期，格式 YYYY-MM-DD'] },
      });
      for (const id of [randomUUID(), 'not-a-uuid']) {
        expect(
          firstError(await office.gql(UPDATE, { id, version: 1, input: transferIn() })).extensions?.code,
        ).toBe('NOT_FOUND');
      }
    });

    it('there is no delete mutation, and the database refuses to delete ledger records', async () => {
      const schema = await createSchema();
      const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
      expect(mutations.filter((name) => /staffchange/i.test(name)).sort()).toEqual([
        'createStaffChange',
        'updateStaffChange',
      ]);
      await expect(ds.query('DELETE FROM staff_change WHERE id = $1', [created.id])).rejects.toThrow(
        /台账记录不能删除/,
      );
      expect((await drafter.ok(ONE, { id: created.id })).staffChange).toMatchObject({ id: created.id });
    });
  });
});
