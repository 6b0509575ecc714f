import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createApiToken, signedIn } from '../support/factories.js';
import { type GraphQLClient, type GraphQLResponse, firstError } from '../support/graphql-client.js';
import type { User } from '../../src/modules/organisation/user.entity.js';

/** M5: the public guide (公开指南, 条例 art. 12) as versioned content, and the catalog's categories. */

const OFFICE = 'name address officeHours telephone fax website email';
const GUIDE = `id versionNumber classification proactiveDisclosure applicationProcedure otherText publishedAt publishedById createdById version office { ${OFFICE} }`;
const CREATE_DRAFT = `mutation Create($input: GuideInput!) { createGuideDraft(input: $input) { ${GUIDE} } }`;
const UPDATE_DRAFT = `mutation Update($id: ID!, $version: Int!, $input: GuideInput!) {
  updateGuideDraft(id: $id, version: $version, input: $input) { ${GUIDE} }
}`;
const PUBLISH = `mutation Publish($id: ID!, $version: Int!) { publishGuideVersion(id: $id, version: $version) { ${GUIDE} } }`;
const VERSIONS = `query Versions($filter: GuideVersionFilter) { guideVersions(filter: $filter) { total items { id versionNumber publishedAt } } }`;
const PUBLIC_GUIDE = `query { publicGuide { versionNumber publishedAt classification proactiveDisclosure applicationProcedure otherText office { ${OFFICE} } } }`;

const CATEGORY = 'id code name sortOrder parentId isActive version';
const CREATE_CATEGORY = `mutation Create($input: CatalogCategoryInput!) { createCatalogCategory(input: $input) { ${CATEGORY} } }`;
const UPDATE_CATEGORY = `mutation Update($id: ID!, $version: Int!, $input: CatalogCategoryInput!) {
  updateCatalogCategory(id: $id, version: $version, input: $input) { ${CATEGORY} }
}`;
const SET_ACTIVE = `mutation SetActive($id: ID!, $version: Int!, $isActive: Boolean!) {
  setCatalogCategoryActive(id: $id, version: $version, isActive: $isActive) { ${CATEGORY} }
}`;
const CATEGORIES = `query List($filter: CatalogCategoryFilter) { catalogCategories(filter: $filter) { total items { ${CATEGORY} } } }`;
const PUBLIC_CATEGORIES = `query { publicCatalogCategories { id code name sortOrder parentId } }`;

const office = {
  name: '某市文化广电旅游局办公室',
  address: '某市某区人民路 1 号',
  officeHours: '工作日 上午 9:00-12:00，下午 13:30-17:30',
  telephone: '0572-2398000',
  fax: '0572-2398001',
  website: 'https://wglj.example.gov.cn',
  email: 'xxgk@example.gov.cn',
};
const guideInput = {
  classification: '本局政府信息按机构职能、政策文件、规划计划、行政执法等类别编排。',
  proactiveDisclosure: '主动公开的政府信息通过本局门户网站和政府信息公开查阅点获取。',
  applicationProcedure: '申请人可通过网站、信函或当面提交申请，本局自收到申请之日起 20 个工作日内答复。',
  office,
  otherText: null,
};

describe('M5 public guide and catalog categories', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let general: GraphQLClient;
  let generalUser: User;
  let drafter: GraphQLClient;
  let portal: GraphQLClient;
  let complaintsOnly: GraphQLClient;

  const auditOf = async (response: GraphQLResponse) =>
    ds.query(`SELECT action, outcome, entity_type, entity_id, error_code FROM audit_log WHERE request_id = $1 ORDER BY seq`, [
      response.headers.get('x-request-id'),
    ]);
  const count = async (table: string) => Number((await ds.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.db.database.dataSource;
    ({ client: general, user: generalUser } = await signedIn(testApp, { roles: ['GENERAL_OFFICE'] }));
    ({ client: drafter } = await signedIn(testApp, { roles: ['DRAFTER'] }));
    portal = testApp.client().withBearer((await createApiToken(ds, ['public:read'])).token);
    complaintsOnly = testApp.client().withBearer((await createApiToken(ds, ['complaints:submit'])).token);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  describe('the guide', () => {
    it('before the first publication the external guide is null', async () => {
      expect((await portal.ok(PUBLIC_GUIDE)).publicGuide).toBeNull();
    });

    let first: { id: string; version: number };
    it('the general office drafts the guide; drafts are invisible externally', async () => {
      const response = await general.gql<{ createGuideDraft: Record<string, any> }>(CREATE_DRAFT, { input: guideInput });
      expect(response.errors).toBeUndefined();
      const draft = response.data!.createGuideDraft;
      expect(draft).toMatchObject({ versionNumber: 1, publishedAt: null, createdById: generalUser.id, office, version: 1 });
      first = draft as typeof first;
      expect(await auditOf(response)).toMatchObject([
        { action: 'Mutation.createGuideDraft', outcome: 'SUCCESS', entity_type: 'GuideVersion', entity_id: draft.id },
      ]);
      expect((await portal.ok(PUBLIC_GUIDE)).publicGuide).toBeNull();
      // A second draft would fork the guide: the existing one is edited instead.
      expect((await general.fails(CREATE_DRAFT, { input: guideInput })).extensions).toMatchObject({ code: 'CONFLICT', reason: 'GUIDE.DRAFT_EXISTS' });
    });

    it('editing saves the draft; a stale version is refused and nothing changes', async () => {
      const edited = (await general.ok(UPDATE_DRAFT, { id: first.id, version: first.version, input: { ...guideInput, otherText: '收费标准见附件。' } }))
        .updateGuideDraft;
      expect(edited).toMatchObject({ otherText: '收费标准见附件。', version: 2 });
      const stale = await general.fails(UPDATE_DRAFT, { id: first.id, version: first.version, input: { ...guideInput, otherText: '旧' } });
      expect(stale.extensions?.code).toBe('CONFLICT');
      expect((await ds.query(`SELECT other_text FROM guide_version WHERE id = $1`, [first.id]))[0].other_text).toBe('收费标准见附件。');
      first = edited;
    });

    it('bad input is refused with zh-CN field errors and nothing is saved', async () => {
      const before = await count('guide_version');
      const error = await general.fails(UPDATE_DRAFT, {
        id: first.id,
        version: first.version,
        input: { ...guideInput, classification: '  ', office: { ...office, email: 'nobody', fax: '传真' } },
      });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.extensions?.fields).toMatchObject({
        classification: ['请填写分类与编排体系'],
        'office.email': ['电子邮箱格式不正确'],
        'office.fax': ['传真只能包含数字、空格和 + - ( )'],
      });
      expect(await count('guide_version')).toBe(before);
      expect((await ds.query(`SELECT version FROM guide_version WHERE id = $1`, [first.id]))[0].version).toBe(first.version);
    });

    it('a drafter may read the guide versions but not manage them; anonymous callers are refused', async () => {
      expect((await drafter.ok(VERSIONS)).guideVersions.total).toBe(1);
      expect((await drafter.fails(CREATE_DRAFT, { input: guideInput })).extensions?.code).toBe('FORBIDDEN');
      expect((await drafter.fails(PUBLISH, { id: first.id, version: first.version })).extensions?.code).toBe('FORBIDDEN');
      expect((await testApp.client().fails(PUBLIC_GUIDE)).extensions?.code).toBe('UNAUTHENTICATED');
      expect((await testApp.client().fails(VERSIONS)).extensions?.code).toBe('UNAUTHENTICATED');
      // A token without public:read cannot read it; a token never reads staff fields.
      expect((await complaintsOnly.fails(PUBLIC_GUIDE)).extensions?.code).toBe('FORBIDDEN');
      expect((await portal.fails(VERSIONS)).extensions?.code).toBe('FORBIDDEN');
    });

    it('publication makes the draft the public guide; a published version is frozen', async () => {
      const response = await general.gql<{ publishGuideVersion: Record<string, any> }>(PUBLISH, { id: first.id, version: first.version });
      expect(response.errors).toBeUndefined();
      expect(response.data!.publishGuideVersion).toMatchObject({ publishedAt: '2026-11-26T02:00:00.000Z', publishedById: generalUser.id });
      expect(await auditOf(response)).toMatchObject([{ action: 'Mutation.publishGuideVersion', outcome: 'SUCCESS', entity_type: 'GuideVersion' }]);
      const published = response.data!.publishGuideVersion;
      expect((await portal.ok(PUBLIC_GUIDE)).publicGuide).toEqual({
        versionNumber: 1,
        publishedAt: '2026-11-26T02:00:00.000Z',
        ...guideInput,
        otherText: '收费标准见附件。',
      });
      const frozen = await general.fails(UPDATE_DRAFT, { id: first.id, version: published.version, input: guideInput });
      expect(frozen.extensions).toMatchObject({ code: 'CONFLICT', reason: 'GUIDE.ALREADY_PUBLISHED' });
      first = published as typeof first;
    });

    it('a draft saved after publication stays invisible until it is published; the old version is kept', async () => {
      const draft = (await general.ok(CREATE_DRAFT, { input: { ...guideInput, office: { ...office, telephone: '0572-2398999' } } })).createGuideDraft;
      expect(draft.versionNumber).toBe(2);
      const external = (await portal.ok(PUBLIC_GUIDE)).publicGuide;
      expect(external).toMatchObject({ versionNumber: 1, office: { telephone: '0572-2398000' } });
      expect(JSON.stringify(external)).not.toContain('2398999');

      testApp.clock.advanceMinutes(10);
      await general.ok(PUBLISH, { id: draft.id, version: draft.version });
      expect((await portal.ok(PUBLIC_GUIDE)).publicGuide).toMatchObject({ versionNumber: 2, office: { telephone: '0572-2398999' } });
      const versions = (await general.ok(VERSIONS, { filter: { isPublished: true } })).guideVersions;
      expect(versions.items.map((item: { versionNumber: number }) => item.versionNumber)).toEqual([2, 1]);
      // Published versions are never deleted, not even by hand in the database.
      await expect(ds.query(`DELETE FROM guide_version WHERE id = $1`, [first.id])).rejects.toThrow();
    });
  });

  describe('catalog categories', () => {
    let policies: { id: string; version: number };
    let child: { id: string; version: number };

    it('the general office creates categories, one level of nesting at most', async () => {
      const response = await general.gql<{ createCatalogCategory: Record<string, any> }>(CREATE_CATEGORY, {
        input: { code: 'ZCWJ', name: '政策文件', sortOrder: 20 },
      });
      expect(response.errors).toBeUndefined();
      policies = response.data!.createCatalogCategory as typeof policies;
      expect(policies).toMatchObject({ code: 'ZCWJ', parentId: null, isActive: true, version: 1 });
      expect(await auditOf(response)).toMatchObject([{ action: 'Mutation.createCatalogCategory', outcome: 'SUCCESS', entity_type: 'CatalogCategory' }]);
      await general.ok(CREATE_CATEGORY, { input: { code: 'JGZN', name: '机构职能', sortOrder: 10 } });
      child = (await general.ok(CREATE_CATEGORY, { input: { code: 'ZCWJ-GFXWJ', name: '规范性文件', sortOrder: 1, parentId: policies.id } }))
        .createCatalogCategory;
      const tooDeep = await general.fails(CREATE_CATEGORY, { input: { code: 'X3', name: '第三级', sortOrder: 1, parentId: child.id } });
      expect(tooDeep.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { parentId: [expect.stringContaining('最多两级')] } });
      const list = (await drafter.ok(CATEGORIES)).catalogCategories;
      expect(list.items.map((item: { code: string }) => item.code)).toEqual(['ZCWJ-GFXWJ', 'JGZN', 'ZCWJ']);
    });

    it('a duplicate code is a CONFLICT; bad input is a zh-CN BAD_USER_INPUT; nothing is saved', async () => {
      const before = await count('catalog_category');
      const duplicate = await general.fails(CREATE_CATEGORY, { input: { code: 'ZCWJ', name: '另一个', sortOrder: 1 } });
      expect(duplicate.extensions).toMatchObject({ code: 'CONFLICT', fields: { code: ['该分类代码已被使用'] } });
      const bad = await general.fails(CREATE_CATEGORY, { input: { code: '政策', name: '', sortOrder: -1 } });
      expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
      expect(bad.extensions?.fields).toMatchObject({ code: [expect.stringMatching(/分类代码/)], name: ['请填写分类名称'], sortOrder: ['排序号不能小于 0'] });
      expect(await count('catalog_category')).toBe(before);
    });

    it('edits at the version seen; a stale version is a CONFLICT and nothing changes', async () => {
      const edited = (await general.ok(UPDATE_CATEGORY, { id: policies.id, version: policies.version, input: { code: 'ZCWJ', name: '政策文件（含解读）', sortOrder: 20 } }))
        .updateCatalogCategory;
      expect(edited).toMatchObject({ name: '政策文件（含解读）', version: 2 });
      const stale = await general.fails(UPDATE_CATEGORY, { id: policies.id, version: policies.version, input: { code: 'ZCWJ', name: '旧名', sortOrder: 20 } });
      expect(stale.extensions?.code).toBe('CONFLICT');
      expect((await ds.query(`SELECT name FROM catalog_category WHERE id = $1`, [policies.id]))[0].name).toBe('政策文件（含解读）');
      policies = edited;
    });

    it('deactivates (never deletes); a parent keeps active children; externally only active categories are listed', async () => {
      const blocked = await general.fails(SET_ACTIVE, { id: policies.id, version: policies.version, isActive: false });
      expect(blocked.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CATALOG_CATEGORY.HAS_ACTIVE_CHILDREN' });
      await general.ok(SET_ACTIVE, { id: child.id, version: child.version, isActive: false });
      expect((await portal.ok(PUBLIC_CATEGORIES)).publicCatalogCategories.map((item: { code: string }) => item.code)).toEqual(['JGZN', 'ZCWJ']);
      expect((await general.ok(CATEGORIES, { filter: { isActive: false } })).catalogCategories.total).toBe(1);
      await expect(ds.query(`DELETE FROM catalog_category WHERE id = $1`, [child.id])).rejects.toThrow();
    });

    it('a drafter, an anonymous caller and a token without public:read are refused', async () => {
      expect((await drafter.fails(CREATE_CATEGORY, { input: { code: 'D1', name: '起草人', sortOrder: 1 } })).extensions?.code).toBe('FORBIDDEN');
      expect((await drafter.fails(SET_ACTIVE, { id: policies.id, version: policies.version, isActive: false })).extensions?.code).toBe('FORBIDDEN');
      expect(firstError(await testApp.client().gql(PUBLIC_CATEGORIES)).extensions?.code).toBe('UNAUTHENTICATED');
      expect(firstError(await testApp.client().gql(CATEGORIES)).extensions?.code).toBe('UNAUTHENTICATED');
      expect((await complaintsOnly.fails(PUBLIC_CATEGORIES)).extensions?.code).toBe('FORBIDDEN');
      expect((await portal.fails(CATEGORIES)).extensions?.code).toBe('FORBIDDEN');
    });
  });
});
