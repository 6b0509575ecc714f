import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import {
  COMPLAINT_ACTIONS,
  COMPLAINT_PRIVACY_NOTICE,
  COMPLAINT_STATES,
  COMPLAINT_TRANSITIONS,
  SECRET_VALUE,
  addWorkingDays,
  availableComplaintActions,
  createWorkingDayCalendar,
  type ComplaintAction,
  type ComplaintState,
} from '@gdp/domain';
import { openComplaintData } from '../../src/modules/complaint/index.js';
import type { Department } from '../../src/modules/organisation/department.entity.js';
import type { User } from '../../src/modules/organisation/user.entity.js';
import { createKeyRing } from '../../src/shared/crypto/field-encryption.js';
import {
  SUBMIT_COMPLAINT,
  submitComplaintWithName,
} from '../support/complaint-fixtures.js';
import { createApiToken, createDepartment, signedIn } from '../support/factories.js';
import { firstError, type GraphQLClient, type GraphQLResponse } from '../support/graphql-client.js';
import { startTestApp, TEST_ENCRYPTION_KEY, type TestApp } from '../support/test-app.js';

/**
 * Complaints and reports (投诉举报, SPEC M14) [seed §11]: intake by staff and by external apps, the workflow
 * with its deadlines (3 / 5 / 15 working days) over the real 2026 holidays, notices to the complainant,
 * orders to correct, the sealed identity and its audited reveal, the complainant's read by code, statistics.
 */

type Row = Record<string, any>;

const DEADLINE_FIELDS =
  'id kind state dueDate closedAt extensionCount extensionsWorkingDays title departmentId events { action noticeId reason }';
const COMPLAINT_FIELDS = `id caseNumber violationKind channel receivedAt receivedDate summary concernedDepartmentId isAnonymous wantsReply
  state notAcceptedReason notAcceptedText transferredToDepartmentId transferredToAgencyId transferredAt transferResult outcome
  findings replyText handledAt closedAt handlerId version createdAt updatedAt availableActions handlingDueDate isOverdue
  hasAccessCode deadlines { ${DEADLINE_FIELDS} } notices { id subject content channel sentAt }
  correctionOrders { id caseNumber departmentId requirement dueDate state version availableActions }
  identityReveals { id revealedById reason revealedAt }`;
const ORDER_FIELDS = `id complaintId caseNumber departmentId requirement dueDate state reportText reportedAt reportedById
  verifiedAt verifiedById version createdAt updatedAt availableActions`;

const ONE = `query One($id: ID!) { complaint(id: $id) { ${COMPLAINT_FIELDS} } }`;
const LIST = `query List($filter: ComplaintFilter, $page: PageInput, $sort: SortInput) {
  complaints(filter: $filter, page: $page, sort: $sort) { total items { id caseNumber state } } }`;
const STATISTICS = `query Stats($filter: ComplaintStatisticsFilter) { complaintStatistics(filter: $filter) {
  total overdue byKind { violationKind count } byChannel { channel count } byOutcome { outcome count }
  byState { state count } byConcernedDepartment { departmentId count } } }`;
const REGISTER = `mutation Register($input: ComplaintIntakeInput!) {
  registerComplaint(input: $input) { accessCode complaint { ${COMPLAINT_FIELDS} } } }`;
const REJECT = `mutation Reject($id: ID!, $version: Int!, $reason: ComplaintNotAcceptedReason!, $text: String!, $noticeChannel: NoticeChannel) {
  rejectComplaint(id: $id, version: $version, reason: $reason, text: $text, noticeChannel: $noticeChannel) { ${COMPLAINT_FIELDS} } }`;
const EXTEND = `mutation Extend($id: ID!, $version: Int!, $byWorkingDays: Int!, $reason: String!, $noticeChannel: NoticeChannel) {
  extendComplaint(id: $id, version: $version, byWorkingDays: $byWorkingDays, reason: $reason, noticeChannel: $noticeChannel) {
    ${COMPLAINT_FIELDS} } }`;
const CLOSE = `mutation Close($id: ID!, $version: Int!) { closeComplaint(id: $id, version: $version) { ${COMPLAINT_FIELDS} } }`;
const REVEAL = `mutation Reveal($id: ID!, $reason: String!) {
  revealComplaintIdentity(id: $id, reason: $reason) { name workplace address phone email content concernedDepartment } }`;
const ORDERS = `query Orders($filter: CorrectionOrderFilter, $page: PageInput) {
  correctionOrders(filter: $filter, page: $page) { total items { ${ORDER_FIELDS} } } }`;
const ORDER = `query Order($id: ID!) { correctionOrder(id: $id) { ${ORDER_FIELDS} } }`;
const REPORT = `mutation Report($id: ID!, $version: Int!, $text: String!) {
  reportCorrection(id: $id, version: $version, text: $text) { ${ORDER_FIELDS} } }`;
const VERIFY = `mutation Verify($id: ID!, $version: Int!) { verifyCorrection(id: $id, version: $version) { ${ORDER_FIELDS} } }`;
const STATUS = `query Status($caseNumber: String!, $accessCode: String!) { complaintStatus(caseNumber: $caseNumber, accessCode: $accessCode) {
  caseNumber state stateLabel receivedDate handlingDueDate outcome outcomeLabel replyText notices { subject content sentAt } } }`;
const PRIVACY = '{ complaintPrivacyNotice }';

const FULL_ACCEPT = `mutation Accept($id: ID!, $version: Int!, $needsTransfer: Boolean!, $summary: String) {
  acceptComplaint(id: $id, version: $version, needsTransfer: $needsTransfer, summary: $summary) { ${COMPLAINT_FIELDS} } }`;
const FULL_TRANSFER = `mutation Transfer($id: ID!, $version: Int!, $toDepartmentId: ID, $toAgencyId: ID, $summary: String!) {
  transferComplaint(id: $id, version: $version, toDepartmentId: $toDepartmentId, toAgencyId: $toAgencyId, summary: $summary) {
    ${COMPLAINT_FIELDS} } }`;
const FULL_RESULT = `mutation Result($id: ID!, $version: Int!, $text: String!) {
  recordComplaintTransferResult(id: $id, version: $version, text: $text) { ${COMPLAINT_FIELDS} } }`;
const FULL_HANDLE = `mutation Handle($id: ID!, $version: Int!, $input: HandleComplaintInput!) {
  handleComplaint(id: $id, version: $version, input: $input) { ${COMPLAINT_FIELDS} } }`;

/** Every workflow mutation with valid arguments (but id and version), for the state and role tables. */
const WORKFLOW: Record<
  Exclude<ComplaintAction, 'REVEAL_IDENTITY'>,
  { query: string; field: string; variables: (deptId: string) => Row }
> = {
  ACCEPT: {
    query: FULL_ACCEPT,
    field: 'acceptComplaint',
    variables: () => ({ needsTransfer: false, summary: '反映公开目录未及时更新' }),
  },
  REJECT: {
    query: REJECT,
    field: 'rejectComplaint',
    variables: () => ({ reason: 'OUT_OF_SCOPE', text: '所反映事项不属于政务公开范围' }),
  },
  TRANSFER: {
    query: FULL_TRANSFER,
    field: 'transferComplaint',
    variables: (deptId) => ({ toDepartmentId: deptId, summary: '请核查公开目录更新情况' }),
  },
  RECORD_TRANSFER_RESULT: {
    query: FULL_RESULT,
    field: 'recordComplaintTransferResult',
    variables: () => ({ text: '承办处室已核查' }),
  },
  EXTEND: {
    query: EXTEND,
    field: 'extendComplaint',
    variables: () => ({ byWorkingDays: 3, reason: '需向有关单位调取材料' }),
  },
  HANDLE: {
    query: FULL_HANDLE,
    field: 'handleComplaint',
    variables: () => ({
      input: { outcome: 'UNSUBSTANTIATED', findings: '经查不属实', replyText: '经调查，所反映问题不属实。' },
    }),
  },
  CLOSE: { query: CLOSE, field: 'closeComplaint', variables: () => ({}) },
};

const HANDLER_PERMISSIONS = ['COMPLAINT_READ', 'COMPLAINT_HANDLE'] as const;
const calendar = createWorkingDayCalendar();

describe('complaints and reports (投诉举报)', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let deptA: Department;
  let deptB: Department;
  let inactiveDept: Department;
  let portal: GraphQLClient;
  let otherApp: GraphQLClient;
  let handler: { client: GraphQLClient; user: User };
  let revealer: { client: GraphQLClient; user: User };
  let leadership: { client: GraphQLClient; user: User };
  let headA: { client: GraphQLClient; user: User };
  let headB: { client: GraphQLClient; user: User };
  let drafterA: { client: GraphQLClient; user: User };
  let sysadmin: { client: GraphQLClient; user: User };
  let portalIp = 0;

  /** Sessions last at most 12 hours: everyone signs in again at each date a test jumps to. */
  async function setDate(instant: string): Promise<void> {
    testApp.clock.set(instant);
    handler = await signedIn(testApp, { roles: ['COMPLAINT_HANDLER'] });
    revealer = await signedIn(testApp, {
      roles: ['COMPLAINT_HANDLER'],
      permissions: ['COMPLAINT_IDENTITY_REVEAL'],
    });
    leadership = await signedIn(testApp, { roles: ['LEADERSHIP_OFFICE'] });
    headA = await signedIn(testApp, {
      roles: [{ role: 'DEPARTMENT_HEAD', departmentId: deptA.id }],
      departmentId: deptA.id,
    });
    headB = await signedIn(testApp, {
      roles: [{ role: 'DEPARTMENT_HEAD', departmentId: deptB.id }],
      departmentId: deptB.id,
    });
    drafterA = await signedIn(testApp, {
      roles: [{ role: 'DRAFTER', departmentId: deptA.id }],
      departmentId: deptA.id,
    });
    sysadmin = await signedIn(testApp, { roles: ['SYSTEM_ADMIN'] });
  }

  const countOf = async (table: string, where = 'true', params: unknown[] = []) =>
    Number((await ds.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params))[0].n);
  const auditOf = (response: GraphQLResponse) =>
    ds.query(
      'SELECT action, outcome, actor_kind, entity_type, entity_id, error_code, reason, changes FROM audit_log WHERE request_id = $1 ORDER BY seq',
      [response.headers.get('x-request-id')],
    );
  const load = async (id: string, client = handler.client): Promise<Row> =>
    (await client.ok(ONE, { id })).complaint;
  const deadlineOf = (complaint: Row, kind: string): Row | undefined =>
    complaint.deadlines.find((d: Row) => d.kind === kind);
  /** A fresh client IP per look-up series, so failed look-ups of one test never limit another's. */
  const portalFrom = () => {
    portal.forwardedFor = `198.51.100.${(portalIp += 1) % 250}`;
    return portal;
  };

  const identity = (suffix = randomUUID().slice(0, 6)) => ({
    name: `测试举报人${suffix}`,
    workplace: `某单位${suffix}`,
    address: `湖州市某区某路${suffix}号`,
    phone: '13800138000',
    email: `r${suffix}@example.cn`,
    content: `来信原文${suffix}`,
  });

  async function register(
    overrides: Row = {},
    sealed: Row = identity(),
  ): Promise<{ complaint: Row; accessCode: string | null }> {
    const receivedAt = new Date(testApp.clock.now().getTime() - 3_600_000).toISOString();
    return (
      await handler.client.ok(REGISTER, {
        input: {
          violationKind: 'LATE_OR_STALE',
          channel: 'LETTER',
          receivedAt,
          summary: '反映公开目录未及时更新',
          concernedDepartmentId: deptA.id,
          isAnonymous: false,
          wantsReply: true,
          issueAccessCode: true,
          sealed,
          ...overrides,
        },
      })
    ).registerComplaint;
  }

  async function submit(input: Row = {}, key = randomUUID(), client = portal) {
    return client.gql<{ submitComplaint: { caseNumber: string; accessCode: string; receivedAt: string } }>(
      SUBMIT_COMPLAINT,
      {
        key,
        input: {
          violationKind: 'FALSE_DISCLOSURE',
          content: '门户网站公开的统计数据与年报不一致',
          isAnonymous: true,
          wantsReply: true,
          privacyNoticeAccepted: true,
          ...input,
        },
      },
    );
  }

  const idOfCase = async (caseNumber: string): Promise<string> =>
    (await handler.client.ok(LIST, { filter: { q: caseNumber } })).complaints.items[0].id;

  async function act(
    action: keyof typeof WORKFLOW,
    complaint: Row,
    client = handler.client,
    extra: Row = {},
  ) {
    const { query, field, variables } = WORKFLOW[action];
    const response = await client.gql<Row>(query, {
      id: complaint.id,
      version: complaint.version,
      ...variables(deptA.id),
      ...extra,
    });
    return { response, complaint: response.data?.[field] as Row | undefined };
  }

  async function done(action: keyof typeof WORKFLOW, complaint: Row, extra: Row = {}): Promise<Row> {
    const { response, complaint: next } = await act(action, complaint, handler.client, extra);
    if (!next) throw new Error(`${action} failed: ${response.text.slice(0, 500)}`);
    return next;
  }

  /** A fresh complaint driven to `state` by the handler. */
  async function complaintIn(state: ComplaintState): Promise<Row> {
    const received = (await register()).complaint;
    switch (state) {
      case 'RECEIVED':
        return received;
      case 'NOT_ACCEPTED':
        return done('REJECT', received);
      case 'INVESTIGATING':
        return done('ACCEPT', received);
      case 'TRANSFERRED':
        return done('TRANSFER', await done('ACCEPT', received, { needsTransfer: true }));
      case 'HANDLED':
        return done('HANDLE', await done('ACCEPT', received));
      case 'CLOSED':
        return done('CLOSE', await done('HANDLE', await done('ACCEPT', received)));
    }
  }

  beforeAll(async () => {
    testApp = await startTestApp({ trustedProxies: ['loopback'] });
    ds = testApp.db.database.dataSource;
    deptA = await createDepartment(ds, { name: `办公室A${randomUUID().slice(0, 4)}` });
    deptB = await createDepartment(ds, { name: `办公室B${randomUUID().slice(0, 4)}` });
    inactiveDept = await createDepartment(ds, { isActive: false });
    portal = testApp.client().withBearer((await createApiToken(ds, ['complaints:submit'])).token);
    otherApp = testApp
      .client()
      .withBearer((await createApiToken(ds, ['applications:submit', 'public:read'])).token);
    await setDate('2026-11-26T02:00:00.000Z');
  }, 120_000);

  afterAll(async () => {
    await testApp?.close();
  });

  describe('deadlines over the 2026 Mid-Autumn and National Day holidays', () => {
    // Received Friday 25 September 2026, the Mid-Autumn Festival (25–27 off); National Day 1–7 October off,
    // Saturday 10 October worked. The day of receipt is not counted.
    const RECEIVED = '2026-09-25';
    const ACCEPTANCE_DUE = '2026-09-30';
    const TRANSFER_DUE = '2026-10-09';
    const HANDLING_DUE = '2026-10-22';
    const EXTENDED_DUE = '2026-10-29';
    let caseNumber: string;
    let accessCode: string;
    let id: string;

    it('the literals agree with the working-day calendar', () => {
      expect(addWorkingDays(calendar, RECEIVED, 3)).toBe(ACCEPTANCE_DUE);
      expect(addWorkingDays(calendar, RECEIVED, 5)).toBe(TRANSFER_DUE);
      expect(addWorkingDays(calendar, RECEIVED, 15)).toBe(HANDLING_DUE);
      expect(addWorkingDays(calendar, RECEIVED, 20)).toBe(EXTENDED_DUE);
    });

    it('an online complaint starts the acceptance (3) and handling (15) clocks and a task for the handlers', async () => {
      await setDate('2026-09-25T02:00:00.000Z');
      const response = await submit({
        isAnonymous: false,
        name: '李四海',
        phone: '13900001111',
        concernedDepartment: '某处室',
      });
      ({ caseNumber, accessCode } = response.data!.submitComplaint);
      expect(caseNumber).toMatch(/^TS-2026-\d{6}$/);
      expect(accessCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
      expect(response.data!.submitComplaint.receivedAt).toBe('2026-09-25T02:00:00.000Z');
      id = await idOfCase(caseNumber);
      const complaint = await load(id);
      expect(complaint).toMatchObject({
        channel: 'ONLINE',
        receivedDate: RECEIVED,
        state: 'RECEIVED',
        summary: null,
        isAnonymous: false,
        hasAccessCode: true,
        handlingDueDate: HANDLING_DUE,
        isOverdue: false,
        availableActions: ['ACCEPT', 'REJECT'],
        handlerId: null,
      });
      expect(deadlineOf(complaint, 'COMPLAINT_ACCEPTANCE_NOTICE')).toMatchObject({
        state: 'OPEN',
        dueDate: ACCEPTANCE_DUE,
        departmentId: null,
      });
      expect(deadlineOf(complaint, 'COMPLAINT_HANDLING')).toMatchObject({
        state: 'OPEN',
        dueDate: HANDLING_DUE,
      });
      expect(deadlineOf(complaint, 'COMPLAINT_TRANSFER')).toBeUndefined();
      // Deadlines and tasks are titled by the case number only.
      expect(deadlineOf(complaint, 'COMPLAINT_HANDLING')!.title).toBe(`投诉举报 ${caseNumber}`);
      const [task] = await ds.query(
        `SELECT id, title, department_id, due_date::text AS due_date, state FROM task WHERE case_id = $1 AND kind = 'COMPLAINT_ACCEPTANCE_NOTICE'`,
        [id],
      );
      expect(task).toMatchObject({
        title: `投诉举报 ${caseNumber}`,
        department_id: null,
        due_date: ACCEPTANCE_DUE,
        state: 'OPEN',
      });
      // Bureau-level: every complaint handler sees it, no department member does.
      const MINE = `query Mine($ids: [ID!]) { myTasks(filter: { ids: $ids }) { items { id } } }`;
      expect((await handler.client.ok(MINE, { ids: [task.id] })).myTasks.items).toEqual([{ id: task.id }]);
      expect((await headA.client.ok(MINE, { ids: [task.id] })).myTasks.items).toEqual([]);
      expect((await leadership.client.ok(MINE, { ids: [task.id] })).myTasks.items).toEqual([]);
      // The revealer may also read the identity.
      expect((await load(id, revealer.client)).availableActions).toEqual([
        'ACCEPT',
        'REJECT',
        'REVEAL_IDENTITY',
      ]);
      expect((await load(id, leadership.client)).availableActions).toEqual([]);
    });

    it('accepting meets the acceptance deadline and starts the transfer clock (5) when needed', async () => {
      await setDate('2026-09-29T02:00:00.000Z');
      const before = await load(id);
      const accepted = (
        await handler.client.ok(FULL_ACCEPT, {
          id,
          version: before.version,
          needsTransfer: true,
          summary: '反映统计数据公开不实',
        })
      ).acceptComplaint;
      expect(accepted).toMatchObject({
        state: 'INVESTIGATING',
        summary: '反映统计数据公开不实',
        handlerId: handler.user.id,
      });
      expect(deadlineOf(accepted, 'COMPLAINT_ACCEPTANCE_NOTICE')).toMatchObject({ state: 'MET' });
      expect(deadlineOf(accepted, 'COMPLAINT_TRANSFER')).toMatchObject({
        state: 'OPEN',
        dueDate: TRANSFER_DUE,
      });
      expect(accepted.availableActions).toEqual(['TRANSFER', 'EXTEND', 'HANDLE']);
      const tasks = await ds.query(
        `SELECT kind, state, due_date::text AS due_date FROM task WHERE case_id = $1 ORDER BY kind`,
        [id],
      );
      expect(tasks).toEqual([
        { kind: 'COMPLAINT_ACCEPTANCE_NOTICE', state: 'DONE', due_date: ACCEPTANCE_DUE },
        { kind: 'COMPLAINT_HANDLING', state: 'OPEN', due_date: HANDLING_DUE },
        { kind: 'COMPLAINT_TRANSFER', state: 'OPEN', due_date: TRANSFER_DUE },
      ]);
    });

    it('transferring on the due day meets the transfer deadline, with the handler’s summary only', async () => {
      await setDate('2026-10-09T08:00:00.000Z');
      const before = await load(id);
      const transferred = (
        await handler.client.ok(FULL_TRANSFER, {
          id,
          version: before.version,
          toDepartmentId: deptA.id,
          summary: '请核查年报统计数据',
        })
      ).transferComplaint;
      expect(transferred).toMatchObject({
        state: 'TRANSFERRED',
        transferredToDepartmentId: deptA.id,
        transferredToAgencyId: null,
        transferredAt: '2026-10-09T08:00:00.000Z',
        summary: '请核查年报统计数据',
        availableActions: ['RECORD_TRANSFER_RESULT', 'EXTEND'],
      });
      expect(deadlineOf(transferred, 'COMPLAINT_TRANSFER')).toMatchObject({
        state: 'MET',
        closedAt: '2026-10-09T08:00:00.000Z',
      });
      expect(
        await ds.query(`SELECT state FROM task WHERE case_id = $1 AND kind = 'COMPLAINT_TRANSFER'`, [id]),
      ).toEqual([{ state: 'DONE' }]);
    });

    it('an extension needs a reason and a notice, and moves the handling due date (and its task)', async () => {
      await setDate('2026-10-20T02:00:00.000Z');
      const before = await load(id);
      const noReason = firstError(
        await handler.client.gql(EXTEND, { id, version: before.version, byWorkingDays: 5, reason: ' ' }),
      );
      expect(noReason.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { reason: ['请填写延期理由'] },
      });

      const extended = (
        await handler.client.ok(EXTEND, {
          id,
          version: before.version,
          byWorkingDays: 5,
          reason: '需调取统计部门原始数据',
        })
      ).extendComplaint;
      expect(extended).toMatchObject({
        state: 'TRANSFERRED',
        handlingDueDate: EXTENDED_DUE,
        version: before.version + 1,
      });
      const handling = deadlineOf(extended, 'COMPLAINT_HANDLING')!;
      expect(handling).toMatchObject({ dueDate: EXTENDED_DUE, extensionCount: 1, extensionsWorkingDays: 5 });
      const notice = extended.notices.at(-1);
      expect(notice).toMatchObject({ subject: '投诉举报延期办理告知', channel: 'IN_SYSTEM' });
      expect(notice.content).toContain(EXTENDED_DUE);
      expect(notice.content).toContain('需调取统计部门原始数据');
      expect(handling.events.at(-1)).toMatchObject({
        action: 'EXTENDED',
        reason: '需调取统计部门原始数据',
        noticeId: notice.id,
      });
      expect(
        await ds.query(
          `SELECT due_date::text AS due_date FROM task WHERE case_id = $1 AND kind = 'COMPLAINT_HANDLING'`,
          [id],
        ),
      ).toEqual([{ due_date: EXTENDED_DUE }]);
      // The complainant reads the new date and the notice with their code.
      const status = (await portalFrom().ok(STATUS, { caseNumber, accessCode })).complaintStatus;
      expect(status).toMatchObject({
        state: 'TRANSFERRED',
        stateLabel: '已转办',
        receivedDate: RECEIVED,
        handlingDueDate: EXTENDED_DUE,
      });
      expect(status.notices).toEqual([
        { subject: notice.subject, content: notice.content, sentAt: notice.sentAt },
      ]);
    });

    it('handling meets the handling deadline; the reply is told to the complainant', async () => {
      await setDate('2026-10-27T02:00:00.000Z');
      let complaint = await load(id);
      complaint = (
        await handler.client.ok(FULL_RESULT, {
          id,
          version: complaint.version,
          text: '承办处室核实：数据口径不一致',
        })
      ).recordComplaintTransferResult;
      expect(complaint).toMatchObject({
        state: 'INVESTIGATING',
        transferResult: '承办处室核实：数据口径不一致',
      });
      const handled = (
        await handler.client.ok(FULL_HANDLE, {
          id,
          version: complaint.version,
          input: {
            outcome: 'PARTLY_SUBSTANTIATED',
            findings: '数据口径说明缺失，部分属实',
            replyText: '经调查，您反映的问题部分属实，已要求补充数据口径说明。',
          },
        })
      ).handleComplaint;
      expect(handled).toMatchObject({
        state: 'HANDLED',
        outcome: 'PARTLY_SUBSTANTIATED',
        handledAt: '2026-10-27T02:00:00.000Z',
        availableActions: ['CLOSE'],
        isOverdue: false,
      });
      expect(deadlineOf(handled, 'COMPLAINT_HANDLING')).toMatchObject({
        state: 'MET',
        dueDate: EXTENDED_DUE,
      });
      expect(
        await ds.query(`SELECT state FROM task WHERE case_id = $1 AND kind = 'COMPLAINT_HANDLING'`, [id]),
      ).toEqual([{ state: 'DONE' }]);
      const status = (await portalFrom().ok(STATUS, { caseNumber, accessCode })).complaintStatus;
      expect(status).toMatchObject({
        state: 'HANDLED',
        outcome: 'PARTLY_SUBSTANTIATED',
        outcomeLabel: '部分属实',
        replyText: '经调查，您反映的问题部分属实，已要求补充数据口径说明。',
      });
      expect(status.notices.map((notice: Row) => notice.subject)).toEqual([
        '投诉举报延期办理告知',
        '投诉举报处理结果答复',
      ]);
      // Never the identity, the findings, the summary or a member of staff.
      for (const hidden of [
        '李四海',
        '13900001111',
        '数据口径说明缺失',
        '请核查年报统计数据',
        handler.user.id,
        handler.user.username,
      ]) {
        expect(JSON.stringify(status)).not.toContain(hidden);
      }
    });

    it('a rejection notice recorded in time meets the acceptance deadline; the handling clock stops', async () => {
      await setDate('2026-09-25T03:00:00.000Z');
      const { complaint, accessCode: code } = await register({
        receivedAt: '2026-09-25T02:30:00.000Z',
        channel: 'EMAIL',
      });
      expect(deadlineOf(complaint, 'COMPLAINT_ACCEPTANCE_NOTICE')).toMatchObject({ dueDate: ACCEPTANCE_DUE });
      await setDate('2026-09-30T15:00:00.000Z'); // 23:00 in Shanghai on the due date: still in time
      const response = await handler.client.gql<Row>(REJECT, {
        id: complaint.id,
        version: complaint.version,
        reason: 'ALREADY_HANDLED',
        text: '该事项已于 8 月答复，无新情况。',
      });
      const rejected = response.data!.rejectComplaint;
      expect(rejected).toMatchObject({
        state: 'NOT_ACCEPTED',
        notAcceptedReason: 'ALREADY_HANDLED',
        notAcceptedText: '该事项已于 8 月答复，无新情况。',
        handlingDueDate: null,
        availableActions: [],
      });
      const acceptance = deadlineOf(rejected, 'COMPLAINT_ACCEPTANCE_NOTICE')!;
      const [notice] = rejected.notices;
      expect(notice).toMatchObject({ subject: '投诉举报不予受理告知', channel: 'IN_SYSTEM' });
      expect(notice.content).toContain('同一事项已处理完毕且无新情况');
      expect(acceptance).toMatchObject({ state: 'MET', closedAt: '2026-09-30T15:00:00.000Z' });
      expect(acceptance.events.at(-1)).toMatchObject({ action: 'MET', noticeId: notice.id });
      expect(deadlineOf(rejected, 'COMPLAINT_HANDLING')).toMatchObject({ state: 'CANCELLED' });
      const [audit] = await auditOf(response);
      expect(audit).toMatchObject({ outcome: 'SUCCESS', entity_type: 'Complaint', entity_id: complaint.id });
      const status = (await portalFrom().ok(STATUS, { caseNumber: complaint.caseNumber, accessCode: code }))
        .complaintStatus;
      expect(status).toMatchObject({ state: 'NOT_ACCEPTED', stateLabel: '不予受理', handlingDueDate: null });
      expect(status.notices).toHaveLength(1);
    });
  });

  describe('every state × every workflow action, through the API', () => {
    beforeAll(async () => {
      await setDate('2026-11-26T02:00:00.000Z');
    });

    const table = COMPLAINT_STATES.flatMap((state) =>
      COMPLAINT_ACTIONS.filter((action): action is keyof typeof WORKFLOW => action !== 'REVEAL_IDENTITY').map(
        (action) => [state, action, COMPLAINT_TRANSITIONS[state][action] ?? 'INVALID_TRANSITION'] as const,
      ),
    );

    it.each(table)('%s × %s → %s', async (state, action, expected) => {
      const complaint = await complaintIn(state);
      const { response, complaint: after } = await act(action, complaint);
      if (expected === 'INVALID_TRANSITION') {
        const error = firstError(response);
        expect(error.extensions).toMatchObject({
          code: 'INVALID_TRANSITION',
          reason: 'COMPLAINT.INVALID_TRANSITION',
          allowedActions: availableComplaintActions(state, [...HANDLER_PERMISSIONS]),
        });
        expect(error.message).toMatch(/^投诉举报当前状态为“/);
        expect(await load(complaint.id)).toMatchObject({ state, version: complaint.version });
        expect(await auditOf(response)).toMatchObject([
          { outcome: 'FAILED', error_code: 'INVALID_TRANSITION', entity_id: complaint.id },
        ]);
      } else {
        expect(after).toMatchObject({ state: expected, version: complaint.version + 1 });
        expect(await auditOf(response)).toMatchObject([
          { outcome: 'SUCCESS', entity_type: 'Complaint', entity_id: complaint.id },
        ]);
      }
    });
  });

  describe('roles', () => {
    let complaint: Row;
    beforeAll(async () => {
      await setDate('2026-11-26T02:00:00.000Z');
      complaint = (await register()).complaint;
    });

    it('only complaint handlers act; others are FORBIDDEN before their input is read, and nothing changes', async () => {
      const callers = () => [leadership, headA, drafterA, sysadmin, { client: portal }, { client: otherApp }];
      for (const action of Object.keys(WORKFLOW) as Array<keyof typeof WORKFLOW>) {
        for (const caller of callers()) {
          const response = (await act(action, complaint, caller.client)).response;
          expect(firstError(response).extensions?.code, `${action}`).toBe('FORBIDDEN');
        }
      }
      const denied = await submitAsStaff(handler.client);
      expect(firstError(denied).extensions?.code).toBe('FORBIDDEN');
      expect(await load(complaint.id)).toMatchObject({ state: 'RECEIVED', version: complaint.version });
      // Anonymous callers are asked to sign in.
      const anonymous = await testApp.client().gql(ONE, { id: complaint.id });
      expect(firstError(anonymous).extensions?.code).toBe('UNAUTHENTICATED');
    });

    async function submitAsStaff(client: GraphQLClient) {
      return submit({}, randomUUID(), client);
    }

    it('the leadership office reads complaints and statistics; department heads, drafters and administrators do not', async () => {
      expect((await load(complaint.id, leadership.client)).caseNumber).toBe(complaint.caseNumber);
      expect((await leadership.client.ok(STATISTICS, {})).complaintStatistics.total).toBeGreaterThan(0);
      for (const outsider of [headA, drafterA, sysadmin]) {
        expect(firstError(await outsider.client.gql(ONE, { id: complaint.id })).extensions?.code).toBe(
          'FORBIDDEN',
        );
        expect(firstError(await outsider.client.gql(LIST, {})).extensions?.code).toBe('FORBIDDEN');
        expect(firstError(await outsider.client.gql(STATISTICS, {})).extensions?.code).toBe('FORBIDDEN');
      }
      expect(firstError(await portal.gql(ONE, { id: complaint.id })).extensions?.code).toBe('FORBIDDEN');
      const unknown = firstError(await handler.client.gql(ONE, { id: randomUUID() }));
      expect(unknown.extensions?.code).toBe('NOT_FOUND');
    });

    it('the reveal takes COMPLAINT_IDENTITY_REVEAL: a handler without it is FORBIDDEN (and the refusal is audited)', async () => {
      const response = await handler.client.gql(REVEAL, { id: complaint.id, reason: '核实身份' });
      expect(firstError(response).extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'ACCESS.FORBIDDEN',
      });
      expect(await auditOf(response)).toMatchObject([
        { action: 'Mutation.revealComplaintIdentity', outcome: 'DENIED' },
      ]);
      for (const outsider of [leadership, headA, { client: portal }]) {
        expect(
          firstError(await outsider.client.gql(REVEAL, { id: complaint.id, reason: '核实身份' })).extensions
            ?.code,
        ).toBe('FORBIDDEN');
      }
    });
  });

  describe('stale versions and bad input change nothing', () => {
    beforeAll(async () => {
      await setDate('2026-11-26T02:00:00.000Z');
    });

    it('a stale version is CONFLICT', async () => {
      const complaint = await complaintIn('INVESTIGATING');
      const moved = await done('EXTEND', complaint);
      for (const action of ['TRANSFER', 'EXTEND', 'HANDLE'] as const) {
        const error = firstError((await act(action, complaint)).response);
        expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'RECORD.STALE_VERSION' });
        expect(error.message).toMatch(/投诉举报已被他人修改/);
      }
      expect(await load(complaint.id)).toMatchObject({ state: 'INVESTIGATING', version: moved.version });
    });

    const noticesOf = (id: string) => countOf('notice', 'case_id = $1', [id]);

    it.each([
      [
        'intake without content',
        { sealed: { name: '王某', content: '' } },
        'sealed.content',
        '请填写投诉举报内容',
      ],
      [
        'an anonymous intake carrying a name',
        { isAnonymous: true, sealed: { name: '王某', content: '内容' } },
        'sealed.name',
        '匿名投诉举报不填写姓名和联系方式',
      ],
      [
        'a receipt in the future',
        { receivedAt: '2026-11-27T02:00:00.000Z' },
        'receivedAt',
        '收到时间不能晚于现在',
      ],
      [
        'an unknown department',
        { concernedDepartmentId: randomUUID() },
        'concernedDepartmentId',
        '处室不存在或已停用',
      ],
      [
        'an online channel typed by staff',
        { channel: 'ONLINE' },
        'channel',
        '请选择投诉举报方式（网上提交的由外部应用提交）',
      ],
      [
        'a summary naming the complainant',
        { summary: '王小二反映目录问题', sealed: { name: '王小二', content: '内容' } },
        'summary',
        '不得写入投诉举报人的姓名',
      ],
    ])('registering %s is BAD_USER_INPUT in zh-CN', async (_name, overrides, field, message) => {
      const before = await countOf('complaint');
      const { sealed, ...rest } = overrides as Row;
      const response = await handler.client.gql(REGISTER, {
        input: {
          violationKind: 'OTHER',
          channel: 'VISIT',
          receivedAt: '2026-11-26T01:00:00.000Z',
          isAnonymous: false,
          wantsReply: false,
          issueAccessCode: false,
          sealed: sealed ?? { name: '王某', content: '内容' },
          ...rest,
        },
      });
      const error = firstError(response);
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.extensions?.fields?.[field]).toEqual([message]);
      expect(error.message).toMatch(/\p{Script=Han}/u);
      expect(await countOf('complaint')).toBe(before);
    });

    it('accepting an online complaint needs the handler’s summary; it may not name the complainant', async () => {
      const { caseNumber } = (await submit({ isAnonymous: false, name: '赵五六' })).data!.submitComplaint;
      const complaint = await load(await idOfCase(caseNumber));
      const missing = firstError(
        await handler.client.gql(FULL_ACCEPT, {
          id: complaint.id,
          version: complaint.version,
          needsTransfer: false,
        }),
      );
      expect(missing.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'COMPLAINT.SUMMARY_REQUIRED',
      });
      const naming = firstError(
        await handler.client.gql(FULL_ACCEPT, {
          id: complaint.id,
          version: complaint.version,
          needsTransfer: false,
          summary: '赵五六反映',
        }),
      );
      expect(naming.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'COMPLAINT.IDENTITY_IN_TEXT',
        fields: { summary: ['不得写入投诉举报人的姓名'] },
      });
      expect(naming.message).not.toContain('赵五六');
      expect(await load(complaint.id)).toMatchObject({
        state: 'RECEIVED',
        version: complaint.version,
        summary: null,
      });
    });

    it('reject, transfer, extend and handle refuse bad input, and record no notice', async () => {
      const received = (await register({}, { ...identity(), phone: null, email: null, address: null }))
        .complaint;
      const investigating = await complaintIn('INVESTIGATING');
      const cases: Array<[string, string, Row, Row, string, string]> = [
        [
          'reject: empty text',
          REJECT,
          received,
          { reason: 'UNCLEAR', text: ' ' },
          'text',
          '请填写不予受理说明',
        ],
        [
          'reject: SMS to a complainant who left no phone',
          REJECT,
          received,
          { reason: 'UNCLEAR', text: '事实不清', noticeChannel: 'SMS' },
          'noticeChannel',
          '投诉举报人未留下联系电话，请选择其他告知方式（如系统内告知）',
        ],
        [
          'transfer: to nobody',
          FULL_TRANSFER,
          investigating,
          { summary: '摘要' },
          'toDepartmentId',
          '请选择一个转办对象：本局处室或其他行政机关（二者选一）',
        ],
        [
          'transfer: to both',
          FULL_TRANSFER,
          investigating,
          { summary: '摘要', toDepartmentId: deptA.id, toAgencyId: randomUUID() },
          'toAgencyId',
          '请选择一个转办对象：本局处室或其他行政机关（二者选一）',
        ],
        [
          'transfer: to an inactive department',
          FULL_TRANSFER,
          investigating,
          { summary: '摘要', toDepartmentId: inactiveDept.id },
          'toDepartmentId',
          '处室不存在或已停用',
        ],
        [
          'transfer: to an unknown agency',
          FULL_TRANSFER,
          investigating,
          { summary: '摘要', toAgencyId: randomUUID() },
          'toAgencyId',
          '机关不存在或已停用',
        ],
        [
          'extend: by 16 working days',
          EXTEND,
          investigating,
          { byWorkingDays: 16, reason: '理由' },
          'byWorkingDays',
          '每次最多延长 15 个工作日',
        ],
        [
          'extend: by 0',
          EXTEND,
          investigating,
          { byWorkingDays: 0, reason: '理由' },
          'byWorkingDays',
          '至少延长 1 个工作日',
        ],
        [
          'handle: no findings',
          FULL_HANDLE,
          investigating,
          { input: { outcome: 'SUBSTANTIATED', findings: '', replyText: '答复' } },
          'findings',
          '请填写调查处理意见',
        ],
        [
          'handle: no reply though one was asked for',
          FULL_HANDLE,
          investigating,
          { input: { outcome: 'SUBSTANTIATED', findings: '属实' } },
          'replyText',
          '投诉举报人要求答复，请填写答复内容',
        ],
        [
          'handle: an order to correct on an unsubstantiated complaint',
          FULL_HANDLE,
          investigating,
          {
            input: {
              outcome: 'UNSUBSTANTIATED',
              findings: '不属实',
              replyText: '答复',
              correctionOrders: [{ departmentId: deptA.id, requirement: '整改', dueDate: '2026-12-31' }],
            },
          },
          'correctionOrders',
          '投诉举报不属实的，不能责令改正',
        ],
        [
          'handle: a due date in the past',
          FULL_HANDLE,
          investigating,
          {
            input: {
              outcome: 'SUBSTANTIATED',
              findings: '属实',
              replyText: '答复',
              correctionOrders: [{ departmentId: deptA.id, requirement: '整改', dueDate: '2026-11-25' }],
            },
          },
          'correctionOrders.0.dueDate',
          '整改期限不能早于今天',
        ],
        [
          'handle: an order to an inactive department',
          FULL_HANDLE,
          investigating,
          {
            input: {
              outcome: 'SUBSTANTIATED',
              findings: '属实',
              replyText: '答复',
              correctionOrders: [
                { departmentId: inactiveDept.id, requirement: '整改', dueDate: '2026-12-31' },
              ],
            },
          },
          'correctionOrders.0.departmentId',
          '处室不存在或已停用',
        ],
      ];
      for (const [name, query, complaint, variables, field, message] of cases) {
        const notices = await noticesOf(complaint.id);
        const error = firstError(
          await handler.client.gql(query, { id: complaint.id, version: complaint.version, ...variables }),
        );
        expect(error.extensions?.code, name).toBe('BAD_USER_INPUT');
        expect(error.extensions?.fields?.[field], name).toEqual([message]);
        expect(await load(complaint.id), name).toMatchObject({
          state: complaint.state,
          version: complaint.version,
        });
        expect(await noticesOf(complaint.id), name).toBe(notices);
      }
      // Nothing was met or extended by the refused attempts.
      const after = await load(investigating.id);
      expect(deadlineOf(after, 'COMPLAINT_HANDLING')).toMatchObject({ state: 'OPEN', extensionCount: 0 });
      expect(deadlineOf(await load(received.id), 'COMPLAINT_ACCEPTANCE_NOTICE')).toMatchObject({
        state: 'OPEN',
      });
    });

    it('a reveal without a reason is BAD_USER_INPUT and reveals nothing', async () => {
      const complaint = (await register()).complaint;
      for (const reason of ['', '   ']) {
        const response = await revealer.client.gql(REVEAL, { id: complaint.id, reason });
        expect(response.data).toBeNull();
        expect(firstError(response).extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: { reason: ['请填写查看理由'] },
        });
      }
      const missing = await revealer.client.gql(
        `mutation { revealComplaintIdentity(id: "${complaint.id}") { name } }`,
      );
      expect(firstError(missing).extensions?.code).toBe('BAD_USER_INPUT');
      expect(await countOf('complaint_identity_reveal', 'complaint_id = $1', [complaint.id])).toBe(0);
    });
  });

  describe('whistleblower protection', () => {
    let fixture: Awaited<ReturnType<typeof submitComplaintWithName>>;
    beforeAll(async () => {
      await setDate('2026-11-26T02:00:00.000Z');
      fixture = await submitComplaintWithName(testApp, '钱七八举报人');
    });

    it('keeps the identity and material only as one AES-256-GCM ciphertext bound to the complaint', async () => {
      const [row] = await ds.query('SELECT cipher FROM complaint_sealed WHERE complaint_id = $1', [
        fixture.complaintId,
      ]);
      expect(row.cipher).toMatch(/^v1\.test-1\./);
      const keyRing = createKeyRing([TEST_ENCRYPTION_KEY], TEST_ENCRYPTION_KEY.id);
      expect(openComplaintData(keyRing, fixture.complaintId, row.cipher)).toMatchObject({
        name: '钱七八举报人',
        phone: fixture.identity.phone,
        content: fixture.identity.content,
      });
      // Copied to another complaint it does not open.
      expect(() => openComplaintData(keyRing, randomUUID(), row.cipher)).toThrow(/密文校验失败/);
      for (const value of Object.values(fixture.identity)) expect(row.cipher).not.toContain(value);
    });

    it('no other table, no audit row, no log line holds any of it', async () => {
      const tables = [
        'complaint',
        'correction_order',
        'complaint_identity_reveal',
        'notice',
        'outbox_message',
        'deadline',
        'deadline_event',
        'task',
        'staff_notification',
        'audit_log',
        'citizen_code',
        'idempotency_key',
        'code_attempt',
      ];
      const dump = (
        await Promise.all(
          tables.map((table) => ds.query(`SELECT row_to_json(t)::text AS row FROM ${table} t`)),
        )
      )
        .flat()
        .map((row: Row) => row.row)
        .join('\n');
      const logs = testApp.logs.join('\n');
      for (const value of Object.values(fixture.identity)) {
        expect(dump).not.toContain(value);
        expect(logs).not.toContain(value);
      }
      // The audit row of the submission says a sealed record was written, and no more.
      const [audit] = await ds.query(
        `SELECT changes FROM audit_log WHERE action = 'Mutation.submitComplaint' AND entity_id = $1 AND outcome = 'SUCCESS'`,
        [fixture.complaintId],
      );
      const complaintChange = audit.changes.entities.find((change: Row) => change.entityType === 'Complaint');
      expect(complaintChange.fields.sealed).toEqual({ to: SECRET_VALUE });
      expect(audit.changes.arguments).toEqual({ idempotencyKey: '〔已屏蔽〕', input: '〔已屏蔽〕' });
    });

    it('no staff read shows it: complaints, notices, correction orders, statistics', async () => {
      const complaint = await load(fixture.complaintId, leadership.client);
      const orders = await fixture.departmentHead.client.ok(ORDERS, {});
      const text = JSON.stringify([complaint, orders, await leadership.client.ok(STATISTICS, {})]);
      for (const value of Object.values(fixture.identity)) expect(text).not.toContain(value);
    });

    it('the reveal returns it to a holder of COMPLAINT_IDENTITY_REVEAL, recording who, when and why — not what', async () => {
      const response = await revealer.client.gql<Row>(REVEAL, {
        id: fixture.complaintId,
        reason: '需联系举报人补充证据',
      });
      expect(response.data!.revealComplaintIdentity).toEqual({
        name: '钱七八举报人',
        workplace: fixture.identity.workplace,
        address: fixture.identity.address,
        phone: fixture.identity.phone,
        email: fixture.identity.email,
        content: fixture.identity.content,
        concernedDepartment: fixture.department.name,
      });
      const [audit] = await auditOf(response);
      expect(audit).toMatchObject({
        action: 'Mutation.revealComplaintIdentity',
        outcome: 'SUCCESS',
        entity_type: 'Complaint',
        entity_id: fixture.complaintId,
      });
      expect(audit.changes).toEqual([
        expect.objectContaining({
          entityType: 'ComplaintIdentityReveal',
          fields: expect.objectContaining({
            reason: { to: '需联系举报人补充证据' },
            revealedById: { to: revealer.user.id },
            complaintId: { to: fixture.complaintId },
          }),
        }),
      ]);
      for (const value of Object.values(fixture.identity)) expect(JSON.stringify(audit)).not.toContain(value);
      expect((await load(fixture.complaintId)).identityReveals).toEqual([
        expect.objectContaining({
          revealedById: revealer.user.id,
          reason: '需联系举报人补充证据',
          revealedAt: '2026-11-26T02:00:00.000Z',
        }),
      ]);
      // A reason that names the person is refused (it is kept in clear for the auditor).
      const naming = firstError(
        await revealer.client.gql(REVEAL, { id: fixture.complaintId, reason: '联系钱七八举报人' }),
      );
      expect(naming.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'COMPLAINT.IDENTITY_IN_TEXT',
      });
      // The record of reveals cannot be rewritten.
      await expect(ds.query(`UPDATE complaint_identity_reveal SET reason = 'x'`)).rejects.toThrow(
        /不能修改或删除/,
      );
      await expect(
        ds.query('DELETE FROM complaint_sealed WHERE complaint_id = $1', [fixture.complaintId]),
      ).rejects.toThrow(/不能删除/);
    });

    it('the handler’s texts may not carry the identity: a reply naming the complainant is refused', async () => {
      const other = await submitComplaintWithName(testApp, '孙九十举报人');
      const complaint = await load(other.complaintId, other.handler.client);
      expect(complaint.state).toBe('HANDLED');
      const received = (await register({}, { ...identity(), name: '周一二' })).complaint;
      const accepted = await done('ACCEPT', received);
      const error = firstError(
        (
          await act('HANDLE', accepted, handler.client, {
            input: { outcome: 'SUBSTANTIATED', findings: '属实', replyText: '周一二同志：经查属实。' },
          })
        ).response,
      );
      expect(error.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { replyText: ['不得写入投诉举报人的姓名'] },
      });
      const phone = firstError(
        (await act('EXTEND', accepted, handler.client, { reason: '已电话 13800138000 联系' })).response,
      );
      expect(phone.extensions).toMatchObject({ fields: { reason: ['不得写入投诉举报人的联系电话'] } });
    });
  });

  describe('orders to correct (责令改正)', () => {
    let fixture: Awaited<ReturnType<typeof submitComplaintWithName>>;
    beforeAll(async () => {
      await setDate('2026-11-26T02:00:00.000Z');
      fixture = await submitComplaintWithName(testApp, '吴三四举报人');
    });

    it('the ordered department’s head sees the requirement, due date and case number — nothing else of the complaint', async () => {
      const head = fixture.departmentHead.client;
      const { correctionOrders } = await head.ok(ORDERS, {});
      expect(correctionOrders.total).toBe(1);
      const [order] = correctionOrders.items;
      expect(order).toMatchObject({
        id: fixture.correctionOrderId,
        caseNumber: fixture.caseNumber,
        departmentId: fixture.department.id,
        requirement: '更正办事指南并在门户网站重新公开',
        state: 'ORDERED',
        availableActions: ['REPORT'],
      });
      expect((await head.ok(ORDER, { id: fixture.correctionOrderId })).correctionOrder.caseNumber).toBe(
        fixture.caseNumber,
      );
      expect(firstError(await head.gql(ONE, { id: fixture.complaintId })).extensions?.code).toBe('FORBIDDEN');
      expect(firstError(await head.gql(LIST, {})).extensions?.code).toBe('FORBIDDEN');
      // Their task: due on the order's date, titled by the case number only.
      const [task] = await ds.query(
        `SELECT id, title, department_id, due_date::text AS due_date FROM task WHERE kind = 'CORRECTION_ORDER' AND case_id = $1`,
        [fixture.correctionOrderId],
      );
      expect(task).toMatchObject({
        title: `投诉举报 ${fixture.caseNumber} 责令改正`,
        department_id: fixture.department.id,
        due_date: order.dueDate,
      });
      const MINE = `query Mine($ids: [ID!]) { myTasks(filter: { ids: $ids }) { items { id title } } }`;
      expect((await head.ok(MINE, { ids: [task.id] })).myTasks.items).toHaveLength(1);
      expect((await headA.client.ok(MINE, { ids: [task.id] })).myTasks.items).toEqual([]);
    });

    it('another department’s head finds nothing: NOT_FOUND, even with a stale version', async () => {
      expect((await headB.client.ok(ORDERS, {})).correctionOrders).toEqual({ total: 0, items: [] });
      expect(
        firstError(await headB.client.gql(ORDER, { id: fixture.correctionOrderId })).extensions?.code,
      ).toBe('NOT_FOUND');
      for (const version of [1, 99]) {
        const error = firstError(
          await headB.client.gql(REPORT, { id: fixture.correctionOrderId, version, text: '已整改' }),
        );
        expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'RECORD.NOT_FOUND' });
      }
      expect(firstError(await drafterA.client.gql(ORDERS, {})).extensions?.code).toBe('FORBIDDEN');
    });

    it('the head reports, a handler verifies, and only then may the case close', async () => {
      const closing = firstError(
        await fixture.handler.client.gql(CLOSE, { id: fixture.complaintId, version: fixture.version }),
      );
      expect(closing.extensions).toMatchObject({
        code: 'INVALID_TRANSITION',
        reason: 'COMPLAINT.CORRECTION_PENDING',
        allowedActions: [],
      });
      expect((await load(fixture.complaintId)).availableActions).toEqual([]);

      const early = firstError(
        await fixture.handler.client.gql(VERIFY, { id: fixture.correctionOrderId, version: 1 }),
      );
      expect(early.extensions).toMatchObject({
        code: 'INVALID_TRANSITION',
        reason: 'CORRECTION_ORDER.INVALID_TRANSITION',
        allowedActions: [],
      });
      expect(
        firstError(
          await fixture.handler.client.gql(REPORT, {
            id: fixture.correctionOrderId,
            version: 1,
            text: '已整改',
          }),
        ).extensions?.code,
      ).toBe('FORBIDDEN');
      const blank = firstError(
        await fixture.departmentHead.client.gql(REPORT, {
          id: fixture.correctionOrderId,
          version: 1,
          text: '',
        }),
      );
      expect(blank.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { text: ['请填写整改情况'] },
      });

      const reported = (
        await fixture.departmentHead.client.ok(REPORT, {
          id: fixture.correctionOrderId,
          version: 1,
          text: '已更正并重新公开',
        })
      ).reportCorrection;
      expect(reported).toMatchObject({
        state: 'REPORTED',
        reportText: '已更正并重新公开',
        reportedById: fixture.departmentHead.user.id,
        availableActions: [],
      });
      expect(
        await ds.query(`SELECT state FROM task WHERE kind = 'CORRECTION_ORDER' AND case_id = $1`, [
          fixture.correctionOrderId,
        ]),
      ).toEqual([{ state: 'DONE' }]);
      const stale = firstError(
        await fixture.departmentHead.client.gql(REPORT, {
          id: fixture.correctionOrderId,
          version: 1,
          text: '再报',
        }),
      );
      expect(stale.extensions?.code).toBe('CONFLICT');
      const again = firstError(
        await fixture.departmentHead.client.gql(REPORT, {
          id: fixture.correctionOrderId,
          version: reported.version,
          text: '再报',
        }),
      );
      expect(again.extensions).toMatchObject({ code: 'INVALID_TRANSITION', allowedActions: [] });

      const verified = (
        await fixture.handler.client.ok(VERIFY, { id: fixture.correctionOrderId, version: reported.version })
      ).verifyCorrection;
      expect(verified).toMatchObject({ state: 'VERIFIED', verifiedById: fixture.handler.user.id });
      const complaint = await load(fixture.complaintId);
      expect(complaint.availableActions).toEqual(['CLOSE']);
      const closed = (
        await fixture.handler.client.ok(CLOSE, { id: fixture.complaintId, version: complaint.version })
      ).closeComplaint;
      expect(closed).toMatchObject({
        state: 'CLOSED',
        closedAt: '2026-11-26T02:00:00.000Z',
        availableActions: [],
      });
      const status = (
        await fixture.portal.ok(STATUS, { caseNumber: fixture.caseNumber, accessCode: fixture.accessCode })
      ).complaintStatus;
      expect(status).toMatchObject({ state: 'CLOSED', stateLabel: '已办结', outcome: 'SUBSTANTIATED' });
    });
  });

  describe('external apps', () => {
    beforeAll(async () => {
      await setDate('2026-11-26T02:00:00.000Z');
    });

    it('read the privacy notice; a submission must accept it', async () => {
      expect((await portal.ok(PRIVACY)).complaintPrivacyNotice).toBe(COMPLAINT_PRIVACY_NOTICE);
      const before = await countOf('complaint');
      const error = firstError(await submit({ privacyNoticeAccepted: false }));
      expect(error.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { privacyNoticeAccepted: ['请阅读并同意隐私声明后再提交'] },
      });
      expect(await countOf('complaint')).toBe(before);
    });

    it('an anonymous complaint gets a case number and code; it holds no identity', async () => {
      const { caseNumber, accessCode } = (await submit({ isAnonymous: true })).data!.submitComplaint;
      const complaint = await load(await idOfCase(caseNumber));
      expect(complaint).toMatchObject({
        isAnonymous: true,
        wantsReply: true,
        hasAccessCode: true,
        channel: 'ONLINE',
      });
      expect((await portalFrom().ok(STATUS, { caseNumber, accessCode })).complaintStatus).toMatchObject({
        state: 'RECEIVED',
        notices: [],
      });
      const named = firstError(await submit({ isAnonymous: true, phone: '13900001111' }));
      expect(named.extensions?.fields?.phone).toEqual(['匿名投诉举报不填写姓名和联系方式']);
    });

    it('a replay with the same key returns the first answer; another payload under it is CONFLICT', async () => {
      const key = randomUUID();
      const first = (await submit({ content: '重复提交测试' }, key)).data!.submitComplaint;
      const complaints = await countOf('complaint');
      expect((await submit({ content: '重复提交测试' }, key)).data!.submitComplaint).toEqual(first);
      expect(await countOf('complaint')).toBe(complaints);
      expect(firstError(await submit({ content: '另一次提交' }, key)).extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'IDEMPOTENCY.KEY_REUSED',
      });
    });

    it('other scopes may not submit or read; staff may not use the external fields', async () => {
      expect(firstError(await submit({}, randomUUID(), otherApp)).extensions?.code).toBe('FORBIDDEN');
      expect(firstError(await otherApp.gql(PRIVACY)).extensions?.code).toBe('FORBIDDEN');
      expect(firstError(await handler.client.gql(PRIVACY)).extensions?.code).toBe('FORBIDDEN');
    });

    it('every refusal of a status look-up is the same NOT_FOUND', async () => {
      const { caseNumber, accessCode } = (await submit()).data!.submitComplaint;
      const staffCase = await register({ issueAccessCode: false });
      const wrong = `${accessCode.slice(0, -1)}${accessCode.endsWith('0') ? '1' : '0'}`;
      const client = portalFrom();
      for (const variables of [
        { caseNumber, accessCode: wrong },
        { caseNumber: 'TS-2026-999999', accessCode },
        { caseNumber: staffCase.complaint.caseNumber, accessCode },
        { caseNumber: 'YS-2026-000001', accessCode },
      ]) {
        expect(firstError(await client.gql(STATUS, variables)).extensions).toMatchObject({
          code: 'NOT_FOUND',
          reason: 'CITIZEN_CODE.NOT_FOUND',
        });
      }
      expect(
        firstError(await client.gql(STATUS, { caseNumber: 'nonsense', accessCode })).extensions?.code,
      ).toBe('BAD_USER_INPUT');
      expect(staffCase.accessCode).toBeNull();
      expect(staffCase.complaint.hasAccessCode).toBe(false);
    });

    it('staff intake issues a code only when asked, and shows it once', async () => {
      const { complaint, accessCode } = await register({
        issueAccessCode: true,
        channel: 'TELEPHONE',
        isAnonymous: true,
        sealed: { content: '电话记录' },
      });
      expect(accessCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
      expect(complaint).toMatchObject({
        channel: 'TELEPHONE',
        isAnonymous: true,
        hasAccessCode: true,
        handlerId: handler.user.id,
      });
      expect(
        (await portalFrom().ok(STATUS, { caseNumber: complaint.caseNumber, accessCode })).complaintStatus
          .caseNumber,
      ).toBe(complaint.caseNumber);
      expect(JSON.stringify(await load(complaint.id))).not.toContain(accessCode);
    });
  });

  describe('lists and statistics', () => {
    let a: Row;
    let b: Row;
    let c: Row;
    let d: string;

    beforeAll(async () => {
      // March 2026, away from the other tests' dates: the period filter isolates these four.
      await setDate('2026-03-02T03:00:00.000Z');
      a = (
        await register({ channel: 'LETTER', violationKind: 'LATE_OR_STALE', concernedDepartmentId: deptB.id })
      ).complaint;
      b = (
        await register({
          channel: 'TELEPHONE',
          violationKind: 'LATE_OR_STALE',
          concernedDepartmentId: deptB.id,
        })
      ).complaint;
      c = (await register({ channel: 'VISIT', violationKind: 'OTHER', concernedDepartmentId: null }))
        .complaint;
      await setDate('2026-03-20T02:00:00.000Z');
      a = await done('HANDLE', await done('ACCEPT', a), {
        input: { outcome: 'SUBSTANTIATED', findings: '属实', replyText: '属实，已整改。' },
      });
      c = await done('REJECT', c);
      d = await idOfCase((await submit()).data!.submitComplaint.caseNumber);
    });

    it('counts by kind, channel, outcome, state, department complained about, and overdue', async () => {
      const { complaintStatistics: stats } = await leadership.client.ok(STATISTICS, {
        filter: { receivedFrom: '2026-03-01', receivedTo: '2026-03-31' },
      });
      expect(stats.total).toBe(4);
      const counts = (list: Row[], key: string) =>
        Object.fromEntries(list.filter((row) => row.count > 0).map((row) => [row[key], row.count]));
      expect(counts(stats.byKind, 'violationKind')).toEqual({
        LATE_OR_STALE: 2,
        OTHER: 1,
        FALSE_DISCLOSURE: 1,
      });
      expect(stats.byKind).toHaveLength(10);
      expect(counts(stats.byChannel, 'channel')).toEqual({ LETTER: 1, TELEPHONE: 1, VISIT: 1, ONLINE: 1 });
      expect(counts(stats.byOutcome, 'outcome')).toEqual({ SUBSTANTIATED: 1 });
      expect(counts(stats.byState, 'state')).toEqual({ HANDLED: 1, RECEIVED: 2, NOT_ACCEPTED: 1 });
      expect(stats.byConcernedDepartment).toEqual([
        { departmentId: deptB.id, count: 2 },
        { departmentId: null, count: 2 },
      ]);
      // B waits since 2 March: its 3-working-day acceptance deadline (5 March) has passed.
      expect(stats.overdue).toBe(1);
      const bad = firstError(
        await leadership.client.gql(STATISTICS, {
          filter: { receivedFrom: '2026-03-31', receivedTo: '2026-03-01' },
        }),
      );
      expect(bad.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { receivedTo: ['结束日期不能早于开始日期'] },
      });
    });

    it('filters the list by state, kind, channel, department, overdue, period and text; sorts', async () => {
      const march = { receivedFrom: '2026-03-01', receivedTo: '2026-03-31' };
      const ids = async (filter: Row, sort?: Row) =>
        (await handler.client.ok(LIST, { filter: { ...march, ...filter }, sort })).complaints.items.map(
          (item: Row) => item.id,
        );
      expect(await ids({ overdue: true })).toEqual([b.id]);
      expect(new Set(await ids({ overdue: false }))).toEqual(new Set([a.id, c.id, d]));
      expect(await ids({ state: 'NOT_ACCEPTED' })).toEqual([c.id]);
      expect(new Set(await ids({ violationKind: 'LATE_OR_STALE' }))).toEqual(new Set([a.id, b.id]));
      expect(await ids({ channel: 'ONLINE' })).toEqual([d]);
      expect(await ids({ outcome: 'SUBSTANTIATED' })).toEqual([a.id]);
      expect(new Set(await ids({ concernedDepartmentId: deptB.id }))).toEqual(new Set([a.id, b.id]));
      expect(await ids({ q: b.caseNumber })).toEqual([b.id]);
      expect(await ids({}, { field: 'caseNumber', order: 'ASC' })).toEqual([a.id, b.id, c.id, d]);
      // Newest first by default.
      expect((await ids({}))[0]).toBe(d);
      expect((await load(b.id)).isOverdue).toBe(true);
      const badSort = firstError(
        await handler.client.gql(LIST, { sort: { field: 'summary', order: 'ASC' } }),
      );
      expect(badSort.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SORT.FIELD_NOT_ALLOWED' });
    });
  });
});
