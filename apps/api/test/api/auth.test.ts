/**
 * Sign-in, sessions and credentials through GraphQL, as the console uses them (SPEC §2.1, §2.4):
 * cookies, lockouts, per-IP limits behind trusted proxies, password policy, forced change of initial
 * passwords, TOTP, idle timeout, server-side logout, demo users and secrets that never leak.
 * Time only moves through the injected clock.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '@gdp/domain';
import { demoUsername } from '../../src/db/seeds/demo-seed.js';
import { sha256Hex } from '../../src/modules/auth/credentials.js';
import { createTestDatabase, type TestDatabase } from '../support/backend.js';
import { createDepartment, createStaff, signedIn, TEST_PASSWORD } from '../support/factories.js';
import type { GraphQLClient, GraphQLErrorBody, GraphQLResponse } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ME = '{ me { id username stage totpEnabled isDemo roles { role } } }';
const DEPARTMENTS = '{ departments { total } }';
const CHANGE_PASSWORD = `mutation Change($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { stage totpEnabled }
}`;
const CREATE_USER = `mutation Create($input: UserInput!, $initialPassword: String!) {
  createUser(input: $input, initialPassword: $initialPassword) { id username mustChangePassword version }
}`;
const BEGIN_TOTP = 'mutation { beginTotpEnrolment { secret otpauthUri } }';
const CONFIRM_TOTP =
  'mutation Confirm($code: String!) { confirmTotpEnrolment(code: $code) { stage totpEnabled } }';
const LOGOUT = 'mutation { logout }';
const USER_LOCK =
  'query User($id: ID!) { user(id: $id) { id lockedUntil version isActive mustChangePassword } }';
const UNLOCK = 'mutation Unlock($id: ID!) { unlockUser(id: $id) { id lockedUntil } }';

const WRONG_PASSWORD = 'Wrong-Guess-4711!';
const INVALID_CREDENTIALS_MESSAGE = '用户名或密码错误';

/** Every secret a test handled: no log line of the file may contain any of them. */
const secretsUsed = new Set<string>([TEST_PASSWORD, WRONG_PASSWORD]);
const remember = (...secrets: Array<string | undefined>) => {
  for (const secret of secrets) if (secret) secretsUsed.add(secret);
};

let serial = 0;
const uniqueName = (prefix: string) =>
  `${prefix}${Date.now().toString(36)}${(serial++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

const firstError = (response: GraphQLResponse): GraphQLErrorBody => {
  const error = response.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${response.text}`);
  return error;
};

const epochOf = (date: Date) => Math.floor(date.getTime() / 1000);
const totpAt = (secret: string, at: Date) => generate({ secret, epoch: epochOf(at) });

/** A well-formed code that none of the steps the server accepts (±1, with margin) would produce. */
async function wrongTotp(secret: string, at: Date): Promise<string> {
  const valid = new Set(
    await Promise.all(
      [-90, -60, -30, 0, 30, 60, 90].map((offset) => generate({ secret, epoch: epochOf(at) + offset })),
    ),
  );
  for (let candidate = 123_456; ; candidate += 1) {
    const code = String(candidate % 1_000_000).padStart(6, '0');
    if (!valid.has(code)) return code;
  }
}

function sql<T = Record<string, unknown>>(
  testApp: TestApp,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  return testApp.db.database.dataSource.query(text, params) as Promise<T[]>;
}

interface SessionRow {
  id: string;
  stage: string;
  ip: string;
  last_seen_at: Date;
  ended_at: Date | null;
  end_reason: string | null;
}

async function sessionOf(testApp: TestApp, cookie: string | undefined): Promise<SessionRow> {
  if (!cookie) throw new Error('no session cookie');
  const [row] = await sql<SessionRow>(
    testApp,
    'SELECT id, stage, ip, last_seen_at, ended_at, end_reason FROM session WHERE token_hash = $1',
    [sha256Hex(cookie)],
  );
  if (!row) throw new Error('session row not found');
  return row;
}

/** A fresh client that signs in with the user's password (no second factor). */
async function loginAs(testApp: TestApp, username: string, password = TEST_PASSWORD): Promise<GraphQLClient> {
  const client = testApp.client();
  const response = await client.login(username, password);
  if (response.data?.login.status !== 'SIGNED_IN') throw new Error(`sign-in failed: ${response.text}`);
  remember(client.sessionCookie);
  return client;
}

async function signedInRemembered(testApp: TestApp, options: Parameters<typeof signedIn>[1]) {
  const result = await signedIn(testApp, options);
  remember(result.client.sessionCookie, result.user.totpSecret ?? undefined);
  return result;
}

/** `HH:MM` in Asia/Shanghai (UTC+8, no daylight saving). */
const shanghaiHhMm = (date: Date) => new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(11, 16);

describe('auth (default configuration)', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(async () => {
    await testApp?.close();
  });

  describe('login', () => {
    it('sets an HttpOnly SameSite=Strict session cookie, and `me` answers with it', async () => {
      const user = await createStaff(testApp.db.database.dataSource, { roles: ['DRAFTER'] });
      const client = testApp.client();
      const response = await client.login(user.username, TEST_PASSWORD);
      expect(response.errors).toBeUndefined();
      expect(response.data?.login).toEqual({ status: 'SIGNED_IN', stage: 'FULL' });

      const cookies = response.headers.getSetCookie();
      expect(cookies).toHaveLength(1);
      const [pair, ...attributes] = cookies[0].split(';').map((part) => part.trim());
      expect(pair).toMatch(/^gdp_session=gdps_[A-Za-z0-9_-]{43}$/);
      const flags = attributes.map((attribute) => attribute.toLowerCase());
      expect(flags).toContain('httponly');
      expect(flags).toContain('samesite=strict');
      expect(flags).toContain('path=/');
      // A session cookie: it ends with the browser, the server ends it on idle.
      expect(flags.some((flag) => flag.startsWith('expires=') || flag.startsWith('max-age='))).toBe(false);
      remember(client.sessionCookie);

      const me = await client.ok<{ me: { id: string; username: string; stage: string } }>(ME);
      expect(me.me).toMatchObject({ id: user.id, username: user.username, stage: 'FULL' });
    });

    it('accepts the username in any case and with surrounding spaces', async () => {
      const user = await createStaff(testApp.db.database.dataSource, { roles: ['DRAFTER'] });
      const response = await testApp.client().login(`  ${user.username.toUpperCase()} `, TEST_PASSWORD);
      expect(response.data?.login.status).toBe('SIGNED_IN');
    });

    it('refuses a wrong password with UNAUTHENTICATED AUTH.INVALID_CREDENTIALS and sets no cookie', async () => {
      const user = await createStaff(testApp.db.database.dataSource, { roles: ['DRAFTER'] });
      const client = testApp.client();
      const response = await client.login(user.username, WRONG_PASSWORD);
      expect(response.data).toBeNull();
      const error = firstError(response);
      expect(error.message).toBe(INVALID_CREDENTIALS_MESSAGE);
      expect(error.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTH.INVALID_CREDENTIALS' });
      expect(response.headers.getSetCookie()).toEqual([]);
      expect(client.sessionCookie).toBeUndefined();
      expect(firstError(await client.gql(ME)).extensions).toMatchObject({
        code: 'UNAUTHENTICATED',
        reason: 'AUTH.UNAUTHENTICATED',
      });
    });

    it('answers an unknown username exactly like a wrong password (no user enumeration)', async () => {
      const user = await createStaff(testApp.db.database.dataSource, { roles: ['DRAFTER'] });
      const known = firstError(await testApp.client().login(user.username, WRONG_PASSWORD));
      const unknown = firstError(await testApp.client().login(uniqueName('nobody'), WRONG_PASSWORD));
      expect(unknown).toEqual(known);
      expect(unknown.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'AUTH.INVALID_CREDENTIALS' });
    });

    it('refuses an empty username or password with BAD_USER_INPUT and field messages', async () => {
      const error = firstError(await testApp.client().login('  ', ''));
      expect(error.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'AUTH.CREDENTIALS_REQUIRED',
        fields: { username: ['请输入用户名'], password: ['请输入密码'] },
      });
    });

    it('records a failed login as a login_attempt row and a FAILED audit row', async () => {
      const user = await createStaff(testApp.db.database.dataSource, { roles: ['DRAFTER'] });
      const response = await testApp.client().login(user.username, WRONG_PASSWORD);
      const requestId = response.headers.get('x-request-id');
      expect(requestId).toBeTruthy();

      const attempts = await sql(
        testApp,
        'SELECT username, user_id, ip, succeeded, reason, at FROM login_attempt WHERE username = $1',
        [user.username],
      );
      expect(attempts).toEqual([
        {
          username: user.username,
          user_id: user.id,
          ip: '127.0.0.1',
          succeeded: false,
          reason: 'BAD_PASSWORD',
          at: testApp.clock.now(),
        },
      ]);
      const audit = await sql(
        testApp,
        'SELECT actor_kind, action, outcome, error_code, reason, ip, changes FROM audit_log WHERE request_id = $1',
        [requestId],
      );
      expect(audit).toEqual([
        {
          actor_kind: 'anonymous',
          action: 'Mutation.login',
          outcome: 'FAILED',
          error_code: 'UNAUTHENTICATED',
          reason: 'AUTH.INVALID_CREDENTIALS',
          ip: '127.0.0.1',
          changes: null,
        },
      ]);

      const unknownName = uniqueName('ghost');
      const unknownResponse = await testApp.client().login(unknownName, WRONG_PASSWORD);
      const [unknownAttempt] = await sql(
        testApp,
        'SELECT user_id, succeeded, reason FROM login_attempt WHERE username = $1',
        [unknownName],
      );
      expect(unknownAttempt).toEqual({ user_id: null, succeeded: false, reason: 'BAD_PASSWORD' });
      const unknownAudit = await sql(testApp, 'SELECT outcome, reason FROM audit_log WHERE request_id = $1', [
        unknownResponse.headers.get('x-request-id'),
      ]);
      expect(unknownAudit).toEqual([{ outcome: 'FAILED', reason: 'AUTH.INVALID_CREDENTIALS' }]);
    });

    it('records a successful login as a succeeded login_attempt, a session and a SUCCESS audit row on the user', async () => {
      const user = await createStaff(testApp.db.database.dataSource, { roles: ['DRAFTER'] });
      const client = testApp.client();
      const response = await client.login(user.username, TEST_PASSWORD);
      remember(client.sessionCookie);
      const audit = await sql(
        testApp,
        'SELECT action, outcome, entity_type, entity_id, error_code, ip FROM audit_log WHERE request_id = $1',
        [response.headers.get('x-request-id')],
      );
      expect(audit).toEqual([
        {
          action: 'Mutation.login',
          outcome: 'SUCCESS',
          entity_type: 'User',
          entity_id: user.id,
          error_code: null,
          ip: '127.0.0.1',
        },
      ]);
      const attempts = await sql(
        testApp,
        'SELECT succeeded, reason, ip FROM login_attempt WHERE user_id = $1',
        [user.id],
      );
      expect(attempts).toEqual([{ succeeded: true, reason: null, ip: '127.0.0.1' }]);
      const session = await sessionOf(testApp, client.sessionCookie);
      expect(session).toMatchObject({ stage: 'FULL', ip: '127.0.0.1', ended_at: null });
      // Only the hash of the token is stored.
      const stored = await sql(testApp, 'SELECT count(*)::int AS n FROM session WHERE token_hash = $1', [
        client.sessionCookie,
      ]);
      expect(stored).toEqual([{ n: 0 }]);
    });
  });

  describe('account lockout', () => {
    it('locks the account for 15 minutes after 5 wrong passwords, even against the right password', async () => {
      testApp.clock.advanceMinutes(60); // a fresh window for the per-IP count
      const user = await createStaff(testApp.db.database.dataSource, { roles: ['DRAFTER'] });
      const client = testApp.client();
      const lockedAt = testApp.clock.now();
      for (let attempt = 1; attempt <= 4; attempt += 1) {
        expect(firstError(await client.login(user.username, WRONG_PASSWORD)).extensions?.reason).toBe(
          'AUTH.INVALID_CREDENTIALS',
        );
      }
      const fifth = firstError(await client.login(user.username, WRONG_PASSWORD));
      expect(fifth.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTH.ACCOUNT_LOCKED' });
      expect(fifth.message).toContain('15 分钟');

      const expectedUntil = new Date(lockedAt.getTime() + 15 * 60_000);
      const sixth = await client.login(user.username, TEST_PASSWORD);
      const error = firstError(sixth);
      expect(error.extensions).toEqual({
        code: 'RATE_LIMITED',
        reason: 'AUTH.ACCOUNT_LOCKED',
        lockedUntil: expectedUntil.toISOString(),
      });
      expect(error.message).toContain('已被锁定');
      expect(error.message).toContain(shanghaiHhMm(expectedUntil));
      expect(sixth.headers.getSetCookie()).toEqual([]);
      expect(client.sessionCookie).toBeUndefined();
      const [refused] = await sql(
        testApp,
        `SELECT reason FROM login_attempt WHERE username = $1 ORDER BY id DESC LIMIT 1`,
        [user.username],
      );
      expect(refused).toEqual({ reason: 'LOCKED' });

      testApp.clock.advanceMinutes(14);
      expect(firstError(await client.login(user.username, TEST_PASSWORD)).extensions?.reason).toBe(
        'AUTH.ACCOUNT_LOCKED',
      );

      testApp.clock.advanceMinutes(1);
      const after = await client.login(user.username, TEST_PASSWORD);
      expect(after.data?.login).toEqual({ status: 'SIGNED_IN', stage: 'FULL' });
      remember(client.sessionCookie);
    });

    it('does not extend the lock for attempts made while it lasts', async () => {
      testApp.clock.advanceMinutes(60);
      const user = await createStaff(testApp.db.database.dataSource, { roles: ['DRAFTER'] });
      const client = testApp.client();
      const lockedAt = testApp.clock.now();
      for (let attempt = 1; attempt <= 5; attempt += 1) await client.login(user.username, WRONG_PASSWORD);
      const until = new Date(lockedAt.getTime() + 15 * 60_000).toISOString();

      for (const minutes of [1, 5, 5]) {
        testApp.clock.advanceMinutes(minutes);
        const wrong = firstError(await client.login(user.username, WRONG_PASSWORD));
        expect(wrong.extensions).toEqual({
          code: 'RATE_LIMITED',
          reason: 'AUTH.ACCOUNT_LOCKED',
          lockedUntil: until,
        });
        const right = firstError(await client.login(user.username, TEST_PASSWORD));
        expect(right.extensions).toEqual({
          code: 'RATE_LIMITED',
          reason: 'AUTH.ACCOUNT_LOCKED',
          lockedUntil: until,
        });
      }

      testApp.clock.advanceMinutes(4); // 15 minutes after the fifth failure
      expect((await client.login(user.username, TEST_PASSWORD)).data?.login.status).toBe('SIGNED_IN');
      remember(client.sessionCookie);
    });

    it('counts again from zero once a lock has run out', async () => {
      testApp.clock.advanceMinutes(60);
      const user = await createStaff(testApp.db.database.dataSource, { roles: ['DRAFTER'] });
      const client = testApp.client();
      for (let attempt = 1; attempt <= 5; attempt += 1) await client.login(user.username, WRONG_PASSWORD);
      testApp.clock.advanceMinutes(15);
      expect(firstError(await client.login(user.username, WRONG_PASSWORD)).extensions?.reason).toBe(
        'AUTH.INVALID_CREDENTIALS',
      );
      expect((await client.login(user.username, TEST_PASSWORD)).data?.login.status).toBe('SIGNED_IN');
      remember(client.sessionCookie);
    });

    it('a successful login resets the count of failures', async () => {
      testApp.clock.advanceMinutes(60);
      const user = await createStaff(testApp.db.database.dataSource, { roles: ['DRAFTER'] });
      const client = testApp.client();
      for (let attempt = 1; attempt <= 4; attempt += 1) await client.login(user.username, WRONG_PASSWORD);
      testApp.clock.advanceMinutes(1);
      expect((await client.login(user.username, TEST_PASSWORD)).data?.login.status).toBe('SIGNED_IN');
      remember(client.sessionCookie);
      testApp.clock.advanceMinutes(1);
      for (let attempt = 1; attempt <= 4; attempt += 1) {
        expect(
          firstError(await testApp.client().login(user.username, WRONG_PASSWORD)).extensions?.reason,
        ).toBe('AUTH.INVALID_CREDENTIALS');
      }
    });

    it('locks unknown usernames the same way (no user enumeration)', async () => {
      testApp.clock.advanceMinutes(60);
      const name = uniqueName('ghost');
      const client = testApp.client();
      for (let attempt = 1; attempt <= 5; attempt += 1) await client.login(name, WRONG_PASSWORD);
      expect(firstError(await client.login(name, WRONG_PASSWORD)).extensions).toMatchObject({
        code: 'RATE_LIMITED',
        reason: 'AUTH.ACCOUNT_LOCKED',
      });
    });

    it('lets a SYSTEM_ADMIN see the lock and clear it early with unlockUser', async () => {
      testApp.clock.advanceMinutes(60);
      const { client: admin } = await signedInRemembered(testApp, { roles: ['SYSTEM_ADMIN'] });
      const user = await createStaff(testApp.db.database.dataSource, { roles: ['DRAFTER'] });
      const client = testApp.client();
      const lockedAt = testApp.clock.now();
      for (let attempt = 1; attempt <= 5; attempt += 1) await client.login(user.username, WRONG_PASSWORD);

      const until = new Date(lockedAt.getTime() + 15 * 60_000).toISOString();
      const before = await admin.ok<{ user: { lockedUntil: string | null } }>(USER_LOCK, { id: user.id });
      expect(before.user.lockedUntil).toBe(until);

      testApp.clock.advanceMinutes(2);
      const unlocked = await admin.gql<{ unlockUser: { id: string; lockedUntil: string | null } }>(UNLOCK, {
        id: user.id,
      });
      expect(unlocked.errors).toBeUndefined();
      expect(unlocked.data?.unlockUser).toEqual({ id: user.id, lockedUntil: null });
      const [audit] = await sql(
        testApp,
        'SELECT action, outcome, entity_type, entity_id FROM audit_log WHERE request_id = $1',
        [unlocked.headers.get('x-request-id')],
      );
      expect(audit).toEqual({
        action: 'Mutation.unlockUser',
        outcome: 'SUCCESS',
        entity_type: 'User',
        entity_id: user.id,
      });

      expect((await client.login(user.username, TEST_PASSWORD)).data?.login).toEqual({
        status: 'SIGNED_IN',
        stage: 'FULL',
      });
      remember(client.sessionCookie);
    });

    it('refuses unlockUser to anyone but SYSTEM_ADMIN, and answers NOT_FOUND for an unknown id', async () => {
      const { client: security } = await signedInRemembered(testApp, { roles: ['SECURITY_ADMIN'] });
      const { client: drafter, user } = await signedInRemembered(testApp, { roles: ['DRAFTER'] });
      expect((await security.fails(UNLOCK, { id: user.id })).extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'ACCESS.FORBIDDEN',
      });
      expect((await drafter.fails(UNLOCK, { id: user.id })).extensions).toMatchObject({ code: 'FORBIDDEN' });

      const { client: admin } = await signedInRemembered(testApp, { roles: ['SYSTEM_ADMIN'] });
      expect(
        (await admin.fails(UNLOCK, { id: '00000000-0000-4000-8000-000000000000' })).extensions,
      ).toMatchObject({ code: 'NOT_FOUND' });
      expect((await admin.fails(UNLOCK, { id: 'not-a-uuid' })).extensions).toMatchObject({
        code: 'NOT_FOUND',
      });
    });
  });

  describe('password policy', () => {
    const policyCases = (username: string) => [
      { label: 'too short', password: 'Ab1!xyz', message: '密码至少 8 个字符' },
      {
        label: 'two character classes',
        password: 'abcdefgh12345',
        message: '密码须包含大写字母、小写字母、数字、符号中的至少三类',
      },
      {
        label: 'contains the username',
        password: `X-${username.toUpperCase()}-9`,
        message: '密码不能包含用户名',
      },
    ];

    it('changePassword refuses weak passwords with BAD_USER_INPUT and field messages, and changes nothing', async () => {
      const { client, user } = await signedInRemembered(testApp, { roles: ['DRAFTER'] });
      const other = await loginAs(testApp, user.username);
      const [{ password_hash: hashBefore }] = await sql<{ password_hash: string }>(
        testApp,
        'SELECT password_hash FROM app_user WHERE id = $1',
        [user.id],
      );

      for (const { label, password, message } of policyCases(user.username)) {
        remember(password);
        const error = await client.fails(CHANGE_PASSWORD, {
          currentPassword: TEST_PASSWORD,
          newPassword: password,
        });
        expect(error.extensions, label).toMatchObject({
          code: 'BAD_USER_INPUT',
          reason: 'AUTH.PASSWORD_POLICY',
        });
        expect(error.extensions?.fields?.newPassword, label).toContain(message);
        expect(error.message, label).toMatch(/[\u4e00-\u9fff]/);
      }

      const wrongCurrent = await client.fails(CHANGE_PASSWORD, {
        currentPassword: WRONG_PASSWORD,
        newPassword: 'Brand-New-Pass-77',
      });
      expect(wrongCurrent.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'AUTH.CURRENT_PASSWORD_WRONG',
        fields: { currentPassword: ['当前密码不正确'] },
      });
      const reused = await client.fails(CHANGE_PASSWORD, {
        currentPassword: TEST_PASSWORD,
        newPassword: TEST_PASSWORD,
      });
      expect(reused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'AUTH.PASSWORD_REUSED' });

      const [{ password_hash: hashAfter }] = await sql<{ password_hash: string }>(
        testApp,
        'SELECT password_hash FROM app_user WHERE id = $1',
        [user.id],
      );
      expect(hashAfter).toBe(hashBefore);
      // The refused changes ended no session and the old password still works.
      expect((await other.ok<{ me: { id: string } }>(ME)).me.id).toBe(user.id);
      expect((await testApp.client().login(user.username, TEST_PASSWORD)).data?.login.status).toBe(
        'SIGNED_IN',
      );
      const failed = await sql(
        testApp,
        `SELECT count(*)::int AS n FROM audit_log WHERE actor_id = $1 AND action = 'Mutation.changePassword' AND outcome = 'FAILED'`,
        [user.id],
      );
      expect(failed).toEqual([{ n: 5 }]);
    });

    it('createUser refuses weak initial passwords with BAD_USER_INPUT and field messages, and creates nobody', async () => {
      const { client: admin } = await signedInRemembered(testApp, { roles: ['SYSTEM_ADMIN'] });
      const username = uniqueName('xin');
      for (const { label, password, message } of policyCases(username)) {
        remember(password);
        const error = await admin.fails(CREATE_USER, {
          input: { username, displayName: '新同事' },
          initialPassword: password,
        });
        expect(error.extensions, label).toMatchObject({
          code: 'BAD_USER_INPUT',
          reason: 'AUTH.PASSWORD_POLICY',
        });
        expect(error.extensions?.fields?.initialPassword, label).toContain(message);
      }
      const users = await admin.ok<{ users: { total: number } }>(
        'query Users($q: String) { users(filter: { q: $q }) { total } }',
        { q: username },
      );
      expect(users.users.total).toBe(0);
      expect(await sql(testApp, 'SELECT id FROM app_user WHERE username = $1', [username])).toEqual([]);
    });
  });

  describe('forced change of an initial password', () => {
    async function newUserViaApi(roles: Array<{ role: string; departmentId?: string }>) {
      const { client: admin } = await signedInRemembered(testApp, { roles: ['SYSTEM_ADMIN'] });
      const { client: security } = await signedInRemembered(testApp, { roles: ['SECURITY_ADMIN'] });
      const username = uniqueName('new');
      const initialPassword = `Chu-Shi-${Math.random().toString(36).slice(2, 8)}-1`;
      remember(initialPassword);
      const created = await admin.ok<{ createUser: { id: string; mustChangePassword: boolean } }>(
        CREATE_USER,
        {
          input: { username, displayName: '新同事' },
          initialPassword,
        },
      );
      expect(created.createUser.mustChangePassword).toBe(true);
      for (const { role, departmentId } of roles) {
        await security.ok(
          'mutation Grant($userId: ID!, $role: Role!, $departmentId: ID) { grantRole(userId: $userId, role: $role, departmentId: $departmentId) { id } }',
          {
            userId: created.createUser.id,
            role,
            departmentId: departmentId ?? null,
          },
        );
      }
      return { admin, id: created.createUser.id, username, initialPassword };
    }

    it('starts in stage PASSWORD_CHANGE where only me, changePassword and logout work, then becomes FULL in the same session', async () => {
      const department = await createDepartment(testApp.db.database.dataSource);
      const { admin, id, username, initialPassword } = await newUserViaApi([
        { role: 'DRAFTER', departmentId: department.id },
      ]);

      const client = testApp.client();
      expect((await client.login(username, initialPassword)).data?.login).toEqual({
        status: 'SIGNED_IN',
        stage: 'PASSWORD_CHANGE',
      });
      remember(client.sessionCookie);
      expect((await client.ok<{ me: { stage: string; id: string } }>(ME)).me).toMatchObject({
        id,
        stage: 'PASSWORD_CHANGE',
      });

      const refused = [
        DEPARTMENTS,
        'query User($id: ID!) { user(id: $id) { id } }',
        'mutation { createDepartment(input: { code: "XX", name: "某处", kind: DIVISION, sortOrder: 1 }) { id } }',
        BEGIN_TOTP,
        '{ auditLogs { total } }',
      ];
      for (const query of refused) {
        const error = await client.fails(query, { id });
        expect(error.extensions, query).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCESS.FORBIDDEN' });
      }

      // logout works in this stage too (on a second session of the same user).
      const second = testApp.client();
      await second.login(username, initialPassword);
      expect(await second.ok(LOGOUT)).toEqual({ logout: true });
      expect((await second.fails(ME)).extensions?.code).toBe('UNAUTHENTICATED');

      const newPassword = 'Xin-Mi-Ma-2026#';
      remember(newPassword);
      const changed = await client.ok<{ changePassword: { stage: string } }>(CHANGE_PASSWORD, {
        currentPassword: initialPassword,
        newPassword,
      });
      expect(changed.changePassword.stage).toBe('FULL');
      expect(
        (await client.ok<{ departments: { total: number } }>(DEPARTMENTS)).departments.total,
      ).toBeGreaterThan(0);
      expect((await client.ok<{ me: { stage: string } }>(ME)).me.stage).toBe('FULL');
      expect((await sessionOf(testApp, client.sessionCookie)).stage).toBe('FULL');
      expect(
        (await admin.ok<{ user: { mustChangePassword: boolean } }>(USER_LOCK, { id })).user
          .mustChangePassword,
      ).toBe(false);

      // The next login starts FULL with the new password; the initial one no longer works.
      expect((await testApp.client().login(username, newPassword)).data?.login).toEqual({
        status: 'SIGNED_IN',
        stage: 'FULL',
      });
      expect(firstError(await testApp.client().login(username, initialPassword)).extensions?.reason).toBe(
        'AUTH.INVALID_CREDENTIALS',
      );
    });

    it('moves on to TOTP_ENROLMENT after the change for a role that needs a second factor', async () => {
      const { username, initialPassword } = await newUserViaApi([{ role: 'AUDITOR' }]);
      const client = testApp.client();
      expect((await client.login(username, initialPassword)).data?.login).toEqual({
        status: 'SIGNED_IN',
        stage: 'PASSWORD_CHANGE',
      });
      remember(client.sessionCookie);
      const newPassword = 'Shen-Ji-Yuan-2026%';
      remember(newPassword);
      const changed = await client.ok<{ changePassword: { stage: string } }>(CHANGE_PASSWORD, {
        currentPassword: initialPassword,
        newPassword,
      });
      expect(changed.changePassword.stage).toBe('TOTP_ENROLMENT');
      expect((await client.fails('{ auditLogs { total } }')).extensions?.code).toBe('FORBIDDEN');
      // The password change is done: it cannot be repeated in this stage.
      expect(
        (
          await client.fails(CHANGE_PASSWORD, {
            currentPassword: newPassword,
            newPassword: 'Another-Pass-99!',
          })
        ).extensions?.code,
      ).toBe('FORBIDDEN');
    });

    it('applies to a password reset by a SYSTEM_ADMIN and ends the user’s sessions', async () => {
      const { client: admin } = await signedInRemembered(testApp, { roles: ['SYSTEM_ADMIN'] });
      const { client, user } = await signedInRemembered(testApp, { roles: ['DRAFTER'] });
      const { user: view } = await admin.ok<{ user: { version: number } }>(USER_LOCK, { id: user.id });
      const resetPassword = 'Chong-Zhi-2026&x';
      remember(resetPassword);
      await admin.ok(
        'mutation Reset($id: ID!, $version: Int!, $p: String!) { resetUserPassword(id: $id, version: $version, initialPassword: $p) { id } }',
        {
          id: user.id,
          version: view.version,
          p: resetPassword,
        },
      );
      expect((await client.fails(ME)).extensions?.code).toBe('UNAUTHENTICATED');
      expect((await testApp.client().login(user.username, resetPassword)).data?.login.stage).toBe(
        'PASSWORD_CHANGE',
      );
    });
  });

  describe('second factor (TOTP)', () => {
    it('an AUDITOR without TOTP must enrol; the enrolled factor is then required at every login', async () => {
      const user = await createStaff(testApp.db.database.dataSource, { roles: ['AUDITOR'] });
      const client = testApp.client();
      expect((await client.login(user.username, TEST_PASSWORD)).data?.login).toEqual({
        status: 'SIGNED_IN',
        stage: 'TOTP_ENROLMENT',
      });
      remember(client.sessionCookie);
      expect((await client.ok<{ me: { stage: string; totpEnabled: boolean } }>(ME)).me).toMatchObject({
        stage: 'TOTP_ENROLMENT',
        totpEnabled: false,
      });
      expect((await client.fails('{ auditLogs { total } }')).extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'ACCESS.FORBIDDEN',
      });

      const confirmTooEarly = await client.fails(CONFIRM_TOTP, { code: '123456' });
      expect(confirmTooEarly.extensions).toMatchObject({ code: 'CONFLICT', reason: 'AUTH.TOTP_NOT_STARTED' });

      const { beginTotpEnrolment } = await client.ok<{
        beginTotpEnrolment: { secret: string; otpauthUri: string };
      }>(BEGIN_TOTP);
      const { secret, otpauthUri } = beginTotpEnrolment;
      remember(secret);
      expect(secret).toMatch(/^[A-Z2-7]{16,}=*$/);
      const uri = new URL(otpauthUri);
      expect(uri.protocol).toBe('otpauth:');
      expect(uri.host).toBe('totp');
      expect(decodeURIComponent(uri.pathname)).toContain(user.username);
      expect(uri.searchParams.get('secret')).toBe(secret);
      expect(uri.searchParams.get('issuer')).toBe('政务公开管理平台');

      const wrong = await client.fails(CONFIRM_TOTP, { code: await wrongTotp(secret, testApp.clock.now()) });
      expect(wrong.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'AUTH.TOTP_INVALID',
        fields: { code: ['动态验证码错误或已过期'] },
      });
      expect((await client.fails(CONFIRM_TOTP, { code: 'abcdef' })).extensions?.code).toBe('BAD_USER_INPUT');
      expect((await client.ok<{ me: { stage: string; totpEnabled: boolean } }>(ME)).me).toMatchObject({
        stage: 'TOTP_ENROLMENT',
        totpEnabled: false,
      });

      const confirmed = await client.ok<{ confirmTotpEnrolment: { stage: string; totpEnabled: boolean } }>(
        CONFIRM_TOTP,
        {
          code: await totpAt(secret, testApp.clock.now()),
        },
      );
      expect(confirmed.confirmTotpEnrolment).toEqual({ stage: 'FULL', totpEnabled: true });
      expect(
        (await client.ok<{ auditLogs: { total: number } }>('{ auditLogs { total } }')).auditLogs.total,
      ).toBeGreaterThan(0);
      const [stored] = await sql(
        testApp,
        'SELECT totp_enabled, totp_secret, totp_pending_secret FROM app_user WHERE id = $1',
        [user.id],
      );
      expect(stored).toEqual({ totp_enabled: true, totp_secret: secret, totp_pending_secret: null });

      testApp.clock.advanceMinutes(2);
      const next = testApp.client();
      const withoutCode = await next.login(user.username, TEST_PASSWORD);
      expect(withoutCode.errors).toBeUndefined();
      expect(withoutCode.data?.login).toEqual({ status: 'TOTP_REQUIRED', stage: null });
      expect(withoutCode.headers.getSetCookie()).toEqual([]);
      expect(next.sessionCookie).toBeUndefined();

      const wrongLogin = firstError(
        await next.login(user.username, TEST_PASSWORD, await wrongTotp(secret, testApp.clock.now())),
      );
      expect(wrongLogin.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTH.TOTP_INVALID' });
      expect(wrongLogin.message).toBe('动态验证码错误或已过期');
      expect(next.sessionCookie).toBeUndefined();
      const [badTotp] = await sql(
        testApp,
        `SELECT reason FROM login_attempt WHERE user_id = $1 ORDER BY id DESC LIMIT 1`,
        [user.id],
      );
      expect(badTotp).toEqual({ reason: 'BAD_TOTP' });

      // A right code with a wrong password is still a wrong password.
      const wrongPassword = firstError(
        await next.login(user.username, WRONG_PASSWORD, await totpAt(secret, testApp.clock.now())),
      );
      expect(wrongPassword.extensions?.reason).toBe('AUTH.INVALID_CREDENTIALS');

      const right = await next.login(user.username, TEST_PASSWORD, await totpAt(secret, testApp.clock.now()));
      expect(right.data?.login).toEqual({ status: 'SIGNED_IN', stage: 'FULL' });
      remember(next.sessionCookie);
      expect((await next.ok<{ me: { stage: string } }>(ME)).me.stage).toBe('FULL');
    });

    it('rejects a code from a step too far from the server clock', async () => {
      const { user } = await signedInRemembered(testApp, { roles: ['LEADERSHIP_OFFICE'] });
      const secret = user.totpSecret as string;
      testApp.clock.advanceMinutes(1);
      const stale = await totpAt(secret, new Date(testApp.clock.now().getTime() - 5 * 60_000));
      const fresh = await totpAt(secret, testApp.clock.now());
      if (stale !== fresh) {
        expect(
          firstError(await testApp.client().login(user.username, TEST_PASSWORD, stale)).extensions?.reason,
        ).toBe('AUTH.TOTP_INVALID');
      }
      expect((await testApp.client().login(user.username, TEST_PASSWORD, fresh)).data?.login.status).toBe(
        'SIGNED_IN',
      );
    });

    it('refuses a code that was already used, even within its 30-second window (no replay)', async () => {
      const { user } = await signedInRemembered(testApp, { roles: ['LEADERSHIP_OFFICE'] });
      const secret = user.totpSecret as string;
      testApp.clock.advanceMinutes(1);
      const code = await totpAt(secret, testApp.clock.now());
      expect((await testApp.client().login(user.username, TEST_PASSWORD, code)).data?.login.status).toBe('SIGNED_IN');
      const replay = firstError(await testApp.client().login(user.username, TEST_PASSWORD, code));
      expect(replay.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTH.TOTP_INVALID' });
      testApp.clock.advanceMinutes(1);
      const next = await totpAt(secret, testApp.clock.now());
      expect((await testApp.client().login(user.username, TEST_PASSWORD, next)).data?.login.status).toBe('SIGNED_IN');
    });

    it('a DRAFTER may enrol voluntarily from a FULL session, and then needs the code to sign in', async () => {
      const { client, user } = await signedInRemembered(testApp, { roles: ['DRAFTER'] });
      const { beginTotpEnrolment } = await client.ok<{ beginTotpEnrolment: { secret: string } }>(BEGIN_TOTP);
      remember(beginTotpEnrolment.secret);
      const confirmed = await client.ok<{ confirmTotpEnrolment: { stage: string; totpEnabled: boolean } }>(
        CONFIRM_TOTP,
        {
          code: await totpAt(beginTotpEnrolment.secret, testApp.clock.now()),
        },
      );
      expect(confirmed.confirmTotpEnrolment).toEqual({ stage: 'FULL', totpEnabled: true });
      expect((await client.fails(BEGIN_TOTP)).extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'AUTH.TOTP_ALREADY_ENABLED',
      });

      expect((await testApp.client().login(user.username, TEST_PASSWORD)).data?.login.status).toBe(
        'TOTP_REQUIRED',
      );
      // The code that confirmed the enrolment is spent; the next step's code signs in.
      testApp.clock.advanceMinutes(1);
      const code = await totpAt(beginTotpEnrolment.secret, testApp.clock.now());
      expect((await testApp.client().login(user.username, TEST_PASSWORD, code)).data?.login).toEqual({
        status: 'SIGNED_IN',
        stage: 'FULL',
      });
    });

    it('wrong TOTP codes count towards the account lockout', async () => {
      testApp.clock.advanceMinutes(60);
      const { user } = await signedInRemembered(testApp, { roles: ['SECURITY_ADMIN'] });
      const secret = user.totpSecret as string;
      testApp.clock.advanceMinutes(1);
      const client = testApp.client();
      for (let attempt = 1; attempt <= 5; attempt += 1) {
        await client.login(user.username, TEST_PASSWORD, await wrongTotp(secret, testApp.clock.now()));
      }
      const locked = firstError(
        await client.login(user.username, TEST_PASSWORD, await totpAt(secret, testApp.clock.now())),
      );
      expect(locked.extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'AUTH.ACCOUNT_LOCKED' });
    });
  });

  describe('idle timeout', () => {
    it('ends a session idle for more than 30 minutes with AUTH.SESSION_EXPIRED', async () => {
      const { client } = await signedInRemembered(testApp, { roles: ['DRAFTER'] });
      const cookie = client.sessionCookie;
      testApp.clock.advanceMinutes(31);
      const error = await client.fails(ME);
      expect(error.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'AUTH.SESSION_EXPIRED' });
      expect(error.message).toContain('30 分钟');
      expect(await sessionOf(testApp, cookie)).toMatchObject({
        end_reason: 'IDLE_TIMEOUT',
        ended_at: testApp.clock.now(),
      });
      // Ended for good: going back in time does not revive it.
      testApp.clock.advanceMinutes(-31);
      expect((await client.fails(ME)).extensions).toEqual({
        code: 'UNAUTHENTICATED',
        reason: 'AUTH.SESSION_ENDED',
      });
      testApp.clock.advanceMinutes(31);
    });

    it('keeps a session alive with activity every 20 minutes', async () => {
      const { client } = await signedInRemembered(testApp, { roles: ['DRAFTER'] });
      for (let round = 0; round < 5; round += 1) {
        testApp.clock.advanceMinutes(20);
        expect((await client.ok<{ me: { stage: string } }>(ME)).me.stage).toBe('FULL');
      }
      testApp.clock.advanceMinutes(29);
      expect(
        (await client.ok<{ departments: { total: number } }>(DEPARTMENTS)).departments.total,
      ).toBeGreaterThanOrEqual(0);
    });

    it('writes lastSeenAt at most once a minute', async () => {
      const { client } = await signedInRemembered(testApp, { roles: ['DRAFTER'] });
      const signedInAt = testApp.clock.now();
      expect((await sessionOf(testApp, client.sessionCookie)).last_seen_at).toEqual(signedInAt);

      testApp.clock.advanceMinutes(0.5);
      await client.ok(ME);
      expect((await sessionOf(testApp, client.sessionCookie)).last_seen_at).toEqual(signedInAt);

      testApp.clock.advanceMinutes(1);
      const seenAt = testApp.clock.now();
      await client.ok(ME);
      expect((await sessionOf(testApp, client.sessionCookie)).last_seen_at).toEqual(seenAt);

      testApp.clock.advanceMinutes(0.5);
      await client.ok(ME);
      expect((await sessionOf(testApp, client.sessionCookie)).last_seen_at).toEqual(seenAt);

      // Idleness is measured from the last recorded activity.
      testApp.clock.set(new Date(seenAt.getTime() + 30 * 60_000 + 1_000));
      expect((await client.fails(ME)).extensions?.reason).toBe('AUTH.SESSION_EXPIRED');
    });
  });

  describe('ending sessions on the server', () => {
    it('logout ends the session: a copy of the old cookie no longer works', async () => {
      const { client } = await signedInRemembered(testApp, { roles: ['DRAFTER'] });
      const copy = testApp.client();
      copy.setSessionCookie(client.sessionCookie as string);
      expect((await copy.ok<{ me: { stage: string } }>(ME)).me.stage).toBe('FULL');

      const response = await client.gql<{ logout: boolean }>(LOGOUT);
      expect(response.data).toEqual({ logout: true });
      const cleared = response.headers.getSetCookie();
      expect(cleared).toHaveLength(1);
      expect(cleared[0]).toMatch(/^gdp_session=;/);
      expect(client.sessionCookie).toBeUndefined();

      const error = await copy.fails(ME);
      expect(error.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'AUTH.SESSION_ENDED' });
      expect((await copy.fails(DEPARTMENTS)).extensions?.code).toBe('UNAUTHENTICATED');
      expect((await copy.fails(LOGOUT)).extensions?.code).toBe('UNAUTHENTICATED');
      expect(await sessionOf(testApp, copy.sessionCookie)).toMatchObject({ end_reason: 'LOGOUT' });
    });

    it('changePassword keeps the current session and ends the user’s other sessions', async () => {
      const { client, user } = await signedInRemembered(testApp, { roles: ['DRAFTER'] });
      const other = await loginAs(testApp, user.username);
      const stranger = await signedInRemembered(testApp, { roles: ['DRAFTER'] });
      const newPassword = 'Geng-Huan-Mi-Ma-5^';
      remember(newPassword);
      await client.ok(CHANGE_PASSWORD, { currentPassword: TEST_PASSWORD, newPassword });

      expect((await client.ok<{ me: { id: string } }>(ME)).me.id).toBe(user.id);
      expect((await other.fails(ME)).extensions).toEqual({
        code: 'UNAUTHENTICATED',
        reason: 'AUTH.SESSION_ENDED',
      });
      expect(await sessionOf(testApp, other.sessionCookie)).toMatchObject({ end_reason: 'PASSWORD_CHANGED' });
      expect((await stranger.client.ok<{ me: { id: string } }>(ME)).me.id).toBe(stranger.user.id);

      expect(firstError(await testApp.client().login(user.username, TEST_PASSWORD)).extensions?.reason).toBe(
        'AUTH.INVALID_CREDENTIALS',
      );
      expect((await testApp.client().login(user.username, newPassword)).data?.login.status).toBe('SIGNED_IN');
    });

    it('setUserActive(false) by a SYSTEM_ADMIN ends the user’s sessions and blocks sign-in', async () => {
      const { client: admin } = await signedInRemembered(testApp, { roles: ['SYSTEM_ADMIN'] });
      const { client, user } = await signedInRemembered(testApp, { roles: ['DRAFTER'] });
      const other = await loginAs(testApp, user.username);
      const { user: view } = await admin.ok<{ user: { version: number } }>(USER_LOCK, { id: user.id });

      const deactivated = await admin.ok<{ setUserActive: { isActive: boolean; version: number } }>(
        'mutation Set($id: ID!, $version: Int!) { setUserActive(id: $id, version: $version, isActive: false) { isActive version } }',
        { id: user.id, version: view.version },
      );
      expect(deactivated.setUserActive.isActive).toBe(false);
      for (const session of [client, other]) {
        expect((await session.fails(ME)).extensions).toEqual({
          code: 'UNAUTHENTICATED',
          reason: 'AUTH.SESSION_ENDED',
        });
        expect(await sessionOf(testApp, session.sessionCookie)).toMatchObject({ end_reason: 'DEACTIVATED' });
      }
      expect(firstError(await testApp.client().login(user.username, TEST_PASSWORD)).extensions).toEqual({
        code: 'UNAUTHENTICATED',
        reason: 'AUTH.INVALID_CREDENTIALS',
      });

      await admin.ok(
        'mutation Set($id: ID!, $version: Int!) { setUserActive(id: $id, version: $version, isActive: true) { isActive } }',
        {
          id: user.id,
          version: deactivated.setUserActive.version,
        },
      );
      expect((await testApp.client().login(user.username, TEST_PASSWORD)).data?.login.status).toBe(
        'SIGNED_IN',
      );
    });
  });

  describe('secrets never leak', () => {
    it('the schema exposes no password, secret or hash field on users, and responses carry none', async () => {
      const { client: admin } = await signedInRemembered(testApp, { roles: ['SYSTEM_ADMIN'] });
      const { client: drafter, user } = await signedInRemembered(testApp, { roles: ['DRAFTER'] });
      type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null };
      const named = (type: TypeRef): string | null => type.name ?? (type.ofType ? named(type.ofType) : null);
      for (const typeName of ['UserView', 'Me']) {
        const data = await drafter.ok<{ __type: { fields: Array<{ name: string; type: TypeRef }> } | null }>(
          'query Type($name: String!) { __type(name: $name) { fields { name type { kind name ofType { kind name ofType { kind name } } } } } }',
          { name: typeName },
        );
        expect(data.__type, typeName).not.toBeNull();
        const fields = data.__type!.fields;
        expect(fields.length).toBeGreaterThan(5);
        // Only flags may mention a password (UserView.mustChangePassword): nothing that could carry one.
        const suspicious = fields.filter((field) => /password|secret|hash|totp.?key|token/i.test(field.name));
        for (const field of suspicious)
          expect(`${typeName}.${field.name}: ${named(field.type)}`).toMatch(/: Boolean$/);
        expect(
          suspicious.map((field) => field.name).filter((name) => /hash|secret/i.test(name)),
          typeName,
        ).toEqual([]);
      }
      // Asking for one anyway is a validation error: the field does not exist.
      const asking = await drafter.gql('{ me { id passwordHash } }');
      expect(asking.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

      const [stored] = await sql<{ password_hash: string; totp_secret: string | null }>(
        testApp,
        'SELECT password_hash, totp_secret FROM app_user WHERE id = $1',
        [user.id],
      );
      const texts = [
        (
          await admin.gql(
            'query Users { users(page: { perPage: 100 }) { items { id username mustChangePassword totpEnabled lockedUntil } } }',
          )
        ).text,
        (await admin.gql(USER_LOCK, { id: user.id })).text,
        (await drafter.gql(ME)).text,
      ];
      for (const text of texts) {
        expect(text).not.toContain(stored.password_hash);
        expect(text).not.toContain('$argon2');
      }
    });

    it('audit records of credential changes hold no hash, secret or password', async () => {
      const { client, user } = await signedInRemembered(testApp, { roles: ['DRAFTER'] });
      const newPassword = 'Shen-Ji-Bu-Xie-8*';
      remember(newPassword);
      await client.ok(CHANGE_PASSWORD, { currentPassword: TEST_PASSWORD, newPassword });
      const { beginTotpEnrolment } = await client.ok<{ beginTotpEnrolment: { secret: string } }>(BEGIN_TOTP);
      remember(beginTotpEnrolment.secret);
      await client.ok(CONFIRM_TOTP, { code: await totpAt(beginTotpEnrolment.secret, testApp.clock.now()) });

      const [stored] = await sql<{ password_hash: string }>(
        testApp,
        'SELECT password_hash FROM app_user WHERE id = $1',
        [user.id],
      );
      const rows = await sql<{ action: string; changes: unknown }>(
        testApp,
        'SELECT action, changes FROM audit_log WHERE actor_id = $1 ORDER BY seq',
        [user.id],
      );
      expect(rows.map((row) => row.action)).toEqual([
        'Mutation.changePassword',
        'Mutation.beginTotpEnrolment',
        'Mutation.confirmTotpEnrolment',
      ]);
      const changes = JSON.stringify(rows.map((row) => row.changes));
      expect(changes).toContain('passwordHash');
      for (const secret of [
        stored.password_hash,
        newPassword,
        TEST_PASSWORD,
        beginTotpEnrolment.secret,
        '$argon2',
      ]) {
        expect(changes).not.toContain(secret);
      }
      // The same records read through GraphQL by the user themself.
      const own = await client.gql('{ myAuditLogs { items { action changes } } }');
      expect(own.errors).toBeUndefined();
      for (const secret of [stored.password_hash, beginTotpEnrolment.secret, '$argon2'])
        expect(own.text).not.toContain(secret);
    });

    it('concurrent createUser with one username: one wins, the others get CONFLICT, and no hash or phone reaches the logs', async () => {
      const { client: admin } = await signedInRemembered(testApp, { roles: ['SYSTEM_ADMIN'] });
      const username = uniqueName('race');
      const initialPassword = 'Bing-Fa-Chuang-Jian-3!';
      const phone = '13912345678';
      remember(initialPassword);
      const responses = await Promise.all(
        [1, 2, 3].map(() =>
          admin.gql(CREATE_USER, { input: { username, displayName: '并发', phone }, initialPassword }),
        ),
      );
      expect(responses.filter((response) => !response.errors).length).toBe(1);
      for (const response of responses.filter((each) => each.errors)) {
        expect(firstError(response).extensions?.code).toBe('CONFLICT');
      }
      const [stored] = await sql<{ password_hash: string }>(
        testApp,
        'SELECT password_hash FROM app_user WHERE username = $1',
        [username],
      );
      remember(stored.password_hash);
      for (const line of testApp.logs) {
        expect(line).not.toContain(phone);
        expect(line).not.toContain('$argon2');
      }
    });

    it('no log line contains a password, TOTP secret or session token handled in this file', () => {
      expect(testApp.logs.length).toBeGreaterThan(50);
      expect(testApp.logs.some((line) => line.includes('"url":"/graphql"'))).toBe(true);
      expect(secretsUsed.size).toBeGreaterThan(20);
      for (const line of testApp.logs) {
        for (const secret of secretsUsed) {
          if (line.includes(secret))
            throw new Error(
              `a secret (${secret.slice(0, 4)}…) appears in the log line: ${line.slice(0, 300)}`,
            );
        }
        expect(line).not.toMatch(/gdps_[A-Za-z0-9_-]{20}/);
        expect(line).not.toContain('$argon2');
      }
    });
  });
});

describe('auth: per-IP limit of failed logins', () => {
  describe('without trusted proxies', () => {
    let testApp: TestApp;
    beforeAll(async () => {
      testApp = await startTestApp({ loginMaxFailuresPerIp: 8 });
    });
    afterAll(async () => {
      await testApp?.close();
    });

    it('limits failures spread over several accounts from one IP, ignoring x-forwarded-for', async () => {
      const dataSource = testApp.db.database.dataSource;
      const victims = await Promise.all(
        [1, 2, 3, 4].map(() => createStaff(dataSource, { roles: ['DRAFTER'] })),
      );
      const forwarded = ['203.0.113.10', '203.0.113.11', '198.51.100.12', '198.51.100.13'];
      for (const [index, victim] of victims.entries()) {
        const client = testApp.client();
        client.forwardedFor = forwarded[index];
        for (let attempt = 1; attempt <= 2; attempt += 1) {
          expect(firstError(await client.login(victim.username, WRONG_PASSWORD)).extensions?.reason).toBe(
            'AUTH.INVALID_CREDENTIALS',
          );
        }
      }
      const attempts = await sql<{ ip: string }>(
        testApp,
        'SELECT DISTINCT ip FROM login_attempt WHERE username = ANY($1)',
        [victims.map((victim) => victim.username)],
      );
      expect(attempts).toEqual([{ ip: '127.0.0.1' }]);

      const bystander = await createStaff(dataSource, { roles: ['DRAFTER'] });
      const client = testApp.client();
      client.forwardedFor = '192.0.2.99';
      const limited = await client.login(bystander.username, TEST_PASSWORD);
      const error = firstError(limited);
      expect(error.extensions).toEqual({ code: 'RATE_LIMITED', reason: 'AUTH.IP_RATE_LIMITED' });
      expect(error.message).toContain('15 分钟');
      expect(limited.headers.getSetCookie()).toEqual([]);
      const [audit] = await sql(
        testApp,
        'SELECT outcome, error_code, reason, ip FROM audit_log WHERE request_id = $1',
        [limited.headers.get('x-request-id')],
      );
      expect(audit).toEqual({
        outcome: 'FAILED',
        error_code: 'RATE_LIMITED',
        reason: 'AUTH.IP_RATE_LIMITED',
        ip: '127.0.0.1',
      });

      // The window is 15 minutes.
      testApp.clock.advanceMinutes(14);
      expect(firstError(await client.login(bystander.username, TEST_PASSWORD)).extensions?.reason).toBe(
        'AUTH.IP_RATE_LIMITED',
      );
      testApp.clock.advanceMinutes(1);
      expect((await client.login(bystander.username, TEST_PASSWORD)).data?.login.status).toBe('SIGNED_IN');
    });
  });

  describe('behind a trusted proxy', () => {
    let testApp: TestApp;
    beforeAll(async () => {
      testApp = await startTestApp({ loginMaxFailuresPerIp: 8, trustedProxies: ['loopback'] });
    });
    afterAll(async () => {
      await testApp?.close();
    });

    it('takes the client IP from x-forwarded-for: another forwarded IP is not limited', async () => {
      const dataSource = testApp.db.database.dataSource;
      const [first, second, bystander] = await Promise.all(
        [1, 2, 3].map(() => createStaff(dataSource, { roles: ['DRAFTER'] })),
      );
      const attacker = testApp.client();
      attacker.forwardedFor = '203.0.113.7';
      for (const victim of [first, second]) {
        for (let attempt = 1; attempt <= 4; attempt += 1)
          await attacker.login(victim.username, WRONG_PASSWORD);
      }
      const recorded = await sql<{ ip: string }>(
        testApp,
        'SELECT DISTINCT ip FROM login_attempt WHERE username = ANY($1)',
        [[first.username, second.username]],
      );
      expect(recorded).toEqual([{ ip: '203.0.113.7' }]);

      expect(firstError(await attacker.login(bystander.username, TEST_PASSWORD)).extensions).toEqual({
        code: 'RATE_LIMITED',
        reason: 'AUTH.IP_RATE_LIMITED',
      });
      // Addresses a client prepends are not trusted: the proxy's own entry (the last one) counts.
      const spoofing = testApp.client();
      spoofing.forwardedFor = '198.51.100.1, 203.0.113.7';
      expect(firstError(await spoofing.login(bystander.username, TEST_PASSWORD)).extensions?.reason).toBe(
        'AUTH.IP_RATE_LIMITED',
      );

      const colleague = testApp.client();
      colleague.forwardedFor = '203.0.113.8';
      expect((await colleague.login(bystander.username, TEST_PASSWORD)).data?.login.status).toBe('SIGNED_IN');
      expect((await sessionOf(testApp, colleague.sessionCookie)).ip).toBe('203.0.113.8');

      const direct = testApp.client();
      expect((await direct.login(first.username, TEST_PASSWORD)).data?.login.status).toBe('SIGNED_IN');
      expect((await sessionOf(testApp, direct.sessionCookie)).ip).toBe('127.0.0.1');
    });
  });
});

describe('auth: configured idle timeout', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp({ sessionIdleMinutes: 5 });
  });
  afterAll(async () => {
    await testApp?.close();
  });

  it('sessionIdleMinutes: 5 ends sessions idle for more than 5 minutes', async () => {
    const { client } = await signedIn(testApp, { roles: ['DRAFTER'] });
    testApp.clock.advanceMinutes(4);
    expect((await client.ok<{ me: { stage: string } }>(ME)).me.stage).toBe('FULL');
    testApp.clock.advanceMinutes(4);
    expect((await client.ok<{ me: { stage: string } }>(ME)).me.stage).toBe('FULL');
    testApp.clock.advanceMinutes(6);
    const error = await client.fails(ME);
    expect(error.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'AUTH.SESSION_EXPIRED' });
    expect(error.message).toContain('5 分钟');
    expect(error.message).not.toContain('30 分钟');
  });
});

describe('auth: demo users', () => {
  let db: TestDatabase;
  let dataDir: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'gdp-demo-'));
  });
  afterAll(async () => {
    await db?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('seeds one user per role in demo mode and deactivates them when demo mode is off', async () => {
    const demoApp = await startTestApp({ demoMode: true, dataDir }, { db });
    let demoPassword: string;
    let demoCookie: string | undefined;
    try {
      expect(demoApp.app.demo).not.toBeNull();
      demoPassword = demoApp.app.demo!.password;
      expect(demoApp.app.demo!.users.map((user) => user.username).sort()).toEqual(
        ROLES.map((role) => demoUsername(role)).sort(),
      );
      expect(await demoApp.client().ok('{ serverInfo { demoMode } }')).toEqual({
        serverInfo: { demoMode: true },
      });

      const admin = demoApp.client();
      expect((await admin.login(demoUsername('SYSTEM_ADMIN'), demoPassword)).data?.login).toEqual({
        status: 'SIGNED_IN',
        stage: 'FULL',
      });
      demoCookie = admin.sessionCookie;
      const me = await admin.ok<{
        me: { isDemo: boolean; totpEnabled: boolean; roles: Array<{ role: string }> };
      }>(ME);
      expect(me.me).toMatchObject({ isDemo: true, totpEnabled: false, roles: [{ role: 'SYSTEM_ADMIN' }] });
      expect(
        (await admin.ok<{ departments: { total: number } }>(DEPARTMENTS)).departments.total,
      ).toBeGreaterThanOrEqual(11);

      const drafter = demoApp.client();
      expect((await drafter.login(demoUsername('DRAFTER'), demoPassword)).data?.login).toEqual({
        status: 'SIGNED_IN',
        stage: 'FULL',
      });
      expect(
        firstError(await demoApp.client().login(demoUsername('AUDITOR'), WRONG_PASSWORD)).extensions?.reason,
      ).toBe('AUTH.INVALID_CREDENTIALS');

      for (const line of demoApp.logs) expect(line).not.toContain(demoPassword);
    } finally {
      await demoApp.close();
    }

    const normalApp = await startTestApp({ demoMode: false, dataDir }, { db });
    try {
      expect(normalApp.app.demo).toBeNull();
      expect(await normalApp.client().ok('{ serverInfo { demoMode } }')).toEqual({
        serverInfo: { demoMode: false },
      });
      for (const role of ['SYSTEM_ADMIN', 'DRAFTER', 'AUDITOR'] as const) {
        expect(
          firstError(await normalApp.client().login(demoUsername(role), demoPassword)).extensions,
          role,
        ).toEqual({
          code: 'UNAUTHENTICATED',
          reason: 'AUTH.INVALID_CREDENTIALS',
        });
      }
      const leftover = normalApp.client();
      leftover.setSessionCookie(demoCookie as string);
      expect((await leftover.fails(ME)).extensions).toEqual({
        code: 'UNAUTHENTICATED',
        reason: 'AUTH.SESSION_ENDED',
      });
      const active = await sql<{ n: number }>(
        normalApp,
        'SELECT count(*)::int AS n FROM app_user WHERE is_demo AND is_active',
      );
      expect(active).toEqual([{ n: 0 }]);
      for (const line of normalApp.logs) expect(line).not.toContain(demoPassword);
    } finally {
      await normalApp.close();
    }

    // Demo mode again: the same users come back with the same password.
    const againApp = await startTestApp({ demoMode: true, dataDir }, { db });
    try {
      expect(againApp.app.demo!.password).toBe(demoPassword);
      expect(
        (await againApp.client().login(demoUsername('SYSTEM_ADMIN'), demoPassword)).data?.login.status,
      ).toBe('SIGNED_IN');
      for (const line of againApp.logs) expect(line).not.toContain(demoPassword);
    } finally {
      await againApp.close();
    }
  });
});
