import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@gdp/domain';
import { graphqlBodyLimit } from '../../src/app.js';
import { Department } from '../../src/modules/organisation/department.entity.js';
import { QUERY_LIMITS } from '../../src/shared/http/graphql-servers.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createApiToken, signedIn } from '../support/factories.js';
import type { GraphQLClient, GraphQLErrorBody, GraphQLResponse } from '../support/graphql-client.js';

/**
 * GraphQL hardening (SPEC §2.4, §4): query limits stricter for external tokens and anonymous callers than
 * for staff, introspection and field suggestions for signed-in staff only, CSRF prevention, no batching,
 * body size limit — and every refusal answers the JSON error contract, never a stack trace or HTML page.
 */

const CJK = /[\u4e00-\u9fff]/;
/** What must never reach a client: stack frames, source paths, SQL, driver errors, HTML pages. */
const LEAKS = [
  /\n\s+at /,
  /\bat [\w.<>]+ \(/,
  /node_modules/,
  /\.[cm]?[jt]s:\d+/,
  /\bSELECT\b/,
  /\bINSERT INTO\b/,
  /\bviolates\b/i,
  /syntax error at or near/i,
  /QueryFailedError/,
  /stacktrace/i,
  /<!DOCTYPE/i,
  /<html/i,
];
const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Asserts the error contract on a raw HTTP answer and returns its first error. */
function expectContractBody(status: number, headers: Headers, text: string): GraphQLErrorBody {
  expect(headers.get('content-type') ?? '', text).toMatch(/^application\/json/);
  expect(headers.get('x-request-id') ?? '').toMatch(REQUEST_ID);
  for (const leak of LEAKS) expect(text, `leak ${leak}`).not.toMatch(leak);
  const body = JSON.parse(text) as { errors?: GraphQLErrorBody[]; data?: unknown };
  expect(body.errors?.length, text).toBeGreaterThan(0);
  for (const error of body.errors ?? []) {
    expect(ERROR_CODES).toContain(error.extensions?.code);
    expect(error.extensions?.reason ?? '').toMatch(/^[A-Z][A-Z_]*\.[A-Z][A-Z_]*$/);
    expect(error.message).toMatch(CJK);
    expect(error.extensions).not.toHaveProperty('stacktrace');
    expect(error.extensions).not.toHaveProperty('exception');
  }
  expect(status, text).toBeGreaterThanOrEqual(400);
  return body.errors![0];
}

const expectContract = (response: GraphQLResponse): GraphQLErrorBody =>
  expectContractBody(response.status, response.headers, response.text);

async function fetchContract(url: string, init: RequestInit = {}) {
  const response = await fetch(url, init);
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    error: expectContractBody(response.status, response.headers, text),
  };
}

/** A query nested `inlineFragments + 2` levels deep (inline fragments count as a level). */
const deepQuery = (inlineFragments: number, leaf = 'serverInfo { name }') =>
  `{ ${'... on Query { '.repeat(inlineFragments)}${leaf}${' }'.repeat(inlineFragments)} }`;
const aliasQuery = (count: number) =>
  `{ ${Array.from({ length: count }, (_, index) => `a${index}: serverInfo { name }`).join(' ')} }`;
/** Many lexical tokens in one cheap field: a long list argument. */
const manyTokensQuery = (ids: number) =>
  `{ departments(filter: { ids: [${Array.from({ length: ids }, (_, index) => `"x${index}"`).join(' ')}] }) { total } }`;
/** Expensive but small: repeated leaf fields below a few levels of inline fragments (cost grows 1.5× per level). */
const costlyQuery = (inlineFragments: number, leaves: number) =>
  deepQuery(inlineFragments, `serverInfo { ${'name '.repeat(leaves)}}`);

const expectLimit = (response: GraphQLResponse, text: RegExp) => {
  const error = expectContract(response);
  expect(error.extensions).toMatchObject({ code: 'QUERY_REJECTED', reason: 'GRAPHQL.LIMIT_EXCEEDED' });
  expect(error.message).toMatch(text);
  expect(response.data ?? null).toBeNull();
  return error;
};
const expectServerName = (response: GraphQLResponse) => {
  expect(response.errors, response.text).toBeUndefined();
  expect(response.status).toBe(200);
};

describe('GraphQL hardening', () => {
  let testApp: TestApp;
  let staff: GraphQLClient;
  let restricted: GraphQLClient;
  let tokenClient: GraphQLClient;
  let anonymous: GraphQLClient;

  beforeAll(async () => {
    testApp = await startTestApp();
    ({ client: staff } = await signedIn(testApp, { roles: ['SYSTEM_ADMIN'] }));
    // A session that must still change its initial password is not a FULL staff session.
    ({ client: restricted } = await signedIn(testApp, { roles: ['DRAFTER'], mustChangePassword: true }));
    const { token } = await createApiToken(testApp.db.database.dataSource, ['public:read']);
    tokenClient = testApp.client().withBearer(token);
    await tokenClient.ok('{ tokenSelf { id } }'); // a working token: its refusals below come from the limits
    anonymous = testApp.client();
  });
  afterAll(async () => {
    await testApp?.close();
  });

  it('the limits are stricter for external callers than for staff', () => {
    for (const key of ['maxDepth', 'maxAliases', 'maxTokens', 'maxCost', 'maxDirectives'] as const) {
      expect(QUERY_LIMITS.external[key]).toBeLessThan(QUERY_LIMITS.staff[key]);
    }
  });

  describe('query depth', () => {
    const external = QUERY_LIMITS.external.maxDepth;
    const staffLimit = QUERY_LIMITS.staff.maxDepth;

    it('rejects a query deeper than the external limit for anonymous callers, tokens and restricted sessions', async () => {
      const tooDeep = deepQuery(external - 1); // depth external + 1
      for (const client of [anonymous, tokenClient, restricted]) {
        const error = expectLimit(await client.gql(tooDeep), /嵌套层级/);
        expect(error.message).toContain(String(external));
      }
      expectServerName(await tokenClient.gql(deepQuery(external - 2))); // exactly at the limit
    });

    it('lets a staff session run the same depth, up to the staff limit', async () => {
      const response = await staff.gql<{ serverInfo: { name: string } }>(deepQuery(external - 1));
      expectServerName(response);
      expect(response.data?.serverInfo.name).toBe('政务公开管理平台');
      expectServerName(await staff.gql(deepQuery(staffLimit - 2)));
      expectLimit(await staff.gql(deepQuery(staffLimit - 1)), /嵌套层级/);
    });
  });

  describe('aliases', () => {
    it('rejects more aliases than the external limit for a token and anonymous callers, allows them for staff', async () => {
      const over = aliasQuery(QUERY_LIMITS.external.maxAliases + 1);
      expectLimit(await tokenClient.gql(over), /别名/);
      expectLimit(await anonymous.gql(over), /别名/);
      expectServerName(await tokenClient.gql(aliasQuery(QUERY_LIMITS.external.maxAliases)));
      const response = await staff.gql<Record<string, { name: string }>>(over);
      expectServerName(response);
      expect(Object.keys(response.data ?? {})).toHaveLength(QUERY_LIMITS.external.maxAliases + 1);
      expectLimit(await staff.gql(aliasQuery(QUERY_LIMITS.staff.maxAliases + 1)), /别名/);
    });
  });

  describe('query size (lexical tokens)', () => {
    it('rejects a huge query for external callers and staff above their limits', async () => {
      const big = manyTokensQuery(QUERY_LIMITS.external.maxTokens + 100);
      expectLimit(await anonymous.gql(big), /词法单元/);
      expectLimit(await tokenClient.gql(big), /词法单元/);
      const response = await staff.gql<{ departments: { total: number } }>(big);
      expectServerName(response);
      expect(response.data?.departments.total).toBe(0);
      expectLimit(await staff.gql(manyTokensQuery(QUERY_LIMITS.staff.maxTokens + 100)), /词法单元/);
    });

    it('answers a query too costly for graphql-js to validate (a thousand repeated fields) as a limit, not bad input', async () => {
      const repeated = `{ serverInfo { ${'name '.repeat(1_100)}} }`;
      expectLimit(await staff.gql(repeated), /复杂/);
    });
  });

  describe('cost', () => {
    it('rejects an expensive query for a token and allows it for staff; staff have a ceiling too', async () => {
      const costly = costlyQuery(4, 450); // depth 6, ~460 tokens, cost ≈ 3 400
      expectLimit(await tokenClient.gql(costly), /复杂度/);
      expectLimit(await anonymous.gql(costly), /复杂度/);
      expectServerName(await staff.gql(costly));
      expectLimit(await staff.gql(costlyQuery(10, 400)), /复杂度/); // depth 12, cost ≈ 35 000
    });
  });

  describe('directives', () => {
    it('rejects more directives than the external limit for a token, allows them for staff', async () => {
      const query = `{ serverInfo { ${Array.from({ length: QUERY_LIMITS.external.maxDirectives + 1 }, () => 'name @include(if: true)').join(' ')} } }`;
      expectLimit(await tokenClient.gql(query), /指令/);
      expectServerName(await staff.gql(query));
    });
  });

  describe('introspection', () => {
    const introspection = '{ __schema { queryType { name } types { name } } }';

    it('is refused for anonymous callers, external tokens and restricted sessions', async () => {
      for (const client of [anonymous, tokenClient, restricted]) {
        for (const query of [introspection, '{ __type(name: "Department") { fields { name } } }']) {
          const response = await client.gql(query);
          const error = expectContract(response);
          expect(error.extensions?.code).toBe('BAD_USER_INPUT');
          expect(response.data ?? null).toBeNull();
          expect(response.text).not.toContain('Department');
        }
      }
      // __typename is not introspection of the schema
      const typename = await anonymous.gql<{ __typename: string }>('{ __typename }');
      expect(typename.data?.__typename).toBe('Query');
    });

    it('is allowed for a FULL staff session', async () => {
      const response = await staff.gql<{
        __schema: { queryType: { name: string }; types: Array<{ name: string }> };
      }>(introspection);
      expectServerName(response);
      expect(response.data?.__schema.queryType.name).toBe('Query');
      expect(response.data?.__schema.types.map((type) => type.name)).toContain('Department');
    });
  });

  describe('field suggestions', () => {
    const typos = [
      { query: '{ serverInfo { nam } }', hint: '"name"' },
      { query: '{ departments(filtr: {}) { total } }', hint: '"filter"' },
      { query: '{ departments(filter: { kind: DIVISON }) { total } }', hint: 'DIVISION' },
      { query: 'query($f: DepartmentFiltr) { departments(filter: $f) { total } }', hint: 'DepartmentFilter' },
    ];

    it('are hidden from anonymous callers, tokens and restricted sessions', async () => {
      for (const client of [anonymous, tokenClient, restricted]) {
        for (const { query, hint } of typos) {
          const response = await client.gql(query);
          const error = expectContract(response);
          expect(error.extensions?.code).toBe('BAD_USER_INPUT');
          expect(response.text, query).not.toMatch(/Did you mean/i);
          expect(response.text, query).not.toContain(hint);
        }
      }
    });

    it('hides suggestions in variable errors too', async () => {
      const response = await tokenClient.gql(
        'query($k: DepartmentKind) { departments(filter: { kind: $k }) { total } }',
        { k: 'DIVISON' },
      );
      const error = expectContract(response);
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.text).not.toMatch(/Did you mean/i);
      expect(response.text).not.toContain('"DIVISION"');
    });

    it('are shown to a FULL staff session', async () => {
      const response = await staff.gql(typos[0].query);
      const error = expectContract(response);
      expect(error.message).toContain('Did you mean "name"');
    });
  });

  describe('CSRF prevention', () => {
    const mutation = (code: string) =>
      JSON.stringify({
        query: `mutation { createDepartment(input: { code: "${code}", name: "跨站处${code}", kind: DIVISION }) { id } }`,
      });
    const countByCode = (code: string) =>
      testApp.db.database.dataSource.manager.countBy(Department, { code });

    it('refuses simple (non-preflighted) POST requests and changes nothing', async () => {
      const cases: Array<[string, string]> = [
        ['text/plain', 'CSRFA'],
        ['application/x-www-form-urlencoded', 'CSRFB'],
        ['multipart/form-data; boundary=x', 'CSRFC'],
      ];
      for (const [contentType, code] of cases) {
        const response = await staff.raw(mutation(code), { 'content-type': contentType });
        expect(response.status, contentType).toBe(400);
        expect(expectContract(response).extensions?.code).toBe('BAD_USER_INPUT');
        expect(response.data ?? null).toBeNull();
        expect(await countByCode(code)).toBe(0);
      }
      // The same mutation as JSON goes through: the refusal was the CSRF guard, not the mutation.
      const ok = await staff.raw(mutation('CSRFD'));
      expect(ok.errors, ok.text).toBeUndefined();
      expect(await countByCode('CSRFD')).toBe(1);
    });

    it('refuses a GET query without a preflight header, and answers it with one', async () => {
      const query = encodeURIComponent('{ serverInfo { name } }');
      const refused = await fetchContract(`${testApp.url}/graphql?query=${query}`);
      expect(refused.status).toBe(400);
      expect(refused.error.extensions?.code).toBe('BAD_USER_INPUT');
      const allowed = await fetch(`${testApp.url}/graphql?query=${query}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(allowed.status).toBe(200);
      expect(await allowed.json()).toEqual({ data: { serverInfo: { name: '政务公开管理平台' } } });
    });

    it('never runs a mutation over GET', async () => {
      const query = encodeURIComponent(
        'mutation { createDepartment(input: { code: "CSRFE", name: "跨站处E", kind: DIVISION }) { id } }',
      );
      const response = await staff.raw(
        '',
        { 'apollo-require-preflight': 'true' },
        'GET',
        `/graphql?query=${query}`,
      );
      expect(response.status).toBeGreaterThanOrEqual(400);
      expectContract(response);
      expect(await countByCode('CSRFE')).toBe(0);
    });
  });

  describe('requests outside GraphQL execution', () => {
    it('refuses batched array bodies', async () => {
      for (const client of [anonymous, staff]) {
        const response = await client.raw(
          JSON.stringify([{ query: '{ serverInfo { name } }' }, { query: '{ serverInfo { name } }' }]),
        );
        expect(response.status).toBe(400);
        expect(expectContract(response).extensions).toMatchObject({
          code: 'QUERY_REJECTED',
          reason: 'GRAPHQL.BATCH_NOT_ALLOWED',
        });
        expect(response.text).not.toContain('政务公开管理平台');
      }
    });

    it('answers malformed JSON with 400 BAD_USER_INPUT HTTP.MALFORMED_JSON', async () => {
      for (const body of ['{"query": ', '{query: 1}', '"just a string"', '\u0000\u0001']) {
        const response = await anonymous.raw(body);
        expect(response.status, body).toBe(400);
        expect(expectContract(response).extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          reason: 'HTTP.MALFORMED_JSON',
        });
      }
    });

    it('answers a corrupt compressed body as bad input, not as an internal error', async () => {
      const corrupt = await fetchContract(`${testApp.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
        body: 'definitely not gzip',
      });
      expect(corrupt.status).toBe(400);
      expect(corrupt.error.extensions?.code).toBe('BAD_USER_INPUT');
      // a well-formed gzip body is accepted
      const zipped = await fetch(`${testApp.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
        body: gzipSync(JSON.stringify({ query: '{ serverInfo { name } }' })),
      });
      expect(zipped.status).toBe(200);
      const unsupported = await fetchContract(`${testApp.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=latin9-nope' },
        body: '{}',
      });
      expect(unsupported.status).toBe(415);
      expect(unsupported.error.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('answers bodies without an operation and unsupported methods with the contract', async () => {
      expect((await anonymous.raw('{}')).status).toBe(400);
      expectContract(await anonymous.raw('{}'));
      expectContract(await anonymous.raw(JSON.stringify({ query: '{ serverInfo { name } ' })));
      const put = await anonymous.raw('{}', {}, 'PUT');
      expect(put.status).toBe(405);
      expectContract(put);
    });

    it('answers unknown URLs with JSON NOT_FOUND, whatever the Accept header', async () => {
      for (const accept of ['application/json', 'text/html', '*/*']) {
        for (const path of ['/nope', '/graphql/extra', '/admin/../etc/passwd', '/%E0%A4%A']) {
          const response = await fetchContract(`${testApp.url}${path}`, { headers: { accept } });
          expect(response.status, path).toBeGreaterThanOrEqual(400);
          expect(response.status, path).toBeLessThan(500);
        }
        const notFound = await fetchContract(`${testApp.url}/nope`, { headers: { accept } });
        expect(notFound.status).toBe(404);
        expect(notFound.error.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'HTTP.NOT_FOUND' });
      }
    });

    it('serves no HTML landing page on GET /graphql', async () => {
      const variants: Array<Record<string, string>> = [
        { accept: 'text/html' },
        { accept: 'text/html', 'apollo-require-preflight': 'true' },
      ];
      for (const headers of variants) {
        const response = await fetch(`${testApp.url}/graphql`, { headers });
        const text = await response.text();
        expect(response.headers.get('content-type') ?? '').not.toMatch(/html/);
        expect(text).not.toMatch(/<html|<!DOCTYPE|<script/i);
        expect(response.status).toBeGreaterThanOrEqual(400);
        expectContractBody(response.status, response.headers, text);
      }
    });

    it('echoes a well-formed client request id and replaces a malformed one', async () => {
      const given = await fetch(`${testApp.url}/nope`, {
        headers: { 'x-request-id': 'portal-req-20261126-0001' },
      });
      expect(given.headers.get('x-request-id')).toBe('portal-req-20261126-0001');
      expect(JSON.stringify(await given.json())).toContain('portal-req-20261126-0001');
      const forged = await fetch(`${testApp.url}/nope`, {
        headers: { 'x-request-id': '<script>alert(1)</script>' },
      });
      expect(forged.headers.get('x-request-id')).toMatch(REQUEST_ID);
      expect(await forged.text()).not.toContain('<script>');
    });
  });

  describe('body size limit', () => {
    let small: TestApp;
    beforeAll(async () => {
      // A tiny file limit: the body limit is then BODY_LIMIT's or one base64 file's, whichever is larger.
      small = await startTestApp({ bodyLimit: '10kb', fileMaxBytes: 1024 }, { db: testApp.db });
    });
    afterAll(async () => {
      await small?.close();
    });

    it('holds one base64-encoded file of FILE_MAX_BYTES, never less than BODY_LIMIT', () => {
      const twentyMb = 20 * 1024 * 1024;
      expect(graphqlBodyLimit({ bodyLimit: '1mb', fileMaxBytes: twentyMb })).toBe(Math.ceil(twentyMb / 3) * 4 + 16 * 1024);
      expect(graphqlBodyLimit({ bodyLimit: '64mb', fileMaxBytes: twentyMb })).toBe(64 * 1024 * 1024);
      expect(graphqlBodyLimit({ bodyLimit: '10kb', fileMaxBytes: 1024 })).toBe(1368 + 16 * 1024);
    });

    it('refuses a body over the limit with 413 QUERY_REJECTED and serves one under it', async () => {
      const client = small.client();
      const under = await client.raw(
        JSON.stringify({ query: '{ serverInfo { name } }', variables: { pad: 'x'.repeat(8_000) } }),
      );
      expect(under.status).toBe(200);
      for (const size of [30_000, 200_000]) {
        const over = await client.raw(
          JSON.stringify({ query: '{ serverInfo { name } }', variables: { pad: 'x'.repeat(size) } }),
        );
        expect(over.status).toBe(413);
        expect(expectContract(over).extensions).toMatchObject({
          code: 'QUERY_REJECTED',
          reason: 'HTTP.BODY_TOO_LARGE',
        });
      }
      // the limit applies to the decompressed size too
      const bomb = await fetchContract(`${small.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
        body: gzipSync(
          JSON.stringify({ query: '{ serverInfo { name } }', variables: { pad: 'x'.repeat(1_000_000) } }),
        ),
      });
      expect(bomb.status).toBe(413);
      expect(bomb.error.extensions?.code).toBe('QUERY_REJECTED');
    });
  });
});
