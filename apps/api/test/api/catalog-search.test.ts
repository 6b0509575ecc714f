import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../src/context.js';
import { publishToCatalog, type CatalogPublication } from '../../src/modules/catalog/index.js';
import { bumpPublicCatalogStamp } from '../../src/modules/catalog/catalog-public-cache.js';
import {
  PUBLIC_TOTAL_CAP,
  publicCatalogSql,
  queryPublicCatalog,
} from '../../src/modules/catalog/catalog-public-search.js';
import type { Department } from '../../src/modules/organisation/department.entity.js';
import { currentBackend } from '../support/backend.js';
import { createApiToken, createDepartment, signedIn } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The public catalog's search at scale and its cache across replicas (two app instances, one database). */

const LIST = `query List($filter: PublicCatalogEntryFilter, $page: PageInput) {
  publicCatalogEntries(filter: $filter, page: $page) { total totalIsCapped items { indexNumber title summary publishedAt } }
}`;
const ONE = `query One($indexNumber: String!) { publicCatalogEntry(indexNumber: $indexNumber) { indexNumber title } }`;
const WITHDRAW = `mutation Withdraw($id: ID!, $version: Int!, $reason: String!) {
  withdrawCatalogEntry(id: $id, version: $version, reason: $reason) { id state }
}`;

interface ListAnswer {
  publicCatalogEntries: {
    total: number;
    totalIsCapped: boolean;
    items: Array<{ indexNumber: string; title: string; summary: string | null; publishedAt: string }>;
  };
}

describe('public catalog search and cache', () => {
  let replicaA: TestApp;
  let replicaB: TestApp;
  let ds: DataSource;
  let dept: Department;
  let publisherId: string;
  let publisherOnB: GraphQLClient;
  let portalOnA: GraphQLClient;
  let minute = 0;

  /** A publication as the review module makes it, inside a transaction of the given replica. */
  const publish = (replica: TestApp, overrides: Partial<CatalogPublication>) => {
    replica.clock.set(new Date(Date.parse('2026-11-26T02:00:00.000Z') + ++minute * 60_000));
    return ds.transaction((manager) =>
      publishToCatalog(
        {
          services: replica.app.services,
          actor: { kind: 'anonymous' },
          mutation: { manager, changes: [], onFailure: [] },
        } as unknown as RequestContext,
        manager,
        {
          subjectKind: 'DOCUMENT',
          subjectId: randomUUID(),
          reviewId: randomUUID(),
          contentVersionId: randomUUID(),
          owningDepartmentId: dept.id,
          categoryId: null,
          title: '通知',
          summary: null,
          body: '正文',
          documentNumber: null,
          formedDate: '2026-11-20',
          attachmentIds: [],
          publisherId,
          ...overrides,
        },
      ),
    );
  };
  const search = async (text: string) =>
    (await portalOnA.ok<ListAnswer>(LIST, { filter: { search: text }, page: { perPage: 100 } }))
      .publicCatalogEntries;
  const titles = async (text: string) => (await search(text)).items.map((item) => item.title);

  beforeAll(async () => {
    replicaA = await startTestApp({ bureauIndexCode: 'GDP-BUREAU' });
    replicaB = await startTestApp({ bureauIndexCode: 'GDP-BUREAU' }, { db: replicaA.db });
    ds = replicaA.db.database.dataSource;
    dept = await createDepartment(ds);
    let user;
    ({ client: publisherOnB, user } = await signedIn(replicaB, {
      roles: [{ role: 'PUBLISHER', departmentId: dept.id }],
    }));
    publisherId = user.id;
    portalOnA = replicaA.client().withBearer((await createApiToken(ds, ['public:read'])).token);
    await publish(replicaA, {
      title: '关于印发《文化市场综合执法工作规范》的通知',
      summary: '规范执法程序。',
    });
    await publish(replicaA, {
      title: '2026年部门预算公开',
      summary: '按照预算法要求，公开文化市场监管经费。',
    });
    await publish(replicaA, { title: '税务窗口服务时间调整', summary: null });
    await publish(replicaA, { title: '审计整改结果公告（完成率100%）', summary: '审计发现问题整改情况。' });
    await publish(replicaA, { title: '年度审计_报告', summary: null });
  });
  afterAll(async () => {
    await replicaB?.close();
    await replicaA?.close();
  });

  it('a search of 3+ characters finds Chinese text in title or summary, newest first', async () => {
    expect(await titles('文化市场')).toEqual([
      '2026年部门预算公开',
      '关于印发《文化市场综合执法工作规范》的通知',
    ]);
    expect(await titles('整改情况')).toEqual(['审计整改结果公告（完成率100%）']);
    expect(await titles('不存在的词')).toEqual([]);
  });

  it('1–2 character queries search titles', async () => {
    expect(await titles('税')).toEqual(['税务窗口服务时间调整']);
    expect(await titles('审计')).toEqual(['年度审计_报告', '审计整改结果公告（完成率100%）']);
    // A character only in a summary is not a title match.
    expect(await titles('监')).toEqual([]);
  });

  it('LIKE wildcards in the query are taken literally', async () => {
    expect(await titles('%')).toEqual(['审计整改结果公告（完成率100%）']);
    expect(await titles('0%')).toEqual(['审计整改结果公告（完成率100%）']);
    expect(await titles('100%）')).toEqual(['审计整改结果公告（完成率100%）']);
    expect(await titles('_')).toEqual(['年度审计_报告']);
    expect(await titles('计_报')).toEqual(['年度审计_报告']);
    expect(await titles('%%%')).toEqual([]);
  });

  it('a change through another replica shows at once in this replica’s cached answers', async () => {
    const before = await search('公告');
    expect(before.items.map((item) => item.title)).toEqual(['审计整改结果公告（完成率100%）']);

    // Publication through replica B.
    await publish(replicaB, { title: '政务公开工作要点公告', summary: null });
    expect(await titles('公告')).toEqual(['政务公开工作要点公告', '审计整改结果公告（完成率100%）']);
    const [published] = await ds.query(
      `SELECT id, index_number, version FROM catalog_entry WHERE title = '政务公开工作要点公告'`,
    );
    expect((await portalOnA.ok(ONE, { indexNumber: published.index_number })).publicCatalogEntry.title).toBe(
      '政务公开工作要点公告',
    );

    // Withdrawal through replica B's API.
    await publisherOnB.ok(WITHDRAW, { id: published.id, version: published.version, reason: '内容有误' });
    expect(await titles('公告')).toEqual(['审计整改结果公告（完成率100%）']);
    expect((await portalOnA.fails(ONE, { indexNumber: published.index_number })).extensions?.code).toBe(
      'NOT_FOUND',
    );
  });

  it('answers are cached until the stamp changes (a write that skips the stamp is not seen)', async () => {
    const list = async () => (await portalOnA.ok<ListAnswer>(LIST, {})).publicCatalogEntries.total;
    const total = await list();
    await ds.query(`UPDATE catalog_entry SET state = 'WITHDRAWN' WHERE title = '税务窗口服务时间调整'`);
    expect(await list()).toBe(total);
    await ds.transaction((manager) => bumpPublicCatalogStamp(manager));
    expect(await list()).toBe(total - 1);
  });

  it('an answer is one statement besides the token (it reads the stamp); a kept answer, a stamp read', async () => {
    const { database } = replicaA.db;
    /** Fewest over the requests: a background flush of token counts must not be counted. */
    const fewestStatements = async (requests: Array<() => Promise<unknown>>) => {
      let fewest = Number.POSITIVE_INFINITY;
      for (const request of requests) {
        await replicaA.app.services.tokenUsage.flush();
        const before = database.statementCount();
        await request();
        fewest = Math.min(fewest, database.statementCount() - before);
      }
      return fewest;
    };
    const terms = ['执法程序', '监管经费', '发现问题'];
    expect(await fewestStatements(terms.map((text) => () => search(text)))).toBe(2);
    expect(await fewestStatements(terms.map((text) => () => search(text)))).toBe(2);
    expect(await titles('执法程序')).toEqual(['关于印发《文化市场综合执法工作规范》的通知']);
    const [{ index_number: indexNumber }] = await ds.query(
      `SELECT index_number FROM catalog_entry WHERE title = '年度审计_报告'`,
    );
    const one = () => portalOnA.ok(ONE, { indexNumber });
    expect(await fewestStatements([one])).toBe(2);
    expect(await fewestStatements([one, one])).toBe(2);
  });

  it('the search indexes keep no pending list, so a search never reads one', async () => {
    const rows = (await ds.query(
      `SELECT relname, reloptions FROM pg_class WHERE relname IN ('IDX_catalog_entry_title_trgm', 'IDX_catalog_entry_summary_trgm', 'IDX_catalog_entry_title_grams') ORDER BY relname`,
    )) as Array<{ relname: string; reloptions: string[] | null }>;
    expect(rows.map((row) => [row.relname, row.reloptions])).toEqual([
      ['IDX_catalog_entry_summary_trgm', ['fastupdate=off']],
      ['IDX_catalog_entry_title_grams', ['fastupdate=off']],
      ['IDX_catalog_entry_title_trgm', ['fastupdate=off']],
    ]);
  });

  describe('with many entries', () => {
    beforeAll(async () => {
      await ds.query(
        `INSERT INTO catalog_entry (index_number, entry_version, state, subject_kind, subject_id, review_id, content_version_id,
           owning_department_id, title, summary, body, formed_date, published_at, publisher_id, version, created_at, updated_at)
         SELECT 'BULK-' || i, 1, 'PUBLISHED', 'DOCUMENT', gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), $1,
                '批量通知第' || i || '号', '批量概述' || i, '正文', '2026-01-01', TIMESTAMPTZ '2025-01-01' + i * INTERVAL '1 minute',
                $2, 1, now(), now()
           FROM generate_series(1, 5000) AS i`,
        [dept.id, publisherId],
      );
      await ds.query(`ANALYZE catalog_entry`);
      await ds.transaction((manager) => bumpPublicCatalogStamp(manager));
    });

    it(`totals stop at ${PUBLIC_TOTAL_CAP} and say so`, async () => {
      expect(await search('批量通知')).toMatchObject({ total: PUBLIC_TOTAL_CAP, totalIsCapped: true });
      expect(await search('批量通知第4999号')).toMatchObject({ total: 1, totalIsCapped: false });
      expect(await search('号')).toMatchObject({ total: PUBLIC_TOTAL_CAP, totalIsCapped: true });
      const newest = (await search('批量')).items.slice(0, 2).map((item) => item.title);
      expect(newest).toEqual(['批量通知第5000号', '批量通知第4999号']);
    });

    it('a frequent term (more matches than the index path keeps) walks newest first to the same page', async () => {
      const run = (sql: string, params: unknown[]) => ds.query(sql, params) as Promise<unknown[]>;
      for (const search of ['批量通知', '号', '批量']) {
        for (const offset of [0, 40]) {
          const query = { search, offset, limit: 20 };
          const viaIndex = await queryPublicCatalog(run, query);
          const viaWalk = await queryPublicCatalog(run, query, 100);
          expect(viaIndex.counted).toBeGreaterThan(100);
          expect(viaWalk.counted).toBe(101);
          expect(viaWalk.rows.map((row) => row.indexNumber)).toEqual(
            viaIndex.rows.map((row) => row.indexNumber),
          );
          expect(viaWalk.rows).toHaveLength(20);
        }
      }
    });

    it.runIf(currentBackend() === 'postgres')(
      'searches find their matches through the trigram and 1–2 character indexes',
      async () => {
        await ds.query(
          `INSERT INTO catalog_entry (index_number, entry_version, state, subject_kind, subject_id, review_id, content_version_id,
           owning_department_id, title, summary, body, formed_date, published_at, publisher_id, version, created_at, updated_at)
         SELECT 'MORE-' || i, 1, 'PUBLISHED', 'DOCUMENT', gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), owning_department_id,
                '更多通知' || i, NULL, '正文', formed_date, published_at, publisher_id, 1, now(), now()
           FROM catalog_entry, generate_series(1, 10000) AS i WHERE index_number = 'BULK-1'`,
        );
        // Statistics of the bulk rows, as autovacuum would gather them.
        await ds.query(`VACUUM ANALYZE catalog_entry`);
        const planOf = async (search: string) => {
          const { narrowSql, params } = publicCatalogSql({ search, offset: 0, limit: 25 });
          const plan = (await ds.query(`EXPLAIN ${narrowSql!}`, params)) as Array<{ 'QUERY PLAN': string }>;
          return plan.map((line) => line['QUERY PLAN']).join('\n');
        };
        expect(await planOf('稀有项目公告')).toContain('IDX_catalog_entry_title_trgm');
        expect(await planOf('稀')).toContain('IDX_catalog_entry_title_grams');
      },
    );
  });
});
