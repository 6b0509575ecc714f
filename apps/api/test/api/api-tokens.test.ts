import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { SECRET_VALUE } from '@gdp/domain';
import { startTestApp, TEST_START, type TestApp } from '../support/test-app.js';
import { createApiToken, signedIn } from '../support/factories.js';
import { type GraphQLClient, type GraphQLResponse, firstError } from '../support/graphql-client.js';
import type { User } from '../../src/modules/organisation/user.entity.js';

/** API tokens for external apps (SPEC §2.1): hashed at rest, scoped, revocable, rate-limited, counted. */

interface AuditRow {
  action: string;
  outcome: string;
  actor_kind: string;
  actor_id: string | null;
  actor_name: string | null;
  entity_type: string | null;
  entity_id: string | null;
  error_code: string | null;
  reason: string | null;
  changes: unknown;
}

const TOKEN_VIEW = 'id name prefix scopes rateLimitPerMinute createdAt expiresAt lastUsedAt revokedAt version';
const CREATE_TOKEN = `mutation Create($input: ApiTokenInput!) { createApiToken(input: $input) { token apiToken { ${TOKEN_VIEW} } } }`;
const REVOKE_TOKEN = `mutation Revoke($id: ID!, $version: Int!) { revokeApiToken(id: $id, version: $version) { ${TOKEN_VIEW} } }`;
const API_TOKENS = `query Tokens($page: PageInput) { apiTokens(page: $page) { total items { ${TOKEN_VIEW} } } }`;
const API_TOKEN = `query Token($id: ID!) { apiToken(id: $id) { ${TOKEN_VIEW} } }`;
const USAGE = `query Usage($id: ID!, $minutes: Int) { apiTokenUsage(id: $id, minutes: $minutes) { minute reads writes } }`;
const TOKEN_SELF = '{ tokenSelf { id name scopes } }';
const SERVER_INFO = '{ serverInfo { name demoMode } }';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');


function dataOf<T = Record<string, any>>(response: GraphQLResponse): T {
  if (response.errors?.length || !response.data) throw new Error(`GraphQL call failed (${response.status}): ${response.text}`);
  return response.data as T;
}

describe('API tokens', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let security: GraphQLClient;
  let securityUser: User;
  let drafter: GraphQLClient;
  let admin: GraphQLClient;

  const tokenClient = (token: string) => testApp.client().withBearer(token);
  const countOf = async (table: string, where = 'true', params: unknown[] = []) =>
    Number((await ds.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params))[0].n);

  async function auditOf(response: GraphQLResponse): Promise<AuditRow[]> {
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toBeTruthy();
    return ds.query(
      `SELECT action, outcome, actor_kind, actor_id, actor_name, entity_type, entity_id, error_code, reason, changes
         FROM audit_log WHERE request_id = $1 ORDER BY audit_log.seq`,
      [requestId],
    );
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.db.database.dataSource;
    ({ client: security, user: securityUser } = await signedIn(testApp, { roles: ['SECURITY_ADMIN'] }));
    ({ client: drafter } = await signedIn(testApp, { roles: ['DRAFTER'] }));
    ({ client: admin } = await signedIn(testApp, { roles: ['SYSTEM_ADMIN'] }));
  });
  afterAll(async () => {
    await testApp?.close();
  });

  describe('creating and listing', () => {
    let token: string;
    let tokenId: string;

    it('SECURITY_ADMIN creates a token: shown once, only its SHA-256 stored, one audited row without it', async () => {
      const auditBefore = await countOf('audit_log');
      const response = await security.gql(CREATE_TOKEN, {
        input: { name: '市政府门户网站', scopes: ['PUBLIC_READ', 'COMPLAINTS_SUBMIT', 'PUBLIC_READ'], rateLimitPerMinute: 120 },
      });
      const created = dataOf(response).createApiToken;
      token = created.token;
      tokenId = created.apiToken.id;
      expect(token).toMatch(/^gdpt_[A-Za-z0-9_-]{43}$/);
      expect(created.apiToken).toMatchObject({
        name: '市政府门户网站',
        prefix: token.slice(0, 12),
        scopes: ['PUBLIC_READ', 'COMPLAINTS_SUBMIT'],
        rateLimitPerMinute: 120,
        expiresAt: null,
        lastUsedAt: null,
        revokedAt: null,
        version: 1,
      });
      expect(new Date(created.apiToken.createdAt).toISOString()).toBe(TEST_START);

      // At rest: the hash, never the token (nor its secret part) in any column.
      const [row] = await ds.query('SELECT token_hash, scopes, created_by_id, row_to_json(t)::text AS everything FROM api_token t WHERE id = $1', [tokenId]);
      expect(row.token_hash).toBe(sha256(token));
      expect(row.scopes).toEqual(['public:read', 'complaints:submit']);
      expect(row.created_by_id).toBe(securityUser.id);
      expect(row.everything).not.toContain(token);
      expect(row.everything).not.toContain(token.slice('gdpt_'.length));

      // Audited once; the hash is 〔保密〕 and neither token nor hash appears anywhere in the log or the server logs.
      expect(await countOf('audit_log')).toBe(auditBefore + 1);
      const [audit] = await auditOf(response);
      expect(audit).toMatchObject({ action: 'Mutation.createApiToken', outcome: 'SUCCESS', actor_id: securityUser.id, entity_type: 'ApiToken', entity_id: tokenId });
      const [change] = audit.changes as Array<{ fields: Record<string, { from?: unknown; to?: unknown }> }>;
      expect(change.fields.tokenHash).toEqual({ to: SECRET_VALUE });
      expect(change.fields.prefix).toEqual({ to: token.slice(0, 12) });
      expect(await countOf('audit_log', 'strpos(changes::text, $1::text) > 0 OR strpos(changes::text, $2::text) > 0', [token.slice(12), sha256(token)])).toBe(0);
      expect(testApp.logs.some((line) => line.includes(token.slice(12)))).toBe(false);

      // It works at once.
      const self = dataOf(await tokenClient(token).gql(TOKEN_SELF)).tokenSelf;
      expect(self).toEqual({ id: tokenId, name: '市政府门户网站', scopes: ['PUBLIC_READ', 'COMPLAINTS_SUBMIT'] });
    });

    it('apiTokens lists it without the token; the token is not even a field', async () => {
      const response = await security.gql(API_TOKENS, { page: { page: 1, perPage: 100 } });
      const list = dataOf(response).apiTokens;
      expect(list.total).toBe(await countOf('api_token'));
      expect(list.items.map((item: { id: string }) => item.id)).toContain(tokenId);
      expect(response.text).not.toContain(token.slice(12));
      expect(response.text).not.toContain(sha256(token));

      const noField = firstError(await security.gql('{ apiTokens { items { token } } }'));
      expect(noField.extensions?.code).toBe('BAD_USER_INPUT');
      const noHash = firstError(await security.gql('{ apiTokens { items { tokenHash } } }'));
      expect(noHash.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('refuses bad input with field errors and stores nothing (FAILED rows)', async () => {
      const tokens = await countOf('api_token');
      const cases: Array<[Record<string, unknown>, string, string]> = [
        [{ name: '空范围', scopes: [] }, 'INPUT.INVALID', 'scopes'],
        [{ name: '   ', scopes: ['PUBLIC_READ'] }, 'INPUT.INVALID', 'name'],
        [{ name: '名'.repeat(65), scopes: ['PUBLIC_READ'] }, 'INPUT.INVALID', 'name'],
        [{ name: '零限额', scopes: ['PUBLIC_READ'], rateLimitPerMinute: 0 }, 'INPUT.INVALID', 'rateLimitPerMinute'],
        [{ name: '过期', scopes: ['PUBLIC_READ'], expiresAt: new Date(Date.parse(TEST_START) - 60_000).toISOString() }, 'API_TOKEN.EXPIRY_IN_PAST', 'expiresAt'],
        [{ name: '正好现在', scopes: ['PUBLIC_READ'], expiresAt: TEST_START }, 'API_TOKEN.EXPIRY_IN_PAST', 'expiresAt'],
      ];
      for (const [input, reason, field] of cases) {
        const response = await security.gql(CREATE_TOKEN, { input });
        const error = firstError(response);
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
        expect(error.extensions?.fields?.[field]?.length).toBeGreaterThan(0);
        expect(await auditOf(response)).toMatchObject([{ action: 'Mutation.createApiToken', outcome: 'FAILED', error_code: 'BAD_USER_INPUT' }]);
      }
      const badScope = firstError(await security.gql(CREATE_TOKEN, { input: { name: 'x', scopes: ['public:read'] } }));
      expect(badScope.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await countOf('api_token')).toBe(tokens);
    });

    it('only SECURITY_ADMIN manages tokens: DRAFTER and SYSTEM_ADMIN FORBIDDEN, anonymous UNAUTHENTICATED, tokens FORBIDDEN', async () => {
      const tokens = await countOf('api_token');
      const input = { name: '越权', scopes: ['PUBLIC_READ'] };
      const byDrafter = await drafter.gql(CREATE_TOKEN, { input });
      expect(firstError(byDrafter).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCESS.FORBIDDEN' });
      expect(await auditOf(byDrafter)).toMatchObject([{ action: 'Mutation.createApiToken', outcome: 'DENIED', actor_kind: 'staff', error_code: 'FORBIDDEN' }]);
      // Roles are checked before arguments.
      expect(firstError(await drafter.gql(CREATE_TOKEN, { input: { name: '', scopes: [] } })).extensions?.code).toBe('FORBIDDEN');
      expect(firstError(await admin.gql(CREATE_TOKEN, { input })).extensions?.code).toBe('FORBIDDEN');
      expect(firstError(await testApp.client().gql(CREATE_TOKEN, { input })).extensions?.code).toBe('UNAUTHENTICATED');
      const byToken = await tokenClient(token).gql(CREATE_TOKEN, { input });
      expect(firstError(byToken).extensions?.code).toBe('FORBIDDEN');
      expect(await auditOf(byToken)).toMatchObject([{ outcome: 'DENIED', actor_kind: 'token', actor_id: tokenId }]);
      expect(await countOf('api_token')).toBe(tokens);

      for (const client of [drafter, admin, tokenClient(token)]) {
        expect(firstError(await client.gql(API_TOKENS, {})).extensions?.code).toBe('FORBIDDEN');
        expect(firstError(await client.gql(USAGE, { id: tokenId })).extensions?.code).toBe('FORBIDDEN');
        expect(firstError(await client.gql(REVOKE_TOKEN, { id: tokenId, version: 1 })).extensions?.code).toBe('FORBIDDEN');
      }
      expect(await countOf('api_token', 'id = $1 AND revoked_at IS NULL', [tokenId])).toBe(1);
    });
  });

  describe('reading one token (apiToken)', () => {
    let token: string;
    let tokenId: string;

    beforeAll(async () => {
      const created = dataOf(
        await security.gql(CREATE_TOKEN, { input: { name: '掌上办事小程序', scopes: ['APPLICATIONS_SUBMIT'], rateLimitPerMinute: 30 } }),
      ).createApiToken;
      token = created.token;
      tokenId = created.apiToken.id;
    });

    it('SECURITY_ADMIN reads one token as the list shows it, never the token itself; reads are not audited', async () => {
      const auditBefore = await countOf('audit_log');
      const response = await security.gql(API_TOKEN, { id: tokenId });
      const one = dataOf(response).apiToken;
      expect(one).toMatchObject({
        id: tokenId,
        name: '掌上办事小程序',
        prefix: token.slice(0, 12),
        scopes: ['APPLICATIONS_SUBMIT'],
        rateLimitPerMinute: 30,
        revokedAt: null,
        version: 1,
      });
      const listed = dataOf(await security.gql(API_TOKENS, { page: { page: 1, perPage: 100 } })).apiTokens.items.find(
        (item: { id: string }) => item.id === tokenId,
      );
      expect(one).toEqual(listed);
      expect(response.text).not.toContain(token.slice(12));
      expect(response.text).not.toContain(sha256(token));
      expect(await countOf('audit_log')).toBe(auditBefore);

      // A revocation shows at once.
      const revoked = dataOf(await security.gql(REVOKE_TOKEN, { id: tokenId, version: 1 })).revokeApiToken;
      expect(dataOf(await security.gql(API_TOKEN, { id: tokenId })).apiToken).toEqual(revoked);
    });

    it('an unknown or malformed id is NOT_FOUND', async () => {
      for (const id of [randomUUID(), 'x', '', '00000000-0000-0000-0000-000000000000', `${tokenId}x`, token]) {
        const error = firstError(await security.gql(API_TOKEN, { id }));
        expect(error.extensions, id).toMatchObject({ code: 'NOT_FOUND', reason: 'RECORD.NOT_FOUND' });
        expect(error.message).toBe('令牌不存在或无权访问');
      }
    });

    it('only SECURITY_ADMIN: DRAFTER and SYSTEM_ADMIN FORBIDDEN (DENIED rows), anonymous UNAUTHENTICATED, tokens FORBIDDEN', async () => {
      for (const client of [drafter, admin]) {
        const response = await client.gql(API_TOKEN, { id: tokenId });
        expect(response.data).toBeNull();
        expect(firstError(response).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCESS.FORBIDDEN' });
        expect(await auditOf(response)).toMatchObject([{ action: 'Query.apiToken', outcome: 'DENIED', error_code: 'FORBIDDEN' }]);
      }
      expect(firstError(await testApp.client().gql(API_TOKEN, { id: tokenId })).extensions?.code).toBe('UNAUTHENTICATED');
      const { token: everyScope } = await createApiToken(ds, ['public:read', 'applications:submit', 'complaints:submit']);
      expect(firstError(await tokenClient(everyScope).gql(API_TOKEN, { id: tokenId })).extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('scopes', () => {
    it('a public:read token calls tokenSelf and serverInfo, and nothing staff-only', async () => {
      const { token, apiToken } = await createApiToken(ds, ['public:read']);
      const client = tokenClient(token);
      expect(dataOf(await client.gql(TOKEN_SELF)).tokenSelf).toEqual({ id: apiToken.id, name: apiToken.name, scopes: ['PUBLIC_READ'] });
      expect(dataOf(await client.gql(SERVER_INFO)).serverInfo).toEqual({ name: '政务公开管理平台', demoMode: false });

      for (const query of [
        '{ departments { total } }',
        '{ users { total } }',
        '{ me { id } }',
        '{ auditLogs { total } }',
        '{ myAuditLogs { total } }',
        '{ verifyAuditChain { ok } }',
        '{ apiTokens { total } }',
      ]) {
        const error = firstError(await client.gql(query));
        expect(error.extensions, query).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCESS.FORBIDDEN' });
      }
      const write = await client.gql('mutation { createDepartment(input: { code: "TOKEN_MADE", name: "令牌建的处", kind: DIVISION }) { id } }');
      expect(firstError(write).extensions?.code).toBe('FORBIDDEN');
      expect(await auditOf(write)).toMatchObject([
        { action: 'Mutation.createDepartment', outcome: 'DENIED', actor_kind: 'token', actor_id: apiToken.id, actor_name: apiToken.name },
      ]);

      // Staff sessions have no tokenSelf.
      expect(firstError(await drafter.gql(TOKEN_SELF)).extensions?.code).toBe('FORBIDDEN');
    });

    it('unknown, malformed, revoked and expired tokens are UNAUTHENTICATED AUTH.TOKEN_INVALID', async () => {
      const unknown = firstError(await tokenClient(`gdpt_${'A'.repeat(43)}`).gql(TOKEN_SELF));
      expect(unknown.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTH.TOKEN_INVALID' });
      const notAToken = firstError(await tokenClient('something-else').gql(TOKEN_SELF));
      expect(notAToken.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTH.CREDENTIAL_INVALID' });

      // Expired (created in the past by the factory), and expiring exactly now.
      const expired = await createApiToken(ds, ['public:read'], { expiresAt: new Date(Date.parse(TEST_START) - 60_000) });
      expect(firstError(await tokenClient(expired.token).gql(TOKEN_SELF)).extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTH.TOKEN_INVALID' });
      const boundary = await createApiToken(ds, ['public:read'], { expiresAt: testApp.clock.now() });
      expect(firstError(await tokenClient(boundary.token).gql(TOKEN_SELF)).extensions?.reason).toBe('AUTH.TOKEN_INVALID');
      // A public field still answers, as for any anonymous caller.
      expect(dataOf(await tokenClient(expired.token).gql(SERVER_INFO)).serverInfo.name).toBe('政务公开管理平台');

      // Revoked through the API: refused at once.
      const created = dataOf(await security.gql(CREATE_TOKEN, { input: { name: '微信小程序', scopes: ['PUBLIC_READ'], expiresAt: new Date(Date.parse(TEST_START) + 3_600_000).toISOString() } })).createApiToken;
      const client = tokenClient(created.token);
      expect(dataOf(await client.gql(TOKEN_SELF)).tokenSelf.id).toBe(created.apiToken.id);

      const stale = await security.gql(REVOKE_TOKEN, { id: created.apiToken.id, version: 2 });
      expect(firstError(stale).extensions).toMatchObject({ code: 'CONFLICT', reason: 'RECORD.STALE_VERSION' });
      expect(firstError(await security.gql(REVOKE_TOKEN, { id: randomUUID(), version: 1 })).extensions?.code).toBe('NOT_FOUND');
      expect(dataOf(await client.gql(TOKEN_SELF)).tokenSelf.id).toBe(created.apiToken.id);

      const revokeResponse = await security.gql(REVOKE_TOKEN, { id: created.apiToken.id, version: 1 });
      const revoked = dataOf(revokeResponse).revokeApiToken;
      expect(revoked).toMatchObject({ id: created.apiToken.id, version: 2 });
      expect(revoked.revokedAt).not.toBeNull();
      const [audit] = await auditOf(revokeResponse);
      expect(audit).toMatchObject({ action: 'Mutation.revokeApiToken', outcome: 'SUCCESS', entity_type: 'ApiToken', entity_id: created.apiToken.id });
      expect(await ds.query('SELECT revoked_by_id FROM api_token WHERE id = $1', [created.apiToken.id])).toEqual([{ revoked_by_id: securityUser.id }]);

      const refused = firstError(await client.gql(TOKEN_SELF));
      expect(refused.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTH.TOKEN_INVALID' });
      expect(refused.message).toBe('令牌无效、已过期或已撤销');

      const again = firstError(await security.gql(REVOKE_TOKEN, { id: created.apiToken.id, version: 2 }));
      expect(again.extensions).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'API_TOKEN.ALREADY_REVOKED' });
    });

    it('a token valid now stops working when the clock passes its expiry', async () => {
      const soon = await createApiToken(ds, ['public:read'], { expiresAt: new Date(testApp.clock.now().getTime() + 2 * 60_000) });
      const client = tokenClient(soon.token);
      expect(dataOf(await client.gql(TOKEN_SELF)).tokenSelf.id).toBe(soon.apiToken.id);
      testApp.clock.advanceMinutes(2);
      expect(firstError(await client.gql(TOKEN_SELF)).extensions?.reason).toBe('AUTH.TOKEN_INVALID');
    });
  });

  describe('rate limit', () => {
    it('the 6th request within one minute of a 5-per-minute token is HTTP 429 RATE_LIMITED; the next minute works again', async () => {
      const limited = await createApiToken(ds, ['public:read'], { rateLimitPerMinute: 5 });
      const other = await createApiToken(ds, ['public:read'], { rateLimitPerMinute: 5 });
      const client = tokenClient(limited.token);
      for (let request = 1; request <= 5; request += 1) {
        const response = await client.gql(request % 2 ? TOKEN_SELF : SERVER_INFO);
        expect(response.status, `request ${request}`).toBe(200);
        expect(response.errors).toBeUndefined();
      }
      const sixth = await client.gql(TOKEN_SELF);
      expect(sixth.status).toBe(429);
      expect(sixth.headers.get('retry-after')).toBe('60');
      expect(sixth.headers.get('content-type')).toMatch(/application\/json/);
      expect(JSON.parse(sixth.text)).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED', reason: 'API_TOKEN.RATE_LIMITED' } }] });
      expect(sixth.errors?.[0].message).toMatch(/[\u4e00-\u9fa5]/);
      // Every request counts, refused ones included, and so do public fields.
      expect((await client.gql(SERVER_INFO)).status).toBe(429);

      // Per token: another token is unaffected.
      expect((await tokenClient(other.token).gql(TOKEN_SELF)).status).toBe(200);

      testApp.clock.advanceMinutes(1);
      const nextMinute = await client.gql(TOKEN_SELF);
      expect(nextMinute.status).toBe(200);
      expect(dataOf(nextMinute).tokenSelf.id).toBe(limited.apiToken.id);
    });

    it('under a burst exactly the limit gets through', async () => {
      testApp.clock.advanceMinutes(1);
      const limited = await createApiToken(ds, ['public:read'], { rateLimitPerMinute: 5 });
      const client = tokenClient(limited.token);
      const responses = await Promise.all(Array.from({ length: 12 }, () => client.gql(TOKEN_SELF)));
      expect(responses.filter((response) => response.status === 200)).toHaveLength(5);
      expect(responses.filter((response) => response.status === 429)).toHaveLength(7);
    });
  });

  describe('usage counting and audited writes', () => {
    it('reads and writes are counted per token per minute', async () => {
      testApp.clock.advanceMinutes(1);
      const minuteOne = testApp.clock.now();
      const { token, apiToken } = await createApiToken(ds, ['public:read']);
      const client = tokenClient(token);
      for (let call = 0; call < 3; call += 1) dataOf(await client.gql(TOKEN_SELF));
      dataOf(await client.gql(SERVER_INFO));
      // Two root fields are two reads.
      dataOf(await client.gql('{ tokenSelf { id } serverInfo { name } }'));
      // Refused calls are not reads of anything.
      await client.gql('{ departments { total } }');
      // A write (a public mutation).
      await client.login('nobody', 'Wrong-Password-1');

      testApp.clock.advanceMinutes(1);
      const minuteTwo = testApp.clock.now();
      dataOf(await client.gql(TOKEN_SELF));

      // Another token's counts stay apart.
      const other = await createApiToken(ds, ['public:read']);
      dataOf(await tokenClient(other.token).gql(TOKEN_SELF));

      await testApp.app.services.tokenUsage.flush();
      const usage = dataOf(await security.gql(USAGE, { id: apiToken.id })).apiTokenUsage;
      expect(usage).toEqual([
        { minute: minuteOne.toISOString(), reads: 6, writes: 1 },
        { minute: minuteTwo.toISOString(), reads: 1, writes: 0 },
      ]);
      expect(dataOf(await security.gql(USAGE, { id: other.apiToken.id })).apiTokenUsage).toEqual([
        { minute: minuteTwo.toISOString(), reads: 1, writes: 0 },
      ]);
      // Only the last minute asked for (half a minute into minute two, minute one is older than that).
      testApp.clock.set(new Date(minuteTwo.getTime() + 30_000));
      expect(dataOf(await security.gql(USAGE, { id: apiToken.id, minutes: 1 })).apiTokenUsage).toEqual([
        { minute: minuteTwo.toISOString(), reads: 1, writes: 0 },
      ]);

      // Later counts of the same minute are added up (flushes from several replicas sum).
      dataOf(await client.gql(TOKEN_SELF));
      await testApp.app.services.tokenUsage.flush();
      await testApp.app.services.tokenUsage.flush();
      const added = dataOf(await security.gql(USAGE, { id: apiToken.id })).apiTokenUsage;
      expect(added[1]).toEqual({ minute: minuteTwo.toISOString(), reads: 2, writes: 0 });

      const list = dataOf(await security.gql(API_TOKENS, { page: { page: 1, perPage: 100 } })).apiTokens.items;
      expect(list.find((item: { id: string }) => item.id === apiToken.id).lastUsedAt).toBe(minuteTwo.toISOString());

      expect(firstError(await security.gql(USAGE, { id: randomUUID() })).extensions?.code).toBe('NOT_FOUND');
      expect(firstError(await security.gql(USAGE, { id: 'nope' })).extensions?.code).toBe('NOT_FOUND');
      // Reads through a token leave no audit row each (only the refused one is recorded, as DENIED).
      expect(await ds.query(`SELECT action, outcome FROM audit_log WHERE actor_id = $1 AND action LIKE 'Query.%'`, [apiToken.id])).toEqual([
        { action: 'Query.departments', outcome: 'DENIED' },
      ]);
    });

    it('writes through a token are audited in full: a login with wrong credentials leaves a FAILED row with actor_kind token', async () => {
      const { token, apiToken } = await createApiToken(ds, ['applications:submit']);
      const { user } = await signedIn(testApp, { roles: ['GENERAL_OFFICE'] });
      const before = await countOf('audit_log');
      const response = await tokenClient(token).login(user.username, 'Wrong-Password-1');
      expect(firstError(response).extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTH.INVALID_CREDENTIALS' });
      expect(await countOf('audit_log')).toBe(before + 1);
      expect(await auditOf(response)).toMatchObject([
        {
          action: 'Mutation.login',
          outcome: 'FAILED',
          actor_kind: 'token',
          actor_id: apiToken.id,
          actor_name: apiToken.name,
          error_code: 'UNAUTHENTICATED',
          reason: 'AUTH.INVALID_CREDENTIALS',
        },
      ]);
      // Whatever the row holds of the arguments, never the password.
      expect(await countOf('audit_log', 'strpos(changes::text, $1::text) > 0', ['Wrong-Password-1'])).toBe(0);
      // The failure still counts against the account.
      expect(await countOf('login_attempt', `username = $1 AND NOT succeeded AND reason = 'BAD_PASSWORD'`, [user.username])).toBe(1);

      // A bad-input write through a token: FAILED too.
      const blank = await tokenClient(token).login('', '');
      expect(firstError(blank).extensions?.code).toBe('BAD_USER_INPUT');
      expect(await auditOf(blank)).toMatchObject([{ action: 'Mutation.login', outcome: 'FAILED', actor_kind: 'token', error_code: 'BAD_USER_INPUT' }]);

      // Rows written for tokens keep the chain valid.
      const { client: auditor } = await signedIn(testApp, { roles: ['AUDITOR'] });
      const rows = await countOf('audit_log');
      expect(dataOf(await auditor.gql('{ verifyAuditChain { ok checkedRows brokenAtSeq } }')).verifyAuditChain).toEqual({ ok: true, checkedRows: rows, brokenAtSeq: null });
    });
  });
});
