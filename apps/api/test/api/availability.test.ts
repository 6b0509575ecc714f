import net from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { QueryRunner } from 'typeorm';
import { isStatementTimeout } from '../../src/db/database.js';
import { AuditLog } from '../../src/modules/audit/audit-log.entity.js';
import { Department } from '../../src/modules/organisation/department.entity.js';
import { toContractError } from '../../src/shared/errors/format-error.js';
import { createTestDatabase, currentBackend, type TestDatabase } from '../support/backend.js';
import {
  createApiToken,
  createDepartment,
  createStaff,
  signedIn,
  TEST_PASSWORD,
} from '../support/factories.js';
import { GraphQLClient, type GraphQLResponse } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Availability (SPEC §1, §2.4): health and readiness, execution and statement timeouts, the database
 * going away and coming back without restarting the API, graceful shutdown draining in-flight requests,
 * and structured logs without secrets. Runs on both backends: PostgreSQL and the embedded database (PGlite
 * in a supervised child process).
 */

const CJK = /[\u4e00-\u9fff]/;
const ME = '{ me { username } }';
const UPDATE_DEPARTMENT = `mutation($id: ID!, $version: Int!, $input: DepartmentInput!) {
  updateDepartment(id: $id, version: $version, input: $input) { id name version } }`;

/** Bounded polling: the only kind of waiting these tests do. */
async function until<T>(
  what: string,
  probe: () => Promise<T | undefined | false>,
  timeoutMs = 15_000,
  everyMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

async function getJson(
  url: string,
): Promise<{ status: number; body: Record<string, any>; contentType: string | null }> {
  const response = await fetch(url);
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: (await response.json()) as Record<string, any>,
  };
}

const readiness = (testApp: TestApp) => getJson(`${testApp.url}/readyz`);

function expectUnavailable(response: GraphQLResponse, reasons: string[]) {
  const error = response.errors?.[0];
  expect(error, response.text).toBeDefined();
  expect(error?.extensions?.code, response.text).toBe('UNAVAILABLE');
  expect(reasons, response.text).toContain(error?.extensions?.reason);
  expect(error?.message).toMatch(CJK);
  expect(response.text).not.toMatch(/\n\s+at |node_modules|ECONNREFUSED|SELECT|pg_sleep/);
}

/** A client of another app instance sharing this one's session (sessions live in the database). */
function sameSession(client: GraphQLClient, other: TestApp): GraphQLClient {
  const copy = new GraphQLClient(other.url);
  copy.setSessionCookie(client.sessionCookie!);
  return copy;
}

/** Holds a row lock in a transaction of the app's own pool (embedded: its only connection). */
async function lockRow(db: TestDatabase, departmentId: string): Promise<QueryRunner> {
  const runner = db.database.dataSource.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  await runner.query('SELECT id FROM department WHERE id = $1 FOR UPDATE', [departmentId]);
  return runner;
}

async function unlock(runner: QueryRunner) {
  if (runner.isTransactionActive) await runner.rollbackTransaction();
  await runner.release();
}

/** Resolves once some request is waiting on the held lock (postgres) or for the only connection (embedded). */
async function waitUntilBlocked(db: TestDatabase) {
  if (db.backend === 'embedded') {
    const pool = (db.database.dataSource.driver as unknown as { master: { waitingCount: number } }).master;
    await until('a request waiting for the connection', async () => pool.waitingCount > 0);
    return;
  }
  const observer = new pg.Client({ connectionString: db.databaseUrl });
  await observer.connect();
  try {
    await until('a request waiting on the row lock', async () => {
      const { rows } = await observer.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      return rows[0].n > 0;
    });
  } finally {
    await observer.end();
  }
}

/**
 * An HTTP request whose headers are sent now but not finished: the connection is busy (not idle), so a
 * shutdown that closes idle connections keeps it — the way a request arriving during the drain looks.
 */
async function startRequest(url: string, method: string, path: string, body = '') {
  const { hostname, port } = new URL(url);
  const socket = net.connect(Number(port), hostname);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  const chunks: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  socket.on('error', () => undefined);
  socket.write(
    `${method} ${path} HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n`,
  );
  return {
    async finish(): Promise<{ status: number; headers: string; body: string }> {
      socket.write(`Connection: close\r\n\r\n${body}`);
      await closed;
      const raw = Buffer.concat(chunks).toString('utf8');
      const [head, ...rest] = raw.split('\r\n\r\n');
      return { status: Number(head.split(' ')[1] ?? 0), headers: head, body: rest.join('\r\n\r\n') };
    },
    destroy: () => socket.destroy(),
  };
}

function connectOnce(url: string): Promise<void> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    socket.once('connect', () => {
      socket.destroy();
      resolve();
    });
    socket.once('error', reject);
  });
}

describe('availability', () => {
  let db: TestDatabase;
  let testApp: TestApp;
  let admin: GraphQLClient;

  beforeAll(async () => {
    // A long statement timeout: a paused embedded child must not be restarted by the watchdog mid-test.
    db = await createTestDatabase({ statementTimeoutMs: 20_000 });
    testApp = await startTestApp({ executionTimeoutMs: 2_000 }, { db });
    ({ client: admin } = await signedIn(testApp, { roles: ['SYSTEM_ADMIN'] }));
  });
  afterAll(async () => {
    await testApp?.close();
    await db?.close();
  });

  describe('health and readiness', () => {
    it('answers /healthz and /readyz with JSON, and does not log them', async () => {
      const health = await getJson(`${testApp.url}/healthz`);
      expect(health).toMatchObject({ status: 200, body: { status: 'ok' } });
      expect(health.contentType).toMatch(/^application\/json/);
      const ready = await readiness(testApp);
      expect(ready).toMatchObject({
        status: 200,
        body: { status: 'ready', checks: { database: true, shuttingDown: false } },
      });
      expect(ready.contentType).toMatch(/^application\/json/);
      expect(testApp.logs.some((line) => /"url":"\/(healthz|readyz)"/.test(line))).toBe(false);
    });
  });

  describe('execution timeout', () => {
    let fast: TestApp;
    beforeAll(async () => {
      fast = await startTestApp({ executionTimeoutMs: 500 }, { db });
    });
    afterAll(async () => {
      await fast?.close();
    });

    it('answers a request still running after the limit with UNAVAILABLE REQUEST.TIMEOUT and rolls its work back', async () => {
      const department = await createDepartment(db.database.dataSource);
      const client = sameSession(admin, fast);
      const runner = await lockRow(db, department.id);
      let requestId: string;
      try {
        const started = Date.now();
        const response = await client.gql(UPDATE_DEPARTMENT, {
          id: department.id,
          version: department.version,
          input: { code: department.code, name: '超时前的修改', kind: 'DIVISION' },
        });
        const elapsed = Date.now() - started;
        expect(response.status).toBe(503);
        expectUnavailable(response, ['REQUEST.TIMEOUT']);
        expect(elapsed).toBeGreaterThanOrEqual(450);
        expect(elapsed).toBeLessThan(5_000);
        requestId = response.headers.get('x-request-id')!;
        expect(response.errors?.[0].extensions?.requestId).toBe(requestId);
      } finally {
        await unlock(runner);
      }
      // The abandoned mutation resumes once the lock is gone, sees the abort, rolls back and is audited as failed.
      const audit = await until('the timed-out mutation to be audited', async () => {
        const rows = await db.database.dataSource.manager.findBy(AuditLog, { requestId });
        return rows.length > 0 ? rows : undefined;
      });
      expect(audit.map((row) => [row.action, row.outcome, row.errorCode, row.reason])).toEqual([
        ['Mutation.updateDepartment', 'FAILED', 'UNAVAILABLE', 'REQUEST.TIMEOUT'],
      ]);
      const row = await db.database.dataSource.manager.findOneByOrFail(Department, { id: department.id });
      expect(row).toMatchObject({ name: department.name, version: department.version });
      // and the instance still serves
      expect((await client.ok<{ me: { username: string } }>(ME)).me.username).toBeTruthy();
    });
  });

  describe('statement timeout', () => {
    let slow: TestApp;
    let client: GraphQLClient;
    const timeoutMs = currentBackend() === 'postgres' ? 300 : 1_000;
    beforeAll(async () => {
      slow = await startTestApp({ executionTimeoutMs: 10_000 }, { statementTimeoutMs: timeoutMs });
      ({ client } = await signedIn(slow, { roles: ['SYSTEM_ADMIN'] }));
    });
    afterAll(async () => {
      await slow?.close();
    });

    it('stops a query running longer than the limit and maps it to UNAVAILABLE DATABASE.TIMEOUT', async () => {
      const { database } = slow.db;
      const restartsBefore = database.embedded?.restarts ?? 0;
      const started = Date.now();
      const error = await database.dataSource.query('SELECT pg_sleep(5)').then(
        () => undefined,
        (caught: unknown) => caught,
      );
      const elapsed = Date.now() - started;
      expect(error, 'the slow query was not stopped').toBeDefined();
      expect(elapsed).toBeLessThan(4_500);
      expect(isStatementTimeout(error)).toBe(true);
      const contract = toContractError(error);
      expect(contract).toMatchObject({ code: 'UNAVAILABLE', reason: 'DATABASE.TIMEOUT' });
      expect(contract.message).toMatch(CJK);
      expect(contract.message).not.toMatch(/pg_sleep|SELECT/);
      // The API keeps serving: embedded, the watchdog restarted the child; the next call waits for it.
      expect((await client.ok<{ me: { username: string } }>(ME)).me.username).toBeTruthy();
      if (database.embedded) expect(database.embedded.restarts).toBe(restartsBefore + 1);
      await until('readiness after the timeout', async () => (await readiness(slow)).status === 200);
    });

    it.runIf(currentBackend() === 'postgres')(
      'answers a GraphQL request whose statement waits too long with UNAVAILABLE DATABASE.TIMEOUT, changing nothing',
      async () => {
        const department = await createDepartment(slow.db.database.dataSource);
        const holder = new pg.Client({ connectionString: slow.db.databaseUrl });
        await holder.connect();
        try {
          await holder.query('BEGIN');
          await holder.query('SELECT id FROM department WHERE id = $1 FOR UPDATE', [department.id]);
          const started = Date.now();
          const response = await client.gql(UPDATE_DEPARTMENT, {
            id: department.id,
            version: department.version,
            input: { code: department.code, name: '锁等待中的修改', kind: 'DIVISION' },
          });
          expectUnavailable(response, ['DATABASE.TIMEOUT']);
          expect(Date.now() - started).toBeLessThan(5_000);
        } finally {
          await holder.query('ROLLBACK').catch(() => undefined);
          await holder.end();
        }
        const row = await slow.db.database.dataSource.manager.findOneByOrFail(Department, {
          id: department.id,
        });
        expect(row).toMatchObject({ name: department.name, version: department.version });
      },
    );
  });

  describe('database unavailable', () => {
    async function expectOutage(reasons: string[]) {
      const ready = await readiness(testApp);
      expect(ready.status).toBe(503);
      expect(ready.body).toMatchObject({ status: 'not-ready', checks: { database: false } });
      // liveness does not depend on the database
      const started = Date.now();
      expect((await getJson(`${testApp.url}/healthz`)).status).toBe(200);
      expect(Date.now() - started).toBeLessThan(2_000);
      // what needs no database still works
      expect(
        (await testApp.client().ok<{ serverInfo: { name: string } }>('{ serverInfo { name } }')).serverInfo
          .name,
      ).toBe('政务公开管理平台');
      // what needs it answers clearly, neither hanging nor leaking
      const callStarted = Date.now();
      const response = await admin.gql(ME);
      expect(response.status).toBe(503);
      expectUnavailable(response, reasons);
      expect(Date.now() - callStarted).toBeLessThan(8_000);
    }

    async function expectRecovered() {
      await until('readiness after the outage', async () => (await readiness(testApp)).status === 200);
      expect((await readiness(testApp)).body).toMatchObject({ status: 'ready', checks: { database: true } });
      expect((await admin.ok<{ me: { username: string } }>(ME)).me.username).toBeTruthy();
      const department = await createDepartment(db.database.dataSource);
      const updated = await admin.ok<{ updateDepartment: { version: number } }>(UPDATE_DEPARTMENT, {
        id: department.id,
        version: department.version,
        input: { code: department.code, name: `${department.name}恢复`, kind: 'DIVISION' },
      });
      expect(updated.updateDepartment.version).toBe(department.version + 1);
    }

    it.runIf(currentBackend() === 'embedded')(
      'embedded: a frozen database process → not ready and UNAVAILABLE; it recovers without a restart',
      async () => {
        const embedded = db.database.embedded!;
        const pid = embedded.pid!;
        const restarts = embedded.restarts;
        process.kill(pid, 'SIGSTOP');
        try {
          await expectOutage(['REQUEST.TIMEOUT', 'DATABASE.UNAVAILABLE', 'DATABASE.TIMEOUT']);
        } finally {
          process.kill(pid, 'SIGCONT');
        }
        await expectRecovered();
        expect(embedded.pid).toBe(pid);
        expect(embedded.restarts).toBe(restarts);
      },
    );

    it.runIf(currentBackend() === 'embedded')(
      'embedded: a killed database process is restarted by its supervisor; the API serves again',
      async () => {
        const embedded = db.database.embedded!;
        const pid = embedded.pid!;
        const restarts = embedded.restarts;
        process.kill(pid, 'SIGKILL');
        await until('a new database process', async () => embedded.pid !== undefined && embedded.pid !== pid);
        await expectRecovered();
        expect(embedded.restarts).toBe(restarts + 1);
      },
    );

    it.runIf(currentBackend() === 'postgres')(
      'postgres: a database refusing connections → not ready and UNAVAILABLE; it recovers once back',
      async () => {
        const name = new URL(db.databaseUrl!).pathname.slice(1);
        const dba = new pg.Client({ connectionString: inject('postgresAdminUrl') });
        await dba.connect();
        try {
          await dba.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
          await dba.query(
            'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
            [name],
          );
          await expectOutage(['DATABASE.UNAVAILABLE']);
          // GraphQL execution paths (not only authentication) answer the same way
          const login = await testApp.client().login('nobody', 'whatever-1A!');
          expectUnavailable(login, ['DATABASE.UNAVAILABLE']);
        } finally {
          await dba.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
          await dba.end();
        }
        await expectRecovered();
      },
    );
  });

  describe('graceful shutdown', () => {
    it('drains in-flight requests, refuses new ones and reports not ready meanwhile', async () => {
      const instance = await startTestApp({ shutdownGraceMs: 20_000 }, { db });
      const client = sameSession(admin, instance);
      const department = await createDepartment(db.database.dataSource);
      const lateReadiness = await startRequest(instance.url, 'GET', '/readyz');
      const lateGraphQL = await startRequest(
        instance.url,
        'POST',
        '/graphql',
        JSON.stringify({ query: '{ serverInfo { name } }' }),
      );
      const runner = await lockRow(db, department.id);
      try {
        const inFlight = client.gql<{ updateDepartment: { name: string; version: number } }>(
          UPDATE_DEPARTMENT,
          {
            id: department.id,
            version: department.version,
            input: { code: department.code, name: '停机前提交的修改', kind: 'DIVISION' },
          },
        );
        await waitUntilBlocked(db);
        const shutdown = instance.app.shutdown();

        const ready = await lateReadiness.finish();
        expect(ready.status).toBe(503);
        expect(JSON.parse(ready.body)).toMatchObject({ status: 'not-ready', checks: { shuttingDown: true } });
        const refused = await lateGraphQL.finish();
        expect(refused.status).toBe(503);
        expect(JSON.parse(refused.body).errors[0]).toMatchObject({
          extensions: { code: 'UNAVAILABLE', reason: 'SERVER.SHUTTING_DOWN' },
        });
        expect(JSON.parse(refused.body).errors[0].message).toMatch(CJK);
        await expect(connectOnce(instance.url)).rejects.toMatchObject({ code: 'ECONNREFUSED' });

        await unlock(runner);
        const response = await inFlight;
        expect(response.status).toBe(200);
        expect(response.errors, response.text).toBeUndefined();
        expect(response.data?.updateDepartment).toMatchObject({
          name: '停机前提交的修改',
          version: department.version + 1,
        });
        await shutdown;
      } finally {
        lateReadiness.destroy();
        lateGraphQL.destroy();
        if (!runner.isReleased) await unlock(runner);
        await instance.close(); // shutdown() again: the same promise
      }
      const row = await db.database.dataSource.manager.findOneByOrFail(Department, { id: department.id });
      expect(row).toMatchObject({ name: '停机前提交的修改', version: department.version + 1 });
      // the shared database is untouched by the instance's shutdown
      expect((await admin.ok<{ me: { username: string } }>(ME)).me.username).toBeTruthy();
    });
  });

  describe('logs', () => {
    it('are JSON lines; request logs carry the request id given back to the client', async () => {
      const response = await fetch(`${testApp.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'log-test-req-0001' },
        body: JSON.stringify({ query: '{ serverInfo { name } }' }),
      });
      expect(response.headers.get('x-request-id')).toBe('log-test-req-0001');
      const entries = testApp.logs.map((line) => JSON.parse(line) as Record<string, any>);
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries) {
        expect(typeof entry.level).toBe('number');
        expect(typeof entry.time).toBe('string');
        expect(entry.service).toBe('gdp-api');
        if (entry.req) expect(entry.req.id).toMatch(/^[A-Za-z0-9._-]{8,64}$/);
      }
      const mine = entries.filter((entry) => entry.req?.id === 'log-test-req-0001');
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({
        msg: 'request completed',
        req: { method: 'POST', url: '/graphql' },
        res: { statusCode: 200 },
      });
    });

    it('never contain passwords, tokens, cookies or contact data', async () => {
      const user = await createStaff(db.database.dataSource, { roles: ['DRAFTER'] });
      const wrongPassword = 'Wrong-Distinct-Pw-48151623!';
      const newPassword = 'Xin-Mi-Ma-Distinct-2026!q';
      const getPassword = 'Url-Distinct-Pw-77!';
      await testApp.client().login(user.username, wrongPassword);
      const client = testApp.client();
      expect((await client.login(user.username, TEST_PASSWORD)).data?.login.status).toBe('SIGNED_IN');
      const sessionCookie = client.sessionCookie!;
      await client.ok(
        'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { username } }',
        {
          c: TEST_PASSWORD,
          n: newPassword,
        },
      );
      expect((await testApp.client().login(user.username, newPassword)).data?.login.status).toBe('SIGNED_IN');
      // a client misusing GET for a login: refused, and the URL's query string is not logged either
      const viaGet = encodeURIComponent(
        `mutation { login(username: "${user.username}", password: "${getPassword}") { status } }`,
      );
      await fetch(`${testApp.url}/graphql?query=${viaGet}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      const { token } = await createApiToken(db.database.dataSource, ['public:read']);
      expect(
        (
          await testApp
            .client()
            .withBearer(token)
            .ok<{ tokenSelf: { name: string } }>('{ tokenSelf { name } }')
        ).tokenSelf.name,
      ).toBeTruthy();
      await testApp.client().withBearer(`${token}x`).gql('{ tokenSelf { name } }');

      // an unexpected database failure while saving personal data: the error is logged, its row data is not
      const { dataSource } = db.database;
      await dataSource.query(`
        CREATE FUNCTION test_fail_user() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.display_name = '日志测试员' THEN RAISE EXCEPTION 'test failure for logs'; END IF;
          RETURN NEW;
        END $$`);
      await dataSource.query(
        'CREATE TRIGGER test_fail_user BEFORE INSERT ON app_user FOR EACH ROW EXECUTE FUNCTION test_fail_user()',
      );
      let internalRequestId: string;
      try {
        const failed = await admin.gql(
          'mutation($i: UserInput!, $p: String!) { createUser(input: $i, initialPassword: $p) { id } }',
          {
            i: {
              username: 'logleak01',
              displayName: '日志测试员',
              phone: '13912345678',
              email: 'leak.test@example.cn',
            },
            p: 'Chu-Shi-Distinct-2026!',
          },
        );
        expect(failed.errors?.[0].extensions?.code).toBe('INTERNAL');
        internalRequestId = failed.headers.get('x-request-id')!;
      } finally {
        await dataSource.query('DROP TRIGGER test_fail_user ON app_user');
        await dataSource.query('DROP FUNCTION test_fail_user()');
      }

      const logs = testApp.logs.join('\n');
      expect(logs).toContain('test failure for logs'); // the failure itself is there, with its request id
      expect(
        testApp.logs.some(
          (line) => line.includes('test failure for logs') && line.includes(internalRequestId),
        ),
      ).toBe(true);
      for (const secret of [
        wrongPassword,
        newPassword,
        getPassword,
        TEST_PASSWORD,
        'Chu-Shi-Distinct-2026!',
        token,
        token.slice(12),
        sessionCookie,
        '13912345678',
        'leak.test@example.cn',
        '$argon2',
      ]) {
        expect(logs.includes(secret), `log contains ${secret.slice(0, 6)}…`).toBe(false);
      }
    });
  });
});
