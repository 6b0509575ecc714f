import { randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  GraphQLBoolean,
  GraphQLEnumType,
  GraphQLID,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLString,
  getNamedType,
  getNullableType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLSchema,
} from 'graphql';
import type { DataSource } from 'typeorm';
import {
  FINE_GRAINED_PERMISSIONS,
  ROLES,
  TOKEN_SCOPES,
  isDepartmentScopedRole,
  maskContactAddress,
  type FineGrainedPermission,
} from '@gdp/domain';
import { runDueJobs } from '../../src/jobs/job-runner.js';
import { deliverPendingOutbox } from '../../src/modules/notice/index.js';
import { createSchema } from '../../src/schema.js';
import {
  COMPLAINT_ID_BY_NUMBER,
  SUBMIT_COMPLAINT,
  submitComplaintWithName,
  type HandledComplaintFixture,
} from '../support/complaint-fixtures.js';
import { createApiToken, createDepartment, signedIn, TEST_PASSWORD } from '../support/factories.js';
import type { GraphQLClient, GraphQLResponse } from '../support/graphql-client.js';
import {
  DUMMY_ID,
  dummyValue,
  errorOf,
  isRefusedByGuard,
  operationFor,
  requiredArgs,
  rootFields,
  selectionOf,
  type RootField,
} from '../support/schema-walk.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Whistleblower protection, end to end [seed §11-5, SPEC M14]: a complainant's name, workplace, address,
 * phone, e-mail and material go in through the external API and the handlers' intake, the case runs its
 * whole course (acceptance, transfer, an extension told by SMS, handling with an order to correct, a
 * rejection told by e-mail, the scheduled jobs and the outbox) — and then every root query, asked by every
 * kind of caller with every id the case produced, answers without any of it. Only the audited reveal
 * returns it. Logs, every table read raw, the audit export, the outbox, the SMS gateway and the mail
 * server are read too.
 */

/** Nested selections below each root field: deeper than any path in the schema today, so nothing is cut. */
const WALK_DEPTH = 6;
const PER_PAGE = 100;
/** Beyond this the audit log is read through its export, which has no page limit. */
const MAX_PAGES = 30;
const MAX_COMBINATIONS = 200;
const CONCURRENCY = 3;

type Row = Record<string, any>;

// ---------------------------------------------------------------------------------------------------
// The complainant and what to look for
// ---------------------------------------------------------------------------------------------------

/** 12 hex digits: long enough that no id, hash or cipher contains one by chance. */
const marker = () => randomBytes(6).toString('hex');

function distinctiveIdentity() {
  const mobile = String(randomBytes(4).readUInt32BE(0) % 100_000_000).padStart(8, '0');
  return {
    name: `举报人张三丰-${marker()}`,
    workplace: `举报人供职单位${marker()}有限公司`,
    address: `湖州市吴兴区举报人巷${marker()}号`,
    phone: `139${mobile}`,
    email: `jb${marker()}@example.cn`,
    content: `举报材料原文${marker()}：某处室在门户网站公开的办事指南与实际办理要求不符，且长期未更新。`,
    concernedDepartment: `举报人所称被投诉单位${marker()}`,
  };
}
type Identity = ReturnType<typeof distinctiveIdentity>;

interface Needle {
  label: string;
  value: string;
}

/** Each value, and its random marker alone (a truncated or reformatted copy still carries it). */
function needlesOf(identity: Identity): Needle[] {
  const needles: Needle[] = [];
  for (const [label, value] of Object.entries(identity)) {
    needles.push({ label, value });
    const token = /[0-9a-f]{12}/.exec(value)?.[0];
    if (token) needles.push({ label: `${label} (marker)`, value: token });
  }
  return needles;
}

/** Also as stored bytes could hold them: hex (bytea) and base64 at each alignment. */
function encodedNeedles(needles: Needle[]): Needle[] {
  const encoded: Needle[] = [];
  for (const { label, value } of needles) {
    const bytes = Buffer.from(value, 'utf8');
    encoded.push({ label: `${label} (hex)`, value: bytes.toString('hex') });
    for (let pad = 0; pad < 3; pad += 1) {
      const base64 = Buffer.concat([Buffer.alloc(pad), bytes]).toString('base64');
      // Drop the characters that depend on the bytes around the value.
      const inner = base64.slice(Math.ceil((pad * 4) / 3) + 1, -4);
      if (inner.length >= 12) encoded.push({ label: `${label} (base64)`, value: inner });
    }
  }
  return encoded;
}

/** JSON and logs may escape characters (\uXXXX); compare on the characters themselves, ASCII case-insensitively. */
const readable = (text: string) =>
  text
    .replace(/\\u([0-9a-fA-F]{4})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .toLowerCase();

const needlesIn = (text: string, needles: Needle[]): Needle[] => {
  const haystack = readable(text);
  return needles.filter((needle) => haystack.includes(needle.value.toLowerCase()));
};

/** Where in a JSON answer each needle sits, e.g. `data.complaints.items.0.summary`. */
function pathsOf(value: unknown, needles: Needle[], path = ''): string[] {
  if (typeof value === 'string') {
    return needlesIn(value, needles).map((needle) => `${path || '(root)'}: ${needle.label}`);
  }
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
      pathsOf(inner, needles, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

// ---------------------------------------------------------------------------------------------------
// A local SMS gateway and SMTP server, as the bureau's would be
// ---------------------------------------------------------------------------------------------------

async function startSmsGateway() {
  const received: Array<{ to?: string; text?: string }> = [];
  /** While set, the gateway refuses and quotes the number and the text back (as real gateways do). */
  const state = { failing: false };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { to?: string; text?: string };
      received.push(body);
      if (state.failing) {
        res
          .writeHead(500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: `号码 ${body.to} 暂不可达：${body.text}` }));
      } else {
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ id: `sms-${received.length}` }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/send`,
    received,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function startSmtpServer() {
  const received: Array<{ to: string[]; raw: string }> = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((address) => address.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A single-part text mail as a person reads it: encoded-word headers and the body decoded. */
function readableMail(raw: string): { headers: string; body: string } {
  const split = raw.search(/\r?\n\r?\n/);
  const headers = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
  const encodedBody = raw.slice(split).trim();
  const decodeQuotedPrintable = (text: string) =>
    Buffer.from(
      text
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-F]{2})/gi, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    ).toString('utf8');
  const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(headers)?.[1]?.toLowerCase();
  const body =
    encoding === 'base64'
      ? Buffer.from(encodedBody.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(encodedBody)
        : encodedBody;
  const decodedHeaders = headers
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_match, kind: string, text: string) =>
      kind.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
  return { headers: decodedHeaders, body };
}

// ---------------------------------------------------------------------------------------------------

interface WalkActor {
  name: string;
  client: GraphQLClient;
}

describe('whistleblower protection: the complainant appears nowhere but in the audited reveal', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let schema: GraphQLSchema;
  let gateway: Awaited<ReturnType<typeof startSmsGateway>>;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let identity: Identity;
  let needles: Needle[];
  /** What staff could still see of a phone number if anything showed it masked (138****5678). */
  let maskedPhone: Needle;
  let fixture: HandledComplaintFixture;
  let department: { id: string; name: string };
  let otherDepartment: { id: string };
  /** The complaints of the case: A handled then closed, B rejected, C extended and handled, D registered by staff. */
  const complaints: Record<'A' | 'B' | 'C' | 'D', { id: string; caseNumber: string; accessCode: string }> =
    {} as any;
  /** Answers of the workflow's own steps (each a read of the case too). */
  const stepResponses: Array<{ step: string; response: GraphQLResponse }> = [];
  /** Slips refused on the way: what was typed must leave no trace either. */
  const refusals: Array<{ step: string; response: GraphQLResponse }> = [];
  let revealer: { client: GraphQLClient; user: { id: string } };
  let revealRequestId: string | null = null;
  const actors: WalkActor[] = [];
  let auditor: GraphQLClient;
  let systemAdmin: GraphQLClient;

  async function refused(
    step: string,
    client: GraphQLClient,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<void> {
    refusals.push({ step, response: await client.gql(query, variables) });
  }

  async function step(
    step: string,
    client: GraphQLClient,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<Row> {
    const response = await client.gql<Row>(query, variables);
    if (response.errors?.length || !response.data)
      throw new Error(`${step} failed: ${response.text.slice(0, 500)}`);
    stepResponses.push({ step, response });
    return response.data;
  }

  /** Sessions last at most 12 hours: the people of the case sign in again after the clock jumps. */
  async function signInAgain(username: string): Promise<GraphQLClient> {
    const client = testApp.client();
    const response = await client.login(username, TEST_PASSWORD);
    if (response.data?.login.status !== 'SIGNED_IN') throw new Error(`sign-in failed: ${response.text}`);
    return client;
  }

  beforeAll(async () => {
    [gateway, smtp] = await Promise.all([startSmsGateway(), startSmtpServer()]);
    testApp = await startTestApp({
      smtpUrl: smtp.url,
      smtpFrom: '湖州市文化广电旅游局 <gk@example.gov.cn>',
      smsGatewayUrl: gateway.url,
      smsGatewayToken: 'gateway-token',
      sessionIdleMinutes: 24 * 60,
      loginMaxFailuresPerIp: 10_000,
    });
    ds = testApp.db.database.dataSource;
    schema = await createSchema();
    identity = distinctiveIdentity();
    needles = needlesOf(identity);
    maskedPhone = { label: 'phone (masked)', value: maskContactAddress('SMS', identity.phone) };
    const full = selectionOf(schema.getType('Complaint') as GraphQLObjectType, WALK_DEPTH);

    // A: submitted by an external app, accepted, transferred, handled with an order to correct (the fixture).
    const { name: _name, concernedDepartment: _concerned, ...sealedRest } = identity;
    fixture = await submitComplaintWithName(testApp, identity.name, sealedRest);
    department = fixture.department;
    otherDepartment = await createDepartment(ds);
    const { handler, portal, departmentHead } = fixture;
    complaints.A = {
      id: fixture.complaintId,
      caseNumber: fixture.caseNumber,
      accessCode: fixture.accessCode,
    };

    // B and C: the same person again, naming the unit in their own words.
    const submission = {
      violationKind: 'LATE_OR_STALE',
      content: identity.content,
      concernedDepartment: identity.concernedDepartment,
      isAnonymous: false,
      wantsReply: true,
      name: identity.name,
      workplace: identity.workplace,
      address: identity.address,
      phone: identity.phone,
      email: identity.email,
      privacyNoticeAccepted: true,
    };
    const submit = async () => {
      const { submitComplaint } = await step('submitComplaint', portal, SUBMIT_COMPLAINT, {
        key: randomUUID(),
        input: submission,
      });
      const [found] = (await handler.client.ok(COMPLAINT_ID_BY_NUMBER, { q: submitComplaint.caseNumber }))
        .complaints.items;
      return {
        id: found.id as string,
        version: found.version as number,
        caseNumber: submitComplaint.caseNumber,
        accessCode: submitComplaint.accessCode,
      };
    };
    await refused('submitComplaint without the privacy notice accepted', portal, SUBMIT_COMPLAINT, {
      key: randomUUID(),
      input: { ...submission, privacyNoticeAccepted: false },
    });
    const b = await submit();
    const c = await submit();
    complaints.B = b;
    complaints.C = c;

    // B is not accepted; the reason goes to the complainant by e-mail.
    await step(
      'rejectComplaint',
      handler.client,
      `mutation Reject($id: ID!, $version: Int!, $reason: ComplaintNotAcceptedReason!, $text: String!, $noticeChannel: NoticeChannel) {
        rejectComplaint(id: $id, version: $version, reason: $reason, text: $text, noticeChannel: $noticeChannel) ${full} }`,
      {
        id: b.id,
        version: b.version,
        reason: 'ALREADY_HANDLED',
        text: '同一事项已在另一案件中处理，且无新的情况。',
        noticeChannel: 'EMAIL',
      },
    );

    // C: accepted, transferred, extended with an SMS to the complainant, handled with an order to correct (SMS).
    let version = (
      await step(
        'acceptComplaint',
        handler.client,
        `mutation Accept($id: ID!, $version: Int!, $summary: String) {
          acceptComplaint(id: $id, version: $version, needsTransfer: true, summary: $summary) ${full} }`,
        { id: c.id, version: c.version, summary: '反映门户网站办事指南与实际办理要求不符' },
      )
    ).acceptComplaint.version;
    version = (
      await step(
        'transferComplaint',
        handler.client,
        `mutation Transfer($id: ID!, $version: Int!, $to: ID) {
          transferComplaint(id: $id, version: $version, toDepartmentId: $to, summary: "请核查门户网站办事指南的公开内容") ${full} }`,
        { id: c.id, version, to: department.id },
      )
    ).transferComplaint.version;
    await refused(
      'extendComplaint with a reason naming the complainant',
      handler.client,
      `mutation Extend($id: ID!, $version: Int!, $reason: String!) {
        extendComplaint(id: $id, version: $version, byWorkingDays: 5, reason: $reason, noticeChannel: SMS) { id } }`,
      { id: c.id, version, reason: `需联系${identity.name}（${identity.phone}）补充材料` },
    );
    version = (
      await step(
        'extendComplaint',
        handler.client,
        `mutation Extend($id: ID!, $version: Int!) {
          extendComplaint(id: $id, version: $version, byWorkingDays: 5, reason: "需调取网站历史版本逐一核对", noticeChannel: SMS) ${full} }`,
        { id: c.id, version },
      )
    ).extendComplaint.version;
    version = (
      await step(
        'recordComplaintTransferResult',
        handler.client,
        `mutation Result($id: ID!, $version: Int!) {
          recordComplaintTransferResult(id: $id, version: $version, text: "承办处室核查：部分办事指南未随政策调整更新") ${full} }`,
        { id: c.id, version },
      )
    ).recordComplaintTransferResult.version;
    const dueDate = new Date(testApp.clock.now().getTime() + 20 * 86_400_000).toISOString().slice(0, 10);
    await step(
      'handleComplaint',
      handler.client,
      `mutation Handle($id: ID!, $version: Int!, $input: HandleComplaintInput!) { handleComplaint(id: $id, version: $version, input: $input) ${full} }`,
      {
        id: c.id,
        version,
        input: {
          outcome: 'PARTLY_SUBSTANTIATED',
          findings: '经查，部分办事指南未随政策调整及时更新，情况部分属实。',
          replyText: '经调查，您反映的问题部分属实，已责令相关处室限期更正。',
          noticeChannel: 'SMS',
          correctionOrders: [
            { departmentId: department.id, requirement: '核对并更正门户网站全部办事指南', dueDate },
          ],
        },
      },
    );

    // D: the same person by letter, registered by a handler with a code for the complainant; left waiting.
    const letter = {
      violationKind: 'APPLICATION_MISHANDLED',
      channel: 'LETTER',
      receivedAt: new Date(testApp.clock.now().getTime() - 3_600_000).toISOString(),
      summary: '反映依申请公开答复拖延',
      concernedDepartmentId: department.id,
      isAnonymous: false,
      wantsReply: true,
      issueAccessCode: true,
      sealed: {
        name: identity.name,
        workplace: identity.workplace,
        address: identity.address,
        phone: identity.phone,
        email: identity.email,
        content: identity.content,
      },
    };
    const register = `mutation Register($input: ComplaintIntakeInput!) { registerComplaint(input: $input) { accessCode complaint ${full} } }`;
    await refused('registerComplaint with a malformed e-mail address', handler.client, register, {
      input: { ...letter, sealed: { ...letter.sealed, email: `${identity.name}@` } },
    });
    const registration = (await step('registerComplaint', handler.client, register, { input: letter }))
      .registerComplaint;
    complaints.D = {
      id: registration.complaint.id,
      caseNumber: registration.complaint.caseNumber,
      accessCode: registration.accessCode,
    };

    // A: the department reports its correction, a handler verifies it, the case closes.
    const order = (
      await departmentHead.client.ok(`query O($id: ID!) { correctionOrder(id: $id) { id version } }`, {
        id: fixture.correctionOrderId,
      })
    ).correctionOrder;
    await step(
      'reportCorrection',
      departmentHead.client,
      `mutation Report($id: ID!, $version: Int!) { reportCorrection(id: $id, version: $version, text: "已更正办事指南并重新公开") { id version state } }`,
      { id: order.id, version: order.version },
    );
    const reported = (
      await handler.client.ok(`query O($id: ID!) { correctionOrder(id: $id) { id version } }`, {
        id: order.id,
      })
    ).correctionOrder;
    await step(
      'verifyCorrection',
      handler.client,
      `mutation Verify($id: ID!, $version: Int!) { verifyCorrection(id: $id, version: $version) { id version state } }`,
      {
        id: reported.id,
        version: reported.version,
      },
    );
    const a = (
      await handler.client.ok(`query C($id: ID!) { complaint(id: $id) { version } }`, { id: complaints.A.id })
    ).complaint;
    await step(
      'closeComplaint',
      handler.client,
      `mutation Close($id: ID!, $version: Int!) { closeComplaint(id: $id, version: $version) ${full} }`,
      {
        id: complaints.A.id,
        version: a.version,
      },
    );

    // The scheduled jobs and the outbox: the first SMS attempts fail (the gateway quotes the number back)…
    gateway.state.failing = true;
    await runDueJobs(testApp.app.services);
    const pendingSms = (await ds.query(
      `SELECT state, last_error FROM outbox_message WHERE channel = 'SMS'`,
    )) as Row[];
    expect(pendingSms.length).toBe(2);
    for (const message of pendingSms) {
      expect(message).toMatchObject({ state: 'PENDING', last_error: '短信网关返回 HTTP 500' });
    }
    // …then are retried the next day; a week later deadlines are overdue and reminders go out.
    gateway.state.failing = false;
    testApp.clock.set('2026-11-27T02:00:00.000Z');
    await runDueJobs(testApp.app.services);
    await deliverPendingOutbox(testApp.app.services);
    testApp.clock.set('2026-12-03T02:00:00.000Z');
    await runDueJobs(testApp.app.services);
    await deliverPendingOutbox(testApp.app.services);

    // Everyone who walks the schema, signed in at the new date.
    const tokenWithEveryScope = testApp
      .client()
      .withBearer((await createApiToken(ds, [...TOKEN_SCOPES])).token);
    actors.push({ name: 'anonymous', client: testApp.client() });
    actors.push({ name: 'token with every scope', client: tokenWithEveryScope });
    actors.push({ name: 'the submitting app (complaints:submit)', client: portal });
    for (const role of ROLES) {
      if (isDepartmentScopedRole(role)) {
        for (const [where, departmentId] of [
          ['department complained about', department.id],
          ['another department', otherDepartment.id],
        ] as const) {
          const { client } = await signedIn(testApp, { roles: [{ role, departmentId }], departmentId });
          actors.push({ name: `${role} (${where})`, client });
        }
      } else {
        const { client } = await signedIn(testApp, { roles: [role] });
        actors.push({ name: role, client });
        if (role === 'AUDITOR') auditor = client;
        if (role === 'SYSTEM_ADMIN') systemAdmin = client;
      }
    }
    revealer = await signedIn(testApp, {
      roles: ['COMPLAINT_HANDLER'],
      permissions: ['COMPLAINT_IDENTITY_REVEAL'],
    });
    actors.push({ name: 'COMPLAINT_HANDLER with COMPLAINT_IDENTITY_REVEAL', client: revealer.client });
    const permissionSets: FineGrainedPermission[][] = FINE_GRAINED_PERMISSIONS.map((permission) => [
      permission,
    ]);
    permissionSets.push([...FINE_GRAINED_PERMISSIONS]);
    for (const permissions of permissionSets) {
      actors.push({
        name: `permissions only (${permissions.join(', ')})`,
        client: (await signedIn(testApp, { permissions })).client,
      });
    }
    actors.push({ name: 'staff without roles', client: (await signedIn(testApp, {})).client });
    actors.push({
      name: 'every role and permission (department complained about)',
      client: (
        await signedIn(testApp, {
          roles: ROLES.map((role) => ({
            role,
            departmentId: isDepartmentScopedRole(role) ? department.id : null,
          })),
          permissions: [...FINE_GRAINED_PERMISSIONS],
          departmentId: department.id,
        })
      ).client,
    });
    actors.push({ name: 'the handler who ran the case', client: await signInAgain(handler.user.username) });
    actors.push({
      name: 'the head of the department ordered to correct',
      client: await signInAgain(departmentHead.user.username),
    });
  }, 180_000);

  afterAll(async () => {
    await testApp?.close();
    await Promise.all([gateway?.close(), smtp?.close()]);
  });

  it('the workflow’s own answers, and its refusals of slips, carry none of it', () => {
    expect(stepResponses.length).toBeGreaterThanOrEqual(11);
    expect(
      refusals.map(({ step, response }) => `${step}: ${response.errors?.[0]?.extensions?.code}`),
    ).toEqual(refusals.map(({ step }) => `${step}: BAD_USER_INPUT`));
    const found = [...stepResponses, ...refusals].flatMap(({ step, response }) =>
      pathsOf(JSON.parse(response.text), [...needles, maskedPhone]).map((path) => `${step} → ${path}`),
    );
    expect(found).toEqual([]);
  });

  it('the reveal returns it to the permitted handler, and its records keep the reason and none of it', async () => {
    const reason = '需当面向投诉举报人反馈核查结果';
    const response = await revealer.client.gql<Row>(
      `mutation Reveal($id: ID!, $reason: String!) { revealComplaintIdentity(id: $id, reason: $reason) {
        name workplace address phone email content concernedDepartment } }`,
      { id: complaints.C.id, reason },
    );
    expect(response.data?.revealComplaintIdentity).toEqual(identity);
    revealRequestId = response.headers.get('x-request-id');
    const audit = (await ds.query(`SELECT * FROM audit_log WHERE request_id = $1`, [
      revealRequestId,
    ])) as Row[];
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'Mutation.revealComplaintIdentity',
      outcome: 'SUCCESS',
      entity_id: complaints.C.id,
    });
    const auditText = JSON.stringify(audit[0]);
    expect(auditText).toContain(reason);
    expect(needlesIn(auditText, [...needles, ...encodedNeedles(needles), maskedPhone])).toEqual([]);
    const [record] = (await ds.query(
      `SELECT row_to_json(r)::text AS row FROM complaint_identity_reveal r WHERE complaint_id = $1`,
      [complaints.C.id],
    )) as Row[];
    expect(record.row).toContain(reason);
    expect(needlesIn(record.row, needles)).toEqual([]);
  });

  it('every root query, as every caller, with every id of the case, answers without it', async () => {
    const queries = rootFields(schema).filter((root) => root.operation === 'Query');
    const ids = await idsOfTheCase();
    const codePairs = [
      ...Object.values(complaints).map(({ caseNumber, accessCode }) => ({ caseNumber, accessCode })),
      // A code of one case does not open another.
      { caseNumber: complaints.A.caseNumber, accessCode: complaints.C.accessCode },
    ];
    const leaks: string[] = [];
    const unexpected: string[] = [];
    const seen = new Set<string>();
    const outcomes = new Map<string, string>();
    let calls = 0;

    const call = async (actor: WalkActor, root: RootField, values: Record<string, unknown>) => {
      const { query, variables } = operationFor(root, { values, depth: WALK_DEPTH });
      const response = await actor.client.gql(query, variables);
      calls += 1;
      const where = `${actor.name} → Query.${root.field.name}(${JSON.stringify(values)})`;
      const error = errorOf(response, root.field.name);
      if (
        response.status >= 500 ||
        (error && !error.extensions?.code) ||
        error?.extensions?.code === 'QUERY_REJECTED'
      ) {
        unexpected.push(`${where}: ${response.status} ${response.text.slice(0, 300)}`);
      }
      if (needlesIn(response.text, [...needles, maskedPhone]).length > 0) {
        const parsed = (() => {
          try {
            return JSON.parse(response.text) as unknown;
          } catch {
            return response.text;
          }
        })();
        leaks.push(...pathsOf(parsed, [...needles, maskedPhone]).map((path) => `${where} at ${path}`));
      }
      for (const id of response.text.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ??
        [])
        seen.add(id);
      for (const seq of response.text.match(/"seq":"(\d+)"/g) ?? []) seen.add(seq.slice(7, -1));
      return response;
    };

    /** Values for a root field's required arguments: every id that could be meant, every enum value. */
    const combinationsFor = (root: RootField): Array<Record<string, unknown>> => {
      const required = requiredArgs(root.field);
      const names = new Set(required.map((arg) => arg.name));
      if (names.has('caseNumber') && names.has('accessCode')) return codePairs.map((pair) => ({ ...pair }));
      let combinations: Array<Record<string, unknown>> = [{}];
      for (const arg of required) {
        const candidates = candidatesFor(arg, root, ids);
        combinations = combinations.flatMap((combination) =>
          candidates.map((value) => ({ ...combination, [arg.name]: value })),
        );
      }
      return combinations.slice(0, MAX_COMBINATIONS);
    };

    const walk = async (actor: WalkActor) => {
      for (const root of queries) {
        const named = getNamedType(root.field.type);
        const isPage = isObjectType(named) && 'items' in named.getFields() && 'total' in named.getFields();
        const page = (number: number) => (isPage ? { page: { page: number, perPage: PER_PAGE } } : {});
        const [first, ...rest] = combinationsFor(root);
        const response = await call(actor, root, { ...first, ...page(1) });
        const refused = isRefusedByGuard(response, root.field.name);
        outcomes.set(
          `${actor.name} ${root.field.name}`,
          refused ? String(errorOf(response, root.field.name)?.extensions?.code) : 'ALLOW',
        );
        // The guard decides from the caller alone, before arguments are read: other arguments change nothing.
        if (refused) continue;
        for (const values of rest) await call(actor, root, { ...values, ...page(1) });
        if (!isPage) continue;
        const total = Number((response.data as Row | undefined)?.[root.field.name]?.total ?? 0);
        for (let number = 2; (number - 1) * PER_PAGE < total && number <= MAX_PAGES; number += 1) {
          await call(actor, root, { ...first, ...page(number) });
        }
        // Filters can widen a default view (closed tasks, other states); only lists that can hold case records.
        if (!CASE_LISTS.has(itemTypeOf(root))) continue;
        for (const filter of filterVariations(root, ids))
          await call(actor, root, { ...first, ...page(1), filter });
      }
    };

    const queue = [...actors];
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let actor = queue.shift(); actor; actor = queue.shift()) await walk(actor);
      }),
    );

    expect(unexpected).toEqual([]);
    expect(leaks).toEqual([]);
    // The walk really read the case: every record it produced came back to someone.
    const unseen = Object.entries(ids.byKind).flatMap(([kind, list]) =>
      list.filter((id) => !seen.has(id)).map((id) => `${kind} ${id}`),
    );
    expect(unseen).toEqual([]);
    expect(calls).toBeGreaterThan(actors.length * queries.length);
    // Spot checks that the right people read the case (so a refusal everywhere cannot pass for safety).
    const spotChecks: Array<[string, string]> = [
      ['COMPLAINT_HANDLER complaint', 'ALLOW'],
      ['COMPLAINT_HANDLER with COMPLAINT_IDENTITY_REVEAL complaints', 'ALLOW'],
      ['LEADERSHIP_OFFICE complaints', 'ALLOW'],
      ['DEPARTMENT_HEAD (department complained about) correctionOrders', 'ALLOW'],
      ['AUDITOR auditLogs', 'ALLOW'],
      ['AUDITOR exportAuditLogs', 'ALLOW'],
      ['the submitting app (complaints:submit) complaintStatus', 'ALLOW'],
      ['token with every scope complaintStatus', 'ALLOW'],
      ['SYSTEM_ADMIN complaints', 'FORBIDDEN'],
      ['DRAFTER (department complained about) complaint', 'FORBIDDEN'],
      ['anonymous complaints', 'UNAUTHENTICATED'],
    ];
    for (const [key, outcome] of spotChecks) expect(outcomes.get(key), key).toBe(outcome);
  }, 240_000);

  it('no log line, no table row, no audit export, outbox message, SMS or e-mail carries it', async () => {
    // Logs: every line the API wrote since it started.
    const logText = testApp.logs.join('\n');
    expect(testApp.logs.length).toBeGreaterThan(100);
    expect(needlesIn(logText, [...needles, maskedPhone])).toEqual([]);

    // Every row of every table, read raw: only the sealed cipher holds it, and not in clear.
    const tables = (
      (await ds.query(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
      )) as Row[]
    ).map((row) => row.tablename as string);
    expect(tables).toEqual(
      expect.arrayContaining(['complaint', 'complaint_sealed', 'notice', 'outbox_message', 'audit_log']),
    );
    const inClear: string[] = [];
    const maskedAt = new Set<string>();
    const rawNeedles = [...needles, ...encodedNeedles(needles)];
    let rows = 0;
    for (const table of tables) {
      for (const { row } of (await ds.query(`SELECT t::text AS row FROM "${table}" t`)) as Array<{
        row: string;
      }>) {
        rows += 1;
        for (const needle of needlesIn(row, rawNeedles))
          inClear.push(`${table}: ${needle.label} in ${row.slice(0, 200)}`);
        if (needlesIn(row, [maskedPhone]).length > 0) maskedAt.add(table);
      }
    }
    expect(rows).toBeGreaterThan(1_000);
    expect(inClear).toEqual([]);
    // The notice keeps the masked number as every notice does; nothing else has even that.
    expect([...maskedAt]).toEqual(['notice']);
    const sealed = (await ds.query(
      `SELECT complaint_id, cipher FROM complaint_sealed WHERE complaint_id = ANY($1)`,
      [Object.values(complaints).map((complaint) => complaint.id)],
    )) as Row[];
    expect(sealed).toHaveLength(4);

    // The audit log as the auditor exports it.
    const { exportAuditLogs } = await auditor.ok<Row>(`query { exportAuditLogs { rows content } }`);
    expect(exportAuditLogs.rows).toBeGreaterThan(100);
    expect(exportAuditLogs.content).toContain(complaints.C.id);
    expect(exportAuditLogs.content).toContain('Mutation.revealComplaintIdentity');
    expect(needlesIn(exportAuditLogs.content, [...needles, maskedPhone])).toEqual([]);

    // The outbox as the system administrator lists it: the complaint's messages, sent, without address or text.
    const outbox = (
      await systemAdmin.ok<Row>(
        `query { outboxMessages(page: { perPage: 100 }) { total items { id noticeId channel state attempts lastError sentAt providerMessageId caseKind } } }`,
      )
    ).outboxMessages;
    const complaintMessages = outbox.items.filter((item: Row) => item.caseKind === 'COMPLAINT');
    expect(complaintMessages.map((item: Row) => `${item.channel} ${item.state}`).sort()).toEqual([
      'EMAIL SENT',
      'SMS SENT',
      'SMS SENT',
    ]);
    expect(needlesIn(JSON.stringify(outbox), [...needles, maskedPhone])).toEqual([]);

    // The SMS gateway: the number is the recipient, and only that.
    expect(gateway.received.length).toBe(4);
    for (const sms of gateway.received) {
      expect(sms.to).toBe(identity.phone);
      expect(needlesIn(sms.text ?? '', [...needles, maskedPhone])).toEqual([]);
    }
    expect(gateway.received.map((sms) => sms.text)).toEqual(
      expect.arrayContaining([
        expect.stringContaining(complaints.C.caseNumber),
        expect.stringContaining('部分属实'),
      ]),
    );
    // The mail server: the address is the recipient, and only that.
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail.to).toEqual([identity.email]);
    const { headers, body } = readableMail(mail.raw);
    expect(body).toContain(complaints.B.caseNumber);
    expect(body).toContain('不予受理');
    const headerLines = headers.split(/\r?\n/);
    expect(
      headerLines
        .filter((line) => line.toLowerCase().includes(identity.email))
        .map((line) => line.split(':')[0].toLowerCase()),
    ).toEqual(['to']);
    const elsewhere = [...headerLines.filter((line) => !/^to:/i.test(line)), body].join('\n');
    expect(needlesIn(elsewhere, [...needles, maskedPhone])).toEqual([]);
  });

  it('searching for it finds nothing, for anyone', async () => {
    // Run last: search terms are arguments, which the audit log may record as given.
    const lists = rootFields(schema).filter(
      (root) =>
        root.operation === 'Query' &&
        CASE_LISTS.has(itemTypeOf(root)) &&
        root.field.args.some((arg) => arg.name === 'filter'),
    );
    const found: string[] = [];
    let searched = 0;
    for (const actor of actors) {
      for (const root of lists) {
        const filterType = getNamedType(
          root.field.args.find((arg) => arg.name === 'filter')!.type,
        ) as GraphQLInputObjectType;
        // Free-text search (q) and any other text a filter matches on; dates and times are not text.
        const textFields = Object.values(filterType.getFields()).filter(
          (field) =>
            getNullableType(field.type) === GraphQLString && !/date|from|to$|before|after/i.test(field.name),
        );
        const probe = operationFor(root, { depth: 1 });
        if (
          textFields.length === 0 ||
          isRefusedByGuard(await actor.client.gql(probe.query, probe.variables), root.field.name)
        )
          continue;
        for (const field of textFields) {
          for (const { label, value } of needles) {
            const { query, variables } = operationFor(root, {
              values: { filter: { [field.name]: value } },
              depth: 1,
            });
            const response = await actor.client.gql<Row>(query, variables);
            searched += 1;
            const data = response.data?.[root.field.name];
            const hits =
              data?.total ??
              (data && typeof data === 'object'
                ? Object.values(data).filter((count) => typeof count === 'number' && count > 0).length
                : 0);
            if (hits)
              found.push(
                `${actor.name} → ${root.field.name}(filter.${field.name} = ${label}): ${JSON.stringify(data).slice(0, 200)}`,
              );
          }
        }
      }
    }
    expect(searched).toBeGreaterThan(0);
    expect(found).toEqual([]);
  }, 120_000);

  // -------------------------------------------------------------------------------------------------

  /** Every id the case produced, by kind, and the people and departments around it. */
  async function idsOfTheCase() {
    const complaintIds = Object.values(complaints).map((complaint) => complaint.id);
    const column = async (sql: string, params: unknown[]) =>
      ((await ds.query(sql, params)) as Row[]).map((row) => String(row.id));
    const correctionOrders = await column(`SELECT id FROM correction_order WHERE complaint_id = ANY($1)`, [
      complaintIds,
    ]);
    const cases = [...complaintIds, ...correctionOrders];
    const deadlines = await column(`SELECT id FROM deadline WHERE case_id = ANY($1)`, [cases]);
    const tasks = await column(`SELECT id FROM task WHERE case_id = ANY($1)`, [cases]);
    const notices = await column(`SELECT id FROM notice WHERE case_id = ANY($1)`, [complaintIds]);
    const outbox = await column(`SELECT id FROM outbox_message WHERE notice_id = ANY($1)`, [notices]);
    const reveals = await column(`SELECT id FROM complaint_identity_reveal WHERE complaint_id = ANY($1)`, [
      complaintIds,
    ]);
    const auditSeqs = await column(
      `SELECT seq::text AS id FROM audit_log WHERE entity_id = ANY($1) ORDER BY seq`,
      [[...cases, ...deadlines, ...tasks, ...notices, ...outbox, ...reveals]],
    );
    const byKind = {
      complaint: complaintIds,
      correctionOrder: correctionOrders,
      deadline: deadlines,
      task: tasks,
      notice: notices,
      outbox,
      reveal: reveals,
      auditRow: auditSeqs,
    };
    expect(correctionOrders).toHaveLength(2);
    expect(deadlines.length).toBeGreaterThanOrEqual(8);
    expect(notices.length).toBeGreaterThanOrEqual(3);
    expect(reveals).toHaveLength(1);
    return {
      byKind,
      complaints: complaintIds,
      correctionOrders,
      /** Every record of the case, whatever its kind. */
      caseRecords: [...cases, ...deadlines, ...tasks, ...notices, ...outbox, ...reveals],
      departments: await column(`SELECT id FROM department`, []),
      users: [fixture.handler.user.id, fixture.departmentHead.user.id, revealer.user.id],
      apiTokens: await column(`SELECT id FROM api_token`, []),
      auditSeqs,
    };
  }
  type CaseIds = Awaited<ReturnType<typeof idsOfTheCase>>;

  /** Types that are records of a case: any case id may be tried on them. */
  const CASE_TYPES = new Set([
    'Complaint',
    'CorrectionOrder',
    'Deadline',
    'Task',
    'Notice',
    'OutboxMessage',
    'ComplaintIdentityReveal',
    'StaffNotification',
  ]);
  /** Lists that can hold records of a case or say something about them (the audit log, job summaries). */
  const CASE_LISTS = new Set([...CASE_TYPES, 'AuditLogView', 'JobRun']);

  /** The item type of a page (`{ items total }`), else the field's own type. */
  function itemTypeOf(root: RootField): string {
    const named = getNamedType(root.field.type);
    const items = isObjectType(named) ? named.getFields().items : undefined;
    return getNamedType(items?.type ?? named).name;
  }

  function candidatesFor(arg: GraphQLArgument, root: RootField, ids: CaseIds): unknown[] {
    const type = getNullableType(arg.type);
    const named = getNamedType(arg.type);
    if (named === GraphQLID) {
      const returned = getNamedType(root.field.type).name;
      const typed: Record<string, string[]> = {
        Department: ids.departments,
        UserView: ids.users,
        ApiTokenView: ids.apiTokens,
        ApiTokenUsageView: ids.apiTokens,
        AuditLogView: ids.auditSeqs,
      };
      // Records of the case get every id of the case; other types their own ids and the complaints' ids.
      const list = CASE_TYPES.has(returned)
        ? ids.caseRecords
        : [...(typed[returned] ?? []), ...ids.complaints];
      const unique = [...new Set(list.length > 0 ? list : [DUMMY_ID])];
      return type instanceof GraphQLList ? [unique] : unique;
    }
    if (named instanceof GraphQLEnumType)
      return named.getValues().map((value) => (type instanceof GraphQLList ? [value.name] : value.name));
    if (named === GraphQLInt && arg.name === 'year') return [2026];
    return [dummyValue(arg.type)];
  }

  /** One filter per enum value, per boolean, and per id field with the ids it could mean. */
  function filterVariations(root: RootField, ids: CaseIds): Array<Record<string, unknown>> {
    const arg = root.field.args.find((candidate) => candidate.name === 'filter');
    if (!arg) return [];
    const filterType = getNamedType(arg.type);
    if (!(filterType instanceof GraphQLInputObjectType)) return [];
    const variations: Array<Record<string, unknown>> = [];
    for (const field of Object.values(filterType.getFields())) {
      const type = getNullableType(field.type);
      const named = getNamedType(field.type);
      const isList =
        type instanceof GraphQLList || (type instanceof GraphQLNonNull && type.ofType instanceof GraphQLList);
      let values: unknown[] = [];
      if (named instanceof GraphQLEnumType) {
        // Kinds of every module: the complaint's own suffice where the enum has them.
        const all = named.getValues().map((value) => value.name);
        const own = all.filter((value) => /COMPLAINT|CORRECTION/.test(value));
        values = (own.length > 0 ? own : all).map((value) => (isList ? [value] : value));
      } else if (named === GraphQLBoolean) values = [true, false];
      else if (named === GraphQLID) {
        const meant = /department/i.test(field.name)
          ? ids.departments
          : /assignee|user|actor/i.test(field.name)
            ? ids.users
            : /case|complaint/i.test(field.name)
              ? [...ids.complaints, ...ids.correctionOrders]
              : ids.caseRecords;
        values = isList ? [ids.caseRecords] : meant;
      }
      for (const value of values) variations.push({ [field.name]: value });
    }
    return variations;
  }
});
