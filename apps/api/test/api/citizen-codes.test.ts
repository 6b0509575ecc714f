import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { ACCESS_CODE_BITS, SECRET_VALUE, normalizeAccessCode } from '@gdp/domain';
import { purgeExpiredCodeAttempts } from '../../src/shared/citizen-code/index.js';
import { createApiToken, signedIn } from '../support/factories.js';
import { firstError, type GraphQLClient, type GraphQLResponse } from '../support/graphql-client.js';
import { TestCaseResolver } from '../support/test-case-resolver.js';
import { startTestApp, TEST_START, type TestApp } from '../support/test-app.js';

/** Case numbers and citizens' access codes (SPEC §2.3b), driven through a test-only kind of case. */

const SUBMIT = `mutation Submit($key: String!, $title: String!, $kind: String) {
  testSubmitCase(idempotencyKey: $key, title: $title, kind: $kind) { caseId caseNumber accessCode } }`;
const READ = `query Read($caseNumber: String!, $accessCode: String!, $kind: String) {
  testReadCase(caseNumber: $caseNumber, accessCode: $accessCode, kind: $kind) { caseKind caseId caseNumber } }`;
const ACT = `mutation Act($caseNumber: String!, $accessCode: String!) {
  testActOnCase(caseNumber: $caseNumber, accessCode: $accessCode) { caseKind caseId caseNumber } }`;
const REISSUE = `mutation Reissue($caseId: ID!) { testReissueCode(caseId: $caseId) { caseId caseNumber accessCode } }`;

/** A type, not an interface: it is passed as GraphQL variables. */
type Submission = {
  caseId: string;
  caseNumber: string;
  accessCode: string;
};

const CODE_SHOWN = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/;
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const NOT_FOUND = { code: 'NOT_FOUND', reason: 'CITIZEN_CODE.NOT_FOUND' };

/** A code with one symbol changed: well-formed, wrong. */
const wrongCodeFor = (code: string, variant = 0) => {
  const symbols = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const last = code.at(-1)!;
  const replacement = symbols[(symbols.indexOf(last) + 1 + variant) % 32];
  return `${code.slice(0, -1)}${replacement}`;
};

describe('citizen codes', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let token: string;
  let ipCounter = 0;
  /** Every code answered in this file: none may appear in the database, the audit trail or the logs. */
  const issuedCodes: string[] = [];

  /** A token client of its own client IP (per-IP limits must not bleed between tests). */
  const portal = (ip = `198.51.100.${++ipCounter}`): GraphQLClient => {
    const client = testApp.client().withBearer(token);
    client.forwardedFor = ip;
    return client;
  };
  const countOf = async (table: string, where = 'true', params: unknown[] = []) =>
    Number((await ds.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params))[0].n);

  async function submit(
    client = portal(),
    title = '申请公开 2026 年部门预算',
    kind?: string,
  ): Promise<Submission> {
    const data = await client.ok<{ testSubmitCase: Submission }>(SUBMIT, { key: randomUUID(), title, kind });
    issuedCodes.push(data.testSubmitCase.accessCode);
    return data.testSubmitCase;
  }

  async function auditOf(response: GraphQLResponse) {
    return ds.query(
      `SELECT action, outcome, actor_kind, entity_type, entity_id, error_code, reason, changes
         FROM audit_log WHERE request_id = $1 ORDER BY seq`,
      [response.headers.get('x-request-id')],
    );
  }

  beforeAll(async () => {
    testApp = await startTestApp({ trustedProxies: ['loopback'] }, { extraResolvers: [TestCaseResolver] });
    ds = testApp.db.database.dataSource;
    ({ token } = await createApiToken(ds, ['applications:submit']));
  });
  afterAll(async () => {
    await testApp?.close();
  });

  describe('issuing', () => {
    it('answers a case number and a 100-bit code, shown once and stored only as its hash', async () => {
      expect(ACCESS_CODE_BITS).toBeGreaterThanOrEqual(80);
      const response = await portal().gql<{ testSubmitCase: Submission }>(SUBMIT, {
        key: randomUUID(),
        title: '申请公开采购合同',
      });
      const submission = response.data!.testSubmitCase;
      issuedCodes.push(submission.accessCode);
      expect(submission.caseNumber).toMatch(/^YS-2026-\d{6}$/);
      expect(submission.accessCode).toMatch(CODE_SHOWN);

      const normalized = normalizeAccessCode(submission.accessCode)!;
      const rows = await ds.query(
        `SELECT case_kind, case_id, case_number, code_hash, issued_at, revoked_at, last_used_at FROM citizen_code WHERE case_id = $1`,
        [submission.caseId],
      );
      expect(rows).toEqual([
        {
          case_kind: 'APPLICATION',
          case_id: submission.caseId,
          case_number: submission.caseNumber,
          code_hash: sha256(normalized),
          issued_at: new Date(TEST_START),
          revoked_at: null,
          last_used_at: null,
        },
      ]);

      // One audit row: the token's arguments masked, the code row with its hash 〔保密〕.
      const [audit, ...more] = await auditOf(response);
      expect(more).toEqual([]);
      expect(audit).toMatchObject({
        action: 'Mutation.testSubmitCase',
        outcome: 'SUCCESS',
        actor_kind: 'token',
        entity_type: 'CitizenCode',
      });
      const [change] = audit.changes.entities;
      expect(change.fields.codeHash).toEqual({ to: SECRET_VALUE });
      expect(change.fields.caseNumber).toEqual({ to: submission.caseNumber });
      expect(JSON.stringify(audit.changes)).not.toContain(sha256(normalized));
    });

    it('gives distinct codes and consecutive numbers', async () => {
      const submissions = [];
      for (let index = 0; index < 5; index += 1) submissions.push(await submit());
      expect(new Set(submissions.map((submission) => submission.accessCode)).size).toBe(5);
      const sequences = submissions.map((submission) => Number(submission.caseNumber.slice(-6)));
      expect(sequences).toEqual(sequences.map((_, index) => sequences[0] + index));
    });

    it('numbers each kind on its own counter', async () => {
      const complaint = await submit(portal(), '投诉窗口服务态度', 'COMPLAINT');
      const meeting = await submit(portal(), '列席邀请', 'MEETING');
      expect(complaint.caseNumber).toMatch(/^TS-2026-\d{6}$/);
      expect(meeting.caseNumber).toBe('LX-2026-000001');
    });

    it('gives 20 concurrent submissions 20 distinct numbers with no gaps', async () => {
      const first = await submit(portal(), '并发之前');
      const client = portal();
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          client.ok<{ testSubmitCase: Submission }>(SUBMIT, {
            key: randomUUID(),
            title: `并发申请 ${index}`,
          }),
        ),
      );
      issuedCodes.push(...results.map((result) => result.testSubmitCase.accessCode));
      const sequences = results
        .map((result) => Number(result.testSubmitCase.caseNumber.slice(-6)))
        .sort((a, b) => a - b);
      const start = Number(first.caseNumber.slice(-6)) + 1;
      expect(sequences).toEqual(Array.from({ length: 20 }, (_, index) => start + index));
    });

    it('gives a failed submission’s number back: the next one has no gap', async () => {
      const before = await submit();
      const failed = await portal().gql(SUBMIT, { key: randomUUID(), title: '   ' });
      expect(firstError(failed).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { title: ['请填写标题'] },
      });
      const after = await submit();
      expect(Number(after.caseNumber.slice(-6))).toBe(Number(before.caseNumber.slice(-6)) + 1);
    });

    it('only tokens with the submission scope submit; staff and other tokens are refused before their input is read', async () => {
      const { token: readOnly } = await createApiToken(ds, ['public:read']);
      const codes = await countOf('citizen_code');
      const byReader = await testApp.client().withBearer(readOnly).gql(SUBMIT, { key: 'x', title: '' });
      expect(firstError(byReader).extensions).toMatchObject({ code: 'FORBIDDEN' });
      const { client: staff } = await signedIn(testApp, { roles: ['APPLICATION_HANDLER'] });
      expect(
        firstError(await staff.gql(SUBMIT, { key: randomUUID(), title: '员工代交' })).extensions?.code,
      ).toBe('FORBIDDEN');
      expect(
        firstError(await testApp.client().gql(SUBMIT, { key: randomUUID(), title: '匿名' })).extensions?.code,
      ).toBe('UNAUTHENTICATED');
      expect(await countOf('citizen_code')).toBe(codes);
    });
  });

  describe('reading a case with its number and code', () => {
    let mine: Submission;
    let other: Submission;

    beforeAll(async () => {
      mine = await submit();
      other = await submit();
    });

    it('opens the case, however the citizen types the code, and nothing else', async () => {
      const normalized = normalizeAccessCode(mine.accessCode)!;
      const typings = [
        mine.accessCode,
        mine.accessCode.toLowerCase(),
        normalized,
        ` ${mine.accessCode.replaceAll('-', ' ')} `,
        mine.accessCode.replaceAll('0', 'O').replaceAll('1', 'l'),
      ];
      for (const accessCode of typings) {
        const response = await portal().gql(READ, { caseNumber: mine.caseNumber.toLowerCase(), accessCode });
        expect(response.data?.testReadCase).toEqual({
          caseKind: 'APPLICATION',
          caseId: mine.caseId,
          caseNumber: mine.caseNumber,
        });
        // Never again in an answer.
        expect(response.text).not.toContain(mine.accessCode);
        expect(response.text).not.toContain(normalized);
      }
      const [row] = await ds.query('SELECT last_used_at FROM citizen_code WHERE case_id = $1', [mine.caseId]);
      expect(row.last_used_at).toEqual(testApp.clock.now());
    });

    it('refuses an unknown number, a wrong code and another case’s code with one and the same answer', async () => {
      const unknownNumber = `YS-2026-${String(Number(mine.caseNumber.slice(-6)) + 50_000).padStart(6, '0')}`;
      const attempts = [
        { caseNumber: mine.caseNumber, accessCode: wrongCodeFor(mine.accessCode) },
        { caseNumber: mine.caseNumber, accessCode: other.accessCode },
        { caseNumber: other.caseNumber, accessCode: mine.accessCode },
        { caseNumber: unknownNumber, accessCode: mine.accessCode },
        { caseNumber: 'TS-2026-000001', accessCode: mine.accessCode },
      ];
      const errors = [];
      for (const variables of attempts) errors.push(firstError(await portal().gql(READ, variables)));
      for (const error of errors) {
        expect(error.extensions).toEqual(NOT_FOUND);
        expect(error.message).toBe('未找到该案件或查询码不正确');
        expect(error).toEqual(errors[0]);
      }
    });

    it('refuses a case of another kind when the caller asks for one kind', async () => {
      const complaint = await submit(portal(), '投诉', 'COMPLAINT');
      const client = portal();
      expect(firstError(await client.gql(READ, { ...complaint, kind: 'APPLICATION' })).extensions).toEqual(
        NOT_FOUND,
      );
      expect((await client.ok(READ, { ...complaint, kind: 'COMPLAINT' })).testReadCase.caseId).toBe(
        complaint.caseId,
      );
    });

    it('refuses malformed input as BAD_USER_INPUT with zh-CN field errors, without counting it', async () => {
      const attempts = await countOf('code_attempt');
      const cases: Array<[Record<string, string>, string]> = [
        [{ caseNumber: 'YS-2026-1', accessCode: mine.accessCode }, 'caseNumber'],
        [{ caseNumber: '', accessCode: mine.accessCode }, 'caseNumber'],
        [{ caseNumber: mine.caseNumber, accessCode: mine.accessCode.slice(0, -1) }, 'accessCode'],
        [{ caseNumber: mine.caseNumber, accessCode: `${mine.accessCode.slice(0, -1)}U` }, 'accessCode'],
        [{ caseNumber: mine.caseNumber, accessCode: "' OR '1'='1" }, 'accessCode'],
      ];
      for (const [variables, field] of cases) {
        const error = firstError(await portal().gql(READ, variables));
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT.INVALID' });
        expect(error.extensions?.fields?.[field]?.[0]).toMatch(/\p{Script=Han}/u);
      }
      expect(await countOf('code_attempt')).toBe(attempts);
    });

    it('a citizen acting through a mutation is checked the same way; the refusal is audited without the code', async () => {
      const client = portal();
      expect((await client.ok(ACT, mine)).testActOnCase.caseId).toBe(mine.caseId);
      const attempts = await countOf('code_attempt', 'case_number = $1', [mine.caseNumber]);
      const wrong = wrongCodeFor(mine.accessCode, 3);
      const response = await client.gql(ACT, { caseNumber: mine.caseNumber, accessCode: wrong });
      expect(firstError(response).extensions).toEqual(NOT_FOUND);
      // The failed mutation rolled back, yet its failure counts.
      expect(await countOf('code_attempt', 'case_number = $1', [mine.caseNumber])).toBe(attempts + 1);
      const [audit] = await auditOf(response);
      expect(audit).toMatchObject({
        action: 'Mutation.testActOnCase',
        outcome: 'FAILED',
        error_code: 'NOT_FOUND',
        reason: 'CITIZEN_CODE.NOT_FOUND',
      });
      expect(JSON.stringify(audit.changes)).not.toContain(wrong);
      expect(JSON.stringify(audit.changes)).not.toContain(normalizeAccessCode(wrong));
    });
  });

  describe('reissuing', () => {
    it('staff reissue a code: the old one stops working, the new one opens the same case number', async () => {
      const original = await submit();
      const { client: staff } = await signedIn(testApp, { roles: ['APPLICATION_HANDLER'] });
      const response = await staff.gql<{ testReissueCode: Submission }>(REISSUE, { caseId: original.caseId });
      const reissued = response.data!.testReissueCode;
      issuedCodes.push(reissued.accessCode);
      expect(reissued.caseNumber).toBe(original.caseNumber);
      expect(reissued.accessCode).toMatch(CODE_SHOWN);
      expect(reissued.accessCode).not.toBe(original.accessCode);

      const client = portal();
      expect(firstError(await client.gql(READ, original)).extensions).toEqual(NOT_FOUND);
      expect((await client.ok(READ, reissued)).testReadCase.caseId).toBe(original.caseId);

      const rows = await ds.query(
        'SELECT code_hash, revoked_at, revoked_reason FROM citizen_code WHERE case_id = $1 ORDER BY issued_at, revoked_at NULLS LAST',
        [original.caseId],
      );
      expect(rows).toEqual([
        {
          code_hash: sha256(normalizeAccessCode(original.accessCode)!),
          revoked_at: testApp.clock.now(),
          revoked_reason: 'REISSUED',
        },
        {
          code_hash: sha256(normalizeAccessCode(reissued.accessCode)!),
          revoked_at: null,
          revoked_reason: null,
        },
      ]);

      const [audit] = await auditOf(response);
      expect(audit).toMatchObject({
        action: 'Mutation.testReissueCode',
        outcome: 'SUCCESS',
        actor_kind: 'staff',
        entity_type: 'CitizenCode',
      });
      expect(audit.changes).toHaveLength(2);
      expect(audit.changes[0].fields).toMatchObject({ revokedReason: { from: null, to: 'REISSUED' } });
      expect(audit.changes[1].fields.codeHash).toEqual({ to: SECRET_VALUE });
    });

    it('a revoked code is refused exactly like a wrong one', async () => {
      const original = await submit();
      const { client: staff } = await signedIn(testApp, { roles: ['APPLICATION_HANDLER'] });
      issuedCodes.push((await staff.ok(REISSUE, { caseId: original.caseId })).testReissueCode.accessCode);
      const revoked = firstError(await portal().gql(READ, original));
      const wrong = firstError(
        await portal().gql(READ, { ...original, accessCode: wrongCodeFor(original.accessCode) }),
      );
      expect(revoked).toEqual(wrong);
    });

    it('two reissues at once leave exactly one live code, the one last answered', async () => {
      const original = await submit();
      const { client: first } = await signedIn(testApp, { roles: ['APPLICATION_HANDLER'] });
      const { client: second } = await signedIn(testApp, { roles: ['APPLICATION_HANDLER'] });
      const responses = await Promise.all(
        [first, second].map((client) =>
          client.gql<{ testReissueCode: Submission }>(REISSUE, { caseId: original.caseId }),
        ),
      );
      const answered = responses.flatMap((response) =>
        response.data?.testReissueCode ? [response.data.testReissueCode] : [],
      );
      issuedCodes.push(...answered.map((answer) => answer.accessCode));
      expect(answered.length).toBeGreaterThanOrEqual(1);
      // PostgreSQL: the second waits for the first and is refused by the one-live-code index; the embedded
      // database runs them one after the other and both succeed.
      for (const response of responses.filter((candidate) => candidate.errors)) {
        expect(firstError(response).extensions).toMatchObject({
          code: 'CONFLICT',
          reason: 'CITIZEN_CODE.ALREADY_ISSUED',
        });
      }
      expect(await countOf('citizen_code', 'case_id = $1 AND revoked_at IS NULL', [original.caseId])).toBe(1);
      const opens = [];
      for (const answer of [original, ...answered]) opens.push(!(await portal().gql(READ, answer)).errors);
      expect(opens.filter(Boolean)).toHaveLength(1);
    });

    it('tokens cannot reissue; an unknown case is NOT_FOUND', async () => {
      const original = await submit();
      expect(firstError(await portal().gql(REISSUE, { caseId: original.caseId })).extensions?.code).toBe(
        'FORBIDDEN',
      );
      expect(
        firstError(await testApp.client().gql(REISSUE, { caseId: original.caseId })).extensions?.code,
      ).toBe('UNAUTHENTICATED');
      const { client: staff } = await signedIn(testApp, { roles: ['APPLICATION_HANDLER'] });
      expect(firstError(await staff.gql(REISSUE, { caseId: randomUUID() })).extensions?.code).toBe(
        'NOT_FOUND',
      );
      expect((await portal().ok(READ, original)).testReadCase.caseId).toBe(original.caseId);
    });
  });

  describe('guessing', () => {
    it('after 10 failures on one case number, even the right code waits 15 minutes, from any IP', async () => {
      const target = await submit();
      const attacker = portal();
      for (let attempt = 0; attempt < 10; attempt += 1) {
        const error = firstError(
          await attacker.gql(READ, { ...target, accessCode: wrongCodeFor(target.accessCode, attempt) }),
        );
        expect(error.extensions).toEqual(NOT_FOUND);
      }
      for (const client of [attacker, portal()]) {
        const error = firstError(await client.gql(READ, target));
        expect(error.extensions).toMatchObject({
          code: 'RATE_LIMITED',
          reason: 'CITIZEN_CODE.CASE_RATE_LIMITED',
        });
        expect(error.message).toBe('该案件编号查询失败次数过多，请 15 分钟后再试');
      }
      // Other cases are unaffected.
      const neighbour = await submit();
      expect((await attacker.ok(READ, neighbour)).testReadCase.caseId).toBe(neighbour.caseId);

      testApp.clock.advanceMinutes(15);
      expect((await portal().ok(READ, target)).testReadCase.caseId).toBe(target.caseId);
    });

    it('limits unknown case numbers too, so a refusal says nothing about existence', async () => {
      const unknown = 'YS-2026-999999';
      const client = portal();
      const accessCode = 'AAAA-AAAA-AAAA-AAAA-AAAA';
      for (let attempt = 0; attempt < 10; attempt += 1) {
        expect(firstError(await client.gql(READ, { caseNumber: unknown, accessCode })).extensions).toEqual(
          NOT_FOUND,
        );
      }
      expect(firstError(await client.gql(READ, { caseNumber: unknown, accessCode })).extensions?.code).toBe(
        'RATE_LIMITED',
      );
    });

    it('after 30 failures from one IP, that IP waits; others do not', async () => {
      const target = await submit();
      const scanner = portal('203.0.113.9');
      for (let attempt = 0; attempt < 30; attempt += 1) {
        const caseNumber = `YS-2026-${String(800_000 + attempt).padStart(6, '0')}`;
        expect(
          firstError(await scanner.gql(READ, { caseNumber, accessCode: target.accessCode })).extensions,
        ).toEqual(NOT_FOUND);
      }
      const error = firstError(await scanner.gql(READ, target));
      expect(error.extensions).toMatchObject({
        code: 'RATE_LIMITED',
        reason: 'CITIZEN_CODE.IP_RATE_LIMITED',
      });
      expect(error.message).toBe('该网络地址查询失败次数过多，请 15 分钟后再试');
      expect((await portal('203.0.113.10').ok(READ, target)).testReadCase.caseId).toBe(target.caseId);
    });

    it('purges attempts older than the window', async () => {
      await ds.query(
        `INSERT INTO code_attempt (case_number, ip, at) VALUES ('YS-2026-777777', '192.0.2.1', $1), ('YS-2026-777777', '192.0.2.1', $2)`,
        [new Date(testApp.clock.now().getTime() - 16 * 60_000), testApp.clock.now()],
      );
      expect(await purgeExpiredCodeAttempts(ds.manager, testApp.clock.now())).toBeGreaterThanOrEqual(1);
      expect(await countOf('code_attempt', `case_number = 'YS-2026-777777'`)).toBe(1);
      expect(
        await countOf('code_attempt', 'at <= $1', [new Date(testApp.clock.now().getTime() - 15 * 60_000)]),
      ).toBe(0);
    });
  });

  describe('the year', () => {
    it('numbers restart with the bureau’s new year (Asia/Shanghai)', async () => {
      testApp.clock.set('2026-12-31T15:59:00Z');
      expect((await submit()).caseNumber).toMatch(/^YS-2026-/);
      testApp.clock.set('2026-12-31T16:00:00Z');
      expect((await submit()).caseNumber).toBe('YS-2027-000001');
      expect((await submit()).caseNumber).toBe('YS-2027-000002');
    });
  });

  it('no code answered in this file is anywhere in the database, the audit trail or the logs', async () => {
    expect(issuedCodes.length).toBeGreaterThan(40);
    const tables: Array<{ table_name: string }> = await ds.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    const dump: string[] = [];
    for (const { table_name } of tables) {
      const rows: Array<{ row: string }> = await ds.query(`SELECT t::text AS row FROM "${table_name}" t`);
      dump.push(...rows.map((row) => row.row));
    }
    const everything = dump.join('\n');
    const logs = testApp.logs.join('\n');
    for (const code of issuedCodes) {
      const normalized = normalizeAccessCode(code)!;
      expect(
        everything.includes(code) || everything.includes(normalized),
        `code ${code.slice(0, 4)}… at rest`,
      ).toBe(false);
      expect(logs.includes(code) || logs.includes(normalized), `code ${code.slice(0, 4)}… in the logs`).toBe(
        false,
      );
    }
    // The audit trail holds no hash of a code either (〔保密〕 in its place).
    const audit = (await ds.query(`SELECT changes::text AS changes FROM audit_log WHERE changes IS NOT NULL`))
      .map((row: { changes: string }) => row.changes)
      .join('\n');
    for (const code of issuedCodes) expect(audit.includes(sha256(normalizeAccessCode(code)!))).toBe(false);
  });
});
