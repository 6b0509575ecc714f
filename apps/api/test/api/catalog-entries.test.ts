import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../src/context.js';
import { findCatalogEntriesOfSubject, publishToCatalog, type CatalogPublication } from '../../src/modules/catalog/index.js';
import type { Department } from '../../src/modules/organisation/department.entity.js';
import { createApiToken, createDepartment, signedIn } from '../support/factories.js';
import type { GraphQLClient, GraphQLResponse } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** M5: entries of the public catalog — numbering at publication, corrections, withdrawal, staff reads. */

const ENTRY = 'id indexNumber entryVersion state subjectKind subjectId owningDepartmentId title summary withdrawalReason withdrawnById version availableActions';
const ENTRIES = `query List($filter: CatalogEntryFilter, $sort: SortInput) { catalogEntries(filter: $filter, sort: $sort) { total items { ${ENTRY} } } }`;
const ONE = `query One($id: ID!) { catalogEntry(id: $id) { ${ENTRY} } }`;
const WITHDRAW = `mutation Withdraw($id: ID!, $version: Int!, $reason: String!) {
  withdrawCatalogEntry(id: $id, version: $version, reason: $reason) { ${ENTRY} withdrawnAt }
}`;
const PUBLIC_ONE = `query Public($indexNumber: String!) {
  publicCatalogEntry(indexNumber: $indexNumber) { indexNumber entryVersion title body corrections { entryVersion publishedAt } }
}`;

describe('M5 catalog entries', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let deptA: Department;
  let deptB: Department;
  let publisherA: GraphQLClient;
  let publisherAId: string;
  let publisherB: GraphQLClient;
  let leadershipOffice: GraphQLClient;
  let drafterA: GraphQLClient;
  let portal: GraphQLClient;

  /** Publication as the review module does it: inside a mutation's transaction. */
  const publish = (overrides: Partial<CatalogPublication> = {}) =>
    ds.transaction(async (manager) => {
      const context = {
        services: testApp.app.services,
        actor: { kind: 'anonymous' },
        mutation: { manager, changes: [], onFailure: [] },
      } as unknown as RequestContext;
      return publishToCatalog(context, manager, {
        subjectKind: 'DOCUMENT',
        subjectId: randomUUID(),
        reviewId: randomUUID(),
        contentVersionId: randomUUID(),
        owningDepartmentId: deptA.id,
        categoryId: null,
        title: '关于印发《文化市场综合执法工作规范》的通知',
        summary: '规范文化市场综合执法工作。',
        body: '正文第一版',
        documentNumber: '某文旅发〔2026〕1号',
        formedDate: '2026-11-20',
        attachmentIds: [],
        publisherId: publisherAId,
        ...overrides,
      });
    });
  const auditOf = async (response: GraphQLResponse) =>
    ds.query(`SELECT action, outcome, entity_type, entity_id, error_code FROM audit_log WHERE request_id = $1 ORDER BY seq`, [
      response.headers.get('x-request-id'),
    ]);
  const sequenceOf = async (year: number) =>
    Number((await ds.query(`SELECT last FROM case_number_sequence WHERE prefix = 'SYH' AND year = $1`, [year]))[0]?.last ?? 0);

  beforeAll(async () => {
    testApp = await startTestApp({ bureauIndexCode: 'GDP-BUREAU' });
    ds = testApp.db.database.dataSource;
    deptA = await createDepartment(ds);
    deptB = await createDepartment(ds);
    let user;
    ({ client: publisherA, user } = await signedIn(testApp, { roles: [{ role: 'PUBLISHER', departmentId: deptA.id }] }));
    publisherAId = user.id;
    ({ client: publisherB } = await signedIn(testApp, { roles: [{ role: 'PUBLISHER', departmentId: deptB.id }] }));
    ({ client: leadershipOffice } = await signedIn(testApp, { roles: ['LEADERSHIP_OFFICE'] }));
    ({ client: drafterA } = await signedIn(testApp, { roles: [{ role: 'DRAFTER', departmentId: deptA.id }] }));
    portal = testApp.client().withBearer((await createApiToken(ds, ['public:read'])).token);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  describe('publication', () => {
    it('numbers an item only when it is published: <bureau code>/<year>-<5 digits>, one yearly sequence', async () => {
      expect(await sequenceOf(2026)).toBe(0);
      const first = await publish();
      const second = await publish({ subjectKind: 'MEETING_RESULT', title: '局务会议结果' });
      expect(first).toMatchObject({ indexNumber: 'GDP-BUREAU/2026-00001', entryVersion: 1, state: 'PUBLISHED' });
      expect(second.indexNumber).toBe('GDP-BUREAU/2026-00002');
      expect(await sequenceOf(2026)).toBe(2);
      // The year of publication (Asia/Shanghai) starts its own sequence: 2026-12-31T16:00Z is 2027-01-01 in Beijing.
      testApp.clock.set('2026-12-31T16:00:00.000Z');
      try {
        expect((await publish()).indexNumber).toBe('GDP-BUREAU/2027-00001');
      } finally {
        testApp.clock.set('2026-11-26T02:00:00.000Z');
      }
      expect((await publish()).indexNumber).toBe('GDP-BUREAU/2026-00003');
    });

    it('a correction keeps the index number as version 2; the old version is superseded and no longer served', async () => {
      const subjectId = randomUUID();
      const original = await publish({ subjectId, body: '更正前的正文' });
      testApp.clock.advanceMinutes(30);
      const corrected = await publish({ subjectId, body: '更正后的正文' });
      expect(corrected).toMatchObject({ indexNumber: original.indexNumber, entryVersion: 2, state: 'PUBLISHED' });
      const entries = await findCatalogEntriesOfSubject(ds.manager, 'DOCUMENT', subjectId);
      expect(entries.map((entry) => [entry.entryVersion, entry.state])).toEqual([
        [1, 'SUPERSEDED'],
        [2, 'PUBLISHED'],
      ]);
      const shown = (await portal.ok(PUBLIC_ONE, { indexNumber: original.indexNumber })).publicCatalogEntry;
      expect(shown).toMatchObject({ entryVersion: 2, body: '更正后的正文', corrections: [{ entryVersion: 1, publishedAt: original.publishedAt.toISOString() }] });
      const list = await portal.gql(`query { publicCatalogEntries(page: { perPage: 100 }) { total items { body } } }`);
      expect(list.text).not.toContain('更正前的正文');
      // The database itself refuses a second shown version of one number.
      await expect(
        ds.query(`UPDATE catalog_entry SET state = 'PUBLISHED' WHERE id = $1`, [original.id]),
      ).rejects.toThrow();
    });

    it('a publication after a withdrawal comes back under the same number', async () => {
      const subjectId = randomUUID();
      const first = await publish({ subjectId });
      const withdrawn = (await publisherA.ok(WITHDRAW, { id: first.id, version: first.version, reason: '附件有误' })).withdrawCatalogEntry;
      expect(withdrawn.state).toBe('WITHDRAWN');
      const again = await publish({ subjectId });
      expect(again).toMatchObject({ indexNumber: first.indexNumber, entryVersion: 2, state: 'PUBLISHED' });
      expect((await findCatalogEntriesOfSubject(ds.manager, 'DOCUMENT', subjectId)).map((entry) => entry.state)).toEqual([
        'WITHDRAWN',
        'PUBLISHED',
      ]);
    });
  });

  describe('withdrawal', () => {
    it('a publisher of the owning department withdraws with a reason; it leaves every public answer; audited', async () => {
      const entry = await publish({ title: '拟撤下的通知' });
      expect((await portal.ok(PUBLIC_ONE, { indexNumber: entry.indexNumber })).publicCatalogEntry.title).toBe('拟撤下的通知');
      const before = (await publisherA.ok(ONE, { id: entry.id })).catalogEntry;
      expect(before.availableActions).toEqual(['WITHDRAW']);
      const response = await publisherA.gql<{ withdrawCatalogEntry: Record<string, any> }>(WITHDRAW, {
        id: entry.id,
        version: entry.version,
        reason: ' 内容已过时 ',
      });
      expect(response.errors).toBeUndefined();
      expect(response.data!.withdrawCatalogEntry).toMatchObject({
        state: 'WITHDRAWN',
        withdrawalReason: '内容已过时',
        withdrawnById: publisherAId,
        withdrawnAt: '2026-11-26T02:30:00.000Z',
        availableActions: [],
      });
      expect(await auditOf(response)).toMatchObject([
        { action: 'Mutation.withdrawCatalogEntry', outcome: 'SUCCESS', entity_type: 'CatalogEntry', entity_id: entry.id },
      ]);
      const gone = await portal.fails(PUBLIC_ONE, { indexNumber: entry.indexNumber });
      const unknown = await portal.fails(PUBLIC_ONE, { indexNumber: 'GDP-BUREAU/2026-99999' });
      expect(gone.extensions?.code).toBe('NOT_FOUND');
      expect(gone.message).toBe(unknown.message);
      const titles = await portal.gql(`query { publicCatalogEntries(filter: { search: "拟撤下" }) { total items { title } } }`);
      expect(titles.data).toEqual({ publicCatalogEntries: { total: 0, items: [] } });
    });

    it('the leadership office withdraws bureau-wide', async () => {
      const entry = await publish({ owningDepartmentId: deptB.id });
      const withdrawn = (await leadershipOffice.ok(WITHDRAW, { id: entry.id, version: entry.version, reason: '经领导小组研究撤下' })).withdrawCatalogEntry;
      expect(withdrawn.state).toBe('WITHDRAWN');
    });

    it("another department's publisher and a drafter are FORBIDDEN; nothing changes", async () => {
      const entry = await publish();
      const other = await publisherB.fails(WITHDRAW, { id: entry.id, version: entry.version, reason: '越权' });
      expect(other.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CATALOG_ENTRY.NOT_YOUR_DEPARTMENT' });
      expect((await drafterA.fails(WITHDRAW, { id: entry.id, version: entry.version, reason: '越权' })).extensions?.code).toBe('FORBIDDEN');
      expect((await publisherB.ok(ONE, { id: entry.id })).catalogEntry.availableActions).toEqual([]);
      expect((await ds.query(`SELECT state, version FROM catalog_entry WHERE id = $1`, [entry.id]))[0]).toEqual({ state: 'PUBLISHED', version: 1 });
    });

    it('a reason is required (1–500 characters); a stale version is a CONFLICT; only a published entry is withdrawn', async () => {
      const entry = await publish();
      const empty = await publisherA.fails(WITHDRAW, { id: entry.id, version: entry.version, reason: '   ' });
      expect(empty.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { reason: ['请填写撤下理由'] } });
      const long = await publisherA.fails(WITHDRAW, { id: entry.id, version: entry.version, reason: '理'.repeat(501) });
      expect(long.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { reason: ['撤下理由最多 500 个字符'] } });
      const stale = await publisherA.fails(WITHDRAW, { id: entry.id, version: entry.version + 1, reason: '过期版本' });
      expect(stale.extensions?.code).toBe('CONFLICT');
      const withdrawn = (await publisherA.ok(WITHDRAW, { id: entry.id, version: entry.version, reason: '撤下' })).withdrawCatalogEntry;
      const twice = await publisherA.fails(WITHDRAW, { id: entry.id, version: withdrawn.version, reason: '再次撤下' });
      expect(twice.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CATALOG_ENTRY.NOT_PUBLISHED' });
      expect((await publisherA.fails(WITHDRAW, { id: randomUUID(), version: 1, reason: '不存在' })).extensions?.code).toBe('NOT_FOUND');
      // Entries are never deleted, not even by hand in the database.
      await expect(ds.query(`DELETE FROM catalog_entry WHERE id = $1`, [entry.id])).rejects.toThrow();
    });
  });

  describe('staff reads', () => {
    it('readers see every entry with filters; callers outside the publishing chain and tokens are refused', async () => {
      const tagged = await publish({ subjectKind: 'OPINION_RESPONSE', title: '关于游客投诉热点问题的回应', owningDepartmentId: deptB.id });
      const byKind = (await drafterA.ok(ENTRIES, { filter: { subjectKind: 'OPINION_RESPONSE' } })).catalogEntries;
      expect(byKind.items.map((item: { id: string }) => item.id)).toEqual([tagged.id]);
      const withdrawn = (await drafterA.ok(ENTRIES, { filter: { state: 'WITHDRAWN' } })).catalogEntries;
      expect(withdrawn.total).toBeGreaterThanOrEqual(3);
      expect(withdrawn.items.every((item: { withdrawalReason: string | null }) => item.withdrawalReason)).toBe(true);
      const byDepartment = (await leadershipOffice.ok(ENTRIES, { filter: { departmentId: deptB.id, search: '热点' } })).catalogEntries;
      expect(byDepartment.items.map((item: { id: string }) => item.id)).toEqual([tagged.id]);
      const sorted = (await drafterA.ok(ENTRIES, { sort: { field: 'indexNumber', order: 'ASC' } })).catalogEntries.items;
      expect(sorted[0].indexNumber).toBe('GDP-BUREAU/2026-00001');
      const { client: auditor } = await signedIn(testApp, { roles: ['AUDITOR'] });
      expect((await auditor.fails(ENTRIES)).extensions?.code).toBe('FORBIDDEN');
      expect((await portal.fails(ENTRIES)).extensions?.code).toBe('FORBIDDEN');
      expect((await testApp.client().fails(ENTRIES)).extensions?.code).toBe('UNAUTHENTICATED');
    });
  });
});
