import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Deadline } from '../../src/modules/deadline/deadline.entity.js';
import { ExternalAgency } from '../../src/modules/external-agency/external-agency.entity.js';
import { Notice } from '../../src/modules/notice/notice.entity.js';
import { Task } from '../../src/modules/task/task.entity.js';
import { signedIn } from '../support/factories.js';
import {
  DOCUMENT,
  REVIEW,
  REVIEW_PUBLISH,
  SET_ATTRIBUTE,
  SIGN_DOCUMENT,
  approve,
  createDraft,
  documentDesk,
  initialReview,
  secrecyReview,
  submittedDocument,
  type DocumentDesk,
  type Row,
} from '../support/document-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Release coordination (SPEC M4): agency consultations before 签发, co-department consent before publication. */

const FIELDS = `id version use state consulteeAgencyId consulteeDepartmentId consulteeName basicFacts opinion basis
  replyAgrees replyText repliedOn settlementBody settlementDecision settlementReference dueDate availableActions
  events { action fromState toState note }`;
const SEND = `mutation Send($documentId: ID!, $use: ConsultationUse!, $consulteeIds: [ID!]!, $letter: ConsultationLetterInput!) {
  sendConsultation(documentId: $documentId, use: $use, consulteeIds: $consulteeIds, letter: $letter) { ${FIELDS} } }`;
const REPLY = `mutation Reply($id: ID!, $version: Int!, $agrees: Boolean!, $reply: String!, $repliedOn: String!) {
  recordConsultationReply(id: $id, version: $version, agrees: $agrees, reply: $reply, repliedOn: $repliedOn) { ${FIELDS} } }`;
const REMIND = `mutation Remind($id: ID!, $version: Int!, $note: String!) {
  remindConsultation(id: $id, version: $version, note: $note) { ${FIELDS} } }`;
const ESCALATE = `mutation Escalate($id: ID!, $version: Int!, $reason: String!) {
  escalateConsultation(id: $id, version: $version, reason: $reason) { ${FIELDS} } }`;
const SETTLE = `mutation Settle($id: ID!, $version: Int!, $settlement: ConsultationSettlementInput!) {
  recordConsultationSettlement(id: $id, version: $version, settlement: $settlement) { ${FIELDS} } }`;
const WITHDRAW = `mutation Withdraw($id: ID!, $version: Int!, $reason: String!) {
  withdrawConsultation(id: $id, version: $version, reason: $reason) { ${FIELDS} } }`;
const CONSENT = `mutation Consent($id: ID!, $version: Int!, $opinion: String) {
  giveCoDepartmentConsent(id: $id, version: $version, opinion: $opinion) { ${FIELDS} } }`;
const REFUSE = `mutation Refuse($id: ID!, $version: Int!, $reason: String!) {
  refuseCoDepartmentConsent(id: $id, version: $version, reason: $reason) { ${FIELDS} } }`;
const DOCUMENT_CONSULTATIONS = `query Doc($id: ID!) { document(id: $id) { id version state availableActions publicationBlocker
  consultations { ${FIELDS} } } }`;
const LIST = `query List($filter: ConsultationFilter) { consultations(filter: $filter) { total items { id use state } } }`;

const LETTER = {
  basicFacts: '拟公开《关于做好文旅市场安全检查的通知》，涉及贵局职责范围内的检查安排',
  opinion: '本局拟主动公开',
  basis: '《政府信息公开条例》第二十条',
};

describe('consultations (SPEC M4)', () => {
  let testApp: TestApp;
  let desk: DocumentDesk;
  let coDesk: DocumentDesk;
  let agencies: ExternalAgency[];

  beforeAll(async () => {
    testApp = await startTestApp();
    desk = await documentDesk(testApp);
    coDesk = await documentDesk(testApp, desk.office);
    const repository = testApp.db.database.dataSource.getRepository(ExternalAgency);
    const now = testApp.clock.now();
    agencies = [];
    for (const [name, address] of [
      [`市文化和旅游局${randomUUID().slice(0, 6)}`, '湖州市某路 1 号'],
      [`市市场监督管理局${randomUUID().slice(0, 6)}`, null],
    ] as const) {
      agencies.push(
        await repository.save(
          repository.create({
            name,
            kind: 'PEER',
            contactPerson: null,
            phone: null,
            address,
            notes: null,
            isActive: true,
            createdAt: now,
            updatedAt: now,
          }),
        ),
      );
    }
  });
  afterAll(async () => {
    await testApp?.close();
  });

  const attributedDraft = async (overrides: Row = {}) => {
    const draft = await createDraft(desk, overrides);
    return (
      await desk.drafter.client.ok(SET_ATTRIBUTE, {
        id: draft.id,
        version: draft.version,
        attribute: 'PROACTIVE',
      })
    ).setDocumentAttribute as Row;
  };
  const documentOf = async (id: string, person = desk.drafter) =>
    (await person.client.ok(DOCUMENT_CONSULTATIONS, { id })).document as Row;
  const send = async (documentId: string, use: string, consulteeIds: string[], person = desk.drafter) =>
    (await person.client.ok(SEND, { documentId, use, consulteeIds, letter: LETTER }))
      .sendConsultation as Row[];
  /** An agency consultation the caller tries to send: the first error. */
  const sendFails = (
    person: { client: DocumentDesk['drafter']['client'] },
    documentId: string,
    agencyId: string,
  ) =>
    person.client.fails(SEND, {
      documentId,
      use: 'AGENCY_RELEASE',
      consulteeIds: [agencyId],
      letter: LETTER,
    });
  const reply = async (consultation: Row, agrees: boolean, person = desk.drafter) =>
    (
      await person.client.ok(REPLY, {
        id: consultation.id,
        version: consultation.version,
        agrees,
        reply: agrees ? '同意公开' : '不同意公开，涉及尚未定稿的检查方案',
        repliedOn: '2026-11-27',
      })
    ).recordConsultationReply as Row;

  it('AGENCY_RELEASE: 签发 waits for every agency; a disagreement is settled above', async () => {
    const draft = await attributedDraft();
    const sent = await send(
      draft.id,
      'AGENCY_RELEASE',
      agencies.map((agency) => agency.id),
    );
    expect(sent).toHaveLength(2);
    for (const consultation of sent) {
      expect(consultation).toMatchObject({ use: 'AGENCY_RELEASE', state: 'SENT', ...LETTER });
      expect(consultation.dueDate).toMatch(/^2026-12-\d\d$/);
      expect(consultation.availableActions).toEqual(['RECORD_REPLY', 'REMIND', 'WITHDRAW']);
      expect(consultation.events).toEqual([{ action: 'SEND', fromState: null, toState: 'SENT', note: null }]);
    }
    expect(sent.map((consultation) => consultation.consulteeName).sort()).toEqual(
      agencies.map((agency) => agency.name).sort(),
    );
    // The letter is recorded as sent in writing: by post where an address is kept, otherwise in person.
    const notices = await testApp.db.database.dataSource
      .getRepository(Notice)
      .findBy({ caseKind: 'CONSULTATION' });
    const letters = notices.filter((notice) =>
      sent.some((consultation) => consultation.id === notice.caseId),
    );
    expect(letters.map((notice) => [notice.recipientKind, notice.channel]).sort()).toEqual([
      ['AGENCY', 'IN_PERSON'],
      ['AGENCY', 'POST'],
    ]);
    const tasks = await testApp.db.database.dataSource
      .getRepository(Task)
      .findBy({ kind: 'CONSULTATION_REPLY', state: 'OPEN' });
    expect(tasks.filter((task) => sent.some((consultation) => consultation.id === task.caseId))).toHaveLength(
      2,
    );

    const head = desk.head.client;
    expect((await documentOf(draft.id, desk.head)).availableActions).toEqual([]);
    const refused = await head.fails(SIGN_DOCUMENT, { id: draft.id, version: draft.version });
    expect(refused.extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      reason: 'DOCUMENT.CONSULTATION_OPEN',
    });

    const [first, second] = sent as [Row, Row];
    expect(await reply(first, true)).toMatchObject({
      state: 'AGREED',
      replyAgrees: true,
      repliedOn: '2026-11-27',
      availableActions: [],
    });
    const disagreed = await reply(second, false);
    expect(disagreed).toMatchObject({ state: 'DISAGREED', availableActions: ['SETTLE', 'WITHDRAW'] });
    expect(
      (await head.fails(SIGN_DOCUMENT, { id: draft.id, version: draft.version })).extensions?.reason,
    ).toBe('DOCUMENT.CONSULTATION_OPEN');
    const settled = (
      await desk.office.client.ok(SETTLE, {
        id: disagreed.id,
        version: disagreed.version,
        settlement: {
          body: 'COMMON_SUPERIOR',
          decision: 'DISCLOSE',
          reference: '湖政办函〔2026〕12号',
          summary: '同意公开',
        },
      })
    ).recordConsultationSettlement as Row;
    expect(settled).toMatchObject({
      state: 'SETTLED',
      settlementBody: 'COMMON_SUPERIOR',
      settlementDecision: 'DISCLOSE',
    });
    expect(settled.events.at(-1).note).toMatch(/共同上一级行政机关决定公开/);
    const closed = await testApp.db.database.dataSource
      .getRepository(Task)
      .findBy({ kind: 'CONSULTATION_REPLY', state: 'OPEN' });
    expect(closed.filter((task) => sent.some((consultation) => consultation.id === task.caseId))).toEqual([]);

    expect((await documentOf(draft.id, desk.head)).availableActions).toEqual(['SIGN']);
    expect((await head.ok(SIGN_DOCUMENT, { id: draft.id, version: draft.version })).signDocument.state).toBe(
      'SIGNED',
    );
  });

  it('silence is never consent: a reminder, then escalation once the period has passed', async () => {
    const draft = await attributedDraft();
    const [consultation] = (await send(draft.id, 'AGENCY_RELEASE', [agencies[0]!.id])) as [Row];
    const reminded = (
      await desk.drafter.client.ok(REMIND, {
        id: consultation.id,
        version: consultation.version,
        note: '请尽快书面答复',
      })
    ).remindConsultation as Row;
    expect(reminded.state).toBe('REMINDED');
    expect(reminded.availableActions).toEqual(['RECORD_REPLY', 'REMIND', 'WITHDRAW']);
    const early = await desk.drafter.client.fails(ESCALATE, {
      id: reminded.id,
      version: reminded.version,
      reason: '逾期未复',
    });
    expect(early.extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      reason: 'CONSULTATION.NOT_OVERDUE',
    });

    // The reply period has passed (the clock's own passage would end the test's sessions).
    await testApp.db.database.dataSource
      .getRepository(Deadline)
      .update({ caseId: consultation.id }, { dueDate: '2026-11-25' });
    const late = (await documentOf(draft.id)).consultations[0] as Row;
    expect(late.availableActions).toEqual(['RECORD_REPLY', 'REMIND', 'ESCALATE', 'WITHDRAW']);
    const escalated = (
      await desk.head.client.ok(ESCALATE, { id: late.id, version: late.version, reason: '催告后仍未答复' })
    ).escalateConsultation as Row;
    expect(escalated.state).toBe('ESCALATED');
    expect(escalated.events.map((event: Row) => event.action)).toEqual(['SEND', 'REMIND', 'ESCALATE']);
    expect(
      (await desk.head.client.fails(SIGN_DOCUMENT, { id: draft.id, version: draft.version })).extensions
        ?.reason,
    ).toBe('DOCUMENT.CONSULTATION_OPEN');
    const settled = (
      await desk.drafter.client.ok(SETTLE, {
        id: escalated.id,
        version: escalated.version,
        settlement: {
          body: 'DISCLOSURE_AUTHORITY',
          decision: 'NOT_DISCLOSE',
          reference: '湖公开办〔2027〕1号',
          summary: '暂不公开',
        },
      })
    ).recordConsultationSettlement as Row;
    expect(settled.state).toBe('SETTLED');
    // Settled: 签发 goes on, but a decision not to disclose keeps the document from publication.
    const document = await documentOf(draft.id);
    expect(document.publicationBlocker).toMatch(new RegExp(agencies[0]!.name));
  });

  it('withdrawing ends the clock and the task; a duplicate open consultation is refused', async () => {
    const draft = await attributedDraft();
    const [consultation] = (await send(draft.id, 'AGENCY_RELEASE', [agencies[1]!.id])) as [Row];
    const duplicate = await sendFails(desk.drafter, draft.id, agencies[1]!.id);
    expect(duplicate.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CONSULTATION.ALREADY_OPEN' });
    const stale = await desk.drafter.client.fails(WITHDRAW, {
      id: consultation.id,
      version: consultation.version + 1,
      reason: '撤回',
    });
    expect(stale.extensions?.code).toBe('CONFLICT');
    const missingReason = await desk.drafter.client.fails(WITHDRAW, {
      id: consultation.id,
      version: consultation.version,
      reason: ' ',
    });
    expect(missingReason.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { reason: ['请填写撤回理由'] },
    });
    const withdrawn = (
      await desk.drafter.client.ok(WITHDRAW, {
        id: consultation.id,
        version: consultation.version,
        reason: '不再涉及该机关',
      })
    ).withdrawConsultation as Row;
    expect(withdrawn).toMatchObject({ state: 'WITHDRAWN', availableActions: [] });
    const task = await testApp.db.database.dataSource
      .getRepository(Task)
      .findOneByOrFail({ caseId: consultation.id });
    expect(task.state).toBe('CANCELLED');
    expect(
      (await desk.head.client.ok(SIGN_DOCUMENT, { id: draft.id, version: draft.version })).signDocument.state,
    ).toBe('SIGNED');
    const afterSigning = await sendFails(desk.drafter, draft.id, agencies[1]!.id);
    expect(afterSigning.extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      reason: 'CONSULTATION.DOCUMENT_STATE',
    });
  });

  it('refuses bad input field by field in Chinese', async () => {
    const draft = await attributedDraft({ coDepartmentIds: [coDesk.department.id] });
    const { client } = desk.drafter;
    const letter = await client.fails(SEND, {
      documentId: draft.id,
      use: 'AGENCY_RELEASE',
      consulteeIds: [agencies[0]!.id],
      letter: { basicFacts: ' ', opinion: '', basis: '' },
    });
    expect(letter.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        basicFacts: ['请填写拟公开政府信息基本情况'],
        opinion: ['请填写本机关的意见'],
        basis: ['请填写意见的依据'],
      },
    });
    const cases: Array<[string, string[], string]> = [
      ['AGENCY_RELEASE', [], 'CONSULTATION.CONSULTEE_REQUIRED'],
      ['AGENCY_RELEASE', [randomUUID()], 'CONSULTATION.UNKNOWN_AGENCY'],
      ['AGENCY_RELEASE', ['not-a-uuid'], 'CONSULTATION.UNKNOWN_AGENCY'],
      ['CO_DEPARTMENT_CONSENT', [desk.department.id], 'CONSULTATION.NOT_CO_DEPARTMENT'],
      ['APPLICATION_THIRD_PARTY', [agencies[0]!.id], 'CONSULTATION.USE_NOT_AVAILABLE'],
      ['APPLICATION_JOINT_AGENCY', [agencies[0]!.id], 'CONSULTATION.USE_NOT_AVAILABLE'],
    ];
    for (const [use, consulteeIds, reason] of cases) {
      const error = await client.fails(SEND, { documentId: draft.id, use, consulteeIds, letter: LETTER });
      expect(error.extensions, `${use} ${consulteeIds.join()}`).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason,
      });
      expect(error.message).toMatch(/\p{Script=Han}/u);
    }
    const [consultation] = (await send(draft.id, 'AGENCY_RELEASE', [agencies[0]!.id])) as [Row];
    const badDate = await client.fails(REPLY, {
      id: consultation.id,
      version: consultation.version,
      agrees: true,
      reply: '同意',
      repliedOn: '2026-02-30',
    });
    expect(badDate.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(Object.keys(badDate.extensions?.fields ?? {})).toEqual(['repliedOn']);
    const badSettlement = await client.fails(SETTLE, {
      id: consultation.id,
      version: consultation.version,
      settlement: { body: 'COMMON_SUPERIOR', decision: 'DISCLOSE', reference: '文号', summary: '同意' },
    });
    expect(badSettlement.extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      reason: 'CONSULTATION.ACTION_NOT_ALLOWED',
    });
    expect(badSettlement.extensions?.allowedActions).toEqual(['RECORD_REPLY', 'REMIND', 'WITHDRAW']);
  });

  it('lets the owning side act and no one else', async () => {
    const draft = await attributedDraft({ coDepartmentIds: [coDesk.department.id] });
    const outsider = await documentDesk(testApp, desk.office);
    const publisher = await sendFails(desk.publisher, draft.id, agencies[0]!.id);
    expect(publisher.extensions?.code).toBe('FORBIDDEN');
    const coDrafter = await sendFails(coDesk.drafter, draft.id, agencies[0]!.id);
    expect(coDrafter.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CONSULTATION.NOT_ENTITLED' });
    const hidden = await sendFails(outsider.drafter, draft.id, agencies[0]!.id);
    expect(hidden.extensions?.code).toBe('NOT_FOUND');

    const [consultation] = (await send(draft.id, 'AGENCY_RELEASE', [agencies[0]!.id], desk.head)) as [Row];
    const coHead = await coDesk.head.client.fails(REPLY, {
      id: consultation.id,
      version: consultation.version,
      agrees: true,
      reply: '同意',
      repliedOn: '2026-11-27',
    });
    expect(coHead.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CONSULTATION.NOT_ENTITLED' });
    const outsiderReply = await outsider.drafter.client.fails(REPLY, {
      id: consultation.id,
      version: consultation.version,
      agrees: true,
      reply: '同意',
      repliedOn: '2026-11-27',
    });
    expect(outsiderReply.extensions?.code).toBe('NOT_FOUND');
    expect(
      (await outsider.drafter.client.ok(LIST, { filter: { documentId: draft.id } })).consultations.total,
    ).toBe(0);
    expect(
      (await coDesk.drafter.client.ok(LIST, { filter: { documentId: draft.id } })).consultations.items,
    ).toEqual([{ id: consultation.id, use: 'AGENCY_RELEASE', state: 'SENT' }]);
    expect((await reply(consultation, true, desk.office)).state).toBe('AGREED');
  });

  it('CO_DEPARTMENT_CONSENT: publication waits for the co-department head’s consent', async () => {
    const { document, review } = await submittedDocument(desk, { coDepartmentIds: [coDesk.department.id] });
    const original = document.currentContentVersionId as string;
    const approved = await approve(
      desk,
      await secrecyReview(desk, await initialReview(desk, review, original), original),
      original,
    );
    const publisherView = (await desk.publisher.client.ok(REVIEW, { id: approved.id })).review as Row;
    expect(publisherView.availableActions).toEqual([]);
    const blocked = await desk.publisher.client.fails(REVIEW_PUBLISH, {
      id: approved.id,
      version: approved.version,
      contentVersionId: original,
    });
    expect(blocked.extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      reason: 'DOCUMENT.CONSENT_MISSING',
    });
    expect(blocked.message).toContain(coDesk.department.name);
    expect((await documentOf(document.id)).publicationBlocker).toContain(coDesk.department.name);

    const [request] = (await send(document.id, 'CO_DEPARTMENT_CONSENT', [coDesk.department.id])) as [Row];
    expect(request).toMatchObject({
      state: 'SENT',
      consulteeDepartmentId: coDesk.department.id,
      consulteeName: coDesk.department.name,
    });
    expect(request.dueDate).toMatch(/^2026-12-0\d$/);
    expect(request.availableActions).toEqual(['REMIND', 'WITHDRAW']);
    const task = await testApp.db.database.dataSource
      .getRepository(Task)
      .findOneByOrFail({ caseId: request.id });
    expect(task).toMatchObject({
      kind: 'CO_DEPARTMENT_CONSENT',
      caseKind: 'CONSULTATION',
      departmentId: coDesk.department.id,
      state: 'OPEN',
    });
    const coHeadView = (await documentOf(document.id, coDesk.head)).consultations[0] as Row;
    expect(coHeadView.availableActions).toEqual(['CONSENT', 'REFUSE']);

    const ownHead = await desk.head.client.fails(CONSENT, { id: request.id, version: request.version });
    expect(ownHead.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CONSULTATION.NOT_ENTITLED' });
    const coDrafter = await coDesk.drafter.client.fails(CONSENT, {
      id: request.id,
      version: request.version,
    });
    expect(coDrafter.extensions?.code).toBe('FORBIDDEN');
    const leader = await signedIn(testApp, { roles: ['BUREAU_LEADER'] });
    expect(
      (await leader.client.fails(CONSENT, { id: request.id, version: request.version })).extensions?.code,
    ).toBe('FORBIDDEN');
    const noReason = await coDesk.head.client.fails(REFUSE, {
      id: request.id,
      version: request.version,
      reason: '',
    });
    expect(noReason.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { reason: ['请填写不同意的理由'] },
    });

    const refused = (
      await coDesk.head.client.ok(REFUSE, {
        id: request.id,
        version: request.version,
        reason: '检查安排尚需本处室确认',
      })
    ).refuseCoDepartmentConsent as Row;
    expect(refused).toMatchObject({
      state: 'DISAGREED',
      replyAgrees: false,
      replyText: '检查安排尚需本处室确认',
    });
    expect(
      (
        await desk.publisher.client.fails(REVIEW_PUBLISH, {
          id: approved.id,
          version: approved.version,
          contentVersionId: original,
        })
      ).extensions?.reason,
    ).toBe('DOCUMENT.CONSENT_MISSING');

    const consented = (
      await coDesk.head.client.ok(CONSENT, {
        id: refused.id,
        version: refused.version,
        opinion: '经确认同意公开',
      })
    ).giveCoDepartmentConsent as Row;
    expect(consented).toMatchObject({
      state: 'AGREED',
      replyAgrees: true,
      replyText: '经确认同意公开',
      availableActions: [],
    });
    expect(
      (await testApp.db.database.dataSource.getRepository(Task).findOneByOrFail({ id: task.id })).state,
    ).toBe('DONE');
    expect((await documentOf(document.id)).publicationBlocker).toBeNull();
    expect(
      ((await desk.publisher.client.ok(REVIEW, { id: approved.id })).review as Row).availableActions,
    ).toEqual(['PUBLISH']);
    const published = (
      await desk.publisher.client.ok(REVIEW_PUBLISH, {
        id: approved.id,
        version: approved.version,
        contentVersionId: original,
      })
    ).reviewPublish as Row;
    expect(published.state).toBe('PUBLISHED');
    expect((await desk.drafter.client.ok(DOCUMENT, { id: document.id })).document.state).toBe('PUBLISHED');
  });

  it('reminds a co-department in the system and withdraws a request', async () => {
    const draft = await attributedDraft({ coDepartmentIds: [coDesk.department.id] });
    const [request] = (await send(draft.id, 'CO_DEPARTMENT_CONSENT', [coDesk.department.id])) as [Row];
    const reminded = (
      await desk.drafter.client.ok(REMIND, {
        id: request.id,
        version: request.version,
        note: '请于本周内审核',
      })
    ).remindConsultation as Row;
    expect(reminded.state).toBe('REMINDED');
    const notifications = (
      await coDesk.head.client.ok(
        `{ myNotifications(page: { page: 1, perPage: 50 }) { items { kind taskId } } }`,
      )
    ).myNotifications.items as Row[];
    const task = await testApp.db.database.dataSource
      .getRepository(Task)
      .findOneByOrFail({ caseId: request.id });
    expect(
      notifications
        .filter((notification) => notification.taskId === task.id)
        .map((n) => n.kind)
        .sort(),
    ).toEqual(['TASK_ASSIGNED', 'TASK_DUE_SOON']);
    const escalate = await desk.drafter.client.fails(ESCALATE, {
      id: reminded.id,
      version: reminded.version,
      reason: '逾期',
    });
    expect(escalate.extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      reason: 'CONSULTATION.ACTION_NOT_ALLOWED',
    });
    const withdrawn = (
      await desk.drafter.client.ok(WITHDRAW, {
        id: reminded.id,
        version: reminded.version,
        reason: '会办处室调整',
      })
    ).withdrawConsultation as Row;
    expect(withdrawn.state).toBe('WITHDRAWN');
    // Withdrawn, the co-department's consent is still missing for publication.
    expect((await documentOf(draft.id)).publicationBlocker).toContain(coDesk.department.name);
  });
});
