import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Task } from '../../src/modules/task/task.entity.js';
import {
  REVISE_DOCUMENT,
  SET_ATTRIBUTE,
  SIGN_DOCUMENT,
  createDraft,
  documentDesk,
  publishedDocument,
  submittedDocument,
  type DocumentDesk,
  type Row,
} from '../support/document-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** 条例 art. 26: proactive information is published within 20 working days of its forming or change. */

const CLOCK = `query Clock($caseId: ID!, $state: DeadlineState) {
  deadlines(filter: { kind: PROACTIVE_PUBLICATION, caseId: $caseId, state: $state }) { total items { id state startDate dueDate } } }`;
const REDETERMINE = `mutation Redetermine($id: ID!, $version: Int!, $attribute: DisclosureAttribute!, $reason: String!) {
  redetermineDocumentAttribute(id: $id, version: $version, attribute: $attribute, reason: $reason) { id version attribute } }`;

describe('the proactive-publication clock (条例 art. 26)', () => {
  let testApp: TestApp;
  let desk: DocumentDesk;

  beforeAll(async () => {
    testApp = await startTestApp();
    desk = await documentDesk(testApp);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  /** The dashboard lists running clocks by default; a closed one is found by its state. */
  const clockOf = async (documentId: string): Promise<Row | undefined> => {
    for (const state of ['OPEN', 'MET', 'CANCELLED']) {
      const [found] = (await desk.office.client.ok(CLOCK, { caseId: documentId, state })).deadlines.items;
      if (found) return found;
    }
    return undefined;
  };
  /** The document's latest task of the clock (a change opens a new one after the met one). */
  const taskOf = (documentId: string) =>
    testApp.db.database.dataSource
      .getRepository(Task)
      .findOne({
        where: { kind: 'PROACTIVE_PUBLICATION', caseId: documentId },
        order: { createdAt: 'DESC', state: 'DESC' },
      });

  it('starts at 签发, shows on the deadline dashboard with its task, and is met by publication', async () => {
    const { document } = await submittedDocument(desk);
    // Signed on Thursday 2026-11-26: 20 working days from the next day end on Thursday 2026-12-24.
    expect(await clockOf(document.id)).toMatchObject({
      state: 'OPEN',
      startDate: '2026-11-26',
      dueDate: '2026-12-24',
    });
    expect(await taskOf(document.id)).toMatchObject({
      state: 'OPEN',
      departmentId: desk.department.id,
      dueDate: '2026-12-24',
    });

    const published = await publishedDocument(desk);
    expect(await clockOf(published.document.id)).toMatchObject({ state: 'MET' });
    expect(await taskOf(published.document.id)).toMatchObject({ state: 'DONE' });
  });

  it('starts again when a published document is changed (更正)', async () => {
    const { document } = await publishedDocument(desk);
    expect(await clockOf(document.id)).toMatchObject({ state: 'MET' });
    await desk.drafter.client.ok(REVISE_DOCUMENT, { id: document.id, version: document.version });
    // Reopened from the day of the change (the test clock's day), with its task.
    expect(await clockOf(document.id)).toMatchObject({
      state: 'OPEN',
      startDate: '2026-11-26',
      dueDate: '2026-12-24',
    });
    expect(await taskOf(document.id)).toMatchObject({ state: 'OPEN', dueDate: '2026-12-24' });
  });

  it('runs only for 主动公开: a re-determination starts or withdraws it', async () => {
    const draft = await createDraft(desk, { purpose: 'INTERNAL_MANAGEMENT' });
    const attributed = (
      await desk.drafter.client.ok(SET_ATTRIBUTE, {
        id: draft.id,
        version: draft.version,
        attribute: 'ON_APPLICATION',
        reason: null,
      })
    ).setDocumentAttribute;
    const signed = (await desk.head.client.ok(SIGN_DOCUMENT, { id: draft.id, version: attributed.version }))
      .signDocument;
    expect(await clockOf(draft.id)).toBeUndefined();

    const proactive = (
      await desk.head.client.ok(REDETERMINE, {
        id: draft.id,
        version: signed.version,
        attribute: 'PROACTIVE',
        reason: '申请公开的人较多，转为主动公开',
      })
    ).redetermineDocumentAttribute;
    expect(await clockOf(draft.id)).toMatchObject({ state: 'OPEN' });
    expect(await taskOf(draft.id)).toMatchObject({ state: 'OPEN' });

    await desk.head.client.ok(REDETERMINE, {
      id: draft.id,
      version: proactive.version,
      attribute: 'ON_APPLICATION',
      reason: '经评估仍属内部管理信息',
    });
    expect(await clockOf(draft.id)).toMatchObject({ state: 'CANCELLED' });
    expect(await taskOf(draft.id)).toMatchObject({ state: 'CANCELLED' });
  });
});
