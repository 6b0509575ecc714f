import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { applyDemoPolicy } from '../../src/db/seeds/demo-seed.js';
import { createTestDatabase, type TestDatabase } from '../support/backend.js';
import { startTestApp, TEST_START, type TestApp } from '../support/test-app.js';
import { signedIn } from '../support/factories.js';
import { type GraphQLClient, type GraphQLResponse, firstError } from '../support/graphql-client.js';
import type { User } from '../../src/modules/organisation/user.entity.js';

/** M11 rules library (制度库, ledger item 2 [seed §9-3(2)]); the seed's 11 rules are its first entries. */

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

type RuleVersion = {
  id: string;
  ruleId: string;
  versionNumber: number;
  text: string;
  effectiveDate: string;
  repealDate: string | null;
  note: string | null;
  createdById: string | null;
};
type Rule = {
  id: string;
  title: string;
  issuingBody: string;
  category: string;
  documentNumber: string | null;
  isActive: boolean;
  status: string;
  currentVersion: RuleVersion | null;
  versionCount: number;
  versions: RuleVersion[];
  createdById: string | null;
  version: number;
};

const VERSION_FIELDS = 'id ruleId versionNumber text effectiveDate repealDate note createdById';
const FIELDS = `id title issuingBody category documentNumber isActive status versionCount createdById version
  currentVersion { ${VERSION_FIELDS} } versions { ${VERSION_FIELDS} }`;
const LIST = `query Rules($filter: RuleFilter, $page: PageInput) { rules(filter: $filter, page: $page) { total items { ${FIELDS} } } }`;
const ONE = `query Rule($id: ID!) { rule(id: $id) { ${FIELDS} } }`;
const CREATE = `mutation Create($input: CreateRuleInput!) { createRule(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation Update($id: ID!, $version: Int!, $input: RuleInput!) { updateRule(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const ADD_VERSION = `mutation Add($ruleId: ID!, $input: RuleVersionInput!) { addRuleVersion(ruleId: $ruleId, input: $input) { ${FIELDS} } }`;
const SET_REPEAL = `mutation Repeal($id: ID!, $version: Int!, $repealDate: String) {
  setRuleRepealDate(id: $id, version: $version, repealDate: $repealDate) { ${FIELDS} }
}`;
const SET_ACTIVE = `mutation SetActive($id: ID!, $version: Int!, $isActive: Boolean!) { setRuleActive(id: $id, version: $version, isActive: $isActive) { ${FIELDS} } }`;

const BUREAU = '湖州市文化广电旅游局';
/** The clock starts at 2026-11-26T02:00Z: 2026-11-26 in Shanghai. */
const TODAY = '2026-11-26';
const TOMORROW = '2026-11-27';


describe('M11 rules library', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let office: GraphQLClient;
  let officeUser: User;
  let leadership: GraphQLClient;
  let drafter: GraphQLClient;

  async function auditOf(response: GraphQLResponse): Promise<AuditRow[]> {
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toBeTruthy();
    return ds.query(
      `SELECT action, outcome, actor_id, entity_type, entity_id, error_code, reason, changes
         FROM audit_log WHERE request_id = $1 ORDER BY seq`,
      [requestId],
    );
  }
  const countOf = async (table: 'rule' | 'rule_version') =>
    Number((await ds.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.db.database.dataSource;
    ({ client: office, user: officeUser } = await signedIn(testApp, { roles: ['GENERAL_OFFICE'] }));
    ({ client: leadership } = await signedIn(testApp, { roles: ['LEADERSHIP_OFFICE'] }));
    ({ client: drafter } = await signedIn(testApp, { roles: ['DRAFTER'] }));
  });
  afterAll(async () => {
    await testApp?.close();
  });

  const newRule = (title: string, firstVersion: Partial<RuleVersion> = {}) => ({
    title,
    issuingBody: BUREAU,
    category: 'CONFIDENTIALITY_REVIEW',
    documentNumber: '湖文广旅〔2026〕5号',
    firstVersion: {
      text: '第一条 为加强保密审查，制定本制度。\n第二条 本制度自印发之日起施行。',
      effectiveDate: '2026-01-01',
      note: '首次印发',
      ...firstVersion,
    },
  });
  let rule: Rule;

  describe('create', () => {
    it('GENERAL_OFFICE adds a rule with its first version: current and in force today; one audit row for rule and version', async () => {
      const response = await office.gql<{ createRule: Rule }>(CREATE, {
        input: newRule('信息公开保密审查实施细则'),
      });
      expect(response.errors).toBeUndefined();
      rule = response.data!.createRule;
      expect(rule).toMatchObject({
        title: '信息公开保密审查实施细则',
        issuingBody: BUREAU,
        category: 'CONFIDENTIALITY_REVIEW',
        documentNumber: '湖文广旅〔2026〕5号',
        isActive: true,
        status: 'IN_FORCE',
        versionCount: 1,
        createdById: officeUser.id,
        version: 1,
      });
      expect(rule.currentVersion).toMatchObject({
        versionNumber: 1,
        effectiveDate: '2026-01-01',
        repealDate: null,
        note: '首次印发',
        createdById: officeUser.id,
      });
      expect(rule.currentVersion!.text).toBe(
        '第一条 为加强保密审查，制定本制度。\n第二条 本制度自印发之日起施行。',
      );
      expect(rule.versions.map((version) => version.id)).toEqual([rule.currentVersion!.id]);

      const [row, ...more] = await auditOf(response);
      expect(more).toEqual([]);
      expect(row).toMatchObject({
        action: 'Mutation.createRule',
        outcome: 'SUCCESS',
        actor_id: officeUser.id,
        entity_type: 'Rule',
        entity_id: rule.id,
      });
      const changes = row.changes as Array<{
        entityType: string;
        entityId: string;
        fields: Record<string, { to?: unknown }>;
      }>;
      expect(changes.map((change) => [change.entityType, change.entityId])).toEqual([
        ['Rule', rule.id],
        ['RuleVersion', rule.currentVersion!.id],
      ]);
      expect(changes[0].fields.title).toEqual({ to: '信息公开保密审查实施细则' });
      expect(changes[1].fields.effectiveDate).toEqual({ to: '2026-01-01' });
    });

    it('a first version effective tomorrow: not yet in force, no current version today', async () => {
      const data = await leadership.ok<{ createRule: Rule }>(CREATE, {
        input: newRule('明日施行的制度', { effectiveDate: TOMORROW }),
      });
      expect(data.createRule).toMatchObject({
        status: 'NOT_YET_EFFECTIVE',
        currentVersion: null,
        versionCount: 1,
      });
    });

    it('bad input is BAD_USER_INPUT with zh-CN errors on the nested fields; nothing is stored', async () => {
      const [rules, versions] = [await countOf('rule'), await countOf('rule_version')];
      const response = await office.gql(CREATE, {
        input: {
          ...newRule(' '),
          firstVersion: { text: '  ', effectiveDate: '2026-02-30', repealDate: '2020-01-01' },
        },
      });
      const error = firstError(response);
      expect(error.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'INPUT.INVALID',
        fields: {
          title: ['请填写制度名称'],
          'firstVersion.text': ['请填写制度全文'],
          'firstVersion.effectiveDate': ['施行日期须为有效日期，格式 YYYY-MM-DD'],
        },
      });
      const repealFirst = firstError(
        await office.gql(CREATE, {
          input: newRule('先废止后施行', { effectiveDate: '2026-01-01', repealDate: '2025-12-31' }),
        }),
      );
      expect(repealFirst.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { 'firstVersion.repealDate': ['废止日期须晚于施行日期'] },
      });
      expect(await auditOf(response)).toMatchObject([
        { action: 'Mutation.createRule', outcome: 'FAILED', error_code: 'BAD_USER_INPUT' },
      ]);
      expect([await countOf('rule'), await countOf('rule_version')]).toEqual([rules, versions]);
      expect(
        firstError(await office.gql(CREATE, { input: { ...newRule('类别无效'), category: 'MISC' } }))
          .extensions?.code,
      ).toBe('BAD_USER_INPUT');
    });

    it('one issuing body has one rule of a title (a revision is a new version); another body may use the title', async () => {
      const duplicate = firstError(await office.gql(CREATE, { input: newRule('信息公开保密审查实施细则') }));
      expect(duplicate.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'RULE.DUPLICATE',
        fields: { title: [expect.stringContaining('同名制度')] },
      });
      const other = await office.ok(CREATE, {
        input: { ...newRule('信息公开保密审查实施细则'), issuingBody: '浙江省文化和旅游厅' },
      });
      expect(other.createRule).toMatchObject({ issuingBody: '浙江省文化和旅游厅' });
    });

    it('readers cannot write: DRAFTER FORBIDDEN before arguments are read; SYSTEM_ADMIN reads no rules', async () => {
      const before = await countOf('rule');
      const denied = await drafter.gql(CREATE, { input: newRule('越权的制度') });
      expect(firstError(denied).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCESS.FORBIDDEN' });
      expect(await auditOf(denied)).toMatchObject([{ outcome: 'DENIED', error_code: 'FORBIDDEN' }]);
      expect(firstError(await drafter.gql(CREATE, { input: { title: '' } })).extensions?.code).toBe(
        'BAD_USER_INPUT',
      ); // GraphQL shape first
      expect(firstError(await drafter.gql(CREATE, { input: newRule('') })).extensions?.code).toBe(
        'FORBIDDEN',
      );
      const { client: sysadmin } = await signedIn(testApp, { roles: ['SYSTEM_ADMIN'] });
      expect(firstError(await sysadmin.gql(LIST, {})).extensions?.code).toBe('FORBIDDEN');
      expect(
        firstError(await sysadmin.gql(CREATE, { input: newRule('系统管理员的制度') })).extensions?.code,
      ).toBe('FORBIDDEN');
      expect(firstError(await testApp.client().gql(ONE, { id: rule.id })).extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
      expect(await countOf('rule')).toBe(before);
    });
  });

  describe('read', () => {
    it('every business role reads one rule with all its versions; unknown or malformed ids are NOT_FOUND', async () => {
      const { client: complaints } = await signedIn(testApp, { roles: ['COMPLAINT_HANDLER'] });
      expect((await complaints.ok(ONE, { id: rule.id })).rule).toMatchObject({
        id: rule.id,
        versionCount: 1,
      });
      for (const id of [randomUUID(), 'not-a-uuid']) {
        expect(firstError(await drafter.gql(ONE, { id })).extensions).toMatchObject({
          code: 'NOT_FOUND',
          reason: 'RECORD.NOT_FOUND',
        });
      }
    });

    it('searches titles and document numbers by substring, wildcards literal; filters by category', async () => {
      const byTitle = await drafter.ok<{ rules: { items: Rule[] } }>(LIST, { filter: { q: '保密审查实施' } });
      expect(byTitle.rules.items.map((item) => item.issuingBody).sort()).toEqual(
        [BUREAU, '浙江省文化和旅游厅'].sort(),
      );
      const byNumber = await drafter.ok(LIST, { filter: { q: '〔2026〕5号', ids: [rule.id] } });
      expect(byNumber.rules.total).toBe(1);
      expect((await drafter.ok(LIST, { filter: { q: '%' } })).rules.total).toBe(0);
      const category = await drafter.ok(LIST, { filter: { category: 'TRAINING' } });
      expect(category.rules.total).toBe(0);
    });
  });

  describe('versions and the current version (injected clock, Asia/Shanghai date)', () => {
    it('a version effective tomorrow is added but is not current today', async () => {
      const response = await office.gql<{ addRuleVersion: Rule }>(ADD_VERSION, {
        ruleId: rule.id,
        input: {
          text: '第一条 为加强保密审查，制定本细则（修订）。',
          effectiveDate: TOMORROW,
          note: '第一次修订',
        },
      });
      expect(response.errors).toBeUndefined();
      const revised = response.data!.addRuleVersion;
      expect(revised).toMatchObject({ versionCount: 2, status: 'IN_FORCE', version: rule.version + 1 });
      expect(revised.versions.map((version) => [version.versionNumber, version.effectiveDate])).toEqual([
        [1, '2026-01-01'],
        [2, TOMORROW],
      ]);
      expect(revised.currentVersion).toMatchObject({ versionNumber: 1, effectiveDate: '2026-01-01' });

      const [row] = await auditOf(response);
      expect(row).toMatchObject({
        action: 'Mutation.addRuleVersion',
        outcome: 'SUCCESS',
        entity_type: 'Rule',
        entity_id: rule.id,
      });
      expect(
        (row.changes as Array<{ entityType: string; fields: Record<string, unknown> }>)[0],
      ).toMatchObject({
        entityType: 'RuleVersion',
        fields: { versionNumber: { to: 2 }, effectiveDate: { to: TOMORROW }, note: { to: '第一次修订' } },
      });

      // The list agrees: current version 1 today.
      const listed = await drafter.ok<{ rules: { items: Rule[] } }>(LIST, { filter: { ids: [rule.id] } });
      expect(listed.rules.items[0]).toMatchObject({ versionCount: 2, currentVersion: { versionNumber: 1 } });
      rule = revised;
    });

    it('the new version becomes current at midnight in Shanghai, while UTC is still on the previous day', async () => {
      try {
        testApp.clock.set('2026-11-26T15:59:59.000Z'); // 23:59:59 in Shanghai
        const { client: evening } = await signedIn(testApp, { roles: ['DRAFTER'] });
        expect((await evening.ok<{ rule: Rule }>(ONE, { id: rule.id })).rule.currentVersion).toMatchObject({
          versionNumber: 1,
        });

        testApp.clock.set('2026-11-26T16:00:00.000Z'); // 00:00 on the 27th in Shanghai, 16:00 on the 26th in UTC
        const { client: midnight } = await signedIn(testApp, { roles: ['DRAFTER'] });
        const data = await midnight.ok<{ rule: Rule }>(ONE, { id: rule.id });
        expect(data.rule).toMatchObject({
          status: 'IN_FORCE',
          currentVersion: { versionNumber: 2, effectiveDate: TOMORROW },
        });
      } finally {
        testApp.clock.set(TEST_START);
      }
    });

    it('refuses a version taking effect before the latest one, an empty text, an unknown rule; readers may not add', async () => {
      const versions = await countOf('rule_version');
      const early = await office.gql(ADD_VERSION, {
        ruleId: rule.id,
        input: { text: '倒签的版本', effectiveDate: '2026-11-26' },
      });
      expect(firstError(early).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'RULE.EFFECTIVE_DATE_BEFORE_PREVIOUS',
        fields: { effectiveDate: [`施行日期不能早于上一版本（第 2 版，${TOMORROW} 施行）`] },
      });
      expect(await auditOf(early)).toMatchObject([
        { outcome: 'FAILED', error_code: 'BAD_USER_INPUT', entity_type: 'Rule', entity_id: rule.id },
      ]);

      const empty = firstError(
        await office.gql(ADD_VERSION, { ruleId: rule.id, input: { text: ' ', effectiveDate: '2027-01-01' } }),
      );
      expect(empty.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { text: ['请填写制度全文'] },
      });

      for (const ruleId of [randomUUID(), 'not-a-uuid']) {
        expect(
          firstError(
            await office.gql(ADD_VERSION, { ruleId, input: { text: '正文', effectiveDate: '2027-01-01' } }),
          ).extensions?.code,
        ).toBe('NOT_FOUND');
      }
      expect(
        firstError(
          await drafter.gql(ADD_VERSION, {
            ruleId: rule.id,
            input: { text: '正文', effectiveDate: '2027-01-01' },
          }),
        ).extensions?.code,
      ).toBe('FORBIDDEN');
      expect(await countOf('rule_version')).toBe(versions);

      // The same day as the latest version is allowed: it supersedes it that day.
      const sameDay = await office.ok<{ addRuleVersion: Rule }>(ADD_VERSION, {
        ruleId: rule.id,
        input: { text: '同日更正的文本', effectiveDate: TOMORROW },
      });
      expect(sameDay.addRuleVersion).toMatchObject({ versionCount: 3, currentVersion: { versionNumber: 1 } });
      rule = sameDay.addRuleVersion;
    });
  });

  describe('metadata, repeal and (de)activation', () => {
    it('updates metadata at the current version; an edit begun before a new version is stale', async () => {
      const staleVersion = rule.version - 1;
      const stale = await leadership.gql(UPDATE, {
        id: rule.id,
        version: staleVersion,
        input: { title: '旧版本上的修改', issuingBody: BUREAU, category: 'OTHER' },
      });
      expect(firstError(stale).extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'RECORD.STALE_VERSION',
      });
      expect(await auditOf(stale)).toMatchObject([{ outcome: 'FAILED', error_code: 'CONFLICT' }]);

      const response = await leadership.gql<{ updateRule: Rule }>(UPDATE, {
        id: rule.id,
        version: rule.version,
        input: {
          title: '政府信息公开保密审查实施细则',
          issuingBody: BUREAU,
          category: 'CONFIDENTIALITY_REVIEW',
          documentNumber: '',
        },
      });
      expect(response.errors).toBeUndefined();
      expect(response.data!.updateRule).toMatchObject({
        title: '政府信息公开保密审查实施细则',
        documentNumber: null,
        version: rule.version + 1,
        versionCount: 3,
      });
      const [row] = await auditOf(response);
      expect((row.changes as Array<{ fields: Record<string, unknown> }>)[0].fields).toEqual({
        title: { from: '信息公开保密审查实施细则', to: '政府信息公开保密审查实施细则' },
        documentNumber: { from: '湖文广旅〔2026〕5号', to: null },
      });
      rule = response.data!.updateRule;

      const bad = firstError(
        await office.gql(UPDATE, {
          id: rule.id,
          version: rule.version,
          input: { title: '制'.repeat(129), issuingBody: BUREAU, category: 'OTHER' },
        }),
      );
      expect(bad.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { title: ['制度名称最多 128 个字符'] },
      });
      for (const id of [randomUUID(), 'not-a-uuid']) {
        expect(
          firstError(
            await office.gql(UPDATE, {
              id,
              version: 1,
              input: { title: 'x', issuingBody: BUREAU, category: 'OTHER' },
            }),
          ).extensions?.code,
        ).toBe('NOT_FOUND');
      }
      expect(
        firstError(
          await drafter.gql(UPDATE, {
            id: rule.id,
            version: rule.version,
            input: { title: 'x', issuingBody: BUREAU, category: 'OTHER' },
          }),
        ).extensions?.code,
      ).toBe('FORBIDDEN');
    });

    it('records a repeal on the latest version: REPEALED from that date; a date not after its effective date is refused; clearing restores', async () => {
      const old = (
        await office.ok<{ createRule: Rule }>(CREATE, {
          input: newRule('将被废止的制度', { effectiveDate: '2020-01-01' }),
        })
      ).createRule;

      const tooEarly = firstError(
        await office.gql(SET_REPEAL, { id: old.id, version: old.version, repealDate: '2020-01-01' }),
      );
      expect(tooEarly.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'RULE.REPEAL_BEFORE_EFFECTIVE',
        fields: { repealDate: ['废止日期须晚于最新版本的施行日期（2020-01-01）'] },
      });
      const malformed = firstError(
        await office.gql(SET_REPEAL, { id: old.id, version: old.version, repealDate: '2026-02-30' }),
      );
      expect(malformed.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { repealDate: ['废止日期须为有效日期，格式 YYYY-MM-DD'] },
      });

      const later = await office.ok<{ setRuleRepealDate: Rule }>(SET_REPEAL, {
        id: old.id,
        version: old.version,
        repealDate: TOMORROW,
      });
      expect(later.setRuleRepealDate).toMatchObject({
        status: 'IN_FORCE',
        version: old.version + 1,
        currentVersion: { repealDate: TOMORROW },
      });

      const response = await office.gql<{ setRuleRepealDate: Rule }>(SET_REPEAL, {
        id: old.id,
        version: old.version + 1,
        repealDate: TODAY,
      });
      expect(response.data!.setRuleRepealDate).toMatchObject({
        status: 'REPEALED',
        currentVersion: { versionNumber: 1, repealDate: TODAY },
      });
      const [row] = await auditOf(response);
      expect(row).toMatchObject({
        action: 'Mutation.setRuleRepealDate',
        outcome: 'SUCCESS',
        entity_type: 'Rule',
        entity_id: old.id,
      });
      expect(
        (row.changes as Array<{ entityType: string; fields: Record<string, unknown> }>)[0],
      ).toMatchObject({
        entityType: 'RuleVersion',
        fields: { repealDate: { from: TOMORROW, to: TODAY } },
      });

      expect(
        firstError(await office.gql(SET_REPEAL, { id: old.id, version: old.version, repealDate: null }))
          .extensions?.reason,
      ).toBe('RECORD.STALE_VERSION');
      expect(
        firstError(await drafter.gql(SET_REPEAL, { id: old.id, version: old.version + 2, repealDate: null }))
          .extensions?.code,
      ).toBe('FORBIDDEN');

      const cleared = await office.ok<{ setRuleRepealDate: Rule }>(SET_REPEAL, {
        id: old.id,
        version: old.version + 2,
        repealDate: null,
      });
      expect(cleared.setRuleRepealDate).toMatchObject({
        status: 'IN_FORCE',
        currentVersion: { repealDate: null },
      });
      await office.ok(SET_REPEAL, { id: old.id, version: old.version + 3, repealDate: TODAY });
    });

    it('currentOnly lists exactly the rules whose status is IN_FORCE today', async () => {
      const all = await drafter.ok<{ rules: { total: number; items: Rule[] } }>(LIST, {
        page: { perPage: 100 },
      });
      const statuses = new Set(all.rules.items.map((item) => item.status));
      expect(statuses).toEqual(new Set(['IN_FORCE', 'NOT_YET_EFFECTIVE', 'REPEALED']));
      const current = await drafter.ok<{ rules: { total: number; items: Rule[] } }>(LIST, {
        filter: { currentOnly: true },
        page: { perPage: 100 },
      });
      expect(current.rules.items.map((item) => item.id).sort()).toEqual(
        all.rules.items
          .filter((item) => item.status === 'IN_FORCE')
          .map((item) => item.id)
          .sort(),
      );
      expect(current.rules.total).toBe(current.rules.items.length);
      expect(current.rules.items.map((item) => item.title)).not.toContain('将被废止的制度');
      expect(current.rules.items.map((item) => item.title)).not.toContain('明日施行的制度');
      const explicitFalse = await drafter.ok(LIST, { filter: { currentOnly: false } });
      expect(explicitFalse.rules.total).toBe(all.rules.total);
    });

    it('deactivates and reactivates (never deletes); stale version and forbidden role refused', async () => {
      expect(
        firstError(await drafter.gql(SET_ACTIVE, { id: rule.id, version: rule.version, isActive: false }))
          .extensions?.code,
      ).toBe('FORBIDDEN');
      const off = await office.gql<{ setRuleActive: Rule }>(SET_ACTIVE, {
        id: rule.id,
        version: rule.version,
        isActive: false,
      });
      expect(off.data!.setRuleActive).toMatchObject({ isActive: false, version: rule.version + 1 });
      const [row] = await auditOf(off);
      expect(row).toMatchObject({
        action: 'Mutation.setRuleActive',
        entity_type: 'Rule',
        entity_id: rule.id,
      });
      expect((row.changes as Array<{ fields: Record<string, unknown> }>)[0].fields).toEqual({
        isActive: { from: true, to: false },
      });

      const inactive = await drafter.ok<{ rules: { items: Rule[] } }>(LIST, { filter: { isActive: false } });
      expect(inactive.rules.items.map((item) => item.id)).toEqual([rule.id]);
      expect(
        firstError(await office.gql(SET_ACTIVE, { id: rule.id, version: rule.version, isActive: true }))
          .extensions?.reason,
      ).toBe('RECORD.STALE_VERSION');
      const on = await office.ok(SET_ACTIVE, { id: rule.id, version: rule.version + 1, isActive: true });
      expect(on.setRuleActive).toMatchObject({ isActive: true });
      expect(
        firstError(await office.gql(SET_ACTIVE, { id: randomUUID(), version: 1, isActive: true })).extensions
          ?.code,
      ).toBe('NOT_FOUND');

      await expect(ds.query('DELETE FROM rule_version WHERE rule_id = $1', [rule.id])).rejects.toThrow(
        /台账记录不能删除/,
      );
      await expect(ds.query('DELETE FROM rule WHERE id = $1', [rule.id])).rejects.toThrow(/台账记录不能删除/);
    });
  });
});

/**
 * The seed's 11 rules, written out here independently of the repository's data file: title, category,
 * how each text begins and ends, and a phrase from its middle.
 */
const SEED_RULES: Array<{ title: string; category: string; starts: string; contains: string; ends: string }> =
  [
    {
      title: '政务信息公开考核制度',
      category: 'ASSESSMENT',
      starts: '为加强和规范政务信息公开工作考核',
      contains: '(四)违规违纪行为的追究处置情况;',
      ends: '并将考核结果与评先选优挂钩。',
    },
    {
      title: '政务舆情收集研判和回制度',
      category: 'PUBLIC_OPINION',
      starts: '一、工作原则',
      contains: '坚持“谁主管谁发声、谁处置谁发声”',
      ends: '增强舆情应对的权威性和时效性。',
    },
    {
      title: '政府信息发布协调制度',
      category: 'RELEASE_COORDINATION',
      starts: '一、与其他行政机关联合发文产生的政府信息',
      contains: '报请共同上一级行政机关',
      ends: '《湖州市文广新局门户网站信息发布管理制度》执行。',
    },
    {
      title: '政府信息公开保密审查制度',
      category: 'CONFIDENTIALITY_REVIEW',
      starts: '第一条',
      contains: '对拟公开的政府信息进行“三级审查”',
      ends: '第十一条 本制度自发布之日起施行。',
    },
    {
      title: '政府信息源头管理制度',
      category: 'SOURCE_MANAGEMENT',
      starts: '一、 公文标识公开属性的范围',
      contains: '应确定为"不予公开"',
      ends: '不可夹带"依申请公开"和"不予公开"的内容。',
    },
    {
      title: '社会代表列席有关会议制度',
      category: 'PUBLIC_PARTICIPATION',
      starts: '一、本制度所称的社会公众代表',
      contains: '重点工程建设项目事项及重大民生事项;',
      ends: '在 3 个工作日内履行信息公开审查程序后进行公示。',
    },
    {
      title: '重大民生决策民意调查制度',
      category: 'PUBLIC_PARTICIPATION',
      starts: '一、本制度所称调查',
      contains: '(五)研究分析,撰写调研报告。',
      ends: '决策事项应及时通过相关载体、媒体向社会公开,接受监督。',
    },
    {
      title: '政务公开工作培训制度',
      category: 'TRAINING',
      starts: '一、 围绕贯彻落实党的十九大精神',
      contains: '(三)业务能力培训。',
      ends: '切实保证培训的质量。',
    },
    {
      title: '政务公开工作台账管理制度',
      category: 'LEDGER',
      starts: '第一条 为进一步规范政务信息公开工作',
      contains: '(一)分管领导或工作人员变动情况;',
      ends: '第五条 本制度自发布之日起实施。',
    },
    {
      title: '政务公开社会评议制度',
      category: 'SOCIAL_EVALUATION',
      starts: '一、 社会评议活动由政务公开工作领导小组办公室组织实施。',
      contains: '(三)政府信息公开工作成效。',
      ends: '评议的结果作为处室政府信息公开工作考核的重要依据。',
    },
    {
      title: '政务公开投诉举报制度',
      category: 'COMPLAINT',
      starts: '一、 在政务公开工作中有下列行为之一的',
      contains: '(十)其他违反政务公开规定行为的。',
      ends: '不得公开举报人姓名、工作单位。',
    },
  ];

describe('M11 rules library: the seed’s 11 rules as demo data', () => {
  let db: TestDatabase;
  let dataDir: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'gdp-demo-rules-'));
  });
  afterAll(async () => {
    await db?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const rulesOf = async (testApp: TestApp) => {
    const { client } = await signedIn(testApp, { roles: ['GENERAL_OFFICE'] });
    const data = await client.ok<{ rules: { total: number; items: Rule[] } }>(LIST, {
      page: { perPage: 100 },
    });
    return { client, ...data.rules };
  };

  it('no rules outside demo mode', async () => {
    const normal = await startTestApp({ demoMode: false, dataDir }, { db });
    try {
      expect((await rulesOf(normal)).total).toBe(0);
    } finally {
      await normal.close();
    }
  });

  it('demo mode loads the 11 rules, issued 2019-02-27 by the bureau, complete and in force; only once', async () => {
    const demo = await startTestApp({ demoMode: true, dataDir }, { db });
    try {
      const { client, total, items } = await rulesOf(demo);
      expect(total).toBe(11);
      expect(items.map((item) => item.title).sort()).toEqual(SEED_RULES.map((seed) => seed.title).sort());
      for (const seed of SEED_RULES) {
        const rule = items.find((item) => item.title === seed.title)!;
        expect(rule, seed.title).toMatchObject({
          issuingBody: '湖州市文化广电旅游局',
          category: seed.category,
          documentNumber: null,
          isActive: true,
          status: 'IN_FORCE',
          versionCount: 1,
          createdById: null,
        });
        const text = rule.currentVersion!.text;
        expect(rule.currentVersion, seed.title).toMatchObject({
          versionNumber: 1,
          effectiveDate: '2019-02-27',
          repealDate: null,
        });
        expect(text.startsWith(seed.starts), `${seed.title} starts`).toBe(true);
        expect(text, seed.title).toContain(seed.contains);
        expect(text.endsWith(seed.ends), `${seed.title} ends`).toBe(true);
        expect(text, seed.title).not.toMatch(/\n\s*\n|^\s|\s$|【打印此页】|当前位置/);
        expect(rule.currentVersion!.note, seed.title).toContain('2019年2月27日');
      }
      expect(items.find((item) => item.title === '政务舆情收集研判和回制度')!.currentVersion!.note).toContain(
        '疑脱“应”字',
      );
      const [seeded] = await demo.db.database.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'System.seedDemoData' AND outcome = 'SUCCESS'`,
      );
      expect(seeded.n).toBe(1);

      // Staff correct the typo in a seeded title; a restart must not bring the original back.
      const typo = items.find((item) => item.title === '政务舆情收集研判和回制度')!;
      await client.ok(UPDATE, {
        id: typo.id,
        version: typo.version,
        input: {
          title: '政务舆情收集研判和回应制度',
          issuingBody: typo.issuingBody,
          category: typo.category,
        },
      });
      expect(await applyDemoPolicy(demo.app.services)).not.toBeNull();
    } finally {
      await demo.close();
    }

    const again = await startTestApp({ demoMode: true, dataDir }, { db });
    try {
      const { total, items } = await rulesOf(again);
      expect(total).toBe(11);
      expect(items.map((item) => item.title)).toContain('政务舆情收集研判和回应制度');
      expect(items.map((item) => item.title)).not.toContain('政务舆情收集研判和回制度');
    } finally {
      await again.close();
    }
  });
});
