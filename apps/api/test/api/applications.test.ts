import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import {
  APPLICATION_PRIVACY_NOTICE,
  addWorkingDays,
  createWorkingDayCalendar,
  dueDateOf,
  resume,
  startDeadline,
  suspend,
  residentIdCheckCharacter,
} from '@gdp/domain';
import { ManualClock } from '../../src/clock.js';
import { anonymiseExpiredApplicants } from '../../src/modules/application/index.js';
import { openComplaintData } from '../../src/modules/complaint/index.js';
import { ExternalAgency } from '../../src/modules/external-agency/external-agency.entity.js';
import type { User } from '../../src/modules/organisation/user.entity.js';
import { createKeyRing } from '../../src/shared/crypto/field-encryption.js';
import { createApiToken, createDepartment, signedIn } from '../support/factories.js';
import { firstError, type GraphQLClient, type GraphQLResponse } from '../support/graphql-client.js';
import { startTestApp, TEST_ENCRYPTION_KEY, TEST_START, type TestApp } from '../support/test-app.js';

/**
 * Disclosure applications (依申请公开, SPEC M6; 条例 art. 29–45): intake by staff and external apps, the
 * applicant's read by code, the reply clock over the real 2026 calendar (补正 restarts it, consultations and
 * fee notices suspend it, one extension), the replies, the ID number kept encrypted and masked.
 */

type Row = Record<string, any>;

const APPLICATION_FIELDS = `id caseNumber channel arrivedDate receivedDate applicantType description purpose deliveryForm
  correctedDescription state resultCode replyText replyDate publishedIndexNumbers responsibleAgency withholdingReasons
  correctionRequest correctionRequestedDate correctionPeriodWorkingDays correctionReceivedDate feeMethod feeBasis feeAmount
  feeNoticeDate feePaymentPeriodWorkingDays feePaidDate feeReference linkedComplaintId anonymisedAt handlerId version
  availableActions replyDueDate replyClockSuspended replyExtended isOverdue applicationsInLast30Days
  applicant { applicantType name idType idNumberMasked organisationName creditCode contactPerson phone email postalAddress postalCode }
  deadlines { kind state dueDate isSuspended extensionCount periodWorkingDays }
  events { action fromState toState onDate note }
  notices { subject content channel sentAt }
  consultations { id use state version consulteeAgencyId consulteeThirdParty consulteeName dueDate }
  possibleRepeatOf { id caseNumber }
  replyLetter { title salutation paragraphs signature date }`;

const ONE = `query One($id: ID!) { application(id: $id) { ${APPLICATION_FIELDS} } }`;
const LIST = `query List($filter: ApplicationFilter, $page: PageInput, $sort: SortInput) {
  applications(filter: $filter, page: $page, sort: $sort) { total items { id caseNumber state applicant { idNumberMasked name } } } }`;
const REGISTER = `mutation Register($input: ApplicationIntakeInput!) {
  registerApplication(input: $input) { accessCode application { ${APPLICATION_FIELDS} } } }`;
const SUBMIT = `mutation Submit($key: String!, $input: ExternalApplicationInput!) {
  submitApplication(idempotencyKey: $key, input: $input) { caseNumber accessCode receivedDate } }`;
const STATUS = `query Status($caseNumber: String!, $accessCode: String!) { applicationStatus(caseNumber: $caseNumber, accessCode: $accessCode) {
  caseNumber state stateLabel receivedDate replyDueDate notices { subject content sentAt } replyLetter { title paragraphs } } }`;
const step = (name: string, inputType: string | null) =>
  inputType
    ? `mutation Step($id: ID!, $version: Int!, $input: ${inputType}!) { ${name}(id: $id, version: $version, input: $input) { ${APPLICATION_FIELDS} } }`
    : `mutation Step($id: ID!, $version: Int!) { ${name}(id: $id, version: $version) { ${APPLICATION_FIELDS} } }`;
const REQUEST_CORRECTION = step('requestApplicationCorrection', 'RequestApplicationCorrectionInput');
const RECORD_CORRECTION = step('recordApplicationCorrection', 'RecordApplicationCorrectionInput');
const CLOSE_UNCORRECTED = step('closeUncorrectedApplication', null);
const EXTEND = step('extendApplication', 'ExtendApplicationInput');
const CONSULT = step('consultOnApplication', 'ConsultOnApplicationInput');
const FEE_NOTICE = step('issueApplicationFeeNotice', 'ApplicationFeeNoticeInput');
const PAYMENT = step('recordApplicationPayment', 'RecordApplicationPaymentInput');
const CLOSE_UNPAID = step('closeUnpaidApplication', null);
const REPLY = step('replyToApplication', 'ReplyToApplicationInput');
const REVEAL = `mutation Reveal($id: ID!, $reason: String!) { revealApplicantIdNumber(id: $id, reason: $reason) { idType idNumber } }`;
const CONSULTATION_REPLY = `mutation Reply($id: ID!, $version: Int!, $agrees: Boolean!, $reply: String!, $repliedOn: String!) {
  recordConsultationReply(id: $id, version: $version, agrees: $agrees, reply: $reply, repliedOn: $repliedOn) { id state } }`;
const ANNUAL = `query Annual($year: Int!) { annualReportApplications(year: $year) { year columns balanced rows { key values } } }`;

const calendar = createWorkingDayCalendar();
const TODAY = TEST_START.slice(0, 10);

/** A valid mainland resident ID number (GB 11643-1999) for a serial, so fingerprints differ per person. */
function residentId(serial: number): string {
  const body = `33050219800101${String(serial % 1000).padStart(3, '0')}`;
  return body + residentIdCheckCharacter(body);
}

let serial = 100;
const person = (idNumber = residentId((serial += 1)), overrides: Row = {}) => ({
  applicantType: 'NATURAL_PERSON',
  name: `申请人${serial}`,
  idType: 'RESIDENT_ID',
  idNumber,
  phone: null,
  email: `a${serial}@example.cn`,
  postalAddress: '湖州市某区某路 1 号',
  postalCode: '313000',
  ...overrides,
});

describe('disclosure applications (依申请公开)', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let handler: { client: GraphQLClient; user: User };
  let approver: { client: GraphQLClient; user: User };
  let drafter: { client: GraphQLClient; user: User };
  let portal: GraphQLClient;
  let complaintsApp: GraphQLClient;
  let portalIp = 0;

  /** Sessions last at most 12 hours: everyone signs in again at each date a test jumps to. */
  async function setDate(instant: string): Promise<void> {
    testApp.clock.set(instant);
    handler = await signedIn(testApp, { roles: ['APPLICATION_HANDLER'] });
    approver = await signedIn(testApp, { roles: ['APPLICATION_HANDLER'], permissions: ['APPLICATION_EXTENSION_APPROVE'] });
    drafter = await signedIn(testApp, { roles: ['DRAFTER'] });
  }
  const portalFrom = () => {
    portal.forwardedFor = `198.51.100.${(portalIp += 1) % 250}`;
    return portal;
  };
  const countOf = async (table: string, where = 'true', params: unknown[] = []) =>
    Number((await ds.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params))[0].n);
  const auditText = async (response: GraphQLResponse) =>
    JSON.stringify(
      await ds.query('SELECT changes, entity_type, reason FROM audit_log WHERE request_id = $1', [
        response.headers.get('x-request-id'),
      ]),
    );
  const load = async (id: string): Promise<Row> => (await handler.client.ok(ONE, { id })).application;

  async function register(overrides: Row = {}, applicant: Row = person()): Promise<{ application: Row; accessCode: string | null }> {
    return (
      await handler.client.ok(REGISTER, {
        input: {
          channel: 'REGISTERED_POST',
          arrivedDate: TODAY,
          receivedDate: TODAY,
          applicant,
          description: '本局 2026 年文化产业发展专项资金分配结果',
          purpose: '了解政策',
          deliveryForm: 'ELECTRONIC',
          ...overrides,
        },
      })
    ).registerApplication;
  }
  const submitInput = (overrides: Row = {}) => ({
    applicant: person(),
    description: '本市 A 级旅游景区名录',
    deliveryForm: 'ELECTRONIC',
    privacyNoticeAccepted: true,
    ...overrides,
  });
  async function act(query: string, application: Row, input?: Row, client = handler.client) {
    const response = await client.gql<Row>(query, { id: application.id, version: application.version, ...(input ? { input } : {}) });
    const data = response.data ? (Object.values(response.data)[0] as Row | null) : null;
    return { response, application: data };
  }
  async function done(query: string, application: Row, input?: Row, client = handler.client): Promise<Row> {
    const { response, application: next } = await act(query, application, input, client);
    if (!next) throw new Error(`step failed: ${response.text.slice(0, 600)}`);
    return next;
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.db.database.dataSource;
    await createDepartment(ds, { kind: 'OFFICE', name: `办公室${randomUUID().slice(0, 4)}` });
    await setDate(TEST_START);
    portal = testApp.client().withBearer((await createApiToken(ds, ['applications:submit'])).token);
    complaintsApp = testApp.client().withBearer((await createApiToken(ds, ['complaints:submit'])).token);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  describe('intake', () => {
    it('registers a letter: a case number, the reply clock of 20 working days from receipt and the handlers’ task', async () => {
      const idNumber = residentId(7);
      const response = await handler.client.gql<Row>(REGISTER, {
        input: {
          channel: 'REGISTERED_POST',
          arrivedDate: '2026-09-18',
          receivedDate: '2026-09-20',
          applicant: person(idNumber),
          description: '国庆期间景区客流统计',
          deliveryForm: 'PAPER',
        },
      });
      const { application, accessCode } = response.data!.registerApplication;
      expect(application.caseNumber).toMatch(/^YS-2026-\d{6}$/);
      expect(accessCode).toMatch(/\S{6,}/);
      expect(application.state).toBe('PROCESSING');
      // The National Day holidays of 2026 fall within the period: 20 working days run to 23 October.
      expect(application.replyDueDate).toBe('2026-10-23');
      expect(application.isOverdue).toBe(true);
      // Extending needs the approver's permission, which the handler does not hold.
      expect(application.availableActions).toEqual(['CONSULT', 'LINK_DOCUMENTS', 'ASK_REASONS', 'REPLY', 'SUBMIT_REPLY_FOR_REVIEW']);
      expect(application.applicant.idNumberMasked).toBe(`${idNumber.slice(0, 3)}${'*'.repeat(13)}${idNumber.slice(-2)}`);
      expect(application.events.map((event: Row) => event.action)).toEqual(['REGISTER']);
      expect(await countOf('task', "kind = 'APPLICATION_REPLY' AND case_id = $1 AND state = 'OPEN'", [application.id])).toBe(1);
      // The ID number is stored only encrypted, never in the audit rows.
      const [stored] = await ds.query('SELECT id_number_cipher, id_number_masked FROM application_applicant WHERE id = $1', [application.id]);
      expect(stored.id_number_cipher).not.toContain(idNumber);
      expect(await auditText(response)).not.toContain(idNumber);
      expect(testApp.logs.join('\n')).not.toContain(idNumber);
      const list = await handler.client.ok(LIST, { filter: { q: application.caseNumber } });
      expect(list.applications.items).toEqual([
        expect.objectContaining({ caseNumber: application.caseNumber, applicant: { idNumberMasked: stored.id_number_masked, name: expect.any(String) } }),
      ]);
      expect(JSON.stringify(list)).not.toContain(idNumber);
      expect((await handler.client.ok(LIST, { filter: { overdue: true, q: application.caseNumber } })).applications.total).toBe(1);
    });

    it('refuses a receipt date in the future, an online channel and an invalid ID number — changing nothing', async () => {
      const before = await countOf('application');
      const future = await handler.client.gql(REGISTER, {
        input: { channel: 'IN_PERSON', arrivedDate: TODAY, receivedDate: '2026-11-27', applicant: person(), description: '某文件', deliveryForm: 'PAPER' },
      });
      expect(firstError(future).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { receivedDate: ['收到申请日期不能晚于今天'] } });
      const online = await handler.client.gql(REGISTER, {
        input: { channel: 'ONLINE', arrivedDate: TODAY, receivedDate: TODAY, applicant: person(), description: '某文件', deliveryForm: 'PAPER' },
      });
      expect(firstError(online).extensions?.fields?.channel?.[0]).toMatch(/外部应用/);
      const badId = await handler.client.gql(REGISTER, {
        input: { channel: 'IN_PERSON', arrivedDate: TODAY, receivedDate: TODAY, applicant: person('330502198001010000'), description: '某文件', deliveryForm: 'PAPER' },
      });
      expect(firstError(badId).extensions?.fields?.['applicant.idNumber']?.[0]).toMatch(/居民身份证号码无效/);
      expect(await countOf('application')).toBe(before);
      expect(await countOf('application_applicant')).toBe(before);
    });

    it('takes an external submission once per key, with today as the day of receipt', async () => {
      expect((await portalFrom().ok('{ applicationPrivacyNotice }')).applicationPrivacyNotice).toBe(APPLICATION_PRIVACY_NOTICE);
      const before = await countOf('application');
      const refused = await portalFrom().gql(SUBMIT, { key: randomUUID(), input: submitInput({ privacyNoticeAccepted: false }) });
      expect(firstError(refused).extensions?.fields?.privacyNoticeAccepted).toEqual(['请阅读并同意隐私声明后再提交']);
      expect(await countOf('application')).toBe(before);

      const key = randomUUID();
      const input = submitInput();
      const first = (await portalFrom().ok(SUBMIT, { key, input })).submitApplication;
      expect(first).toMatchObject({ caseNumber: expect.stringMatching(/^YS-2026-/), receivedDate: TODAY });
      const replay = (await portalFrom().ok(SUBMIT, { key, input })).submitApplication;
      expect(replay).toEqual(first);
      expect(await countOf('application')).toBe(before + 1);
      const conflict = await portalFrom().gql(SUBMIT, { key, input: { ...input, description: '另一项内容' } });
      expect(firstError(conflict).extensions?.code).toBe('CONFLICT');
      expect(await countOf('application')).toBe(before + 1);

      const [row] = await ds.query('SELECT id, channel FROM application WHERE case_number = $1', [first.caseNumber]);
      expect(row.channel).toBe('ONLINE');
      const staffView = await load(row.id);
      expect(staffView.replyDueDate).toBe(addWorkingDays(calendar, TODAY, 20));
    });

    it('shows the applicant their case by number and code — a wrong code or another case’s code is NOT_FOUND alike', async () => {
      const mine = (await portalFrom().ok(SUBMIT, { key: randomUUID(), input: submitInput() })).submitApplication;
      const other = (await portalFrom().ok(SUBMIT, { key: randomUUID(), input: submitInput() })).submitApplication;
      const status = (await portalFrom().ok(STATUS, { caseNumber: mine.caseNumber, accessCode: mine.accessCode })).applicationStatus;
      expect(status).toEqual({
        caseNumber: mine.caseNumber,
        state: 'PROCESSING',
        stateLabel: '办理中',
        receivedDate: TODAY,
        replyDueDate: '2026-12-24',
        notices: [],
        replyLetter: null,
      });
      const wrongCode = `${mine.accessCode.slice(0, -1)}${mine.accessCode.endsWith('A') ? 'B' : 'A'}`;
      const wrong = firstError(await portalFrom().gql(STATUS, { caseNumber: mine.caseNumber, accessCode: wrongCode }));
      const crossed = firstError(await portalFrom().gql(STATUS, { caseNumber: mine.caseNumber, accessCode: other.accessCode }));
      const unknown = firstError(await portalFrom().gql(STATUS, { caseNumber: 'YS-2026-999999', accessCode: other.accessCode }));
      for (const error of [wrong, crossed, unknown]) expect(error.extensions?.code).toBe('NOT_FOUND');
      expect(crossed.message).toBe(unknown.message);
    });

    it('refuses callers without the role or the scope', async () => {
      expect(firstError(await drafter.client.gql(LIST, {})).extensions?.code).toBe('FORBIDDEN');
      expect(
        firstError(
          await drafter.client.gql(REGISTER, {
            input: { channel: 'IN_PERSON', arrivedDate: TODAY, receivedDate: TODAY, applicant: person(), description: '某文件', deliveryForm: 'PAPER' },
          }),
        ).extensions?.code,
      ).toBe('FORBIDDEN');
      expect(firstError(await complaintsApp.gql(SUBMIT, { key: randomUUID(), input: submitInput() })).extensions?.code).toBe('FORBIDDEN');
      expect(firstError(await complaintsApp.gql('{ applicationPrivacyNotice }')).extensions?.code).toBe('FORBIDDEN');
      expect(firstError(await portal.gql(LIST, {})).extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('the reply clock', () => {
    it('补正: once, within 7 working days; the corrected application restarts the 20 working days', async () => {
      const { application } = await register({ channel: 'IN_PERSON' }, person(undefined, { phone: null, email: null }));
      const asked = await done(REQUEST_CORRECTION, application, { request: '请写明文件名称或文号', periodWorkingDays: 10 });
      expect(asked).toMatchObject({ state: 'AWAITING_CORRECTION', replyClockSuspended: true, correctionRequestedDate: TODAY });
      expect(asked.deadlines.find((d: Row) => d.kind === 'APPLICATION_CORRECTION_PERIOD')).toMatchObject({
        periodWorkingDays: 10,
        dueDate: addWorkingDays(calendar, TODAY, 10),
      });
      expect(asked.notices.map((notice: Row) => notice.subject)).toEqual([`政府信息公开申请补正告知书（${application.caseNumber}）`]);
      expect(await countOf('task', "kind = 'APPLICATION_CORRECTION_PERIOD' AND case_id = $1 AND state = 'OPEN'", [application.id])).toBe(1);
      // Before the period ends the case cannot be closed as uncorrected.
      const early = firstError((await act(CLOSE_UNCORRECTED, asked)).response);
      expect(early.extensions).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'APPLICATION.PERIOD_NOT_OVER' });

      await setDate('2026-12-03T02:00:00.000Z');
      const future = await act(RECORD_CORRECTION, asked, { receivedDate: '2026-12-04', correctedDescription: '2026 年第 3 号通知' });
      expect(firstError(future.response).extensions?.code).toBe('BAD_USER_INPUT');
      const corrected = await done(RECORD_CORRECTION, asked, { receivedDate: '2026-12-03', correctedDescription: '2026 年第 3 号通知' });
      expect(corrected).toMatchObject({ state: 'PROCESSING', replyClockSuspended: false, replyDueDate: '2026-12-31' });
      expect(corrected.deadlines.find((d: Row) => d.kind === 'APPLICATION_CORRECTION_PERIOD').state).toBe('MET');
      const again = firstError((await act(REQUEST_CORRECTION, corrected, { request: '再补正' })).response);
      expect(again.extensions).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'APPLICATION.CORRECTION_ONCE' });
      await setDate(TEST_START);
    });

    it('refuses 补正 after 7 working days and closes an uncorrected case once its period is over', async () => {
      const late = (await register({ arrivedDate: '2026-11-10', receivedDate: '2026-11-10' })).application;
      const refused = firstError((await act(REQUEST_CORRECTION, late, { request: '请补正' })).response);
      expect(refused.extensions).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'APPLICATION.CORRECTION_WINDOW_CLOSED' });

      const { application } = await register();
      const asked = await done(REQUEST_CORRECTION, application, { request: '请写明文号', periodWorkingDays: 5 });
      await setDate('2026-12-04T02:00:00.000Z');
      const fresh = await load(asked.id);
      expect(fresh.availableActions).toEqual(['RECORD_CORRECTION', 'CLOSE_UNCORRECTED']);
      const closed = await done(CLOSE_UNCORRECTED, fresh);
      expect(closed).toMatchObject({ state: 'CLOSED', resultCode: 'OTHER.NO_CORRECTION', replyDate: '2026-12-04' });
      expect(closed.replyLetter.paragraphs.join('')).toContain('无正当理由逾期未补正');
      expect(closed.deadlines.find((d: Row) => d.kind === 'APPLICATION_REPLY').state).toBe('CANCELLED');
      expect(await countOf('task', "case_id = $1 AND state = 'OPEN'", [application.id])).toBe(0);
      await setDate(TEST_START);
    });

    it('extends once, by at most 20 working days, with the approver’s permission and a notice', async () => {
      const { application } = await register({}, person(undefined, { phone: null }));
      expect(firstError((await act(EXTEND, application, { byWorkingDays: 10, reason: '需调取档案' })).response).extensions?.code).toBe('FORBIDDEN');
      const tooLong = firstError((await act(EXTEND, application, { byWorkingDays: 21, reason: '需调取档案' }, approver.client)).response);
      expect(tooLong.extensions?.code).toBe('BAD_USER_INPUT');
      // No phone on record: an SMS notice is refused, and without its notice there is no extension.
      const noContact = firstError(
        (await act(EXTEND, application, { byWorkingDays: 10, reason: '需调取档案', noticeChannel: 'SMS' }, approver.client)).response,
      );
      expect(noContact.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'APPLICATION.NO_CONTACT_FOR_CHANNEL' });
      expect((await load(application.id)).version).toBe(application.version);

      const extended = await done(EXTEND, application, { byWorkingDays: 10, reason: '需调取档案', noticeChannel: 'EMAIL' }, approver.client);
      expect(extended).toMatchObject({ replyExtended: true, replyDueDate: addWorkingDays(calendar, TODAY, 30) });
      expect(extended.notices[0]).toMatchObject({ channel: 'EMAIL', subject: expect.stringContaining('延期答复告知书') });
      const twice = firstError((await act(EXTEND, extended, { byWorkingDays: 5, reason: '再延期' }, approver.client)).response);
      expect(twice.extensions).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'APPLICATION.EXTENDED_ONCE' });
    });

    it('a joint agency’s consultation suspends the clock until its answer; no reply meanwhile', async () => {
      const agency = await ds.manager.save(
        ds.manager.create(ExternalAgency, {
          name: `市体育局${randomUUID().slice(0, 4)}`,
          kind: 'PEER',
          contactPerson: null,
          phone: null,
          address: '湖州市某路 2 号',
          notes: null,
          isActive: true,
          createdAt: new Date(TEST_START),
          updatedAt: new Date(TEST_START),
        }),
      );
      const { application } = await register();
      const consulted = await done(CONSULT, application, {
        use: 'APPLICATION_JOINT_AGENCY',
        agencyIds: [agency.id],
        basicFacts: '两局联合印发的文件',
        opinion: '拟公开',
        basis: '条例第三十四条',
      });
      expect(consulted).toMatchObject({ replyClockSuspended: true, replyDueDate: null });
      expect(consulted.consultations).toEqual([expect.objectContaining({ use: 'APPLICATION_JOINT_AGENCY', state: 'SENT', consulteeAgencyId: agency.id })]);
      expect(consulted.availableActions).not.toContain('REPLY');
      const blocked = firstError((await act(REPLY, consulted, { resultCategory: 'UNAVAILABLE', resultReason: 'NEEDS_CREATION' })).response);
      expect(blocked.extensions).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'APPLICATION.CONSULTATION_OPEN' });

      await setDate('2026-12-02T02:00:00.000Z');
      const [consultation] = consulted.consultations;
      await handler.client.ok(CONSULTATION_REPLY, {
        id: consultation.id,
        version: consultation.version,
        agrees: true,
        reply: '同意公开',
        repliedOn: '2026-12-01',
      });
      const resumed = await load(application.id);
      const expected = dueDateOf(calendar, resume(suspend(startDeadline(TODAY, 20), TODAY), '2026-12-01'));
      expect(resumed).toMatchObject({ replyClockSuspended: false, replyDueDate: expected, version: consulted.version + 1 });
      expect(resumed.events.map((event: Row) => event.action)).toEqual(['REGISTER', 'CONSULT', 'CONSULTATION_ENDED']);
      expect(resumed.availableActions).toContain('REPLY');
      await setDate(TEST_START);
    });

    it('consults a third party by notice', async () => {
      const { application } = await register();
      const consulted = await done(CONSULT, application, {
        use: 'APPLICATION_THIRD_PARTY',
        thirdParties: [{ name: '某文化公司', channel: 'POST', contactAddress: '湖州市某区某路 9 号' }],
        basicFacts: '涉及该公司经营信息',
        opinion: '拟部分公开',
        basis: '条例第三十二条',
      });
      expect(consulted.consultations).toEqual([
        expect.objectContaining({ use: 'APPLICATION_THIRD_PARTY', consulteeThirdParty: '某文化公司', consulteeName: '某文化公司' }),
      ]);
      expect(
        await countOf('notice', "recipient_kind = 'THIRD_PARTY' AND case_id = $1", [consulted.consultations[0].id]),
      ).toBe(1);
    });

    it('keeps fees off unless the bureau enables them', async () => {
      const { application } = await register();
      expect(application.availableActions).not.toContain('ISSUE_FEE_NOTICE');
      const refused = firstError((await act(FEE_NOTICE, application, { method: 'PER_PAGE', pages: 120 })).response);
      expect(refused.extensions).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'APPLICATION.FEE_NOT_ALLOWED' });
    });

    it('one of two concurrent edits of the same version gets CONFLICT', async () => {
      const { application } = await register();
      const responses = await Promise.all([
        act(REQUEST_CORRECTION, application, { request: '请补正 A' }),
        act(REQUEST_CORRECTION, application, { request: '请补正 B' }),
      ]);
      const codes = responses.map(({ response }) => response.errors?.[0]?.extensions?.code ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
    });
  });

  describe('replies', () => {
    it('withholds with reasons; the applicant reads the letter by code', async () => {
      const { application, accessCode } = await register();
      const noReason = firstError((await act(REPLY, application, { resultCategory: 'WITHHELD', resultReason: 'STATE_SECRET' })).response);
      expect(noReason.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { withholdingReasons: ['请选择不予公开的理由'] } });
      const closed = await done(REPLY, application, {
        resultCategory: 'WITHHELD',
        resultReason: 'STATE_SECRET',
        withholdingReasons: ['STATE_SECRET'],
        replyText: '特此答复。',
      });
      expect(closed).toMatchObject({ state: 'CLOSED', resultCode: 'WITHHELD.STATE_SECRET', replyDate: TODAY, withholdingReasons: ['STATE_SECRET'] });
      expect(closed.deadlines.find((d: Row) => d.kind === 'APPLICATION_REPLY').state).toBe('MET');
      expect(await countOf('task', "kind = 'APPLICATION_REPLY' AND case_id = $1 AND state = 'DONE'", [application.id])).toBe(1);
      expect(closed.events.at(-1)).toMatchObject({ action: 'REPLY', toState: 'CLOSED', onDate: TODAY });
      const status = (await portalFrom().ok(STATUS, { caseNumber: application.caseNumber, accessCode })).applicationStatus;
      expect(status.replyLetter.title).toBe('政府信息公开申请答复书');
      expect(status.replyLetter.paragraphs.join('')).toContain('依法不予公开');
      expect(status.notices.map((notice: Row) => notice.subject)).toEqual([`政府信息公开申请答复书（${application.caseNumber}）`]);
      expect(firstError((await act(REPLY, closed, { resultCategory: 'UNAVAILABLE', resultReason: 'NOT_HELD' })).response).extensions?.code).toBe(
        'INVALID_TRANSITION',
      );
    });

    it('refuses to supply information without review, and "already disclosed" without current catalog entries', async () => {
      const { application } = await register();
      for (const input of [{ resultCategory: 'DISCLOSED' }, { resultCategory: 'PARTIALLY_DISCLOSED' }]) {
        const error = firstError((await act(REPLY, application, input)).response);
        expect(error.extensions).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'APPLICATION.SUPPLY_NEEDS_REVIEW' });
        expect(error.message).toMatch(/保密审查/);
      }
      const unknown = firstError((await act(REPLY, application, { resultCategory: 'DISCLOSED', publishedIndexNumbers: ['000000-0000-2026-0001'] })).response);
      expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'APPLICATION.UNKNOWN_INDEX_NUMBER' });
      expect((await load(application.id)).state).toBe('PROCESSING');
    });

    it('names the agency responsible when the information is not the bureau’s', async () => {
      const { application } = await register();
      const closed = await done(REPLY, application, { resultCategory: 'UNAVAILABLE', resultReason: 'NOT_HELD', responsibleAgency: '市体育局' });
      expect(closed.replyLetter.paragraphs.join('')).toContain('该政府信息由市体育局负责公开');
    });

    it('hands a complaint to the complaint procedure, linked both ways, the applicant sealed in the complaint', async () => {
      const idNumber = residentId(901);
      const { application } = await register({ channel: 'EMAIL' }, person(idNumber, { name: '投诉型申请人' }));
      const closed = await done(REPLY, application, { resultCategory: 'NOT_PROCESSED', resultReason: 'COMPLAINT' });
      expect(closed.linkedComplaintId).toEqual(expect.any(String));
      const [complaint] = await ds.query(
        'SELECT c.id, c.case_number, c.channel, c.source_application_id, s.cipher FROM complaint c JOIN complaint_sealed s ON s.complaint_id = c.id WHERE c.id = $1',
        [closed.linkedComplaintId],
      );
      expect(complaint).toMatchObject({ channel: 'EMAIL', source_application_id: application.id });
      const sealed = openComplaintData(createKeyRing([TEST_ENCRYPTION_KEY], TEST_ENCRYPTION_KEY.id), complaint.id, complaint.cipher);
      expect(sealed.name).toBe('投诉型申请人');
      expect(sealed.content).toContain(idNumber);
      expect(closed.replyLetter.paragraphs.join('')).toContain(complaint.case_number);
    });

    it('reveals the full ID number to a handler, recording who and why — never the number', async () => {
      const idNumber = residentId(902);
      const { application } = await register({}, person(idNumber));
      const response = await handler.client.gql<Row>(REVEAL, { id: application.id, reason: '核实申请人身份' });
      expect(response.data?.revealApplicantIdNumber).toEqual({ idType: 'RESIDENT_ID', idNumber });
      expect(await auditText(response)).not.toContain(idNumber);
      expect((await load(application.id)).events.at(-1)).toMatchObject({ action: 'REVEAL_ID_NUMBER', note: '核实申请人身份' });
      expect(firstError(await drafter.client.gql(REVEAL, { id: application.id, reason: '好奇' })).extensions?.code).toBe('FORBIDDEN');
    });

    it('flags a possible repeat and counts the applicant’s recent applications by fingerprint', async () => {
      const idNumber = residentId(903);
      const first = (await register({ description: '2025 年度全市非遗项目补助名单' }, person(idNumber))).application;
      await done(REPLY, first, { resultCategory: 'UNAVAILABLE', resultReason: 'NEEDS_CREATION' });
      // The same person, the ID number typed in lower case with spaces: the same fingerprint.
      const second = (await register({ description: '2025年度全市非遗项目补助名单。' }, person(idNumber.toLowerCase()))).application;
      expect(second.possibleRepeatOf).toEqual([{ id: first.id, caseNumber: first.caseNumber }]);
      expect(second.applicationsInLast30Days).toBe(2);
      const stranger = (await register({ description: '2025 年度全市非遗项目补助名单' })).application;
      expect(stranger.possibleRepeatOf).toEqual([]);
    });

    it('counts the year in the annual report, balanced', async () => {
      const report = (await handler.client.ok(ANNUAL, { year: 2026 })).annualReportApplications;
      expect(report.balanced).toBe(true);
      const received = report.rows.find((row: Row) => row.key === 'NEW').values.at(-1);
      expect(received).toBe(await countOf('application', "received_date >= '2026-01-01'"));
    });
  });

  it('anonymises personal data ten years after closing, keeping the case for the statistics', async () => {
    const idNumber = residentId(904);
    const { application } = await register({}, person(idNumber));
    await done(REPLY, application, { resultCategory: 'UNAVAILABLE', resultReason: 'NEEDS_CREATION' });
    const open = (await register()).application;
    const later = new ManualClock('2036-11-27T02:00:00.000Z');
    const anonymised = await ds.transaction((manager) => anonymiseExpiredApplicants(manager, later));
    expect(anonymised).toBeGreaterThanOrEqual(1);
    const [row] = await ds.query(
      `SELECT a.description, a.result_code, a.applicant_fingerprint, a.anonymised_at, p.name, p.id_number_cipher, p.email
         FROM application a JOIN application_applicant p ON p.id = a.id WHERE a.id = $1`,
      [application.id],
    );
    expect(row).toMatchObject({ description: '（已匿名化）', result_code: 'UNAVAILABLE.NEEDS_CREATION', applicant_fingerprint: null, name: '（已匿名化）', id_number_cipher: null, email: null });
    const [kept] = await ds.query('SELECT anonymised_at FROM application WHERE id = $1', [open.id]);
    expect(kept.anonymised_at).toBeNull();
    expect(await ds.transaction((manager) => anonymiseExpiredApplicants(manager, later))).toBe(0);
  });
});

describe('disclosure applications with fees enabled', () => {
  let testApp: TestApp;
  let handler: GraphQLClient;
  const register = async (applicant: Row, description = '资料') =>
    (
      await handler.ok(REGISTER, {
        input: { channel: 'IN_PERSON', arrivedDate: TODAY, receivedDate: TODAY, applicant, description, deliveryForm: 'PAPER' },
      })
    ).registerApplication.application as Row;
  const act = (query: string, application: Row, input?: Row) =>
    handler.gql<Row>(query, { id: application.id, version: application.version, ...(input ? { input } : {}) });

  beforeAll(async () => {
    testApp = await startTestApp({ applicationFeesEnabled: true });
    handler = (await signedIn(testApp, { roles: ['APPLICATION_HANDLER'] })).client;
  });
  afterAll(async () => {
    await testApp?.close();
  });

  it('charges per application from the 11th of the month, per page beyond 30 pages; payment resumes the clock', async () => {
    const applicant = person(residentId(950));
    const cases: Row[] = [];
    for (let index = 0; index < 11; index += 1) cases.push(await register(applicant, `资料 ${index}`));
    const free = firstError(await act(FEE_NOTICE, cases[0], { method: 'PER_APPLICATION' }));
    expect(free.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'APPLICATION.NO_FEE_DUE' });
    const charged = (await act(FEE_NOTICE, cases[10], { method: 'PER_APPLICATION', paymentPeriodWorkingDays: 10 })).data!.issueApplicationFeeNotice;
    expect(charged).toMatchObject({ state: 'AWAITING_FEE', feeBasis: 11, feeAmount: 100, replyClockSuspended: true });
    expect(charged.deadlines.find((d: Row) => d.kind === 'APPLICATION_FEE_PAYMENT').dueDate).toBe(addWorkingDays(calendar, TODAY, 10));
    expect(charged.notices[0].content).toContain('100 元');
    const paid = (await act(PAYMENT, charged, { paidDate: TODAY, reference: 'JF-0001' })).data!.recordApplicationPayment;
    expect(paid).toMatchObject({ state: 'PROCESSING', feePaidDate: TODAY, replyClockSuspended: false, replyDueDate: addWorkingDays(calendar, TODAY, 20) });
    expect(paid.availableActions).not.toContain('ISSUE_FEE_NOTICE');

    const pages = (await act(FEE_NOTICE, cases[1], { method: 'PER_PAGE', pages: 120 })).data!.issueApplicationFeeNotice;
    expect(pages.feeAmount).toBe(70 * 10 + 20 * 20);
    const early = firstError(await act(CLOSE_UNPAID, pages));
    expect(early.extensions).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'APPLICATION.PERIOD_NOT_OVER' });
    testApp.clock.set('2027-01-05T02:00:00.000Z');
    handler = (await signedIn(testApp, { roles: ['APPLICATION_HANDLER'] })).client;
    const unpaid = (await act(CLOSE_UNPAID, pages)).data!.closeUnpaidApplication;
    expect(unpaid).toMatchObject({ state: 'CLOSED', resultCode: 'OTHER.UNPAID' });
    expect(unpaid.replyLetter.paragraphs.join('')).toContain('逾期未按通知要求缴纳费用');
  });
});
