import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { MASKED_VALUE } from '@gdp/domain';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { signedIn } from '../support/factories.js';
import { type GraphQLClient, type GraphQLResponse, firstError } from '../support/graphql-client.js';
import type { User } from '../../src/modules/organisation/user.entity.js';

/** M1 external agencies (其他行政机关): joint documents and consultations [seed §3]. */

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

type Agency = {
  id: string;
  name: string;
  kind: string;
  contactPerson: string | null;
  phone: string | null;
  address: string | null;
  notes: string | null;
  isActive: boolean;
  version: number;
};

const FIELDS = 'id name kind contactPerson phone address notes isActive version';
const LIST = `query Agencies($filter: ExternalAgencyFilter, $page: PageInput) {
  externalAgencies(filter: $filter, page: $page) { total items { ${FIELDS} } }
}`;
const ONE = `query Agency($id: ID!) { externalAgency(id: $id) { ${FIELDS} } }`;
const CREATE = `mutation Create($input: ExternalAgencyInput!) { createExternalAgency(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation Update($id: ID!, $version: Int!, $input: ExternalAgencyInput!) {
  updateExternalAgency(id: $id, version: $version, input: $input) { ${FIELDS} }
}`;
const SET_ACTIVE = `mutation SetActive($id: ID!, $version: Int!, $isActive: Boolean!) {
  setExternalAgencyActive(id: $id, version: $version, isActive: $isActive) { ${FIELDS} }
}`;


describe('M1 external agencies', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let office: GraphQLClient;
  let officeUser: User;
  let leadership: GraphQLClient;
  let drafter: GraphQLClient;
  let sysadmin: GraphQLClient;

  async function auditOf(response: GraphQLResponse): Promise<AuditRow[]> {
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toBeTruthy();
    return ds.query(
      `SELECT action, outcome, actor_id, entity_type, entity_id, error_code, reason, changes
         FROM audit_log WHERE request_id = $1 ORDER BY seq`,
      [requestId],
    );
  }
  const countOf = async (where = 'true', params: unknown[] = []) =>
    Number((await ds.query(`SELECT count(*)::int AS n FROM external_agency WHERE ${where}`, params))[0].n);

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.db.database.dataSource;
    ({ client: office, user: officeUser } = await signedIn(testApp, { roles: ['GENERAL_OFFICE'] }));
    ({ client: leadership } = await signedIn(testApp, { roles: ['LEADERSHIP_OFFICE'] }));
    ({ client: drafter } = await signedIn(testApp, { roles: ['DRAFTER'] }));
    ({ client: sysadmin } = await signedIn(testApp, { roles: ['SYSTEM_ADMIN'] }));
  });
  afterAll(async () => {
    await testApp?.close();
  });

  const finance = {
    name: '湖州市财政局',
    kind: 'PEER',
    contactPerson: '王建国',
    phone: '0572-2398000',
    address: '湖州市仁皇山路 1 号',
    notes: '联合发文常用',
  };
  let created: Agency;

  describe('create', () => {
    it('GENERAL_OFFICE registers an agency; one SUCCESS audit row whose personal values are masked', async () => {
      const response = await office.gql<{ createExternalAgency: Agency }>(CREATE, { input: finance });
      expect(response.errors).toBeUndefined();
      created = response.data!.createExternalAgency;
      expect(created).toMatchObject({ ...finance, isActive: true, version: 1 });
      expect(await countOf('id = $1', [created.id])).toBe(1);

      const [row, ...more] = await auditOf(response);
      expect(more).toEqual([]);
      expect(row).toMatchObject({
        action: 'Mutation.createExternalAgency',
        outcome: 'SUCCESS',
        actor_id: officeUser.id,
        entity_type: 'ExternalAgency',
        entity_id: created.id,
      });
      const [change] = row.changes as Array<{ fields: Record<string, { from?: unknown; to?: unknown }> }>;
      expect(change.fields.name).toEqual({ to: '湖州市财政局' });
      expect(change.fields.kind).toEqual({ to: 'PEER' });
      // Contact person and phone are personal data (FIELD_SENSITIVITY): the auditor sees they were set, not them.
      expect(change.fields.contactPerson).toEqual({ to: MASKED_VALUE });
      expect(change.fields.phone).toEqual({ to: MASKED_VALUE });
      expect(JSON.stringify(row.changes)).not.toContain('王建国');
      expect(JSON.stringify(row.changes)).not.toContain('2398000');
    });

    it('LEADERSHIP_OFFICE registers too; text is trimmed and empty optional fields stored as null', async () => {
      const data = await leadership.ok(CREATE, {
        input: {
          name: '  浙江省文化和旅游厅 ',
          kind: 'SUPERIOR',
          contactPerson: '  ',
          phone: '',
          address: null,
        },
      });
      expect(data.createExternalAgency).toMatchObject({
        name: '浙江省文化和旅游厅',
        kind: 'SUPERIOR',
        contactPerson: null,
        phone: null,
        address: null,
        notes: null,
      });
    });

    it('business staff without AGENCY_MANAGE and SYSTEM_ADMIN are FORBIDDEN (before arguments are read); DENIED rows; nothing stored', async () => {
      const before = await countOf();
      for (const client of [drafter, sysadmin]) {
        const response = await client.gql(CREATE, { input: { ...finance, name: '越权登记的机关' } });
        expect(firstError(response).extensions).toMatchObject({
          code: 'FORBIDDEN',
          reason: 'ACCESS.FORBIDDEN',
        });
        expect(await auditOf(response)).toMatchObject([
          { action: 'Mutation.createExternalAgency', outcome: 'DENIED', error_code: 'FORBIDDEN' },
        ]);
      }
      expect(
        firstError(await drafter.gql(CREATE, { input: { ...finance, name: '' } })).extensions?.code,
      ).toBe('FORBIDDEN');
      expect(firstError(await testApp.client().gql(CREATE, { input: finance })).extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
      expect(await countOf()).toBe(before);
    });

    it('bad input is BAD_USER_INPUT with zh-CN field errors, stores nothing and writes a FAILED row', async () => {
      const before = await countOf();
      const response = await office.gql(CREATE, {
        input: {
          name: '  ',
          kind: 'PEER',
          contactPerson: '王'.repeat(33),
          phone: '0572-CALL-ME',
          notes: '注'.repeat(1001),
        },
      });
      const error = firstError(response);
      expect(error.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'INPUT.INVALID',
        fields: {
          name: ['请填写机关名称'],
          contactPerson: ['联系人最多 32 个字符'],
          phone: ['联系电话只能包含数字、空格和 + - ( )'],
          notes: ['备注最多 1000 个字符'],
        },
      });
      expect(error.message).toBe('请填写机关名称');
      expect(await auditOf(response)).toMatchObject([
        { outcome: 'FAILED', error_code: 'BAD_USER_INPUT', changes: null },
      ]);
      expect(await countOf()).toBe(before);

      const badKind = firstError(await office.gql(CREATE, { input: { ...finance, kind: 'BUREAU' } }));
      expect(badKind.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('a registered name is CONFLICT with the field named, also when two requests race', async () => {
      const duplicate = await office.gql(CREATE, { input: { ...finance, kind: 'OTHER' } });
      expect(firstError(duplicate).extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'EXTERNAL_AGENCY.DUPLICATE',
        fields: { name: ['该机关名称已登记'] },
      });
      expect(await auditOf(duplicate)).toMatchObject([{ outcome: 'FAILED', error_code: 'CONFLICT' }]);

      const input = { name: '湖州市人力资源和社会保障局', kind: 'PEER' };
      const responses = await Promise.all([office.gql(CREATE, { input }), leadership.gql(CREATE, { input })]);
      const failures = responses.filter((response) => response.errors);
      expect(responses.length - failures.length).toBe(1);
      expect(failures.map((response) => firstError(response).extensions)).toEqual([
        expect.objectContaining({ code: 'CONFLICT', fields: { name: ['该机关名称已登记'] } }),
      ]);
      expect(await countOf('name = $1', [input.name])).toBe(1);
    });
  });

  describe('read', () => {
    beforeAll(async () => {
      for (const [name, kind] of [
        ['吴兴区文化和广电旅游体育局', 'SUBORDINATE'],
        ['南浔区文化和广电旅游体育局', 'SUBORDINATE'],
        ['湖州市档案馆', 'OTHER'],
      ] as const) {
        await office.ok(CREATE, { input: { name, kind } });
      }
    });

    it('every business role reads the list, contact data included; filters by name, kind, state and ids', async () => {
      const bySubstring = await drafter.ok<{ externalAgencies: { total: number; items: Agency[] } }>(LIST, {
        filter: { q: '广电旅游' },
      });
      expect(bySubstring.externalAgencies.items.map((item) => item.name)).toEqual([
        '南浔区文化和广电旅游体育局',
        '吴兴区文化和广电旅游体育局',
      ]);

      const subordinate = await drafter.ok(LIST, { filter: { kind: 'SUBORDINATE' } });
      expect(subordinate.externalAgencies.total).toBe(2);

      const one = await drafter.ok(LIST, { filter: { ids: [created.id, 'not-a-uuid', randomUUID()] } });
      expect(one.externalAgencies.items).toEqual([
        expect.objectContaining({ name: '湖州市财政局', contactPerson: '王建国', phone: '0572-2398000' }),
      ]);

      const none = await drafter.ok(LIST, { filter: { ids: [] } });
      expect(none.externalAgencies).toEqual({ total: 0, items: [] });

      const wildcard = await drafter.ok(LIST, { filter: { q: '%' } });
      expect(wildcard.externalAgencies.total).toBe(0);

      const page = await drafter.ok(LIST, { page: { page: 2, perPage: 2 } });
      expect(page.externalAgencies.total).toBe(await countOf());
      expect(page.externalAgencies.items).toHaveLength(2);

      const { client: bureauLeader } = await signedIn(testApp, { roles: ['BUREAU_LEADER'] });
      expect((await bureauLeader.ok(ONE, { id: created.id })).externalAgency).toMatchObject({
        name: '湖州市财政局',
      });
    });

    it('SYSTEM_ADMIN and AUDITOR read no business content; anonymous is UNAUTHENTICATED', async () => {
      expect(firstError(await sysadmin.gql(LIST, {})).extensions?.code).toBe('FORBIDDEN');
      const { client: auditor } = await signedIn(testApp, { roles: ['AUDITOR'] });
      expect(firstError(await auditor.gql(ONE, { id: created.id })).extensions?.code).toBe('FORBIDDEN');
      expect(firstError(await testApp.client().gql(LIST, {})).extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('an unknown or malformed id is NOT_FOUND', async () => {
      for (const id of [randomUUID(), 'not-a-uuid']) {
        expect(firstError(await drafter.gql(ONE, { id })).extensions).toMatchObject({
          code: 'NOT_FOUND',
          reason: 'RECORD.NOT_FOUND',
        });
      }
    });
  });

  describe('update and (de)activate', () => {
    it('updates at the current version; a second editor with the stale version gets CONFLICT and nothing is overwritten', async () => {
      const first = (await office.ok(ONE, { id: created.id })).externalAgency as Agency;
      const second = (await leadership.ok(ONE, { id: created.id })).externalAgency as Agency;

      const win = await office.gql<{ updateExternalAgency: Agency }>(UPDATE, {
        id: created.id,
        version: first.version,
        input: { ...finance, contactPerson: '李红', address: '湖州市仁皇山路 2 号' },
      });
      expect(win.errors).toBeUndefined();
      expect(win.data!.updateExternalAgency).toMatchObject({
        contactPerson: '李红',
        address: '湖州市仁皇山路 2 号',
        version: 2,
      });
      const [row] = await auditOf(win);
      expect(row).toMatchObject({
        action: 'Mutation.updateExternalAgency',
        outcome: 'SUCCESS',
        entity_id: created.id,
      });
      expect((row.changes as Array<{ fields: Record<string, unknown> }>)[0].fields).toEqual({
        contactPerson: { from: MASKED_VALUE, to: MASKED_VALUE },
        address: { from: '湖州市仁皇山路 1 号', to: '湖州市仁皇山路 2 号' },
      });

      const lose = await leadership.gql(UPDATE, {
        id: created.id,
        version: second.version,
        input: { ...finance, notes: '乙的修改' },
      });
      expect(firstError(lose).extensions).toMatchObject({ code: 'CONFLICT', reason: 'RECORD.STALE_VERSION' });
      expect(firstError(lose).message).toContain('已被他人修改');
      expect(await auditOf(lose)).toMatchObject([
        { outcome: 'FAILED', error_code: 'CONFLICT', reason: 'RECORD.STALE_VERSION' },
      ]);
      const [stored] = await ds.query(
        'SELECT contact_person, notes, version FROM external_agency WHERE id = $1',
        [created.id],
      );
      expect(stored).toEqual({ contact_person: '李红', notes: '联合发文常用', version: 2 });
      created = win.data!.updateExternalAgency;
    });

    it('update: forbidden role, bad input, unknown id, a name taken by another agency', async () => {
      expect(
        firstError(await drafter.gql(UPDATE, { id: created.id, version: created.version, input: finance }))
          .extensions?.code,
      ).toBe('FORBIDDEN');

      const bad = firstError(
        await office.gql(UPDATE, {
          id: created.id,
          version: created.version,
          input: { ...finance, name: '局'.repeat(101) },
        }),
      );
      expect(bad.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { name: ['机关名称最多 100 个字符'] },
      });

      for (const id of [randomUUID(), 'not-a-uuid']) {
        expect(
          firstError(await office.gql(UPDATE, { id, version: 1, input: finance })).extensions?.code,
        ).toBe('NOT_FOUND');
      }

      const clash = firstError(
        await office.gql(UPDATE, {
          id: created.id,
          version: created.version,
          input: { ...finance, name: '湖州市档案馆' },
        }),
      );
      expect(clash.extensions).toMatchObject({ code: 'CONFLICT', fields: { name: ['该机关名称已登记'] } });

      // Keeping its own name is no clash.
      const same = await office.ok(UPDATE, {
        id: created.id,
        version: created.version,
        input: { ...finance, contactPerson: '李红', address: '湖州市仁皇山路 2 号', kind: 'OTHER' },
      });
      expect(same.updateExternalAgency).toMatchObject({
        name: '湖州市财政局',
        kind: 'OTHER',
        version: created.version + 1,
      });
      created = same.updateExternalAgency;
    });

    it('deactivates and reactivates (never deletes); stale version and forbidden roles refused', async () => {
      expect(
        firstError(
          await sysadmin.gql(SET_ACTIVE, { id: created.id, version: created.version, isActive: false }),
        ).extensions?.code,
      ).toBe('FORBIDDEN');

      const off = await leadership.gql<{ setExternalAgencyActive: Agency }>(SET_ACTIVE, {
        id: created.id,
        version: created.version,
        isActive: false,
      });
      expect(off.errors).toBeUndefined();
      expect(off.data!.setExternalAgencyActive).toMatchObject({
        isActive: false,
        version: created.version + 1,
      });
      const [row] = await auditOf(off);
      expect(row).toMatchObject({
        action: 'Mutation.setExternalAgencyActive',
        outcome: 'SUCCESS',
        entity_type: 'ExternalAgency',
        entity_id: created.id,
      });
      expect((row.changes as Array<{ fields: Record<string, unknown> }>)[0].fields).toEqual({
        isActive: { from: true, to: false },
      });

      const inactive = await drafter.ok(LIST, { filter: { isActive: false } });
      expect(inactive.externalAgencies.items.map((item: Agency) => item.id)).toEqual([created.id]);
      // A deactivated agency keeps its name: registering it again is refused (reactivate it instead).
      expect(firstError(await office.gql(CREATE, { input: finance })).extensions?.code).toBe('CONFLICT');

      const stale = firstError(
        await office.gql(SET_ACTIVE, { id: created.id, version: created.version, isActive: true }),
      );
      expect(stale.extensions).toMatchObject({ code: 'CONFLICT', reason: 'RECORD.STALE_VERSION' });

      const on = await office.ok(SET_ACTIVE, {
        id: created.id,
        version: created.version + 1,
        isActive: true,
      });
      expect(on.setExternalAgencyActive).toMatchObject({ isActive: true, version: created.version + 2 });
      expect(
        firstError(await office.gql(SET_ACTIVE, { id: randomUUID(), version: 1, isActive: true })).extensions
          ?.code,
      ).toBe('NOT_FOUND');
    });
  });
});
