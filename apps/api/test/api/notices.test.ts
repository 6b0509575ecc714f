import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { MASKED_VALUE, SECRET_VALUE } from '@gdp/domain';
import { deliverPendingOutbox, noticeAddressAad } from '../../src/modules/notice/index.js';
import { createKeyRing } from '../../src/shared/crypto/field-encryption.js';
import { signedIn } from '../support/factories.js';
import { type GraphQLClient, type GraphQLResponse, firstError } from '../support/graphql-client.js';
import { TestDeadlineResolver } from '../support/test-deadline-resolver.js';
import { TestNoticeResolver } from '../support/test-notice-resolver.js';
import { startTestApp, TEST_ENCRYPTION_KEY, type TestApp } from '../support/test-app.js';

/**
 * Notices to people outside the system (SPEC §2.3a): recorded with the address encrypted and masked,
 * sent by SMS / e-mail through the outbox where configured, retried then FAILED, retried by the system
 * administrator; a "tell X within N working days" deadline is met when the notice is recorded.
 */

const NOTICE_FIELDS = `id caseKind caseId recipientKind recipientRef channel hasContactAddress contactAddressMasked
  subject content sentAt senderId proof deadlineId createdAt`;
const RECORD = `mutation Record($input: RecordNoticeInput!) { testRecordNotice(input: $input) { ${NOTICE_FIELDS} } }`;
const OUTBOX_FIELDS = 'id noticeId channel state attempts nextAttemptAt lastError sentAt providerMessageId createdAt version caseKind availableActions';
const OUTBOX = `query Outbox($filter: OutboxMessageFilter, $page: PageInput) {
  outboxMessages(filter: $filter, page: $page) { total items { ${OUTBOX_FIELDS} } }
}`;
const RETRY = `mutation Retry($id: ID!, $version: Int!) { retryOutboxMessage(id: $id, version: $version) { ${OUTBOX_FIELDS} } }`;
const START_DEADLINE = `mutation Start($kind: DeadlineKind!, $title: String!, $caseId: ID) {
  testStartDeadline(kind: $kind, title: $title, caseId: $caseId) { id state caseId }
}`;

type NoticeView = {
  id: string;
  channel: string;
  hasContactAddress: boolean;
  contactAddressMasked: string | null;
  subject: string;
  content: string;
  senderId: string | null;
  deadlineId: string | null;
  recipientRef: string;
};
type OutboxView = {
  id: string;
  noticeId: string;
  channel: string;
  state: string;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  sentAt: string | null;
  providerMessageId: string | null;
  version: number;
  caseKind: string | null;
  availableActions: string[];
};

// ---------------------------------------------------------------------------------------------------
// A loopback SMTP server and a local SMS gateway
// ---------------------------------------------------------------------------------------------------

interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

/** The Subject header, unfolded and with its MIME encoded words decoded (nodemailer encodes Chinese). */
function subjectOf(raw: string): string {
  const headers = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  const line = headers.split(/\r?\n/).find((header) => /^subject:/i.test(header)) ?? '';
  return line
    .replace(/^subject:\s*/i, '')
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_match, encoding: string, text: string) =>
      encoding.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

async function startSmtpServer(): Promise<{ url: string; received: ReceivedMail[]; close(): Promise<void> }> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((address) => address.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

interface GatewayRequest {
  authorization: string | undefined;
  body: { to?: string; text?: string };
}

async function startSmsGateway() {
  const requests: GatewayRequest[] = [];
  const state = { mode: 'ok' as 'ok' | 'fail' | 'garbled' };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      requests.push({ authorization: req.headers.authorization, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      if (state.mode === 'fail') {
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: `号码 ${'x'} 暂不可达` }));
      } else if (state.mode === 'garbled') {
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      } else {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `sms-${requests.length}` }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/send`,
    requests,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// ---------------------------------------------------------------------------------------------------

const MOBILE = '13812345678';
const MOBILE_2 = '13987654321';
const EMAIL = 'Zhang.San@Example.com';
const CONTENT = '您提交的政府信息公开申请内容不明确，请于 15 个工作日内补正。';

describe('notices and the outbox (SPEC §2.3a)', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let gateway: Awaited<ReturnType<typeof startSmsGateway>>;
  let handler: GraphQLClient;
  let handlerId: string;
  let sysadmin: GraphQLClient;
  const caseId = randomUUID();

  const noticeInput = (overrides: Record<string, unknown> = {}) => ({
    caseKind: 'APPLICATION',
    caseId,
    recipientKind: 'APPLICANT',
    recipientRef: `APPLICATION:${caseId}:APPLICANT`,
    subject: '补正告知',
    content: CONTENT,
    ...overrides,
  });
  const record = async (overrides: Record<string, unknown> = {}) =>
    (await handler.ok<{ testRecordNotice: NoticeView }>(RECORD, { input: noticeInput(overrides) })).testRecordNotice;
  const outboxOf = async (noticeId: string): Promise<OutboxView> => {
    const { outboxMessages } = await sysadmin.ok<{ outboxMessages: { items: OutboxView[] } }>(OUTBOX, { page: { page: 1, perPage: 100 } });
    const message = outboxMessages.items.find((item) => item.noticeId === noticeId);
    if (!message) throw new Error(`no outbox message for notice ${noticeId}`);
    return message;
  };
  const count = async (table: 'notice' | 'outbox_message') =>
    Number((await ds.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);
  const auditOf = async (response: GraphQLResponse) =>
    (await ds.query(`SELECT action, outcome, entity_type, entity_id, changes FROM audit_log WHERE request_id = $1 ORDER BY seq`, [
      response.headers.get('x-request-id'),
    ])) as Array<{ action: string; outcome: string; entity_type: string | null; entity_id: string | null; changes: unknown }>;
  const deliver = (limit?: number) => deliverPendingOutbox(testApp.app.services, limit);

  beforeAll(async () => {
    [smtp, gateway] = await Promise.all([startSmtpServer(), startSmsGateway()]);
    testApp = await startTestApp(
      {
        smtpUrl: smtp.url,
        smtpFrom: '湖州市文化广电旅游局 <gk@example.gov.cn>',
        smsGatewayUrl: gateway.url,
        smsGatewayToken: 'gateway-secret-token',
        // The clock moves hours ahead while messages are retried; sessions must outlive that.
        sessionIdleMinutes: 24 * 60,
      },
      { extraResolvers: [TestNoticeResolver, TestDeadlineResolver] },
    );
    ds = testApp.db.database.dataSource;
    let user;
    ({ client: handler, user } = await signedIn(testApp, { roles: ['APPLICATION_HANDLER'] }));
    handlerId = user.id;
    ({ client: sysadmin } = await signedIn(testApp, { roles: ['SYSTEM_ADMIN'] }));
  });
  afterAll(async () => {
    await testApp?.close();
    await Promise.all([smtp?.close(), gateway?.close()]);
  });
  beforeEach(() => {
    gateway.state.mode = 'ok';
  });

  describe('recording', () => {
    it('an in-system notice (the default): no address, no outbox message, one audit row with the text masked', async () => {
      const outboxBefore = await count('outbox_message');
      const response = await handler.gql<{ testRecordNotice: NoticeView }>(RECORD, { input: noticeInput() });
      expect(response.errors).toBeUndefined();
      const notice = response.data!.testRecordNotice;
      expect(notice).toMatchObject({
        channel: 'IN_SYSTEM',
        hasContactAddress: false,
        contactAddressMasked: null,
        subject: '补正告知',
        content: CONTENT,
        senderId: handlerId,
        deadlineId: null,
      });
      expect(await count('outbox_message')).toBe(outboxBefore);

      const [row, ...more] = await auditOf(response);
      expect(more).toEqual([]);
      expect(row).toMatchObject({ action: 'Mutation.testRecordNotice', outcome: 'SUCCESS', entity_type: 'Notice', entity_id: notice.id });
      const [change] = row.changes as Array<{ fields: Record<string, { to?: unknown }> }>;
      expect(change.fields.channel).toEqual({ to: 'IN_SYSTEM' });
      expect(change.fields.content).toEqual({ to: MASKED_VALUE });
      expect(change.fields.subject).toEqual({ to: MASKED_VALUE });
      expect(change.fields.recipientRef).toEqual({ to: MASKED_VALUE });
      expect(JSON.stringify(row.changes)).not.toContain('补正');
    });

    it('an SMS: the address is stored encrypted (bound to the row), shown masked, and queued', async () => {
      const response = await handler.gql<{ testRecordNotice: NoticeView }>(RECORD, {
        input: noticeInput({ channel: 'SMS', contactAddress: '+86 138-1234-5678' }),
      });
      expect(response.errors).toBeUndefined();
      const notice = response.data!.testRecordNotice;
      expect(notice).toMatchObject({ channel: 'SMS', hasContactAddress: true, contactAddressMasked: '138****5678' });
      expect(response.text).not.toContain(MOBILE);

      const [raw] = await ds.query(`SELECT * FROM notice WHERE id = $1`, [notice.id]);
      expect(JSON.stringify(raw)).not.toContain(MOBILE);
      expect(JSON.stringify(raw)).not.toContain('12345678');
      expect(raw.contact_address_cipher).toMatch(/^v1\.test-1\./);
      // It is the address, under the configured key, and only for this row.
      const ring = createKeyRing([TEST_ENCRYPTION_KEY], TEST_ENCRYPTION_KEY.id);
      expect(ring.decrypt(raw.contact_address_cipher, noticeAddressAad(notice.id))).toBe(MOBILE);
      expect(() => ring.decrypt(raw.contact_address_cipher, noticeAddressAad(randomUUID()))).toThrow();

      const message = await outboxOf(notice.id);
      expect(message).toMatchObject({ channel: 'SMS', state: 'PENDING', attempts: 0, caseKind: 'APPLICATION', availableActions: [] });

      const [row] = await auditOf(response);
      const changes = row.changes as Array<{ entityType: string; fields: Record<string, { to?: unknown }> }>;
      expect(changes.map((change) => change.entityType)).toEqual(['Notice', 'OutboxMessage']);
      expect(changes[0].fields.contactAddressCipher).toEqual({ to: SECRET_VALUE });
      expect(changes[0].fields.contactAddressMasked).toEqual({ to: MASKED_VALUE });
      // Neither the number nor its masked form (a bare '5678' could occur in a random id of the row).
      expect(JSON.stringify(row.changes)).not.toContain(MOBILE);
      expect(JSON.stringify(row.changes)).not.toContain('138****5678');
    });

    it('is a record of fact: the database refuses to change or delete a notice', async () => {
      const notice = await record();
      await expect(ds.query(`UPDATE notice SET subject = 'x' WHERE id = $1`, [notice.id])).rejects.toThrow(/告知记录不能修改或删除/);
      await expect(ds.query(`DELETE FROM notice WHERE id = $1`, [notice.id])).rejects.toThrow(/告知记录不能修改或删除/);
      await expect(ds.query(`TRUNCATE notice CASCADE`)).rejects.toThrow(/告知记录不能修改或删除/);
    });

    it.each([
      ['a bad e-mail', { channel: 'EMAIL', contactAddress: 'not-an-email' }, 'contactAddress', '电子邮箱格式不正确'],
      ['an SMS without a number', { channel: 'SMS' }, 'contactAddress', '请填写手机号码'],
      ['a landline for SMS', { channel: 'SMS', contactAddress: '0572-2398000' }, 'contactAddress', '手机号码格式不正确（须为 11 位中国大陆手机号码）'],
      ['too long content', { content: '知'.repeat(5001) }, 'content', '告知内容最多 5000 个字符'],
      ['a name as the recipient reference', { recipientRef: '张三' }, 'recipientRef', '收件人引用须为系统标识（字母、数字和 : _ . -），不能填写姓名'],
    ])('refuses %s with a zh-CN field error and stores nothing', async (_name, overrides, field, message) => {
      const before = [await count('notice'), await count('outbox_message')];
      const error = firstError(await handler.gql(RECORD, { input: noticeInput(overrides) }));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT.INVALID' });
      expect(error.extensions?.fields?.[field]).toEqual([message]);
      expect(error.message).toBe(message);
      expect([await count('notice'), await count('outbox_message')]).toEqual(before);
    });

    it('without a configured sender the SMS notice is still recorded, readable in the system, and not queued', async () => {
      const plain = await startTestApp({}, { db: testApp.db, extraResolvers: [TestNoticeResolver] });
      try {
        const { client } = await signedIn(plain, { roles: ['APPLICATION_HANDLER'] });
        const outboxBefore = await count('outbox_message');
        const { testRecordNotice: notice } = await client.ok<{ testRecordNotice: NoticeView }>(RECORD, {
          input: noticeInput({ channel: 'SMS', contactAddress: MOBILE_2 }),
        });
        expect(notice).toMatchObject({ channel: 'SMS', hasContactAddress: true, contactAddressMasked: '139****4321' });
        expect(await count('outbox_message')).toBe(outboxBefore);
      } finally {
        await plain.close();
      }
    });
  });

  describe('a "tell X within N working days" deadline', () => {
    it('is met when the notice is recorded', async () => {
      const { testStartDeadline: deadline } = await handler.ok(START_DEADLINE, {
        kind: 'APPLICATION_CORRECTION_NOTICE',
        title: 'YS-2026-000101 补正告知',
        caseId,
      });
      expect(deadline.state).not.toBe('MET');
      const notice = await record({ deadlineId: deadline.id });
      expect(notice.deadlineId).toBe(deadline.id);
      const [row] = await ds.query(`SELECT state FROM deadline WHERE id = $1`, [deadline.id]);
      expect(row.state).toBe('MET');
    });

    it("another case's deadline is refused and nothing is stored", async () => {
      const { testStartDeadline: other } = await handler.ok(START_DEADLINE, {
        kind: 'APPLICATION_CORRECTION_NOTICE',
        title: 'YS-2026-000102 补正告知',
        caseId: randomUUID(),
      });
      const before = await count('notice');
      const error = firstError(await handler.gql(RECORD, { input: noticeInput({ deadlineId: other.id }) }));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOTICE.DEADLINE_OF_OTHER_CASE' });
      expect(error.extensions?.fields?.deadlineId).toEqual(['该办理时限不属于此案件']);
      expect(await count('notice')).toBe(before);
      const [row] = await ds.query(`SELECT state FROM deadline WHERE id = $1`, [other.id]);
      expect(row.state).not.toBe('MET');
    });
  });

  describe('delivery', () => {
    it('sends an SMS through the gateway with its bearer token and marks it SENT', async () => {
      await deliver(100); // whatever earlier tests queued
      const notice = await record({ channel: 'SMS', contactAddress: MOBILE });
      const sentBefore = gateway.requests.length;
      const summary = await deliver();
      expect(summary).toMatchObject({ claimed: 1, sent: 1, retrying: 0, failed: 0 });
      const request = gateway.requests[sentBefore];
      expect(request.authorization).toBe('Bearer gateway-secret-token');
      expect(request.body).toEqual({ to: MOBILE, text: `补正告知：${CONTENT}` });
      expect(await outboxOf(notice.id)).toMatchObject({
        state: 'SENT',
        attempts: 1,
        lastError: null,
        providerMessageId: `sms-${sentBefore + 1}`,
        sentAt: testApp.clock.now().toISOString(),
      });
      expect(await deliver()).toMatchObject({ claimed: 0 });
    });

    it('sends an e-mail to the loopback SMTP server with the right recipient and subject', async () => {
      const notice = await record({ channel: 'EMAIL', contactAddress: EMAIL, subject: '政府信息公开申请补正告知书' });
      expect(notice.contactAddressMasked).toBe('z***@example.com');
      const summary = await deliver();
      expect(summary).toMatchObject({ claimed: 1, sent: 1 });
      const mail = smtp.received.at(-1)!;
      expect(mail.to).toEqual(['zhang.san@example.com']);
      expect(mail.from).toBe('gk@example.gov.cn');
      expect(subjectOf(mail.raw)).toBe('政府信息公开申请补正告知书');
      const message = await outboxOf(notice.id);
      expect(message.state).toBe('SENT');
      expect(message.providerMessageId).toMatch(/@/);
    });

    it('two runs at once (FOR UPDATE SKIP LOCKED) send each message once', async () => {
      const notices = await Promise.all([0, 1, 2, 3].map((index) => record({ channel: 'SMS', contactAddress: `1390000000${index}` })));
      const before = gateway.requests.length;
      const [a, b] = await Promise.all([deliver(2), deliver(2)]);
      await deliver(10);
      expect(a.claimed + b.claimed).toBeGreaterThanOrEqual(2);
      const sentTo = gateway.requests.slice(before).map((request) => request.body.to).sort();
      expect(sentTo).toEqual(['13900000000', '13900000001', '13900000002', '13900000003']);
      for (const notice of notices) expect((await outboxOf(notice.id)).state).toBe('SENT');
    });

    it('a failing gateway: retried with growing delays, FAILED after 5 tries; the administrator puts it back', async () => {
      gateway.state.mode = 'fail';
      const notice = await record({ channel: 'SMS', contactAddress: MOBILE });
      const expectedDelays = [1, 5, 15, 60];
      for (let attempt = 1; attempt <= 5; attempt += 1) {
        expect(await deliver()).toMatchObject({ claimed: 1 });
        const message = await outboxOf(notice.id);
        expect(message.attempts).toBe(attempt);
        expect(message.lastError).toBe('短信网关返回 HTTP 500');
        if (attempt < 5) {
          expect(message.state).toBe('PENDING');
          const delay = expectedDelays[attempt - 1];
          expect(message.nextAttemptAt).toBe(new Date(testApp.clock.now().getTime() + delay * 60_000).toISOString());
          // Not due before its time.
          expect(await deliver()).toMatchObject({ claimed: 0 });
          testApp.clock.advanceMinutes(delay);
        } else {
          expect(message).toMatchObject({ state: 'FAILED', nextAttemptAt: null, availableActions: ['RETRY'] });
        }
      }
      testApp.clock.advanceMinutes(120);
      expect(await deliver()).toMatchObject({ claimed: 0 });

      const failed = await outboxOf(notice.id);
      const { outboxMessages } = await sysadmin.ok(OUTBOX, { filter: { state: 'FAILED', channel: 'SMS' } });
      expect(outboxMessages.items.map((item: OutboxView) => item.id)).toContain(failed.id);

      // A stale version is refused; the current one puts the message back in the queue.
      const stale = await sysadmin.fails(RETRY, { id: failed.id, version: failed.version - 1 });
      expect(stale.extensions).toMatchObject({ code: 'CONFLICT', reason: 'RECORD.STALE_VERSION' });
      const response = await sysadmin.gql<{ retryOutboxMessage: OutboxView }>(RETRY, { id: failed.id, version: failed.version });
      expect(response.errors).toBeUndefined();
      const retried = response.data!.retryOutboxMessage;
      expect(retried).toMatchObject({
        state: 'PENDING',
        attempts: 0,
        version: failed.version + 1,
        caseKind: 'APPLICATION',
        lastError: '短信网关返回 HTTP 500',
        nextAttemptAt: testApp.clock.now().toISOString(),
        availableActions: [],
      });
      const [audit] = await auditOf(response);
      expect(audit).toMatchObject({ action: 'Mutation.retryOutboxMessage', outcome: 'SUCCESS', entity_type: 'OutboxMessage', entity_id: failed.id });
      expect((audit.changes as Array<{ fields: Record<string, unknown> }>)[0].fields.state).toEqual({ from: 'FAILED', to: 'PENDING' });

      // Only a FAILED message can be retried.
      const again = await sysadmin.fails(RETRY, { id: failed.id, version: retried.version });
      expect(again.extensions).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'OUTBOX.NOT_FAILED', allowedActions: [] });

      gateway.state.mode = 'ok';
      expect(await deliver()).toMatchObject({ claimed: 1, sent: 1 });
      expect((await outboxOf(notice.id)).state).toBe('SENT');
    });

    it('an answer without an id counts as a failure', async () => {
      gateway.state.mode = 'garbled';
      const notice = await record({ channel: 'SMS', contactAddress: MOBILE_2 });
      expect(await deliver()).toMatchObject({ claimed: 1, retrying: 1 });
      expect((await outboxOf(notice.id)).lastError).toBe('短信网关应答无法识别（缺少 id）');
      testApp.clock.advanceMinutes(1);
      gateway.state.mode = 'ok';
      expect(await deliver()).toMatchObject({ sent: 1 });
    });
  });

  describe('the outbox listing', () => {
    it.each(['APPLICATION_HANDLER', 'COMPLAINT_HANDLER', 'LEADERSHIP_OFFICE', 'GENERAL_OFFICE', 'SECURITY_ADMIN', 'AUDITOR'] as const)(
      'is forbidden to %s, and so is retrying',
      async (role) => {
        const { client } = await signedIn(testApp, { roles: [role] });
        expect((await client.fails(OUTBOX)).extensions?.code).toBe('FORBIDDEN');
        expect((await client.fails(RETRY, { id: randomUUID(), version: 1 })).extensions?.code).toBe('FORBIDDEN');
      },
    );

    it('shows SYSTEM_ADMIN the delivery state and case kind, filtered, with no address, text or recipient', async () => {
      const response = await sysadmin.gql<{ outboxMessages: { total: number; items: OutboxView[] } }>(OUTBOX, {
        filter: { channel: 'EMAIL' },
      });
      expect(response.errors).toBeUndefined();
      const { items, total } = response.data!.outboxMessages;
      expect(total).toBeGreaterThanOrEqual(1);
      expect(items.every((item) => item.channel === 'EMAIL' && item.caseKind === 'APPLICATION')).toBe(true);
      const all = await sysadmin.gql(OUTBOX, { page: { page: 1, perPage: 100 } });
      for (const text of [response.text, all.text]) {
        for (const leak of [MOBILE, MOBILE_2, 'zhang.san', '138****', CONTENT, '补正告知', 'APPLICANT']) expect(text).not.toContain(leak);
      }
      // The type has no such fields to ask for.
      const asked = await sysadmin.gql('{ outboxMessages { items { id content contactAddress recipientRef } } }');
      expect(asked.errors?.length).toBeGreaterThan(0);
      expect(asked.status).toBe(400);
    });

    it('refuses an unknown message as NOT_FOUND', async () => {
      expect((await sysadmin.fails(RETRY, { id: randomUUID(), version: 1 })).extensions?.code).toBe('NOT_FOUND');
    });
  });

  it('no log line carries an address or a notice text', () => {
    expect(testApp.logs.length).toBeGreaterThan(0);
    const logs = testApp.logs.join('\n');
    for (const leak of [MOBILE, MOBILE_2, '1390000000', 'zhang.san', '138****', '139****', CONTENT, '补正告知', '政府信息公开申请补正告知书']) {
      expect(logs).not.toContain(leak);
    }
    expect(logs).toContain('发送队列消息已处理');
  });

  it('no audit row carries an address or a notice text', async () => {
    const rows: Array<{ changes: unknown }> = await ds.query(`SELECT changes FROM audit_log`);
    const text = JSON.stringify(rows);
    for (const leak of [MOBILE, MOBILE_2, 'zhang.san', '138****', CONTENT, '补正告知']) expect(text).not.toContain(leak);
  });
});
