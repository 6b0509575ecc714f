import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDepartment, signedIn } from '../support/factories.js';
import {
  CREATE_DOCUMENT,
  DOCUMENT,
  REVIEW_INITIAL,
  REVISE_DOCUMENT,
  SET_ATTRIBUTE,
  SIGN_DOCUMENT,
  UPDATE_DOCUMENT,
  UPLOAD_ATTACHMENT,
  approve,
  createDraft,
  documentDesk,
  draftInput,
  initialReview,
  pdfBytes,
  publish,
  publishedDocument,
  secrecyReview,
  submittedDocument,
  type DocumentDesk,
  type Row,
} from '../support/document-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Documents (SPEC M2): drafting, the attribute, 签发, attachments, corrections of published documents. */

const PROPOSAL = `query Proposal($type: DocumentType!, $purpose: DocumentPurpose!, $forwardedFromId: ID) {
  documentAttributeProposal(type: $type, purpose: $purpose, forwardedFromId: $forwardedFromId) { attribute rule isForwardedSourceUnset } }`;
const REDETERMINE = `mutation Redetermine($id: ID!, $version: Int!, $attribute: DisclosureAttribute!, $reason: String!) {
  redetermineDocumentAttribute(id: $id, version: $version, attribute: $attribute, reason: $reason) { id version state attribute attributeReason } }`;
const DISCARD = `mutation Discard($id: ID!, $version: Int!) { discardDocument(id: $id, version: $version) { id version state availableActions } }`;

describe('documents (SPEC M2)', () => {
  let testApp: TestApp;
  let desk: DocumentDesk;

  beforeAll(async () => {
    testApp = await startTestApp();
    desk = await documentDesk(testApp);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  const updateInput = (document: Row, overrides: Row = {}) => ({
    title: document.title,
    type: 'NOTICE',
    purpose: 'VITAL_INTERESTS',
    body: document.currentContent.body,
    ...overrides,
  });

  it('validates a draft field by field in Chinese, and only for the drafter’s own department', async () => {
    const { client } = desk.drafter;
    const missingTitle = await client.fails(CREATE_DOCUMENT, {
      departmentId: desk.department.id,
      input: draftInput({ title: '  ' }),
    });
    expect(missingTitle.extensions?.code).toBe('BAD_USER_INPUT');
    expect(missingTitle.extensions?.fields?.title?.[0]).toMatch(/标题/);

    const otherType = await client.fails(CREATE_DOCUMENT, {
      departmentId: desk.department.id,
      input: draftInput({ type: 'OTHER' }),
    });
    expect(otherType.extensions?.fields?.otherTypeName).toEqual(['种类为“其他”时请填写公文种类名称']);

    const category = await client.fails(CREATE_DOCUMENT, {
      departmentId: desk.department.id,
      input: draftInput({ catalogCategoryId: randomUUID() }),
    });
    expect(category.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { catalogCategoryId: ['公开目录分类不存在或已停用'] },
    });

    const elsewhere = await createDepartment(testApp.db.database.dataSource);
    const refused = await client.fails(CREATE_DOCUMENT, { departmentId: elsewhere.id, input: draftInput() });
    expect(refused.extensions).toMatchObject({
      reason: 'DOCUMENT.DEPARTMENT_NOT_ALLOWED',
      fields: { departmentId: ['只能为本处室起草公文'] },
    });

    const created = await createDraft(desk);
    expect(created).toMatchObject({ state: 'DRAFT', attribute: null, departmentId: desk.department.id });
    expect(created.availableActions).toEqual(expect.arrayContaining(['EDIT', 'SET_ATTRIBUTE', 'DISCARD']));
    const updated = (
      await client.ok(UPDATE_DOCUMENT, {
        id: created.id,
        version: created.version,
        input: updateInput(created, { title: '修改后的标题', body: '修改后的正文' }),
      })
    ).updateDocument;
    expect(updated).toMatchObject({
      title: '修改后的标题',
      version: created.version + 1,
      currentContentVersionId: created.currentContentVersionId,
    });
    expect(updated.currentContent.body).toBe('修改后的正文');
  });

  it('proposes the attribute from type and purpose, or inherits a forwarded document’s', async () => {
    const { client } = desk.drafter;
    expect(
      (await client.ok(PROPOSAL, { type: 'NOTICE', purpose: 'VITAL_INTERESTS' })).documentAttributeProposal,
    ).toEqual({
      attribute: 'PROACTIVE',
      rule: 'VITAL_INTERESTS',
      isForwardedSourceUnset: false,
    });
    expect(
      (await client.ok(PROPOSAL, { type: 'NOTICE', purpose: 'INTERNAL_MANAGEMENT' }))
        .documentAttributeProposal.attribute,
    ).not.toBe('PROACTIVE');

    const source = await createDraft(desk, { purpose: 'PERSONAL_PRIVACY' });
    const unset = (
      await client.ok(PROPOSAL, { type: 'NOTICE', purpose: 'VITAL_INTERESTS', forwardedFromId: source.id })
    ).documentAttributeProposal;
    expect(unset).toEqual({ attribute: 'PROACTIVE', rule: 'VITAL_INTERESTS', isForwardedSourceUnset: true });

    const sourceProposal = (await client.ok(DOCUMENT, { id: source.id })).document;
    const attributed = (
      await client.ok(SET_ATTRIBUTE, {
        id: source.id,
        version: sourceProposal.version,
        attribute: 'ON_APPLICATION',
        reason: '涉及个人信息，依申请公开',
      })
    ).setDocumentAttribute;
    expect(attributed.attribute).toBe('ON_APPLICATION');
    const inherited = (
      await client.ok(PROPOSAL, { type: 'NOTICE', purpose: 'VITAL_INTERESTS', forwardedFromId: source.id })
    ).documentAttributeProposal;
    expect(inherited).toEqual({
      attribute: 'ON_APPLICATION',
      rule: 'FORWARDED',
      isForwardedSourceUnset: false,
    });
    const forwarding = await createDraft(desk, { forwardedFromId: source.id });
    expect(
      (
        await client.ok(`query D($id: ID!) { document(id: $id) { attributeProposal { attribute rule } } }`, {
          id: forwarding.id,
        })
      ).document.attributeProposal,
    ).toEqual({
      attribute: 'ON_APPLICATION',
      rule: 'FORWARDED',
    });
  });

  it('needs a reason to deviate from the proposal; signing needs an attribute and forms the document', async () => {
    const { client } = desk.drafter;
    const draft = await createDraft(desk);
    const unsigned = await desk.head.client.fails(SIGN_DOCUMENT, { id: draft.id, version: draft.version });
    expect(unsigned.extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      reason: 'DOCUMENT.ATTRIBUTE_REQUIRED',
    });
    expect(unsigned.extensions?.allowedActions).toEqual([]);

    const deviation = await client.fails(SET_ATTRIBUTE, {
      id: draft.id,
      version: draft.version,
      attribute: 'ON_APPLICATION',
    });
    expect(deviation.extensions).toMatchObject({
      reason: 'DOCUMENT.ATTRIBUTE_DEVIATION_REASON_REQUIRED',
      fields: { reason: ['与建议的公开属性不同，请说明理由'] },
    });
    const deviated = (
      await client.ok(SET_ATTRIBUTE, {
        id: draft.id,
        version: draft.version,
        attribute: 'ON_APPLICATION',
        reason: '含有尚在讨论的安排',
      })
    ).setDocumentAttribute;
    expect(deviated).toMatchObject({
      attribute: 'ON_APPLICATION',
      proposedAttribute: 'PROACTIVE',
      isAttributeDeviation: true,
      attributeReason: '含有尚在讨论的安排',
    });
    const confirmed = (
      await client.ok(SET_ATTRIBUTE, { id: draft.id, version: deviated.version, attribute: 'PROACTIVE' })
    ).setDocumentAttribute;
    expect(confirmed).toMatchObject({ attribute: 'PROACTIVE', isAttributeDeviation: false });

    // The drafter may not sign; the head signs, and the document is formed on that (Beijing) day.
    expect(
      (await client.fails(SIGN_DOCUMENT, { id: draft.id, version: confirmed.version })).extensions?.code,
    ).toBe('FORBIDDEN');
    const signed = (await desk.head.client.ok(SIGN_DOCUMENT, { id: draft.id, version: confirmed.version }))
      .signDocument;
    expect(signed).toMatchObject({
      state: 'SIGNED',
      formedDate: '2026-11-26',
      signedById: desk.head.user.id,
    });

    const edit = await client.fails(UPDATE_DOCUMENT, {
      id: draft.id,
      version: signed.version,
      input: updateInput(signed, { body: '签发后修改' }),
    });
    expect(edit.extensions?.code).toBe('INVALID_TRANSITION');

    const noReason = await desk.head.client.fails(REDETERMINE, {
      id: draft.id,
      version: signed.version,
      attribute: 'ON_APPLICATION',
      reason: ' ',
    });
    expect(noReason.extensions).toMatchObject({ reason: 'DOCUMENT.REDETERMINATION_REASON_REQUIRED' });
    const redetermined = (
      await desk.head.client.ok(REDETERMINE, {
        id: draft.id,
        version: signed.version,
        attribute: 'ON_APPLICATION',
        reason: '经研究改为依申请公开',
      })
    ).redetermineDocumentAttribute;
    expect(redetermined).toMatchObject({ state: 'SIGNED', attribute: 'ON_APPLICATION' });
    const { events } = (await client.ok(DOCUMENT, { id: draft.id })).document;
    expect(events.map((event: Row) => event.action)).toEqual([
      'CREATE',
      'SET_ATTRIBUTE',
      'SET_ATTRIBUTE',
      'SIGN',
      'REDETERMINE_ATTRIBUTE',
    ]);
    expect(events.at(-1)).toMatchObject({
      fromAttribute: 'PROACTIVE',
      toAttribute: 'ON_APPLICATION',
      note: '经研究改为依申请公开',
    });
  });

  it('discards a draft, after which nothing more can be done', async () => {
    const draft = await createDraft(desk);
    const discarded = (await desk.drafter.client.ok(DISCARD, { id: draft.id, version: draft.version }))
      .discardDocument;
    expect(discarded).toMatchObject({ state: 'DISCARDED', availableActions: [] });
    const again = await desk.drafter.client.fails(DISCARD, { id: draft.id, version: discarded.version });
    expect(again.extensions).toMatchObject({ code: 'INVALID_TRANSITION', allowedActions: [] });
  });

  it('takes attachments judged by content, and serves them only to the department’s staff', async () => {
    const draft = await createDraft(desk);
    const bytes = pdfBytes('attachment');
    const uploaded = (
      await desk.drafter.client.ok(UPLOAD_ATTACHMENT, {
        contentVersionId: draft.currentContentVersionId,
        fileName: '检查安排.pdf',
        contentBase64: bytes.toString('base64'),
      })
    ).uploadDocumentAttachment;
    expect(uploaded).toMatchObject({
      fileName: '检查安排.pdf',
      contentType: 'application/pdf',
      sizeBytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      url: `/files/${uploaded.id}`,
    });

    const upload = (fileName: string, data: Buffer | string) =>
      desk.drafter.client.fails(UPLOAD_ATTACHMENT, {
        contentVersionId: draft.currentContentVersionId,
        fileName,
        contentBase64: typeof data === 'string' ? data : data.toString('base64'),
      });
    const executable = Buffer.concat([
      Buffer.from('MZ'),
      Buffer.alloc(62),
      Buffer.from('PE\0\0'),
      Buffer.alloc(200),
    ]);
    executable.writeUInt32LE(64, 0x3c);
    const renamed = await upload('通知.pdf', executable);
    expect(renamed.extensions?.code).toBe('BAD_USER_INPUT');
    expect(renamed.extensions?.reason).toMatch(/^STORAGE\./);
    const wrongExtension = await upload('通知.docx', bytes);
    expect(wrongExtension.extensions?.reason).toMatch(/^STORAGE\./);
    const invalid = await upload('通知.pdf', '%%%not base64%%%');
    expect(invalid.extensions).toMatchObject({
      reason: 'STORAGE.INVALID_ENCODING',
      fields: { file: ['文件内容编码无效'] },
    });

    const url = `${testApp.url}/files/${uploaded.id}`;
    const cookie = (client: { sessionCookie?: string }) => ({
      cookie: `gdp_session=${client.sessionCookie}`,
    });
    const own = await fetch(url, { headers: cookie(desk.drafter.client) });
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await own.arrayBuffer()).equals(bytes)).toBe(true);
    const stranger = await signedIn(testApp, { roles: ['DRAFTER'] });
    expect((await fetch(url, { headers: cookie(stranger.client) })).status).toBe(404);
    expect((await fetch(url)).status).toBe(401);
  });

  it('refuses files on a version the review has sealed', async () => {
    const { document, review } = await submittedDocument(desk);
    await initialReview(desk, review, document.currentContentVersionId);
    const refused = await desk.drafter.client.fails(UPLOAD_ATTACHMENT, {
      contentVersionId: document.currentContentVersionId,
      fileName: '补充.pdf',
      contentBase64: pdfBytes().toString('base64'),
    });
    expect(refused.extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      reason: 'DOCUMENT.CONTENT_LOCKED',
    });
  });

  it('corrects a published document: a new original, reviewed again, published as version 2 of the entry', async () => {
    const { document } = await publishedDocument(desk);
    expect(document.state).toBe('PUBLISHED');
    const [first] = document.catalogEntries;
    expect(first).toMatchObject({ entryVersion: 1 });

    const revising = (
      await desk.drafter.client.ok(REVISE_DOCUMENT, { id: document.id, version: document.version })
    ).reviseDocument;
    expect(revising).toMatchObject({ state: 'REVISING', attribute: 'PROACTIVE' });
    expect(revising.currentContentVersionId).not.toBe(document.currentContentVersionId);
    const edited = (
      await desk.drafter.client.ok(UPDATE_DOCUMENT, {
        id: document.id,
        version: revising.version,
        input: updateInput(revising, { title: document.title, body: '更正后的正文' }),
      })
    ).updateDocument;
    const submitted = (
      await desk.drafter.client.ok(
        `mutation S($id: ID!, $version: Int!) { submitDocumentForReview(id: $id, version: $version) { id version state currentContentVersionId reviews { id version state } } }`,
        { id: document.id, version: edited.version },
      )
    ).submitDocumentForReview;
    expect(submitted.state).toBe('IN_REVIEW');
    const review = submitted.reviews.find((candidate: Row) => candidate.state === 'LEVEL_1');
    const original = submitted.currentContentVersionId;
    await publish(
      desk,
      await approve(
        desk,
        await secrecyReview(desk, await initialReview(desk, review, original), original),
        original,
      ),
      original,
    );
    const after = (await desk.drafter.client.ok(DOCUMENT, { id: document.id })).document;
    expect(after.state).toBe('PUBLISHED');
    const current = after.catalogEntries.find((entry: Row) => entry.entryVersion === 2);
    expect(current).toMatchObject({
      indexNumber: first.indexNumber,
      body: '更正后的正文',
      contentVersionId: original,
    });
  });

  it('shows a co-handled document to the co-handling department, which cannot change it', async () => {
    const coDesk = await documentDesk(testApp, desk.office);
    const draft = await createDraft(desk, { coDepartmentIds: [coDesk.department.id] });
    const theirs = (
      await coDesk.drafter.client.ok(`{ documents(page: { page: 1, perPage: 100 }) { total items { id } } }`)
    ).documents;
    expect(theirs.items.map((item: Row) => item.id)).toEqual([draft.id]);
    expect((await coDesk.drafter.client.ok(DOCUMENT, { id: draft.id })).document.availableActions).toEqual(
      [],
    );
    const edit = await coDesk.drafter.client.fails(UPDATE_DOCUMENT, {
      id: draft.id,
      version: draft.version,
      input: updateInput(draft, { body: '会办处室修改' }),
    });
    expect(edit.extensions?.code).toBe('FORBIDDEN');
    const sign = await coDesk.head.client.fails(SIGN_DOCUMENT, { id: draft.id, version: draft.version });
    expect(sign.extensions?.code).toBe('FORBIDDEN');
    expect((await desk.drafter.client.ok(DOCUMENT, { id: draft.id })).document.currentContent.body).toBe(
      draft.currentContent.body,
    );
  });

  it('keeps level 1 to the document’s own original', async () => {
    const { review } = await submittedDocument(desk);
    const other = await createDraft(desk);
    const refused = await desk.drafter.client.fails(REVIEW_INITIAL, {
      id: review.id,
      version: review.version,
      contentVersionId: other.currentContentVersionId,
      opinion: '初审',
      assessment: { outcome: 'DISCLOSE', reasons: [] },
    });
    expect(refused.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'REVIEW.UNKNOWN_CONTENT_VERSION',
    });
  });
});
