import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { IDEMPOTENCY_KEY_MESSAGE, normalizeAccessCode } from '@gdp/domain';
import { purgeExpiredIdempotencyKeys, requestHashOf } from '../../src/shared/idempotency/index.js';
import { createApiToken } from '../support/factories.js';
import { firstError, type GraphQLClient, type GraphQLResponse } from '../support/graphql-client.js';
import { TestCaseResolver } from '../support/test-case-resolver.js';
import { startTestApp, TEST_START, type TestApp } from '../support/test-app.js';

/** Idempotency keys of external submissions (SPEC §2.3b): per token, 24 hours, replay or CONFLICT. */

const SUBMIT = `mutation Submit($key: String!, $title: String!, $kind: String) {
  testSubmitCase(idempotencyKey: $key, title: $title, kind: $kind) { caseId caseNumber accessCode } }`;
const READ = `query Read($caseNumber: String!, $accessCode: String!) {
  testReadCase(caseNumber: $caseNumber, accessCode: $accessCode) { caseId } }`;

/** A type, not an interface: it is passed as GraphQL variables. */
type Submission = {
  caseId: string;
  caseNumber: string;
  accessCode: string;
};

const HOUR = 60;

describe('idempotency keys', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let portal: GraphQLClient;
  let portalTokenId: string;
  let miniProgram: GraphQLClient;

  const countOf = async (table: string, where = 'true', params: unknown[] = []) =>
    Number((await ds.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params))[0].n);
  const submitted = (response: GraphQLResponse<{ testSubmitCase: Submission }>): Submission => {
    if (!response.data?.testSubmitCase) throw new Error(`submission failed: ${response.text}`);
    return response.data.testSubmitCase;
  };
  const submit = (client: GraphQLClient, key: string, title = '申请公开 2026 年部门预算', kind?: string) =>
    client.gql<{ testSubmitCase: Submission }>(SUBMIT, { key, title, kind });
  const auditOf = (response: GraphQLResponse) =>
    ds.query(
      'SELECT action, outcome, actor_kind, entity_type, entity_id, error_code, reason, changes FROM audit_log WHERE request_id = $1 ORDER BY seq',
      [response.headers.get('x-request-id')],
    );

  beforeAll(async () => {
    testApp = await startTestApp({}, { extraResolvers: [TestCaseResolver] });
    ds = testApp.db.database.dataSource;
    const portalToken = await createApiToken(ds, ['applications:submit']);
    portalTokenId = portalToken.apiToken.id;
    portal = testApp.client().withBearer(portalToken.token);
    miniProgram = testApp.client().withBearer((await createApiToken(ds, ['applications:submit'])).token);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  it('a replay returns the first answer — the same case and code — without running again', async () => {
    const key = randomUUID();
    const firstResponse = await submit(portal, key);
    const first = submitted(firstResponse);
    const codes = await countOf('citizen_code');
    const [sequence] = await ds.query(
      `SELECT last FROM case_number_sequence WHERE prefix = 'YS' AND year = 2026`,
    );

    const replayResponse = await submit(portal, key);
    expect(submitted(replayResponse)).toEqual(first);
    // The client may have lost the first answer: the code it gets again still opens the case.
    expect((await portal.ok(READ, first)).testReadCase.caseId).toBe(first.caseId);

    // Nothing ran: no second code row, no number taken; the replay's audit row names the case's code and
    // records no change.
    expect(await countOf('citizen_code')).toBe(codes);
    expect(
      await ds.query(`SELECT last FROM case_number_sequence WHERE prefix = 'YS' AND year = 2026`),
    ).toEqual([sequence]);
    const [firstAudit] = await auditOf(firstResponse);
    const replayAudit = await auditOf(replayResponse);
    expect(firstAudit.changes.entities).toHaveLength(1);
    expect(replayAudit).toHaveLength(1);
    expect(replayAudit[0]).toMatchObject({
      action: 'Mutation.testSubmitCase',
      outcome: 'SUCCESS',
      entity_type: 'CitizenCode',
      entity_id: firstAudit.entity_id,
    });
    expect(replayAudit[0].changes.entities).toEqual([]);

    const next = submitted(await submit(portal, randomUUID()));
    expect(Number(next.caseNumber.slice(-6))).toBe(Number(first.caseNumber.slice(-6)) + 1);
  });

  it('stores the key with a hash of the request and the answer sealed — never the code in clear', async () => {
    const key = `order-${randomUUID()}`;
    const first = submitted(await submit(portal, key, '申请公开会议纪要'));
    const [row] = await ds.query(
      `SELECT operation, request_hash, created_at, expires_at, response::text AS response FROM idempotency_key WHERE token_id = $1 AND key = $2`,
      [portalTokenId, key],
    );
    expect(row).toMatchObject({
      operation: 'testSubmitCase',
      request_hash: requestHashOf('testSubmitCase', { title: '申请公开会议纪要', kind: 'APPLICATION' }),
      created_at: new Date(TEST_START),
      expires_at: new Date(Date.parse(TEST_START) + 24 * 3_600_000),
    });
    expect(row.response).not.toContain(first.accessCode);
    expect(row.response).not.toContain(normalizeAccessCode(first.accessCode));
    expect(row.response).not.toContain(first.caseNumber);
    expect(testApp.logs.join('\n')).not.toContain(first.accessCode);
  });

  it('the same key with another payload is refused with CONFLICT and changes nothing', async () => {
    const key = randomUUID();
    const first = submitted(await submit(portal, key, '申请公开甲'));
    const codes = await countOf('citizen_code');
    const attempts: Array<[string, string | undefined]> = [
      ['申请公开乙', undefined],
      ['申请公开甲', 'COMPLAINT'],
      ['申请公开甲 ', undefined],
    ];
    for (const [title, kind] of attempts) {
      const response = await submit(portal, key, title, kind);
      const error = firstError(response);
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY.KEY_REUSED' });
      expect(error.extensions?.fields?.idempotencyKey?.[0]).toMatch(/\p{Script=Han}/u);
      expect(error.message).toBe(
        '该幂等键已用于另一次内容不同的提交（24 小时内有效），请为新的提交使用新的幂等键',
      );
      expect(await auditOf(response)).toMatchObject([
        { outcome: 'FAILED', error_code: 'CONFLICT', reason: 'IDEMPOTENCY.KEY_REUSED' },
      ]);
    }
    expect(await countOf('citizen_code')).toBe(codes);
    // The first answer is still what the key replays.
    expect(submitted(await submit(portal, key, '申请公开甲'))).toEqual(first);
  });

  it('keys are scoped to the token: another app may use the same key for its own submission', async () => {
    const key = 'submission-0001';
    const fromPortal = submitted(await submit(portal, key, '门户提交'));
    const fromMiniProgram = submitted(await submit(miniProgram, key, '小程序提交'));
    expect(fromMiniProgram.caseId).not.toBe(fromPortal.caseId);
    expect(fromMiniProgram.accessCode).not.toBe(fromPortal.accessCode);
    // Even with the same payload, each token's key is its own.
    const samePayload = submitted(await submit(miniProgram, 'submission-0002', '门户提交'));
    expect(submitted(await submit(portal, 'submission-0002', '门户提交')).caseId).not.toBe(
      samePayload.caseId,
    );
    // Each replays its own answer.
    expect(submitted(await submit(portal, key, '门户提交'))).toEqual(fromPortal);
    expect(submitted(await submit(miniProgram, key, '小程序提交'))).toEqual(fromMiniProgram);
  });

  it('a failed submission leaves its key free for the corrected retry', async () => {
    const key = randomUUID();
    const failed = firstError(await submit(portal, key, '   '));
    expect(failed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { title: ['请填写标题'] } });
    expect(await countOf('idempotency_key', 'key = $1', [key])).toBe(0);
    const retried = submitted(await submit(portal, key, '更正后的申请'));
    expect(retried.caseNumber).toMatch(/^YS-2026-\d{6}$/);
  });

  it('refuses a malformed key as BAD_USER_INPUT before anything runs', async () => {
    const codes = await countOf('citizen_code');
    const keys = await countOf('idempotency_key');
    const malformed: Array<[string, string]> = [
      ['', '请提供幂等键'],
      ['k'.repeat(101), IDEMPOTENCY_KEY_MESSAGE],
      ['order 1', IDEMPOTENCY_KEY_MESSAGE],
      ['order\n1', IDEMPOTENCY_KEY_MESSAGE],
      ['申请-1', IDEMPOTENCY_KEY_MESSAGE],
    ];
    for (const [key, message] of malformed) {
      const error = firstError(await submit(portal, key));
      expect(error.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'INPUT.INVALID',
        fields: { idempotencyKey: [message] },
      });
    }
    expect(submitted(await submit(portal, 'k'.repeat(100))).caseNumber).toMatch(/^YS-/);
    expect(await countOf('citizen_code')).toBe(codes + 1);
    expect(await countOf('idempotency_key')).toBe(keys + 1);
  });

  it('concurrent requests with one key: one runs, every other gets its answer', async () => {
    const key = randomUUID();
    const codes = await countOf('citizen_code');
    const responses = await Promise.all(Array.from({ length: 6 }, () => submit(portal, key, '并发提交')));
    const answers = responses.map(submitted);
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(await countOf('citizen_code')).toBe(codes + 1);
    expect(await countOf('idempotency_key', 'key = $1', [key])).toBe(1);
  });

  it('concurrent requests with one key and different payloads: one runs, the others get CONFLICT', async () => {
    const key = randomUUID();
    const codes = await countOf('citizen_code');
    const responses = await Promise.all(
      Array.from({ length: 4 }, (_, index) => submit(portal, key, `并发提交 ${index}`)),
    );
    const succeeded = responses.filter((response) => !response.errors);
    expect(succeeded).toHaveLength(1);
    for (const response of responses.filter((candidate) => candidate.errors)) {
      expect(firstError(response).extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'IDEMPOTENCY.KEY_REUSED',
      });
    }
    expect(await countOf('citizen_code')).toBe(codes + 1);
  });

  it('a key is kept 24 hours, then free again; purging deletes expired keys only', async () => {
    testApp.clock.set(TEST_START);
    const key = randomUUID();
    const first = submitted(await submit(portal, key, '二十四小时'));
    const otherKey = randomUUID();
    testApp.clock.advanceMinutes(HOUR);
    submitted(await submit(portal, otherKey, '晚一小时'));

    testApp.clock.set(new Date(Date.parse(TEST_START) + 24 * 3_600_000 - 1_000));
    expect(submitted(await submit(portal, key, '二十四小时'))).toEqual(first);
    expect(firstError(await submit(portal, key, '另一份')).extensions?.code).toBe('CONFLICT');

    testApp.clock.set(new Date(Date.parse(TEST_START) + 24 * 3_600_000));
    const again = submitted(await submit(portal, key, '另一份'));
    expect(again.caseId).not.toBe(first.caseId);
    // The key now holds the new answer for another 24 hours.
    expect(submitted(await submit(portal, key, '另一份'))).toEqual(again);
    // The first code still opens its case: expiry frees the key, not the case.
    expect((await portal.ok(READ, first)).testReadCase.caseId).toBe(first.caseId);

    const now = testApp.clock.now();
    const expired = await countOf('idempotency_key', 'expires_at <= $1', [now]);
    expect(expired).toBeGreaterThan(0);
    const live = await countOf('idempotency_key', 'expires_at > $1', [now]);
    expect(await purgeExpiredIdempotencyKeys(ds.manager, now)).toBe(expired);
    expect(await countOf('idempotency_key')).toBe(live);
    expect(await countOf('idempotency_key', 'key = $1', [otherKey])).toBe(1);
    expect(await countOf('idempotency_key', 'key = $1', [key])).toBe(1);
  });
});
