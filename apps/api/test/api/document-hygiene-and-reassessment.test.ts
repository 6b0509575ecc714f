import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDueReassessments } from '../../src/modules/document/document.reassessment.js';
import { Task } from '../../src/modules/task/task.entity.js';
import { DOCX, docxWithHistory, unzipText } from '../../src/shared/storage/sanitize/fixtures.test-support.js';
import { createApiToken } from '../support/factories.js';
import {
  DOCUMENT,
  SET_ATTRIBUTE,
  SIGN_DOCUMENT,
  UPLOAD_ATTACHMENT,
  approve,
  createDraft,
  documentDesk,
  initialReview,
  publish,
  secrecyReview,
  submittedDocument,
  type DocumentDesk,
  type Row,
} from '../support/document-fixtures.js';
import { TEST_START, startTestApp, type TestApp } from '../support/test-app.js';

/** File hygiene before publication (SPEC M5) and the periodic re-assessment of withheld information (条例 art. 18). */

const PUBLIC_ENTRY = `query Entry($indexNumber: String!) {
  publicCatalogEntry(indexNumber: $indexNumber) { attachments { fileName sha256 sizeBytes url } } }`;
const CONFIRM = `mutation Confirm($id: ID!, $version: Int!, $reason: String!) {
  confirmDocumentAttribute(id: $id, version: $version, reason: $reason) { id version state attribute lastAssessedAt events { action note } } }`;

const TRACES = ['张三', '李四', '王五', '删除的机密', '批注内容', 'DELETED-IN-HEADER', '00A1B2C3'];

describe('documents: file hygiene and re-assessment', () => {
  let testApp: TestApp;
  let desk: DocumentDesk;

  beforeAll(async () => {
    testApp = await startTestApp();
    desk = await documentDesk(testApp);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  it('publishes a Word file without its tracked changes, comments and authors; staff keep the file as reviewed', async () => {
    const { document, review } = await submittedDocument(desk);
    const original = document.currentContentVersionId as string;
    const docx = docxWithHistory();
    await desk.drafter.client.ok(UPLOAD_ATTACHMENT, {
      contentVersionId: original,
      fileName: '通知.docx',
      contentBase64: docx.toString('base64'),
    });
    const reviewed = await approve(
      desk,
      await secrecyReview(desk, await initialReview(desk, review, original), original),
      original,
    );
    await publish(desk, reviewed, original);

    const staffView = (await desk.drafter.client.ok(DOCUMENT, { id: document.id })).document as Row;
    const [entry] = staffView.catalogEntries;
    const { token } = await createApiToken(testApp.db.database.dataSource, ['public:read']);
    const publicClient = testApp.client().withBearer(token);
    const [file] = (await publicClient.ok(PUBLIC_ENTRY, { indexNumber: entry.indexNumber }))
      .publicCatalogEntry.attachments;
    const response = await fetch(`${testApp.url}${file.url}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    const published = Buffer.from(await response.arrayBuffer());
    expect(published.length).toBe(file.sizeBytes);
    expect(published.equals(docx)).toBe(false);

    // Open the published file: its parts keep the text and lose every trace of its history.
    const parts = unzipText(published);
    const everything = [...parts.values()].join('\n');
    expect(everything).toContain('正文保留');
    expect(everything).toContain('新增文字');
    for (const trace of TRACES) expect(everything).not.toContain(trace);
    expect([...parts.keys()]).not.toContain('word/comments.xml');

    // The reviewed original is unchanged for staff.
    const [reviewedFile] = staffView.contentVersions.find(
      (version: Row) => version.id === original,
    ).attachments;
    const staffDownload = await fetch(`${testApp.url}${reviewedFile.url}`, {
      headers: { cookie: `gdp_session=${desk.drafter.client.sessionCookie}` },
    });
    expect(staffDownload.status).toBe(200);
    expect(Buffer.from(await staffDownload.arrayBuffer()).equals(docx)).toBe(true);
    expect(
      staffView.contentVersions.find((version: Row) => version.id === original).attachments,
    ).toHaveLength(1);
    expect(file).toMatchObject({ fileName: '通知.docx' });
    expect(response.headers.get('content-type')).toBe(DOCX);
  });

  it('opens a re-assessment task for information not disclosed once a year, closed by confirming the attribute', async () => {
    const draft = await createDraft(desk, { purpose: 'INTERNAL_MANAGEMENT' });
    const attributed = (
      await desk.drafter.client.ok(SET_ATTRIBUTE, {
        id: draft.id,
        version: draft.version,
        attribute: 'ON_APPLICATION',
      })
    ).setDocumentAttribute;
    const signed = (await desk.head.client.ok(SIGN_DOCUMENT, { id: draft.id, version: attributed.version }))
      .signDocument;
    const manager = testApp.db.database.dataSource.manager;
    const tasks = () => manager.findBy(Task, { kind: 'DOCUMENT_REASSESSMENT', caseId: draft.id });

    // Within the year nothing is due; a year after signing the department gets the task, once.
    testApp.clock.set('2027-06-01T02:00:00.000Z');
    await openDueReassessments(manager, testApp.clock, 12);
    expect(await tasks()).toHaveLength(0);
    testApp.clock.set('2027-11-27T02:00:00.000Z');
    await openDueReassessments(manager, testApp.clock, 12);
    await openDueReassessments(manager, testApp.clock, 12);
    expect(await tasks()).toMatchObject([{ state: 'OPEN', departmentId: desk.department.id }]);

    testApp.clock.set(TEST_START);
    const confirmed = (
      await desk.head.client.ok(CONFIRM, {
        id: draft.id,
        version: signed.version,
        reason: '经评估仍属内部管理信息',
      })
    ).confirmDocumentAttribute;
    expect(confirmed).toMatchObject({
      state: 'SIGNED',
      attribute: 'ON_APPLICATION',
      lastAssessedAt: TEST_START,
    });
    expect(confirmed.events.at(-1)).toMatchObject({
      action: 'CONFIRM_ATTRIBUTE',
      note: '经评估仍属内部管理信息',
    });
    expect(await tasks()).toMatchObject([{ state: 'DONE' }]);

    const missingReason = await desk.head.client.fails(CONFIRM, {
      id: draft.id,
      version: confirmed.version,
      reason: ' ',
    });
    expect(missingReason.extensions?.code).toBe('BAD_USER_INPUT');
    const notOurs = await desk.drafter.client.fails(CONFIRM, {
      id: draft.id,
      version: confirmed.version,
      reason: '理由',
    });
    expect(notOurs.extensions?.code).toBe('FORBIDDEN');
  });
});
