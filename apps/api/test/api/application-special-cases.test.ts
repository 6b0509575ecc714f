import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { residentIdCheckCharacter } from '@gdp/domain';
import { ExternalAgency } from '../../src/modules/external-agency/external-agency.entity.js';
import { Task } from '../../src/modules/task/task.entity.js';
import {
  SET_ATTRIBUTE,
  SIGN_DOCUMENT,
  createDraft,
  publishedDocument,
  documentDesk,
  type DocumentDesk,
  type Person,
  type Row,
} from '../support/document-fixtures.js';
import { createApiToken, signedIn } from '../support/factories.js';
import { TEST_START, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The special cases of applications (SPEC M6): the bureau's documents an application asks for, the art. 44
 * proposal of a repeatedly requested document for proactive disclosure (its department's task, closed by
 * re-determining or confirming the attribute), seed §3-1 for jointly issued information, and art. 35 —
 * reasons asked before 不予处理·大量反复申请, and the longer reasonable period set once with approval.
 */

const FIELDS = `id version state resultCode availableActions replyDueDate replyExtended reasonsRequest reasonsRequestedDate
  reasonablePeriodWorkingDays requestedDocuments { id title documentNumber departmentName attribute jointlyIssued distinctApplicants }
  deadlines { kind dueDate extensionCount } notices { subject content } events { action note }`;
const REGISTER = `mutation Register($input: ApplicationIntakeInput!) { registerApplication(input: $input) { accessCode application { ${FIELDS} caseNumber } } }`;
const STATUS = `query Status($caseNumber: String!, $accessCode: String!) { applicationStatus(caseNumber: $caseNumber, accessCode: $accessCode) {
  state publishedIndexNumbers suppliedContent { text } replyLetter { title paragraphs } notices { subject } } }`;
const PUBLIC_ENTRY = `query Entry($indexNumber: String!) { publicCatalogEntry(indexNumber: $indexNumber) { title indexNumber } }`;
const CANDIDATES = `query Candidates($search: String!) { applicationDocumentCandidates(search: $search) { id title attribute jointlyIssued distinctApplicants } }`;
const LINK = `mutation Link($id: ID!, $version: Int!, $documentIds: [ID!]!) {
  linkApplicationDocuments(id: $id, version: $version, documentIds: $documentIds) { ${FIELDS} } }`;
const ASK = `mutation Ask($id: ID!, $version: Int!, $input: AskApplicantForReasonsInput!) {
  askApplicantForReasons(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const PERIOD = `mutation Period($id: ID!, $version: Int!, $input: ApplicationReasonablePeriodInput!) {
  setApplicationReasonablePeriod(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const REPLY = `mutation Reply($id: ID!, $version: Int!, $input: ReplyToApplicationInput!) {
  replyToApplication(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const REDETERMINE = `mutation Redetermine($id: ID!, $version: Int!, $attribute: DisclosureAttribute!, $reason: String!) {
  redetermineDocumentAttribute(id: $id, version: $version, attribute: $attribute, reason: $reason) { id version attribute } }`;

const TODAY = TEST_START.slice(0, 10);

/** A valid mainland resident ID number (GB 11643-1999) per serial: one identity per serial. */
function residentId(serial: number): string {
  const body = `33050219900101${String(serial % 1000).padStart(3, '0')}`;
  return body + residentIdCheckCharacter(body);
}

describe('applications: the documents asked for, art. 44, seed §3-1 and art. 35', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let desk: DocumentDesk;
  let handler: Person;
  let approver: Person;

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.db.database.dataSource;
    desk = await documentDesk(testApp);
    handler = await signedIn(testApp, { roles: ['APPLICATION_HANDLER'] });
    approver = await signedIn(testApp, { roles: ['APPLICATION_HANDLER'], permissions: ['APPLICATION_EXTENSION_APPROVE'] });
  });
  afterAll(async () => {
    await testApp?.close();
  });

  async function register(idSerial: number): Promise<Row> {
    return (await registered(idSerial)).application;
  }
  async function registered(idSerial: number): Promise<Row> {
    return (
      await handler.client.ok(REGISTER, {
        input: {
          channel: 'IN_PERSON',
          arrivedDate: TODAY,
          receivedDate: TODAY,
          applicant: {
            applicantType: 'NATURAL_PERSON',
            name: `申请人${idSerial}`,
            idType: 'RESIDENT_ID',
            idNumber: residentId(idSerial),
            email: `p${idSerial}@example.cn`,
          },
          description: '贵局关于文旅市场检查的内部通知',
          deliveryForm: 'ELECTRONIC',
        },
      })
    ).registerApplication;
  }

  /** A formed 依申请公开 document of the desk's department (drafted, attributed, signed). */
  async function signedDocument(overrides: Row = {}): Promise<Row> {
    const draft = await createDraft(desk, { purpose: 'INTERNAL_MANAGEMENT', ...overrides });
    const attributed = (
      await desk.drafter.client.ok(SET_ATTRIBUTE, { id: draft.id, version: draft.version, attribute: 'ON_APPLICATION' })
    ).setDocumentAttribute;
    return (await desk.head.client.ok(SIGN_DOCUMENT, { id: draft.id, version: attributed.version })).signDocument;
  }

  const link = async (application: Row, documentIds: string[], client = handler.client) =>
    client.gql<Row>(LINK, { id: application.id, version: application.version, documentIds });
  const proposals = (documentId: string) => ds.manager.findBy(Task, { kind: 'DOCUMENT_PROACTIVE_PROPOSAL', caseId: documentId });

  it('links formed documents found by title, refuses drafts and unknown ids, and replaces the set', async () => {
    const document = await signedDocument();
    const draft = await createDraft(desk);
    const found = (await handler.client.ok(CANDIDATES, { search: document.title.slice(-8) })).applicationDocumentCandidates;
    expect(found).toEqual([
      { id: document.id, title: document.title, attribute: 'ON_APPLICATION', jointlyIssued: false, distinctApplicants: 0 },
    ]);
    // A draft is not yet information the bureau holds.
    expect((await handler.client.ok(CANDIDATES, { search: draft.title })).applicationDocumentCandidates).toEqual([]);

    const application = await register(1);
    expect(application.availableActions).toEqual(expect.arrayContaining(['LINK_DOCUMENTS', 'ASK_REASONS']));
    for (const ids of [[draft.id], [randomUUID()]]) {
      const refused = await link(application, ids);
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0]?.message).toContain('只能关联本局已形成的文件');
    }
    const duplicate = await link(application, [document.id, document.id]);
    expect(duplicate.errors?.[0]?.message).toContain('所申请的文件重复');
    // Someone without the handler's permission cannot link; a stale version is a conflict.
    expect((await link(application, [document.id], desk.drafter.client)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const linked = (await link(application, [document.id])).data!.linkApplicationDocuments;
    expect(linked.requestedDocuments).toEqual([
      expect.objectContaining({ id: document.id, departmentName: desk.department.name, distinctApplicants: 1, jointlyIssued: false }),
    ]);
    expect(linked.events.at(-1)).toMatchObject({ action: 'LINK_DOCUMENTS' });
    expect((await link(application, [document.id])).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const cleared = (await link(linked, [])).data!.linkApplicationDocuments;
    expect(cleared.requestedDocuments).toEqual([]);
  });

  it('art. 44: the third distinct applicant of a 依申请公开 document opens one task for its department, closed by re-determining', async () => {
    const document = await signedDocument();
    const first = await register(11);
    const again = await register(11); // the same person again is one applicant
    const second = await register(12);
    const third = await register(13);
    await link(first, [document.id]);
    await link(again, [document.id]);
    await link(second, [document.id]);
    expect(await proposals(document.id)).toEqual([]);
    const linked = (await link(third, [document.id])).data!.linkApplicationDocuments;
    expect(linked.requestedDocuments[0].distinctApplicants).toBe(3);
    const [task] = await proposals(document.id);
    expect(task).toMatchObject({
      state: 'OPEN',
      departmentId: desk.department.id,
      title: `依申请公开较多（3 位申请人），研究纳入主动公开：${document.title}`,
    });
    // A fourth applicant does not open a second task while the first is open.
    await link(await register(14), [document.id]);
    expect(await proposals(document.id)).toHaveLength(1);

    // The head re-determines the attribute: the proposal is done, the publication clock starts.
    const redetermined = (
      await desk.head.client.ok(REDETERMINE, {
        id: document.id,
        version: document.version,
        attribute: 'PROACTIVE',
        reason: '申请较多，依《政府信息公开条例》第四十四条纳入主动公开',
      })
    ).redetermineDocumentAttribute;
    expect(redetermined.attribute).toBe('PROACTIVE');
    expect(await proposals(document.id)).toMatchObject([{ state: 'DONE' }]);
    expect(
      await ds.query(`SELECT state FROM deadline WHERE kind = 'PROACTIVE_PUBLICATION' AND case_id = $1`, [document.id]),
    ).toEqual([{ state: 'OPEN' }]);
    // Once proactive, further applicants propose nothing.
    await link(await register(15), [document.id]);
    await link(await register(16), [document.id]);
    await link(await register(17), [document.id]);
    expect(await proposals(document.id)).toHaveLength(1);
  });

  it('seed §3-1: information linked to the bureau’s own (or jointly issued) document is never answered “not held”', async () => {
    const [agency] = await ds.manager.save([
      ds.manager.create(ExternalAgency, {
        name: `市文化局${randomUUID().slice(0, 4)}`,
        kind: 'PEER',
        contactPerson: null,
        phone: null,
        address: '湖州市某路 3 号',
        notes: null,
        isActive: true,
        createdAt: new Date(TEST_START),
        updatedAt: new Date(TEST_START),
      }),
    ]);
    const joint = await signedDocument({ jointAgencyIds: [agency!.id] });
    const application = await register(21);
    const linked = (await link(application, [joint.id])).data!.linkApplicationDocuments;
    expect(linked.requestedDocuments[0].jointlyIssued).toBe(true);
    const notHeld = await handler.client.gql<Row>(REPLY, {
      id: linked.id,
      version: linked.version,
      input: { resultCategory: 'UNAVAILABLE', resultReason: 'NOT_HELD', responsibleAgency: agency!.name },
    });
    expect(notHeld.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(notHeld.errors?.[0]?.message).toContain('任何一个机关');
    expect(notHeld.errors?.[0]?.extensions?.fields).toMatchObject({ resultReason: [expect.stringContaining('联合发文')] });
    expect((await ds.query(`SELECT state FROM application WHERE id = $1`, [linked.id]))[0].state).toBe('PROCESSING');

    // Without a linked document the same answer is possible (searched, not found).
    const unlinked = await register(22);
    const replied = (
      await handler.client.ok(REPLY, {
        id: unlinked.id,
        version: unlinked.version,
        input: { resultCategory: 'UNAVAILABLE', resultReason: 'NOT_HELD' },
      })
    ).replyToApplication;
    expect(replied).toMatchObject({ state: 'CLOSED', resultCode: 'UNAVAILABLE.NOT_HELD' });
  });

  it('art. 35: reasons first, then 不予处理 or a longer reasonable period set once by the approver and told', async () => {
    const application = await register(31);
    // 不予处理·大量反复申请 is refused before the applicant was asked for reasons.
    const early = await handler.client.gql<Row>(REPLY, {
      id: application.id,
      version: application.version,
      input: { resultCategory: 'NOT_PROCESSED', resultReason: 'EXCESSIVE' },
    });
    expect(early.errors?.[0]?.message).toContain('须先要求申请人说明理由');
    // The longer period too — and it is the approver's.
    const periodInput = { byWorkingDays: 30, reason: '申请理由合理，但所涉信息 300 余件，无法在法定期限内答复' };
    expect(
      (await approver.client.gql<Row>(PERIOD, { id: application.id, version: application.version, input: periodInput })).errors?.[0]
        ?.extensions?.reason,
    ).toBe('APPLICATION.REASONS_FIRST');

    const blank = await handler.client.gql<Row>(ASK, { id: application.id, version: application.version, input: { request: ' ' } });
    expect(blank.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const asked = (
      await handler.client.ok(ASK, {
        id: application.id,
        version: application.version,
        input: { request: '请说明一个月内提出 40 件申请的用途' },
      })
    ).askApplicantForReasons;
    expect(asked).toMatchObject({ reasonsRequest: '请说明一个月内提出 40 件申请的用途', reasonsRequestedDate: TODAY, state: 'PROCESSING' });
    expect(asked.notices.find((notice: Row) => notice.subject.startsWith('要求说明理由告知书')).content).toContain('第三十五条');
    // The clock keeps running while the applicant explains.
    expect(asked.replyDueDate).toBe(application.replyDueDate);

    const byHandler = await handler.client.gql<Row>(PERIOD, { id: asked.id, version: asked.version, input: periodInput });
    expect(byHandler.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const tooLong = await approver.client.gql<Row>(PERIOD, { id: asked.id, version: asked.version, input: { ...periodInput, byWorkingDays: 61 } });
    expect(tooLong.errors?.[0]?.message).toContain('最多延迟 60 个工作日');

    const lengthened = (await approver.client.ok(PERIOD, { id: asked.id, version: asked.version, input: periodInput }))
      .setApplicationReasonablePeriod;
    // 20 working days from 2026-11-26 end on 2026-12-24; 30 more skip New Year's Day and the Spring Festival days
    // of early February 2027 (the bureau's calendar) and end on 2027-02-11.
    expect(application.replyDueDate).toBe('2026-12-24');
    expect(lengthened.replyDueDate).toBe('2027-02-11');
    expect(lengthened.reasonablePeriodWorkingDays).toBe(30);
    // Not an extension of art. 33: that one stays available.
    expect(lengthened.replyExtended).toBe(false);
    expect(lengthened.deadlines.find((deadline: Row) => deadline.kind === 'APPLICATION_REPLY').extensionCount).toBe(0);
    expect(lengthened.availableActions).toContain('EXTEND');
    expect(lengthened.availableActions).not.toContain('SET_REASONABLE_PERIOD');
    const told = lengthened.notices.find((notice: Row) => notice.subject.startsWith('延迟答复告知书'));
    expect(told.content).toContain('将于 2027-02-11 前答复');
    const events = await ds.query(
      `SELECT e.action, e.by_working_days, e.notice_id IS NOT NULL AS noticed FROM deadline_event e JOIN deadline d ON d.id = e.deadline_id
        WHERE d.case_id = $1 AND d.kind = 'APPLICATION_REPLY' ORDER BY e.id`,
      [application.id],
    );
    expect(events.at(-1)).toEqual({ action: 'LENGTHENED', by_working_days: 30, noticed: true });
    const twice = await approver.client.gql<Row>(PERIOD, { id: lengthened.id, version: lengthened.version, input: periodInput });
    expect(twice.errors?.[0]?.extensions?.reason).toBe('APPLICATION.REASONABLE_PERIOD_ONCE');

    // Another applicant's reasons were unreasonable: after asking, 不予处理 closes the case.
    const other = await register(32);
    const otherAsked = (await handler.client.ok(ASK, { id: other.id, version: other.version, input: { request: '请说明理由' } }))
      .askApplicantForReasons;
    const closed = (
      await handler.client.ok(REPLY, {
        id: otherAsked.id,
        version: otherAsked.version,
        input: { resultCategory: 'NOT_PROCESSED', resultReason: 'EXCESSIVE', replyText: '申请人未说明正当理由' },
      })
    ).replyToApplication;
    expect(closed).toMatchObject({ state: 'CLOSED', resultCode: 'NOT_PROCESSED.EXCESSIVE' });
  });

  it('supplies information already reviewed and published as published: the applicant gets its index number', async () => {
    const { document } = await publishedDocument(desk);
    const [entry] = document.catalogEntries;
    const { application, accessCode } = await registered(41);
    const linked = (await link(application, [document.id])).data!.linkApplicationDocuments;
    const closed = (
      await handler.client.ok(REPLY, {
        id: linked.id,
        version: linked.version,
        input: { resultCategory: 'DISCLOSED', publishedIndexNumbers: [entry.indexNumber] },
      })
    ).replyToApplication;
    // No second review: the published version is what the applicant gets.
    expect(closed).toMatchObject({ state: 'CLOSED', resultCode: 'DISCLOSED' });
    const app = testApp.client().withBearer((await createApiToken(ds, ['applications:submit', 'public:read'])).token);
    const status = (await app.ok(STATUS, { caseNumber: application.caseNumber, accessCode })).applicationStatus;
    expect(status).toMatchObject({ state: 'CLOSED', publishedIndexNumbers: [entry.indexNumber], suppliedContent: null });
    expect(status.replyLetter.paragraphs.join('')).toContain(entry.indexNumber);
    // The reply is also among the notices the applicant reads.
    expect(status.notices.map((notice: Row) => notice.subject)).toContain(`${status.replyLetter.title}（${application.caseNumber}）`);
    expect((await app.ok(PUBLIC_ENTRY, { indexNumber: entry.indexNumber })).publicCatalogEntry).toMatchObject({
      title: document.title,
    });
  });
});
