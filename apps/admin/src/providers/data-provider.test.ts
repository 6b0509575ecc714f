import { describe, expect, it } from 'vitest';
import { createConsoleProviders } from './console-providers';
import { apiPageSize } from './data-provider';

interface Call {
  operationName: string;
  variables: Record<string, unknown>;
}

/** A fake API at the fetch level: Apollo, the gateway, the error mapping and the provider all run for real. */
function fakeApi(answer: (call: Call) => { status?: number; body: unknown }) {
  const calls: Call[] = [];
  const fetchImplementation = async (_url: RequestInfo | URL, init?: RequestInit) => {
    const call = JSON.parse(String(init?.body)) as Call;
    calls.push(call);
    const { status = 200, body } = answer(call);
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  const providers = createConsoleProviders({
    uri: 'http://console.test/graphql',
    fetch: fetchImplementation as typeof fetch,
  });
  return { ...providers, calls };
}

const department = (index: number, extra: Record<string, unknown> = {}) => ({
  __typename: 'Department',
  id: `00000000-0000-0000-0000-${String(index).padStart(12, '0')}`,
  code: `D${index}`,
  name: `处室${index}`,
  kind: 'DIVISION',
  sortOrder: index,
  phone: null,
  isActive: true,
  version: 3,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...extra,
});

const graphQLError = (message: string, extensions: Record<string, unknown>) => ({
  body: { data: null, errors: [{ message, extensions }] },
});

describe('data provider', () => {
  it('maps getList onto departments(filter, page) and returns items and total', async () => {
    const { dataProvider, calls } = fakeApi(() => ({
      body: { data: { departments: { __typename: 'DepartmentPage', total: 1, items: [department(1)] } } },
    }));
    const result = await dataProvider.getList('departments', {
      pagination: { page: 2, perPage: 10 },
      sort: { field: 'name', order: 'ASC' },
      filter: { q: ' 办公 ', kind: 'OFFICE', isActive: true, unknown: 'x', empty: '' },
    });
    expect(result.total).toBe(1);
    expect(result.data[0]).toMatchObject({ id: department(1).id, name: '处室1' });
    expect(calls[0].operationName).toBe('Departments');
    expect(calls[0].variables).toEqual({
      filter: { q: '办公', kind: 'OFFICE', isActive: true },
      page: { page: 2, perPage: 10 },
    });
  });

  it('reads a window larger than the API page (e.g. an export) in pages of at most 100', async () => {
    const { dataProvider, calls } = fakeApi((call) => {
      const { page, perPage } = call.variables.page as { page: number; perPage: number };
      const total = 250;
      const items = Array.from(
        { length: Math.max(0, Math.min(perPage, total - (page - 1) * perPage)) },
        (_, index) => department((page - 1) * perPage + index),
      );
      return { body: { data: { departments: { __typename: 'DepartmentPage', total, items } } } };
    });
    const result = await dataProvider.getList('departments', {
      pagination: { page: 1, perPage: 1000 },
      sort: { field: 'id', order: 'ASC' },
      filter: {},
    });
    expect(result.data).toHaveLength(250);
    expect(result.total).toBe(250);
    expect(calls.map((call) => call.variables.page)).toEqual([
      { page: 1, perPage: 100 },
      { page: 2, perPage: 100 },
      { page: 3, perPage: 100 },
    ]);
    expect(apiPageSize(1000)).toBe(100);
    expect(apiPageSize(25)).toBe(25);
    expect(apiPageSize(150)).toBe(75);
  });

  it('sends the loaded version and the input on update (optimistic locking)', async () => {
    const { dataProvider, calls } = fakeApi(() => ({
      body: { data: { updateDepartment: department(1, { version: 4, name: '新名称' }) } },
    }));
    const previous = { ...department(1), id: department(1).id };
    const { data } = await dataProvider.update('departments', {
      id: previous.id,
      data: { ...previous, name: ' 新名称 ', code: 'd1', phone: '' },
      previousData: previous,
    });
    expect(data.version).toBe(4);
    expect(calls[0].operationName).toBe('UpdateDepartment');
    expect(calls[0].variables).toEqual({
      id: previous.id,
      version: 3,
      input: { code: 'D1', name: '新名称', kind: 'DIVISION', sortOrder: 1, phone: null },
    });
  });

  it('turns delete into deactivation', async () => {
    const { dataProvider, calls } = fakeApi(() => ({
      body: { data: { setDepartmentActive: department(1, { isActive: false, version: 4 }) } },
    }));
    const record = department(1);
    const { data } = await dataProvider.delete('departments', { id: record.id, previousData: record });
    expect(data.isActive).toBe(false);
    expect(calls[0]).toMatchObject({
      operationName: 'SetDepartmentActive',
      variables: { id: record.id, version: 3, isActive: false },
    });
  });

  it('identifies audit rows by seq and serves their page from the cache', async () => {
    const row = {
      __typename: 'AuditLogView',
      seq: '42',
      at: '2026-01-01T00:00:00.000Z',
      actorKind: 'staff',
      actorId: 'u1',
      actorName: 'demo.auditor',
      action: 'Mutation.createDepartment',
      outcome: 'SUCCESS',
      entityType: 'Department',
      entityId: 'd1',
      changes: [{ field: 'phone', before: null, after: '〔已屏蔽〕' }],
      errorCode: null,
      reason: null,
      ip: '〔已屏蔽〕',
      requestId: 'r1',
      hash: 'abc',
    };
    const { dataProvider, calls } = fakeApi(() => ({
      body: { data: { auditLogs: { __typename: 'AuditLogPage', total: 1, items: [row] } } },
    }));
    const list = await dataProvider.getList('auditLogs', {
      pagination: { page: 1, perPage: 50 },
      sort: { field: 'seq', order: 'DESC' },
      filter: { outcome: 'SUCCESS', from: '2026-01-01T08:00' },
    });
    expect(list.data[0].id).toBe('42');
    expect((calls[0].variables.filter as Record<string, unknown>).from).toMatch(
      /^2026-01-01T\d{2}:00:00\.000Z$/,
    );
    const { data } = await dataProvider.getOne('auditLogs', { id: '42' });
    expect(data).toMatchObject({ id: '42', changes: row.changes });
    expect(calls).toHaveLength(1);
    await expect(dataProvider.getOne('auditLogs', { id: '7' })).rejects.toMatchObject({ status: 404 });
  });

  it('maps extensions.fields to form field errors with the message as the root error', async () => {
    const { dataProvider } = fakeApi(() =>
      graphQLError('处室代码已被使用', {
        code: 'CONFLICT',
        reason: 'DEPARTMENT.DUPLICATE',
        fields: { code: ['处室代码已被使用'] },
      }),
    );
    await expect(
      dataProvider.create('departments', {
        data: { code: 'BGS', name: '办公室', kind: 'OFFICE', sortOrder: 0 },
      }),
    ).rejects.toMatchObject({
      message: '处室代码已被使用',
      status: 409,
      body: {
        code: 'CONFLICT',
        reason: 'DEPARTMENT.DUPLICATE',
        errors: { code: '处室代码已被使用', root: { serverError: '处室代码已被使用' } },
      },
    });
  });

  it('keeps a stale-version CONFLICT a plain error (no field errors) with its zh message', async () => {
    const message = '处室已被他人修改，您的修改未保存。请刷新后重新编辑（您填写的内容仍保留在表单中）';
    const { dataProvider } = fakeApi(() =>
      graphQLError(message, { code: 'CONFLICT', reason: 'RECORD.STALE_VERSION' }),
    );
    const record = department(1);
    const error = await dataProvider
      .update('departments', { id: record.id, data: record, previousData: record })
      .catch((caught) => caught);
    expect(error.message).toBe(message);
    expect(error.status).toBe(409);
    expect(error.body.errors).toBeUndefined();
  });

  it('reads the contract from non-200 answers (timeouts) too', async () => {
    const { dataProvider } = fakeApi(() => ({
      status: 503,
      body: {
        errors: [
          {
            message: '请求处理超时，请稍后重试',
            extensions: { code: 'UNAVAILABLE', reason: 'REQUEST.TIMEOUT' },
          },
        ],
      },
    }));
    await expect(dataProvider.getOne('departments', { id: department(1).id })).rejects.toMatchObject({
      message: '请求处理超时，请稍后重试',
      status: 503,
      body: { code: 'UNAVAILABLE' },
    });
  });

  it('runs workflow actions from the registry and refuses unknown ones', async () => {
    const { dataProvider, calls } = fakeApi(() => ({
      body: {
        data: {
          verifyAuditChain: { __typename: 'AuditChainCheck', ok: true, checkedRows: 9, brokenAtSeq: null },
        },
      },
    }));
    await expect(dataProvider.runAction('auditLogs', 'verifyChain')).resolves.toMatchObject({
      ok: true,
      checkedRows: 9,
    });
    expect(calls[0].operationName).toBe('VerifyAuditChain');
    await expect(dataProvider.runAction('auditLogs', 'truncate')).rejects.toMatchObject({ status: 403 });
    await expect(dataProvider.deleteMany('users', { ids: ['1'] })).rejects.toMatchObject({ status: 403 });
  });
});

describe('auth provider', () => {
  const me = (roles: Array<{ role: string; departmentId: string | null }>, stage = 'FULL') => ({
    body: {
      data: {
        me: {
          __typename: 'Me',
          id: 'u1',
          username: 'zhang.san',
          displayName: '张三',
          departmentId: null,
          stage,
          roles: roles.map((grant, index) => ({ __typename: 'RoleGrantView', id: `g${index}`, ...grant })),
          permissions: [],
          fineGrainedPermissions: [],
          totpEnabled: false,
          isDemo: false,
        },
      },
    },
  });

  it('decides canAccess with the domain matrix and the grants from me', async () => {
    const { authProvider } = fakeApi(() => me([{ role: 'SECURITY_ADMIN', departmentId: null }]));
    const can = (resource: string, action: string) => authProvider.canAccess!({ resource, action });
    expect(await can('users', 'list')).toBe(true);
    expect(await can('users', 'grant')).toBe(true);
    expect(await can('users', 'edit')).toBe(false);
    expect(await can('apiTokens', 'create')).toBe(true);
    expect(await can('auditLogs', 'list')).toBe(false);
    expect(await can('users', 'delete')).toBe(false);
    expect(await can('unknown', 'list')).toBe(false);
  });

  it('allows nothing while the session must first change its password', async () => {
    const { authProvider } = fakeApi(() =>
      me([{ role: 'SYSTEM_ADMIN', departmentId: null }], 'PASSWORD_CHANGE'),
    );
    expect(await authProvider.canAccess!({ resource: 'departments', action: 'list' })).toBe(false);
  });

  it('asks for the TOTP code, then signs in and redirects to a pending stage', async () => {
    let attempt = 0;
    const { authProvider, calls } = fakeApi((call) => {
      if (call.operationName === 'Login') {
        attempt += 1;
        return {
          body: {
            data: {
              login: {
                __typename: 'SignInResult',
                status: attempt === 1 ? 'TOTP_REQUIRED' : 'SIGNED_IN',
                stage: attempt === 1 ? null : 'TOTP_ENROLMENT',
              },
            },
          },
        };
      }
      return me([{ role: 'AUDITOR', departmentId: null }], 'TOTP_ENROLMENT');
    });
    await expect(authProvider.login({ username: 'a', password: 'b' })).rejects.toMatchObject({
      name: 'TotpRequiredError',
    });
    await expect(authProvider.login({ username: 'a', password: 'b', totpCode: '123456' })).resolves.toEqual({
      redirectTo: '/totp-enrolment',
    });
    expect(
      calls.find((call) => call.operationName === 'Login' && call.variables.totpCode === '123456'),
    ).toBeTruthy();
  });

  it('logs out on UNAUTHENTICATED whatever the HTTP status, and keeps the idle-timeout message for the sign-in page', async () => {
    const { authProvider, dataProvider } = fakeApi(() =>
      graphQLError('长时间未操作（超过 30 分钟），已自动退出，请重新登录', {
        code: 'UNAUTHENTICATED',
        reason: 'AUTH.SESSION_EXPIRED',
      }),
    );
    const error = await dataProvider
      .getList('users', {
        pagination: { page: 1, perPage: 10 },
        sort: { field: 'id', order: 'ASC' },
        filter: {},
      })
      .catch((caught) => caught);
    expect(error.status).toBe(401);
    await expect(authProvider.checkError(error)).rejects.toEqual({ message: false });
    await expect(
      authProvider.checkError({ status: 403, body: { code: 'FORBIDDEN' } }),
    ).resolves.toBeUndefined();
  });
});
