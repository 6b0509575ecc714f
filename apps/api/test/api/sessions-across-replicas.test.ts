/**
 * Two API replicas on one database behave as one (SPEC §1 Scale-out): sessions, logouts, stage changes,
 * idle time and lockouts live in PostgreSQL, not in a process. Each replica has its own clock; tests move
 * both together.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/backend.js';
import { createStaff, signedIn, TEST_PASSWORD } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ME = '{ me { id stage } }';
const WRONG_PASSWORD = 'Wrong-Guess-4711!';

describe('sessions across two replicas on one database', () => {
  let db: TestDatabase;
  let replicaA: TestApp;
  let replicaB: TestApp;

  beforeAll(async () => {
    db = await createTestDatabase();
    replicaA = await startTestApp({}, { db });
    replicaB = await startTestApp({}, { db });
  });
  afterAll(async () => {
    await replicaA?.close();
    await replicaB?.close();
    await db?.close();
  });

  const advanceBoth = (minutes: number) => {
    replicaA.clock.advanceMinutes(minutes);
    replicaB.clock.advanceMinutes(minutes);
  };

  /** A client of `replica` carrying the same session cookie as `client` (the load balancer switched). */
  const sameSessionOn = (replica: TestApp, client: GraphQLClient): GraphQLClient => {
    const other = replica.client();
    other.setSessionCookie(client.sessionCookie as string);
    return other;
  };

  it('runs two distinct servers', () => {
    expect(replicaA.url).not.toBe(replicaB.url);
  });

  it('a session opened on replica A is valid on replica B', async () => {
    const user = await createStaff(db.database.dataSource, { roles: ['DRAFTER'] });
    const onA = replicaA.client();
    expect((await onA.login(user.username, TEST_PASSWORD)).data?.login).toEqual({
      status: 'SIGNED_IN',
      stage: 'FULL',
    });
    const onB = sameSessionOn(replicaB, onA);
    expect((await onB.ok<{ me: { id: string; stage: string } }>(ME)).me).toEqual({
      id: user.id,
      stage: 'FULL',
    });
    expect(
      (await onB.ok<{ departments: { total: number } }>('{ departments { total } }')).departments.total,
    ).toBeGreaterThan(0);
  });

  it('logout on replica B ends the session on replica A', async () => {
    const { client: onA } = await signedIn(replicaA, { roles: ['DRAFTER'] });
    const onB = sameSessionOn(replicaB, onA);
    expect(await onB.ok('mutation { logout }')).toEqual({ logout: true });
    expect((await onA.fails(ME)).extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'AUTH.SESSION_ENDED',
    });
  });

  it('a lockout caused through replica A is enforced by replica B, and an unlock on B is seen by A', async () => {
    advanceBoth(60);
    const user = await createStaff(db.database.dataSource, { roles: ['DRAFTER'] });
    const viaA = replicaA.client();
    for (let attempt = 1; attempt <= 5; attempt += 1) await viaA.login(user.username, WRONG_PASSWORD);

    const viaB = replicaB.client();
    const error = (await viaB.login(user.username, TEST_PASSWORD)).errors?.[0];
    expect(error?.extensions).toEqual({
      code: 'RATE_LIMITED',
      reason: 'AUTH.ACCOUNT_LOCKED',
      lockedUntil: new Date(replicaA.clock.now().getTime() + 15 * 60_000).toISOString(),
    });
    expect(viaB.sessionCookie).toBeUndefined();

    advanceBoth(1);
    const { client: adminOnB } = await signedIn(replicaB, { roles: ['SYSTEM_ADMIN'] });
    await adminOnB.ok('mutation Unlock($id: ID!) { unlockUser(id: $id) { id } }', { id: user.id });
    expect((await viaA.login(user.username, TEST_PASSWORD)).data?.login.status).toBe('SIGNED_IN');
  });

  it('failures spread over both replicas add up to one lockout', async () => {
    advanceBoth(60);
    const user = await createStaff(db.database.dataSource, { roles: ['DRAFTER'] });
    const viaA = replicaA.client();
    const viaB = replicaB.client();
    for (const client of [viaA, viaB, viaA, viaB]) {
      expect((await client.login(user.username, WRONG_PASSWORD)).errors?.[0].extensions?.reason).toBe(
        'AUTH.INVALID_CREDENTIALS',
      );
    }
    expect((await viaA.login(user.username, WRONG_PASSWORD)).errors?.[0].extensions?.reason).toBe(
      'AUTH.ACCOUNT_LOCKED',
    );
    expect((await viaB.login(user.username, TEST_PASSWORD)).errors?.[0].extensions).toMatchObject({
      code: 'RATE_LIMITED',
      reason: 'AUTH.ACCOUNT_LOCKED',
    });
  });

  it('a password change on replica A ends the user’s other sessions on replica B, and advances the stage everywhere', async () => {
    const user = await createStaff(db.database.dataSource, { roles: ['DRAFTER'], mustChangePassword: true });
    const onA = replicaA.client();
    expect((await onA.login(user.username, TEST_PASSWORD)).data?.login.stage).toBe('PASSWORD_CHANGE');
    const sameOnB = sameSessionOn(replicaB, onA);
    const otherOnB = replicaB.client();
    expect((await otherOnB.login(user.username, TEST_PASSWORD)).data?.login.stage).toBe('PASSWORD_CHANGE');
    expect((await sameOnB.fails('{ departments { total } }')).extensions?.code).toBe('FORBIDDEN');

    await onA.ok(
      'mutation Change($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { stage } }',
      {
        c: TEST_PASSWORD,
        n: 'Fu-Ben-Mi-Ma-2026!',
      },
    );
    expect((await sameOnB.ok<{ me: { stage: string } }>(ME)).me.stage).toBe('FULL');
    expect(
      (await sameOnB.ok<{ departments: { total: number } }>('{ departments { total } }')).departments.total,
    ).toBeGreaterThan(0);
    expect((await otherOnB.fails(ME)).extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'AUTH.SESSION_ENDED',
    });
  });

  it('activity on one replica keeps the session alive on the other; idleness ends it on both', async () => {
    const { client: onA } = await signedIn(replicaA, { roles: ['DRAFTER'] });
    const onB = sameSessionOn(replicaB, onA);
    for (let round = 0; round < 3; round += 1) {
      advanceBoth(20);
      await onB.ok(ME);
    }
    advanceBoth(20);
    expect((await onA.ok<{ me: { stage: string } }>(ME)).me.stage).toBe('FULL');

    advanceBoth(31);
    expect((await onB.fails(ME)).extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'AUTH.SESSION_EXPIRED',
    });
    expect((await onA.fails(ME)).extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'AUTH.SESSION_ENDED',
    });
  });

  it('deactivating a user on replica B ends their session on replica A', async () => {
    const { client: adminOnB } = await signedIn(replicaB, { roles: ['SYSTEM_ADMIN'] });
    const { client: onA, user } = await signedIn(replicaA, { roles: ['DRAFTER'] });
    const { user: view } = await adminOnB.ok<{ user: { version: number } }>(
      'query U($id: ID!) { user(id: $id) { version } }',
      { id: user.id },
    );
    await adminOnB.ok(
      'mutation D($id: ID!, $v: Int!) { setUserActive(id: $id, version: $v, isActive: false) { id } }',
      { id: user.id, v: view.version },
    );
    expect((await onA.fails(ME)).extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'AUTH.SESSION_ENDED',
    });
  });
});
