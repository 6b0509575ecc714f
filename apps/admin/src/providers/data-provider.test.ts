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
      sort: { field: 'name', order: 'ASC' },
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

  it('identifies audit rows by seq and reads one row by auditLog(seq), so a reload works', async () => {
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
    const { dataProvider, calls } = fakeApi((call) =>
      call.operationName === 'AuditLogs'
        ? { body: { data: { auditLogs: { __typename: 'AuditLogPage', total: 1, items: [row] } } } }
        : call.variables.seq === '42'
          ? { body: { data: { auditLog: row } } }
          : graphQLError('审计记录不存在', { code: 'NOT_FOUND', reason: 'RECORD.NOT_FOUND' }),
    );
    const list = await dataProvider.getList('auditLogs', {
      pagination: { page: 1, perPage: 50 },
      sort: { field: 'at', order: 'ASC' },
      filter: { outcome: 'SUCCESS', from: '2026-01-01T08:00' },
    });
    expect(list.data[0].id).toBe('42');
    expect((calls[0].variables.filter as Record<string, unknown>).from).toMatch(
      /^2026-01-01T\d{2}:00:00\.000Z$/,
    );
    expect(calls[0].variables.sort).toEqual({ field: 'at', order: 'ASC' });
    const { data } = await dataProvider.getOne('auditLogs', { id: '42' });
    expect(data).toMatchObject({ id: '42', changes: row.changes });
    expect(calls[1]).toMatchObject({ operationName: 'AuditLog', variables: { seq: '42' } });
    await expect(dataProvider.getOne('auditLogs', { id: '7' })).rejects.toMatchObject({ status: 404 });
  });

  it("passes react-admin's sort only for fields the list can be sorted by (the domain's LIST_SORTING)", async () => {
    const { dataProvider, calls } = fakeApi((call) => ({
      body: {
        data:
          call.operationName === 'ApiToken'
            ? {
                apiToken: {
                  __typename: 'ApiTokenView',
                  id: 't1',
                  name: '门户网站',
                  prefix: 'gdp_abc',
                  scopes: ['PUBLIC_READ'],
                  rateLimitPerMinute: 600,
                  createdAt: '2026-01-01T00:00:00.000Z',
                  expiresAt: null,
                  lastUsedAt: null,
                  revokedAt: null,
                  version: 1,
                },
              }
            : { rules: { __typename: 'RulePage', total: 0, items: [] } },
      },
    }));
    const list = (field: string, order: 'ASC' | 'DESC') =>
      dataProvider.getList('rules', {
        pagination: { page: 1, perPage: 25 },
        sort: { field, order },
        filter: {},
      });
    await list('category', 'DESC');
    await list('currentVersion.effectiveDate', 'ASC');
    await list('id', 'ASC');
    expect(calls.map((call) => call.variables.sort)).toEqual([
      { field: 'category', order: 'DESC' },
      null,
      null,
    ]);
    const { data } = await dataProvider.getOne('apiTokens', { id: 't1' });
    expect(data.name).toBe('门户网站');
    expect(calls[3]).toMatchObject({ operationName: 'ApiToken', variables: { id: 't1' } });
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

const uuid = (index: number) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;

const agency = (extra: Record<string, unknown> = {}) => ({
  __typename: 'ExternalAgency',
  id: uuid(1),
  name: '市财政局',
  kind: 'PEER',
  contactPerson: '王五',
  phone: '0572-1234567',
  address: null,
  notes: null,
  isActive: true,
  version: 2,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...extra,
});

const staffChange = (extra: Record<string, unknown> = {}) => ({
  __typename: 'StaffChange',
  id: uuid(2),
  effectiveDate: '2026-03-01',
  kind: 'TRANSFER_IN',
  departmentId: null,
  personName: '赵六',
  userId: null,
  description: null,
  documentNumber: null,
  recordedAt: '2026-03-01T02:00:00.000Z',
  recordedById: uuid(9),
  updatedAt: '2026-03-01T02:00:00.000Z',
  updatedById: null,
  version: 1,
  ...extra,
});

const ruleVersion = (number: number, extra: Record<string, unknown> = {}) => ({
  __typename: 'RuleVersion',
  id: uuid(100 + number),
  ruleId: uuid(3),
  versionNumber: number,
  effectiveDate: '2019-02-27',
  repealDate: null,
  note: null,
  text: '第一条 为规范……',
  createdById: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...extra,
});

const rule = (extra: Record<string, unknown> = {}) => ({
  __typename: 'Rule',
  id: uuid(3),
  title: '信息发布协调制度',
  issuingBody: '湖州市文化广电旅游局',
  category: 'RELEASE_COORDINATION',
  documentNumber: null,
  isActive: true,
  status: 'IN_FORCE',
  versionCount: 1,
  currentVersion: {
    __typename: 'RuleVersion',
    id: uuid(101),
    versionNumber: 1,
    effectiveDate: '2019-02-27',
    repealDate: null,
  },
  createdById: null,
  version: 5,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  versions: [ruleVersion(1)],
  ...extra,
});

describe('data provider: external agencies, staff changes, rules', () => {
  it('lists external agencies with their filter and saves with the loaded version (empty text → null)', async () => {
    const { dataProvider, calls } = fakeApi((call) =>
      call.operationName === 'ExternalAgencies'
        ? {
            body: {
              data: { externalAgencies: { __typename: 'ExternalAgencyPage', total: 1, items: [agency()] } },
            },
          }
        : { body: { data: { updateExternalAgency: agency({ version: 3, name: '市财政局（新）' }) } } },
    );
    await dataProvider.getList('externalAgencies', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'id', order: 'ASC' },
      filter: { q: ' 财政 ', kind: 'PEER', isActive: false, currentOnly: true },
    });
    expect(calls[0].variables.filter).toEqual({ q: '财政', kind: 'PEER', isActive: false });
    const previous = agency();
    const { data } = await dataProvider.update('externalAgencies', {
      id: previous.id,
      data: { ...previous, name: ' 市财政局（新） ', contactPerson: ' ', notes: '' },
      previousData: previous,
    });
    expect(data.version).toBe(3);
    expect(calls[1]).toMatchObject({
      operationName: 'UpdateExternalAgency',
      variables: {
        id: previous.id,
        version: 2,
        input: {
          name: '市财政局（新）',
          kind: 'PEER',
          contactPerson: null,
          phone: '0572-1234567',
          address: null,
          notes: null,
        },
      },
    });
  });

  it('deactivates an external agency instead of deleting it', async () => {
    const { dataProvider, calls } = fakeApi(() => ({
      body: { data: { setExternalAgencyActive: agency({ isActive: false, version: 3 }) } },
    }));
    const record = agency();
    await dataProvider.delete('externalAgencies', { id: record.id, previousData: record });
    expect(calls[0]).toMatchObject({
      operationName: 'SetExternalAgencyActive',
      variables: { id: record.id, version: 2, isActive: false },
    });
  });

  it('filters staff changes by department, kind and a calendar-date range; never deletes one', async () => {
    const { dataProvider, calls } = fakeApi((call) =>
      call.operationName === 'StaffChanges'
        ? {
            body: {
              data: { staffChanges: { __typename: 'StaffChangePage', total: 1, items: [staffChange()] } },
            },
          }
        : { body: { data: { createStaffChange: staffChange() } } },
    );
    await dataProvider.getList('staffChanges', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'effectiveDate', order: 'DESC' },
      filter: { departmentId: uuid(5), kind: 'LEADER_CHANGE', dateFrom: '2026-01-01', dateTo: '', q: '赵' },
    });
    expect(calls[0].variables.filter).toEqual({
      departmentId: uuid(5),
      kind: 'LEADER_CHANGE',
      dateFrom: '2026-01-01',
      q: '赵',
    });
    await dataProvider.create('staffChanges', {
      data: {
        effectiveDate: '2026-03-01',
        kind: 'TRANSFER_IN',
        personName: ' 赵六 ',
        departmentId: '',
        userId: null,
      },
    });
    expect(calls[1].variables.input).toEqual({
      effectiveDate: '2026-03-01',
      kind: 'TRANSFER_IN',
      departmentId: null,
      personName: '赵六',
      userId: null,
      description: null,
      documentNumber: null,
    });
    const record = staffChange();
    await expect(
      dataProvider.delete('staffChanges', { id: record.id, previousData: record }),
    ).rejects.toMatchObject({ status: 403 });
    expect(calls).toHaveLength(2);
  });

  it('sends currentOnly only when ticked and creates a rule with its first version', async () => {
    const { dataProvider, calls } = fakeApi((call) =>
      call.operationName === 'Rules'
        ? { body: { data: { rules: { __typename: 'RulePage', total: 0, items: [] } } } }
        : { body: { data: { createRule: rule() } } },
    );
    const list = (filter: Record<string, unknown>) =>
      dataProvider.getList('rules', {
        pagination: { page: 1, perPage: 25 },
        sort: { field: 'title', order: 'ASC' },
        filter,
      });
    await list({ currentOnly: false, category: 'TRAINING' });
    await list({ currentOnly: true, isActive: true, q: '保密' });
    expect(calls[0].variables.filter).toEqual({ category: 'TRAINING' });
    expect(calls[1].variables.filter).toEqual({ isActive: true, q: '保密', currentOnly: true });
    const { data } = await dataProvider.create('rules', {
      data: {
        title: ' 信息发布协调制度 ',
        issuingBody: '湖州市文化广电旅游局',
        category: 'RELEASE_COORDINATION',
        documentNumber: '',
        firstVersion: { text: '第一条 为规范……', effectiveDate: '2019-02-27', repealDate: '', note: '' },
      },
    });
    expect(data.versions).toHaveLength(1);
    expect(calls[2]).toMatchObject({
      operationName: 'CreateRule',
      variables: {
        input: {
          title: '信息发布协调制度',
          issuingBody: '湖州市文化广电旅游局',
          category: 'RELEASE_COORDINATION',
          documentNumber: null,
          firstVersion: {
            text: '第一条 为规范……',
            effectiveDate: '2019-02-27',
            repealDate: null,
            note: null,
          },
        },
      },
    });
  });

  it('adds a rule version and sets or clears the repeal date with the rule version', async () => {
    const { dataProvider, calls } = fakeApi((call) => ({
      body: {
        data:
          call.operationName === 'AddRuleVersion'
            ? { addRuleVersion: rule({ versionCount: 2, versions: [ruleVersion(1), ruleVersion(2)] }) }
            : { setRuleRepealDate: rule({ version: 6 }) },
      },
    }));
    await dataProvider.runAction('rules', 'addVersion', {
      ruleId: uuid(3),
      data: { text: '修订后的全文', effectiveDate: '2026-07-01', note: '修订第三条' },
    });
    expect(calls[0].variables).toEqual({
      ruleId: uuid(3),
      input: { text: '修订后的全文', effectiveDate: '2026-07-01', repealDate: null, note: '修订第三条' },
    });
    await dataProvider.runAction('rules', 'setRepealDate', {
      id: uuid(3),
      version: 5,
      repealDate: '2027-01-01',
    });
    await dataProvider.runAction('rules', 'setRepealDate', { id: uuid(3), version: 6, repealDate: '' });
    expect(calls.slice(1).map((call) => call.variables)).toEqual([
      { id: uuid(3), version: 5, repealDate: '2027-01-01' },
      { id: uuid(3), version: 6, repealDate: null },
    ]);
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
          department: null,
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

  it('lets every business role read agencies, staff changes and rules; only the offices keep them', async () => {
    const access = async (role: string) => {
      const { authProvider } = fakeApi(() =>
        me([{ role, departmentId: role === 'DRAFTER' ? uuid(5) : null }]),
      );
      const results: Record<string, boolean> = {};
      for (const resource of ['externalAgencies', 'staffChanges', 'rules'])
        for (const action of ['list', 'show', 'export', 'create', 'edit'])
          results[`${resource}.${action}`] = await authProvider.canAccess!({ resource, action });
      results['rules.addVersion'] = await authProvider.canAccess!({
        resource: 'rules',
        action: 'addVersion',
      });
      results['staffChanges.delete'] = await authProvider.canAccess!({
        resource: 'staffChanges',
        action: 'delete',
      });
      return results;
    };
    const office = await access('GENERAL_OFFICE');
    expect(
      Object.entries(office)
        .filter(([, allowed]) => !allowed)
        .map(([key]) => key),
    ).toEqual(['staffChanges.delete']);
    expect(await access('LEADERSHIP_OFFICE')).toEqual(office);
    const drafter = await access('DRAFTER');
    expect(
      Object.entries(drafter)
        .filter(([, allowed]) => allowed)
        .map(([key]) => key),
    ).toEqual([
      'externalAgencies.list',
      'externalAgencies.show',
      'externalAgencies.export',
      'staffChanges.list',
      'staffChanges.show',
      'staffChanges.export',
      'rules.list',
      'rules.show',
      'rules.export',
    ]);
    // 三员分立: the system administrator reads no business content.
    const admin = await access('SYSTEM_ADMIN');
    expect(Object.values(admin).some(Boolean)).toBe(false);
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
