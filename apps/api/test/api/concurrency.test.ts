import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { currentBackend } from '../support/backend.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createDepartment, signedIn } from '../support/factories.js';
import type { GraphQLClient, GraphQLResponse } from '../support/graphql-client.js';
import type { User } from '../../src/modules/organisation/user.entity.js';

/**
 * "≥ 50 concurrent transactional writes (some invalid) on both backends, every valid one stored, every
 * invalid one rejected, nothing interleaved" — through HTTP, as the console would send them.
 */

const CREATE_DEPARTMENT = `mutation Create($input: DepartmentInput!) { createDepartment(input: $input) { id code name kind sortOrder phone version } }`;
const UPDATE_DEPARTMENT = `mutation Update($id: ID!, $version: Int!, $input: DepartmentInput!) {
  updateDepartment(id: $id, version: $version, input: $input) { id name sortOrder version }
}`;
const VERIFY = '{ verifyAuditChain { ok checkedRows brokenAtSeq } }';

interface AuditRow {
  seq: string;
  request_id: string;
  action: string;
  outcome: string;
  actor_id: string | null;
  entity_type: string | null;
  entity_id: string | null;
  error_code: string | null;
  reason: string | null;
  changes: Array<{ entityType: string; entityId: string; fields: Record<string, { from?: unknown; to?: unknown }> }> | null;
}

type Kind = 'valid' | 'pair' | 'invalid';
interface Attempt {
  kind: Kind;
  pair?: number;
  input: Record<string, unknown>;
}

describe('concurrent transactional writes', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let admin: GraphQLClient;
  let adminUser: User;
  let auditor: GraphQLClient;

  const countOf = async (table: string, where = 'true', params: unknown[] = []) =>
    Number((await ds.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params))[0].n);

  const auditRowsFor = async (requestIds: string[]): Promise<AuditRow[]> =>
    ds.query(
      `SELECT seq::text AS seq, request_id, action, outcome, actor_id, entity_type, entity_id, error_code, reason, changes
         FROM audit_log WHERE request_id = ANY($1) ORDER BY audit_log.seq`,
      [requestIds],
    );

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.db.database.dataSource;
    ({ client: admin, user: adminUser } = await signedIn(testApp, { roles: ['SYSTEM_ADMIN'] }));
    ({ client: auditor } = await signedIn(testApp, { roles: ['AUDITOR'] }));
  });
  afterAll(async () => {
    await testApp?.close();
  });

  it('60 concurrent createDepartment: 45 valid, 5 pairs of duplicate codes, 5 invalid — each valid stored once, each invalid refused', async () => {
    // Units of one request, or of two for a pair (sent next to each other, so that both pass the service's
    // duplicate check before either commits and the unique index decides).
    const units: Attempt[][] = [];
    for (let index = 0; index < 45; index += 1) {
      units.push([{
        kind: 'valid',
        input: { code: `BURST_${String(index).padStart(2, '0')}`, name: `并发处室${index}号`, kind: index % 3 === 0 ? 'OFFICE' : 'DIVISION', sortOrder: index, phone: `0571-${1000 + index}` },
      }]);
    }
    for (let pair = 0; pair < 5; pair += 1) {
      units.push(['甲', '乙'].map((side): Attempt => ({ kind: 'pair', pair, input: { code: `BURST_PAIR_${pair}`, name: `重复代码${pair}${side}`, kind: 'AFFILIATED_UNIT', sortOrder: 100 + pair } })));
    }
    const invalidInputs: Array<Record<string, unknown>> = [
      { code: 'burst_lower', name: '小写代码', kind: 'DIVISION', sortOrder: 0 },
      { code: 'BURST_NONAME', name: '   ', kind: 'DIVISION', sortOrder: 0 },
      { code: 'BURST_NEG', name: '负排序', kind: 'DIVISION', sortOrder: -3 },
      { code: 'BURST_PHONE', name: '电话错误', kind: 'DIVISION', sortOrder: 0, phone: '拨打 12345' },
      { code: 'BURST_LONG', name: '长'.repeat(65), kind: 'DIVISION', sortOrder: 0 },
    ];
    for (const input of invalidInputs) units.push([{ kind: 'invalid', input }]);
    // Interleave the kinds so that conflicting and invalid writes overlap the valid ones.
    const order = units.map((unit, index) => ({ unit, key: (index * 23) % units.length })).sort((a, b) => a.key - b.key).flatMap((entry) => entry.unit);
    expect(order).toHaveLength(60);

    const departmentsBefore = await countOf('department');
    const auditBefore = await countOf('audit_log');
    const started = performance.now();
    const responses: GraphQLResponse[] = await Promise.all(order.map((attempt) => admin.gql(CREATE_DEPARTMENT, { input: attempt.input })));
    const elapsed = performance.now() - started;
    console.info(`[measure] ${currentBackend()}: 60 concurrent createDepartment over HTTP in ${elapsed.toFixed(0)} ms (${(elapsed / 60).toFixed(1)} ms/write)`);

    const results = order.map((attempt, index) => ({ attempt, response: responses[index], requestId: responses[index].headers.get('x-request-id')! }));
    for (const { response } of results) expect(response.status).toBe(200);
    expect(new Set(results.map((result) => result.requestId)).size).toBe(60);

    // Every valid one stored, with its own values.
    for (const { attempt, response } of results.filter((result) => result.attempt.kind === 'valid')) {
      expect(response.errors, response.text).toBeUndefined();
      expect(response.data?.createDepartment).toMatchObject({ ...attempt.input, version: 1 });
    }
    // Of each pair, exactly one wins; the other is a CONFLICT naming the code (never INTERNAL).
    for (let pair = 0; pair < 5; pair += 1) {
      const sides = results.filter((result) => result.attempt.pair === pair);
      const winners = sides.filter((side) => !side.response.errors);
      const losers = sides.filter((side) => side.response.errors);
      expect(winners, `pair ${pair}: ${sides.map((side) => side.response.text).join(' | ')}`).toHaveLength(1);
      expect(losers).toHaveLength(1);
      expect(losers[0].response.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DEPARTMENT.DUPLICATE', fields: { code: ['处室代码已被使用'] } });
      expect(losers[0].response.data).toBeNull();
    }
    // Every invalid one refused as bad input.
    for (const { response } of results.filter((result) => result.attempt.kind === 'invalid')) {
      expect(response.errors?.[0].extensions, response.text).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT.INVALID' });
      expect(response.data).toBeNull();
    }

    // The table holds exactly the expected rows: 45 + one per pair, nothing of the invalid ones.
    const winners = results.filter((result) => !result.response.errors);
    expect(winners).toHaveLength(50);
    expect(await countOf('department')).toBe(departmentsBefore + 50);
    const stored = (await ds.query(`SELECT id, code, name, kind, sort_order, phone, version FROM department WHERE code LIKE 'BURST%' ORDER BY code`)) as Array<{
      id: string;
      code: string;
      name: string;
      kind: string;
      sort_order: number;
      phone: string | null;
      version: number;
    }>;
    const expected = winners
      .map(({ attempt, response }) => ({
        id: (response.data?.createDepartment as { id: string }).id,
        code: attempt.input.code,
        name: attempt.input.name,
        kind: attempt.input.kind,
        sort_order: attempt.input.sortOrder,
        phone: (attempt.input.phone as string | undefined) ?? null,
        version: 1,
      }))
      .sort((a, b) => String(a.code).localeCompare(String(b.code)));
    expect(stored).toEqual(expected);

    // Audit: one row per request — SUCCESS for each stored department, naming it and its own values; FAILED for the rest.
    expect(await countOf('audit_log')).toBe(auditBefore + 60);
    const rows = await auditRowsFor(results.map((result) => result.requestId));
    expect(rows).toHaveLength(60);
    const byRequest = new Map(rows.map((row) => [row.request_id, row]));
    for (const { attempt, response, requestId } of results) {
      const row = byRequest.get(requestId)!;
      expect(row).toMatchObject({ action: 'Mutation.createDepartment', actor_id: adminUser.id });
      if (!response.errors) {
        const department = response.data?.createDepartment as { id: string };
        expect(row).toMatchObject({ outcome: 'SUCCESS', entity_type: 'Department', entity_id: department.id, error_code: null });
        expect(row.changes).toHaveLength(1);
        expect(row.changes![0].entityId).toBe(department.id);
        expect(row.changes![0].fields.code).toEqual({ to: attempt.input.code });
        expect(row.changes![0].fields.name).toEqual({ to: attempt.input.name });
      } else {
        expect(row).toMatchObject({
          outcome: 'FAILED',
          entity_id: null,
          changes: null,
          error_code: attempt.kind === 'pair' ? 'CONFLICT' : 'BAD_USER_INPUT',
          reason: attempt.kind === 'pair' ? 'DEPARTMENT.DUPLICATE' : 'INPUT.INVALID',
        });
      }
    }
    for (const department of stored) {
      expect(await countOf('audit_log', `entity_type = 'Department' AND entity_id = $1 AND outcome = 'SUCCESS'`, [department.id])).toBe(1);
    }

    const chain = (await auditor.ok(VERIFY)).verifyAuditChain;
    expect(chain).toEqual({ ok: true, checkedRows: auditBefore + 60, brokenAtSeq: null });
  });

  it('simultaneous duplicates (same code, or same name) get the same CONFLICT as sequential ones, never INTERNAL', async () => {
    const departmentsBefore = await countOf('department');
    const calls: Array<{ group: string; field: 'code' | 'name'; call: Promise<GraphQLResponse> }> = [];
    for (let index = 0; index < 10; index += 1) {
      for (const side of ['甲', '乙']) {
        calls.push({ group: `code${index}`, field: 'code', call: admin.gql(CREATE_DEPARTMENT, { input: { code: `SAME_CODE_${index}`, name: `同代码${index}${side}`, kind: 'DIVISION', sortOrder: 0 } }) });
      }
      for (const side of ['A', 'B']) {
        calls.push({ group: `name${index}`, field: 'name', call: admin.gql(CREATE_DEPARTMENT, { input: { code: `SAME_NAME_${index}_${side}`, name: `同名处${index}`, kind: 'DIVISION', sortOrder: 0 } }) });
      }
    }
    const responses = await Promise.all(calls.map((entry) => entry.call));
    for (const group of new Set(calls.map((entry) => entry.group))) {
      const members = calls.map((entry, index) => ({ ...entry, response: responses[index] })).filter((entry) => entry.group === group);
      const failed = members.filter((member) => member.response.errors);
      expect(failed, `${group}: ${members.map((member) => member.response.text).join(' | ')}`).toHaveLength(1);
      const field = failed[0].field;
      expect(failed[0].response.errors?.[0].extensions).toEqual({
        code: 'CONFLICT',
        reason: 'DEPARTMENT.DUPLICATE',
        fields: { [field]: [field === 'code' ? '处室代码已被使用' : '处室名称已被使用'] },
      });
      const [row] = await auditRowsFor([failed[0].response.headers.get('x-request-id')!]);
      expect(row).toMatchObject({ outcome: 'FAILED', error_code: 'CONFLICT', reason: 'DEPARTMENT.DUPLICATE' });
    }
    expect(await countOf('department')).toBe(departmentsBefore + 20);
  });

  it('20 concurrent updates of one record at the same version: exactly one wins, 19 get CONFLICT, version 2', async () => {
    const department = await createDepartment(ds, { code: 'RACE_TARGET', name: '竞争修改处', sortOrder: 0 });
    expect(department.version).toBe(1);
    const auditBefore = await countOf('audit_log');

    const started = performance.now();
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        admin.gql(UPDATE_DEPARTMENT, {
          id: department.id,
          version: 1,
          input: { code: 'RACE_TARGET', name: `竞争修改处-${index}`, kind: 'DIVISION', sortOrder: index + 1 },
        }),
      ),
    );
    console.info(`[measure] ${currentBackend()}: 20 concurrent updateDepartment of one record in ${(performance.now() - started).toFixed(0)} ms`);

    const winners = responses.map((response, index) => ({ response, index })).filter(({ response }) => !response.errors);
    const losers = responses.filter((response) => response.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(19);
    for (const loser of losers) {
      expect(loser.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'RECORD.STALE_VERSION' });
    }
    const { index } = winners[0];
    expect(winners[0].response.data?.updateDepartment).toEqual({ id: department.id, name: `竞争修改处-${index}`, sortOrder: index + 1, version: 2 });

    // The stored record is the winner's, whole — no field from another writer.
    expect(await ds.query('SELECT name, sort_order, version FROM department WHERE id = $1', [department.id])).toEqual([
      { name: `竞争修改处-${index}`, sort_order: index + 1, version: 2 },
    ]);

    expect(await countOf('audit_log')).toBe(auditBefore + 20);
    const rows = await auditRowsFor(responses.map((response) => response.headers.get('x-request-id')!));
    expect(rows.filter((row) => row.outcome === 'SUCCESS')).toMatchObject([
      { action: 'Mutation.updateDepartment', entity_id: department.id, request_id: winners[0].response.headers.get('x-request-id') },
    ]);
    const successRow = rows.find((row) => row.outcome === 'SUCCESS')!;
    expect(successRow.changes![0].fields).toEqual({
      name: { from: '竞争修改处', to: `竞争修改处-${index}` },
      sortOrder: { from: 0, to: index + 1 },
    });
    expect(rows.filter((row) => row.outcome === 'FAILED' && row.reason === 'RECORD.STALE_VERSION')).toHaveLength(19);

    expect((await auditor.ok(VERIFY)).verifyAuditChain).toMatchObject({ ok: true, brokenAtSeq: null });
  });

  it('concurrent writers of different kinds (departments, a duplicate of an existing one, denied callers) stay separate', async () => {
    const { client: drafter } = await signedIn(testApp, { roles: ['DRAFTER'] });
    const existing = await createDepartment(ds, { code: 'ALREADY_HERE', name: '已存在处' });
    const auditBefore = await countOf('audit_log');
    const departmentsBefore = await countOf('department');
    const calls: Array<{ expect: 'ok' | 'CONFLICT' | 'FORBIDDEN'; call: Promise<GraphQLResponse> }> = [];
    for (let index = 0; index < 10; index += 1) {
      calls.push({ expect: 'ok', call: admin.gql(CREATE_DEPARTMENT, { input: { code: `MIX_${index}`, name: `混合${index}`, kind: 'DIVISION', sortOrder: 0 } }) });
      calls.push({ expect: 'CONFLICT', call: admin.gql(CREATE_DEPARTMENT, { input: { code: existing.code, name: `重复${index}`, kind: 'DIVISION', sortOrder: 0 } }) });
      calls.push({ expect: 'FORBIDDEN', call: drafter.gql(CREATE_DEPARTMENT, { input: { code: `DRAFT_${index}`, name: `越权${index}`, kind: 'DIVISION', sortOrder: 0 } }) });
    }
    const responses = await Promise.all(calls.map((entry) => entry.call));
    responses.forEach((response, index) => {
      const expected = calls[index].expect;
      if (expected === 'ok') expect(response.errors, response.text).toBeUndefined();
      else expect(response.errors?.[0].extensions?.code, response.text).toBe(expected);
    });
    expect(await countOf('department')).toBe(departmentsBefore + 10);
    expect(await countOf('audit_log')).toBe(auditBefore + 30);
    const rows = await auditRowsFor(responses.map((response) => response.headers.get('x-request-id')!));
    expect(rows.filter((row) => row.outcome === 'SUCCESS')).toHaveLength(10);
    expect(rows.filter((row) => row.outcome === 'FAILED' && row.error_code === 'CONFLICT')).toHaveLength(10);
    expect(rows.filter((row) => row.outcome === 'DENIED' && row.error_code === 'FORBIDDEN')).toHaveLength(10);
    expect((await auditor.ok(VERIFY)).verifyAuditChain).toMatchObject({ ok: true, brokenAtSeq: null });
  });
});
