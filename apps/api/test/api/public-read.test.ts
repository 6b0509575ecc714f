import 'reflect-metadata';
import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../src/context.js';
import { CatalogCategory } from '../../src/modules/catalog/catalog-category.entity.js';
import { publishToCatalog, type CatalogPublication } from '../../src/modules/catalog/index.js';
import { DocumentAttachment } from '../../src/modules/document/document.entity.js';
import type { Department } from '../../src/modules/organisation/department.entity.js';
import { createApiToken, createDepartment, signedIn } from '../support/factories.js';
import { firstError, type GraphQLClient } from '../support/graphql-client.js';
import { startTestApp, TEST_START, type TestApp } from '../support/test-app.js';

/** M5: the published catalog for external apps and, where the bureau allows it, for anyone (per-IP limited). */

const PUBLIC_ENTRY = `indexNumber entryVersion title summary body documentNumber category { id name } departmentName formedDate
  publishedAt subjectKind attachments { id fileName contentType sizeBytes sha256 url } corrections { entryVersion publishedAt }`;
const LIST = `query List($filter: PublicCatalogEntryFilter, $page: PageInput) {
  publicCatalogEntries(filter: $filter, page: $page) { total items { ${PUBLIC_ENTRY} } }
}`;
const ONE = `query One($indexNumber: String!) { publicCatalogEntry(indexNumber: $indexNumber) { ${PUBLIC_ENTRY} } }`;

describe('M5 public read of the catalog', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let department: Department;
  let category: CatalogCategory;
  let portal: GraphQLClient;
  let complaintsOnly: GraphQLClient;
  let publisherId: string;

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
        owningDepartmentId: department.id,
        categoryId: category.id,
        title: '标题',
        summary: null,
        body: '正文',
        documentNumber: null,
        formedDate: '2026-11-20',
        attachmentIds: [],
        publisherId,
        ...overrides,
      });
    });
  /** An attachment of some content version, its bytes in file storage. */
  const attachment = async (fileName: string, data: Buffer, contentType = 'application/pdf') => {
    const storageKey = `test/${randomUUID()}`;
    await testApp.app.services.fileStorage.put(ds.manager, storageKey, data, contentType);
    return ds.manager.save(
      ds.manager.create(DocumentAttachment, {
        contentVersionId: randomUUID(),
        fileName,
        contentType,
        sizeBytes: data.length,
        sha256: createHash('sha256').update(data).digest('hex'),
        storageKey,
        uploadedById: publisherId,
        uploadedAt: new Date(TEST_START),
        removedAt: null,
      }),
    );
  };
  const download = (id: string, bearer?: string) =>
    fetch(`${testApp.url}/public/files/${id}`, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });

  let planText: string;
  let pdf: DocumentAttachment;
  let draftFile: DocumentAttachment;
  let portalToken: string;
  let corrected: { indexNumber: string };
  let withdrawnNumber: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.db.database.dataSource;
    department = await createDepartment(ds, { name: '政策法规处' });
    category = await ds.manager.save(
      ds.manager.create(CatalogCategory, { code: 'GHJH', name: '规划计划', sortOrder: 1, parentId: null, isActive: true, createdAt: new Date(TEST_START), updatedAt: new Date(TEST_START) }),
    );
    const child = await ds.manager.save(
      ds.manager.create(CatalogCategory, { code: 'GHJH-ND', name: '年度计划', sortOrder: 1, parentId: category.id, isActive: true, createdAt: new Date(TEST_START), updatedAt: new Date(TEST_START) }),
    );
    ({
      user: { id: publisherId },
    } = await signedIn(testApp, { roles: [{ role: 'PUBLISHER', departmentId: department.id }] }));
    portalToken = (await createApiToken(ds, ['public:read'])).token;
    portal = testApp.client().withBearer(portalToken);
    complaintsOnly = testApp.client().withBearer((await createApiToken(ds, ['complaints:submit'])).token);

    planText = '“十五五”文化和旅游发展规划正文';
    pdf = await attachment('十五五规划 (终稿).pdf', Buffer.from('%PDF-1.7 plan'));
    draftFile = await attachment('草稿.pdf', Buffer.from('%PDF-1.7 draft'));
    await publish({
      title: '某市“十五五”文化和旅游发展规划',
      summary: '规划期为 2026—2030 年，含 100%_覆盖目标。',
      body: planText,
      documentNumber: '某文旅发〔2026〕8号',
      attachmentIds: [pdf.id],
    });
    testApp.clock.advanceMinutes(1);
    await publish({ subjectKind: 'MEETING_RESULT', title: '2026 年第 10 次局务会议结果', categoryId: child.id });
    // A correction: only version 2 is public.
    const subjectId = randomUUID();
    const original = await publish({ subjectId, title: '关于调整开放时间的公告', body: '旧的开放时间' });
    testApp.clock.advanceMinutes(1);
    corrected = await publish({ subjectId, title: '关于调整开放时间的公告', body: '新的开放时间' });
    expect(corrected.indexNumber).toBe(original.indexNumber);
    // A withdrawn entry is public nowhere.
    const withdrawn = await publish({ title: '已撤下的通知', body: '撤下的正文' });
    await ds.query(`UPDATE catalog_entry SET state = 'WITHDRAWN', withdrawn_at = now(), withdrawal_reason = '测试' WHERE id = $1`, [withdrawn.id]);
    withdrawnNumber = withdrawn.indexNumber;
  });
  afterAll(async () => {
    await testApp?.close();
  });

  describe('with a public:read token', () => {
    it('lists only the current published entries, newest first, with exactly the public fields', async () => {
      const response = await portal.gql<{ publicCatalogEntries: { total: number; items: Array<Record<string, any>> } }>(LIST);
      expect(response.errors).toBeUndefined();
      const { total, items } = response.data!.publicCatalogEntries;
      // Five rows exist; the superseded and the withdrawn ones are not counted.
      expect(total).toBe(3);
      expect(items.map((item) => item.title)).toEqual(['关于调整开放时间的公告', '2026 年第 10 次局务会议结果', '某市“十五五”文化和旅游发展规划']);
      expect(items[2]).toEqual({
        indexNumber: '000000000/2026-00001',
        entryVersion: 1,
        title: '某市“十五五”文化和旅游发展规划',
        summary: '规划期为 2026—2030 年，含 100%_覆盖目标。',
        body: planText,
        documentNumber: '某文旅发〔2026〕8号',
        category: { id: category.id, name: '规划计划' },
        departmentName: '政策法规处',
        formedDate: '2026-11-20',
        publishedAt: TEST_START,
        subjectKind: 'DOCUMENT',
        attachments: [
          { id: pdf.id, fileName: '十五五规划 (终稿).pdf', contentType: 'application/pdf', sizeBytes: pdf.sizeBytes, sha256: pdf.sha256, url: `/public/files/${pdf.id}` },
        ],
        corrections: [],
      });
      expect(items[0]).toMatchObject({ entryVersion: 2, body: '新的开放时间', corrections: [{ entryVersion: 1 }] });
      expect(response.text).not.toContain('旧的开放时间');
      expect(response.text).not.toContain('撤下的正文');
      expect(response.text).not.toContain(publisherId);
      expect(response.text).not.toContain(department.id);
    });

    it('filters by category (its children included), kind, period and substring of title or summary', async () => {
      const titles = async (filter: Record<string, unknown>) =>
        (await portal.ok(LIST, { filter })).publicCatalogEntries.items.map((item: { title: string }) => item.title);
      expect(await titles({ categoryId: category.id })).toHaveLength(3);
      expect(await titles({ subjectKind: 'MEETING_RESULT' })).toEqual(['2026 年第 10 次局务会议结果']);
      expect(await titles({ search: '局务会议' })).toEqual(['2026 年第 10 次局务会议结果']);
      // Wildcards are taken literally; the summary is searched too.
      expect(await titles({ search: '100%_' })).toEqual(['某市“十五五”文化和旅游发展规划']);
      expect(await titles({ search: '0%_' })).toEqual(['某市“十五五”文化和旅游发展规划']);
      expect(await titles({ search: '已撤下' })).toEqual([]);
      expect(await titles({ publishedFrom: '2026-11-26', publishedTo: '2026-11-26' })).toHaveLength(3);
      expect(await titles({ publishedFrom: '2026-11-27' })).toEqual([]);
      const long = await portal.fails(LIST, { filter: { search: '字'.repeat(101) } });
      expect(long.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { search: ['检索词最多 100 个字符'] } });
      const reversed = await portal.fails(LIST, { filter: { publishedFrom: '2026-11-27', publishedTo: '2026-11-26' } });
      expect(reversed.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await portal.fails(LIST, { page: { page: 1, perPage: 101 } })).extensions?.code).toBe('BAD_USER_INPUT');
      const paged = (await portal.ok(LIST, { page: { page: 2, perPage: 2 } })).publicCatalogEntries;
      expect([paged.total, paged.items.length]).toEqual([3, 1]);
    });

    it('reads one entry by index number; unknown, withdrawn and superseded numbers are the same NOT_FOUND', async () => {
      expect((await portal.ok(ONE, { indexNumber: corrected.indexNumber })).publicCatalogEntry).toMatchObject({ entryVersion: 2, body: '新的开放时间' });
      const withdrawn = await portal.fails(ONE, { indexNumber: withdrawnNumber });
      const unknown = await portal.fails(ONE, { indexNumber: '000000000/2026-09999' });
      expect(withdrawn.extensions?.code).toBe('NOT_FOUND');
      expect({ message: withdrawn.message, code: withdrawn.extensions?.code, reason: withdrawn.extensions?.reason }).toEqual({
        message: unknown.message,
        code: unknown.extensions?.code,
        reason: unknown.extensions?.reason,
      });
    });

    it('a token without public:read is FORBIDDEN; without a credential it is UNAUTHENTICATED (anonymous reads off)', async () => {
      expect((await complaintsOnly.fails(LIST)).extensions?.code).toBe('FORBIDDEN');
      expect((await complaintsOnly.fails(ONE, { indexNumber: corrected.indexNumber })).extensions?.code).toBe('FORBIDDEN');
      expect(firstError(await testApp.client().gql(LIST)).extensions?.code).toBe('UNAUTHENTICATED');
      expect(firstError(await testApp.client().gql('query { publicGuide { versionNumber } }')).extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('GET /public/files/:attachmentId', () => {
    it('serves a published attachment as a download', async () => {
      const response = await download(pdf.id, portalToken);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename*=UTF-8''${encodeURIComponent('十五五规划 ')}%28${encodeURIComponent('终稿')}%29.pdf`,
      );
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(Buffer.from(await response.arrayBuffer()).toString()).toBe('%PDF-1.7 plan');
    });

    it('an attachment of no published entry is the same 404 as an unknown one', async () => {
      const unpublished = await download(draftFile.id, portalToken);
      const unknown = await download(randomUUID(), portalToken);
      const malformed = await download('not-an-id', portalToken);
      for (const response of [unpublished, unknown, malformed]) expect(response.status).toBe(404);
      const bodies = await Promise.all([unpublished, unknown].map((response) => response.json()));
      expect(bodies[0]).toMatchObject({ errors: [{ message: '请求的地址不存在', extensions: { code: 'NOT_FOUND' } }] });
      expect(JSON.stringify(bodies[0]).replace(/"requestId":"[^"]*"/, '')).toBe(JSON.stringify(bodies[1]).replace(/"requestId":"[^"]*"/, ''));
    });

    it('without a credential (anonymous reads off) is 401; a token without public:read is 403', async () => {
      expect((await download(pdf.id)).status).toBe(401);
      const { token } = await createApiToken(ds, ['complaints:submit']);
      expect((await download(pdf.id, token)).status).toBe(403);
    });
  });

  describe('anonymous reads allowed (ANONYMOUS_PUBLIC_READ)', () => {
    let open: TestApp;
    beforeAll(async () => {
      open = await startTestApp({ anonymousPublicRead: true, anonymousRateLimitPerMinute: 3 }, { db: testApp.db });
    });
    afterAll(async () => {
      await open?.close();
    });

    it('anyone reads the published catalog, the guide and the files — nothing else — limited per IP per minute', async () => {
      open.clock.set('2026-11-26T03:00:00.000Z');
      const anonymous = open.client();
      expect((await anonymous.ok(LIST)).publicCatalogEntries.total).toBe(3);
      expect(firstError(await anonymous.gql('query { catalogEntries { total } }')).extensions?.code).toBe('UNAUTHENTICATED');
      const file = await fetch(`${open.url}/public/files/${pdf.id}`);
      expect(file.status).toBe(200);
      const limited = await anonymous.gql(LIST);
      expect(limited.status).toBe(429);
      expect(JSON.parse(limited.text)).toMatchObject({
        errors: [{ message: '每分钟请求数已达上限，请稍后重试', extensions: { code: 'RATE_LIMITED', reason: 'ANONYMOUS.RATE_LIMITED' } }],
      });
      expect((await fetch(`${open.url}/public/files/${pdf.id}`)).status).toBe(429);
      // A token has its own limit, not the address's.
      expect((await open.client().withBearer(portalToken).ok(LIST)).publicCatalogEntries.total).toBe(3);
      open.clock.advanceMinutes(1);
      expect((await anonymous.ok(ONE, { indexNumber: corrected.indexNumber })).publicCatalogEntry.entryVersion).toBe(2);
    });

    it('anonymous callers get the external schema handler (no introspection)', async () => {
      open.clock.advanceMinutes(1);
      const response = await open.client().gql('query { __schema { queryType { name } } }');
      expect(response.data?.__schema).toBeUndefined();
      expect(response.errors?.length).toBeGreaterThan(0);
    });
  });
});
