import { describe, expect, it } from 'vitest';
import { isConnectionError, isStatementTimeout } from '../../src/db/database.js';
import { EmbeddedDatabaseUnavailableError } from '../../src/db/embedded/embedded-server.js';
import { createQueryWatchdog } from '../../src/db/query-watchdog.js';
import { snakeCase, SnakeNamingStrategy } from '../../src/db/snake-naming.strategy.js';

describe('query watchdog (fake clock)', () => {
  it('reports a stuck query once, timing queued queries from when they start running', () => {
    let now = 0;
    const stuck: Array<{ age: number; sql: string }> = [];
    const watchdog = createQueryWatchdog({
      timeoutMs: 1_000,
      intervalMs: 60_000, // checks are triggered by hand below
      now: () => now,
      onStuck: (age, query) => stuck.push({ age, sql: query.sql }),
    });
    const client = {};
    const first = watchdog.begin(client, 'SELECT 1');
    const second = watchdog.begin(client, 'SELECT 2'); // queued behind the first on the same client
    expect(watchdog.statementCount).toBe(2);
    expect(watchdog.inFlightCount).toBe(2);

    now = 900;
    watchdog.check();
    expect(stuck).toEqual([]);
    watchdog.end(first);

    now = 1_800; // second has run for 900 ms only (it waited 900 ms behind the first)
    watchdog.check();
    expect(stuck).toEqual([]);

    now = 1_950;
    watchdog.check();
    watchdog.check();
    expect(stuck).toEqual([{ age: 1_050, sql: 'SELECT 2' }]);
    watchdog.end(second);
    watchdog.end(second); // idempotent
    expect(watchdog.inFlightCount).toBe(0);
    expect(watchdog.oldestAgeMs()).toBe(0);
    watchdog.stop();
  });

  it('does not report while suspended, and restarts the clock on resume', () => {
    let now = 0;
    let reports = 0;
    const watchdog = createQueryWatchdog({
      timeoutMs: 100,
      intervalMs: 60_000,
      now: () => now,
      onStuck: () => reports++,
    });
    const resume = watchdog.suspend();
    const token = watchdog.begin({}, 'CREATE INDEX …');
    now = 5_000;
    watchdog.check();
    expect(reports).toBe(0);
    resume();
    now = 5_050;
    watchdog.check();
    expect(reports).toBe(0);
    now = 5_100;
    watchdog.check();
    expect(reports).toBe(1);
    watchdog.end(token);
    watchdog.stop();
  });

  it('counts without a timeout', () => {
    const watchdog = createQueryWatchdog();
    watchdog.end(watchdog.begin({}, 'BEGIN'));
    expect(watchdog.statementCount).toBe(1);
  });
});

describe('error classification', () => {
  it('recognises connection loss and timeouts, including wrapped driver errors', () => {
    expect(
      isConnectionError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })),
    ).toBe(true);
    expect(isConnectionError(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBe(true);
    expect(isConnectionError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isConnectionError(new EmbeddedDatabaseUnavailableError('重启中'))).toBe(true);
    const pgTimeout = Object.assign(new Error('canceling statement due to statement timeout'), {
      code: '57014',
    });
    const wrapped = Object.assign(new Error('QueryFailedError'), { driverError: pgTimeout });
    expect(isConnectionError(wrapped)).toBe(true);
    expect(isStatementTimeout(wrapped)).toBe(true);
    expect(isConnectionError(Object.assign(new Error('admin shutdown'), { code: '57P01' }))).toBe(true);
    expect(isStatementTimeout(Object.assign(new Error('killed'), { queryTimedOut: true }))).toBe(true);

    const unique = Object.assign(new Error('duplicate key'), { code: '23505' });
    expect(isConnectionError(unique)).toBe(false);
    expect(isStatementTimeout(unique)).toBe(false);
    expect(isConnectionError(null)).toBe(false);
  });
});

describe('snake_case naming strategy', () => {
  it('converts names', () => {
    expect(snakeCase('createdAt')).toBe('created_at');
    expect(snakeCase('HTTPRequestLog')).toBe('http_request_log');
    expect(snakeCase('already_snake')).toBe('already_snake');
    const strategy = new SnakeNamingStrategy();
    expect(strategy.columnName('publishedAt', undefined, [])).toBe('published_at');
    expect(strategy.columnName('publishedAt', 'pub', [])).toBe('pub');
    expect(strategy.columnName('postCode', undefined, ['address'])).toBe('address_post_code');
    expect(strategy.relationName('ownerDepartment')).toBe('owner_department');
    expect(strategy.joinColumnName('ownerDepartment', 'id')).toBe('owner_department_id');
    expect(strategy.joinTableName('user', 'role', 'roles', 'users')).toBe('user_roles_role');
    expect(strategy.joinTableColumnName('user', 'id')).toBe('user_id');
    expect(strategy.joinTableInverseColumnName('role', 'id')).toBe('role_id');
    expect(strategy.tableName('PublicationRequest', undefined)).toBe('publication_request');
  });
});
