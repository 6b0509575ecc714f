import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createApiToken, signedIn } from '../support/factories.js';
import {
  DISCLOSE,
  DOCUMENT,
  PREPARE_REDACTED,
  REVIEW,
  REVIEW_APPROVE,
  REVIEW_CONFIRM,
  REVIEW_DETERMINATION,
  REVIEW_ESCALATE,
  REVIEW_INITIAL,
  REVIEW_PUBLISH,
  REVIEW_REFER,
  REVIEW_RETURN,
  REVIEW_SECRECY,
  UPDATE_DOCUMENT,
  UPLOAD_ATTACHMENT,
  approve,
  documentDesk,
  initialReview,
  pdfBytes,
  publish,
  secrecyReview,
  submittedDocument,
  type DocumentDesk,
  type Row,
} from '../support/document-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The confidentiality review (SPEC M3) of documents: three levels, partial disclosure, state secrets. */

const STATE_SECRET = { level: 'SECRET', term: '10年', basis: '保密事项范围第3项', scope: '局领导' };

describe('confidentiality review of documents (SPEC M3)', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let desk: DocumentDesk;

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.db.database.dataSource;
    desk = await documentDesk(testApp);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  const openTasks = async (reviewId: string) =>
    (await ds.query(
      `SELECT kind, assignee_id, department_id FROM task WHERE case_id = $1 AND state = 'OPEN'`,
      [reviewId],
    )) as Row[];
  const readDocument = async (id: string) => (await desk.drafter.client.ok(DOCUMENT, { id })).document;

  it('runs the full path from submission to the catalog, each level by its own person', async () => {
    const { document, review } = await submittedDocument(desk);
    const original = document.currentContentVersionId;
    expect(document.state).toBe('IN_REVIEW');
    expect(await openTasks(review.id)).toEqual([
      { kind: 'REVIEW_LEVEL_1', assignee_id: desk.drafter.user.id, department_id: desk.department.id },
    ]);

    const atTwo = await initialReview(desk, review, original);
    expect(atTwo.state).toBe('LEVEL_2');
    expect(await openTasks(review.id)).toEqual([
      { kind: 'REVIEW_LEVEL_2', assignee_id: null, department_id: desk.department.id },
    ]);
    const atThree = await secrecyReview(desk, atTwo, original);
    expect(atThree.state).toBe('LEVEL_3');

    const approveAs = (publisherId: string, contentVersionId = original) =>
      desk.head.client.fails(REVIEW_APPROVE, {
        id: review.id,
        version: atThree.version,
        contentVersionId,
        opinion: '同意',
        publisherId,
      });
    expect((await approveAs(desk.officer.user.id)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'REVIEW.PUBLISHER_NOT_ELIGIBLE',
    });
    const foreignPublisher = await signedIn(testApp, { roles: ['PUBLISHER'] });
    expect((await approveAs(foreignPublisher.user.id)).extensions).toMatchObject({
      reason: 'REVIEW.PUBLISHER_NOT_ELIGIBLE',
    });
    const approved = await approve(desk, atThree, original);
    expect(approved).toMatchObject({
      state: 'APPROVED',
      publisherId: desk.publisher.user.id,
      approvedContentVersionId: original,
    });
    expect(await openTasks(review.id)).toEqual([
      { kind: 'REVIEW_PUBLISH', assignee_id: desk.publisher.user.id, department_id: desk.department.id },
    ]);

    const byOther = await desk.otherPublisher.client.fails(REVIEW_PUBLISH, {
      id: review.id,
      version: approved.version,
      contentVersionId: original,
    });
    expect(byOther.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'REVIEW.NOT_NAMED_PUBLISHER' });
    const redactedId =
      (
        await ds.query(`SELECT id FROM document_content_version WHERE document_id <> $1 LIMIT 1`, [
          document.id,
        ])
      )[0]?.id ?? review.id;
    const wrongVersion = await desk.publisher.client.fails(REVIEW_PUBLISH, {
      id: review.id,
      version: approved.version,
      contentVersionId: redactedId,
    });
    expect(wrongVersion.extensions?.code).toBe('CONFLICT');
    const published = await publish(desk, approved, original);
    expect(published.state).toBe('PUBLISHED');
    expect(await openTasks(review.id)).toEqual([]);
    expect(published.decisions.map((decision: Row) => [decision.action, decision.userId])).toEqual([
      ['INITIAL_REVIEW', desk.drafter.user.id],
      ['SECRECY_REVIEW', desk.officer.user.id],
      ['APPROVE', desk.head.user.id],
      ['PUBLISH', desk.publisher.user.id],
    ]);

    const after = await readDocument(document.id);
    expect(after).toMatchObject({ state: 'PUBLISHED', attribute: 'PROACTIVE' });
    expect(after.catalogEntries).toHaveLength(1);
    expect(after.catalogEntries[0]).toMatchObject({
      entryVersion: 1,
      contentVersionId: original,
      body: document.currentContent.body,
    });
    expect(after.catalogEntries[0].indexNumber).toMatch(/\S/);
    const actions = after.events.map((event: Row) => event.action);
    expect(actions[0]).toBe('CREATE');
    expect(actions.at(-1)).toBe('PUBLISH');
    expect(actions).toEqual([
      'CREATE',
      'SET_ATTRIBUTE',
      'SIGN',
      'SUBMIT_FOR_REVIEW',
      'REVIEW',
      'REVIEW',
      'REVIEW',
      'PUBLISH',
    ]);
  });

  it('lets one person act at one level only, and offers only the state’s actions', async () => {
    const both = await signedIn(testApp, {
      roles: [
        { role: 'DRAFTER', departmentId: desk.department.id },
        { role: 'CONFIDENTIALITY_OFFICER', departmentId: desk.department.id },
      ],
      departmentId: desk.department.id,
    });
    const own: DocumentDesk = { ...desk, drafter: both };
    const { document, review } = await submittedDocument(own);
    const original = document.currentContentVersionId;
    const atTwo = await initialReview(own, review, original);
    expect(atTwo.availableActions).toEqual([]);
    const refused = await both.client.fails(REVIEW_SECRECY, {
      id: review.id,
      version: atTwo.version,
      contentVersionId: original,
      opinion: '同意',
      outcome: DISCLOSE,
    });
    expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'REVIEW.ONE_PERSON_ONE_LEVEL' });

    // Nothing publishes before all three levels.
    const early = await desk.publisher.client.fails(REVIEW_PUBLISH, {
      id: review.id,
      version: atTwo.version,
      contentVersionId: original,
    });
    expect(early.extensions).toMatchObject({ code: 'INVALID_TRANSITION', allowedActions: [] });
    const wrongStep = await desk.head.client.fails(REVIEW_APPROVE, {
      id: review.id,
      version: atTwo.version,
      contentVersionId: original,
      opinion: '同意',
      publisherId: desk.publisher.user.id,
    });
    expect(wrongStep.extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      reason: 'REVIEW.ACTION_NOT_ALLOWED',
    });
    expect(wrongStep.extensions?.allowedActions).toEqual(['CANCEL']);
  });

  it('lets exactly one of two concurrent level-2 decisions through', async () => {
    const { document, review } = await submittedDocument(desk);
    const original = document.currentContentVersionId;
    const atTwo = await initialReview(desk, review, original);
    const second = await signedIn(testApp, {
      roles: [{ role: 'CONFIDENTIALITY_OFFICER', departmentId: desk.department.id }],
      departmentId: desk.department.id,
    });
    const call = (client: typeof second.client) =>
      client.gql(REVIEW_SECRECY, {
        id: review.id,
        version: atTwo.version,
        contentVersionId: original,
        opinion: '同意公开',
        outcome: DISCLOSE,
      });
    const responses = await Promise.all([call(desk.officer.client), call(second.client)]);
    const codes = responses.map((response) => response.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    expect(
      (await desk.head.client.ok(REVIEW, { id: review.id })).review.decisions.filter(
        (d: Row) => d.action === 'SECRECY_REVIEW',
      ),
    ).toHaveLength(1);
  });

  it('returns to level 1, where the drafter revises a new version and sends that one', async () => {
    const { document, review } = await submittedDocument(desk);
    const original = document.currentContentVersionId;
    const atTwo = await initialReview(desk, review, original);
    const returned = (
      await desk.officer.client.ok(REVIEW_RETURN, {
        id: review.id,
        version: atTwo.version,
        opinion: '请删除涉及个人信息的内容',
      })
    ).reviewReturn;
    expect(returned.state).toBe('LEVEL_1');
    expect(await openTasks(review.id)).toEqual([
      { kind: 'REVIEW_LEVEL_1', assignee_id: desk.drafter.user.id, department_id: desk.department.id },
    ]);

    const current = await readDocument(document.id);
    const changedTitle = await desk.drafter.client.fails(UPDATE_DOCUMENT, {
      id: document.id,
      version: current.version,
      input: {
        title: '另一个标题',
        type: 'NOTICE',
        purpose: 'VITAL_INTERESTS',
        summary: current.summary ?? null,
        body: '修改',
      },
    });
    expect(changedTitle.extensions).toMatchObject({ reason: 'DOCUMENT.CONTENT_ONLY' });
    const full = (
      await desk.drafter.client.ok(`query D($id: ID!) { document(id: $id) { summary title } }`, {
        id: document.id,
      })
    ).document;
    const revised = (
      await desk.drafter.client.ok(UPDATE_DOCUMENT, {
        id: document.id,
        version: current.version,
        input: {
          title: full.title,
          type: 'NOTICE',
          purpose: 'VITAL_INTERESTS',
          summary: full.summary,
          body: '修改后的正文（已删除个人信息）',
        },
      })
    ).updateDocument;
    expect(revised.currentContentVersionId).not.toBe(original);
    expect(revised.currentContent).toMatchObject({ body: '修改后的正文（已删除个人信息）', sealedAt: null });

    const stale = await desk.drafter.client.fails(REVIEW_INITIAL, {
      id: review.id,
      version: returned.version,
      contentVersionId: original,
      opinion: '已修改',
      assessment: DISCLOSE,
    });
    expect(stale.extensions?.code).toBe('CONFLICT');
    const again = await initialReview(desk, returned, revised.currentContentVersionId);
    expect(again.state).toBe('LEVEL_2');
    const reviewed = (
      await desk.head.client.ok(`query R($id: ID!) { review(id: $id) { contentVersion { id body } } }`, {
        id: review.id,
      })
    ).review;
    expect(reviewed.contentVersion).toEqual({
      id: revised.currentContentVersionId,
      body: '修改后的正文（已删除个人信息）',
    });
    const versions = (await readDocument(document.id)).contentVersions;
    expect(versions.find((version: Row) => version.id === original).body).toBe(document.currentContent.body);
  });

  it('publishes a partial disclosure as the redacted version, keeping the original for staff', async () => {
    const privateText = '申请人张某某，身份证号 330500199001011234';
    const { document, review } = await submittedDocument(desk, {
      body: `公开部分：检查安排如下。${privateText}`,
    });
    const original = document.currentContentVersionId;
    const atTwo = await initialReview(desk, review, original);
    const redacted = (
      await desk.officer.client.ok(PREPARE_REDACTED, {
        reviewId: review.id,
        reviewVersion: atTwo.version,
        body: '公开部分：检查安排如下。',
      })
    ).prepareRedactedVersion;
    expect(redacted).toMatchObject({ kind: 'REDACTED', basedOnId: original });
    const file = (
      await desk.officer.client.ok(UPLOAD_ATTACHMENT, {
        contentVersionId: redacted.id,
        fileName: '检查安排（公开版）.pdf',
        contentBase64: pdfBytes('redacted').toString('base64'),
      })
    ).uploadDocumentAttachment;
    const atThree = await secrecyReview(desk, atTwo, original, {
      outcome: 'PARTIAL',
      reasons: ['PERSONAL_PRIVACY'],
      basis: '《条例》第十五条',
      redactedContentVersionId: redacted.id,
    });
    expect(atThree.state).toBe('LEVEL_3');
    const wrong = await desk.head.client.fails(REVIEW_APPROVE, {
      id: review.id,
      version: atThree.version,
      contentVersionId: original,
      opinion: '同意',
      publisherId: desk.publisher.user.id,
    });
    expect(wrong.extensions?.code).toBe('CONFLICT');
    const approved = await approve(desk, atThree, redacted.id);
    expect(approved.approvedContentVersionId).toBe(redacted.id);
    await publish(desk, approved, redacted.id);

    const after = await readDocument(document.id);
    expect(after).toMatchObject({ state: 'PUBLISHED_REDACTED', attribute: 'ON_APPLICATION' });
    expect(after.catalogEntries[0]).toMatchObject({
      body: '公开部分：检查安排如下。',
      contentVersionId: redacted.id,
    });
    const reader = testApp.client().withBearer((await createApiToken(ds, ['public:read'])).token);
    const entry = (
      await reader.ok(
        `query P($n: String!) { publicCatalogEntry(indexNumber: $n) { body attachments { fileName } } }`,
        { n: after.catalogEntries[0].indexNumber },
      )
    ).publicCatalogEntry;
    expect(entry.body).not.toContain(privateText);
    expect(entry.attachments.map((attachment: Row) => attachment.fileName)).toEqual([file.fileName]);
    expect(after.contentVersions.find((version: Row) => version.id === original).body).toContain(privateText);
  });

  it('removes a confirmed state secret’s original, keeping its metadata and the redacted version', async () => {
    const { document, review } = await submittedDocument(desk, {
      body: '公开部分。涉密部分：某项目具体部署。',
    });
    const original = document.currentContentVersionId;
    const attachment = (
      await desk.drafter.client.ok(UPLOAD_ATTACHMENT, {
        contentVersionId: original,
        fileName: '部署.pdf',
        contentBase64: pdfBytes('secret').toString('base64'),
      })
    ).uploadDocumentAttachment;
    const storageKey = (
      await ds.query(`SELECT storage_key FROM document_attachment WHERE id = $1`, [attachment.id])
    )[0].storage_key;
    const atTwo = await initialReview(desk, review, original);
    const redacted = (
      await desk.officer.client.ok(PREPARE_REDACTED, {
        reviewId: review.id,
        reviewVersion: atTwo.version,
        body: '公开部分。',
      })
    ).prepareRedactedVersion;
    const atThree = await secrecyReview(desk, atTwo, original, {
      outcome: 'PARTIAL',
      reasons: ['STATE_SECRET'],
      basis: '《保守国家秘密法》',
      redactedContentVersionId: redacted.id,
      stateSecret: STATE_SECRET,
    });
    const awaiting = await approve(desk, atThree, redacted.id);
    expect(awaiting.state).toBe('AWAITING_CONFIRMATION');
    expect(await openTasks(review.id)).toEqual([
      { kind: 'REVIEW_OFFICE', assignee_id: null, department_id: null },
    ]);

    const confirmed = (
      await desk.office.client.ok(REVIEW_CONFIRM, {
        id: review.id,
        version: awaiting.version,
        contentVersionId: redacted.id,
        opinion: '确认涉密，删除原件内容',
      })
    ).reviewConfirm;
    expect(confirmed.state).toBe('APPROVED');
    const after = await readDocument(document.id);
    const removed = after.contentVersions.find((version: Row) => version.id === original);
    expect(removed).toMatchObject({ body: null });
    expect(removed.contentRemovedAt).not.toBeNull();
    expect(removed.attachments[0]).toMatchObject({ url: null });
    expect(removed.attachments[0].removedAt).not.toBeNull();
    expect(after.contentVersions.find((version: Row) => version.id === redacted.id).body).toBe('公开部分。');
    expect(after.title).toBe(document.title);
    await expect(testApp.app.services.fileStorage.get(ds.manager, storageKey)).rejects.toThrow();
    const download = await fetch(`${testApp.url}/files/${attachment.id}`, {
      headers: { cookie: `gdp_session=${desk.drafter.client.sessionCookie}` },
    });
    expect(download.status).toBe(404);
    expect(after.events.map((event: Row) => event.action)).toContain('REMOVE_CONTENT');
    const stateSecret = (
      await desk.head.client.ok(
        `query R($id: ID!) { review(id: $id) { outcome { stateSecret { level term basis scope } } } }`,
        { id: review.id },
      )
    ).review;
    expect(stateSecret.outcome.stateSecret).toEqual(STATE_SECRET);
    await publish(desk, confirmed, redacted.id);
    expect((await readDocument(document.id)).state).toBe('PUBLISHED_REDACTED');
  });

  it('lets the leadership office send a state-secret finding back to level 2, where a new redacted version is prepared', async () => {
    const { document, review } = await submittedDocument(desk);
    const original = document.currentContentVersionId;
    const atTwo = await initialReview(desk, review, original);
    const first = (
      await desk.officer.client.ok(PREPARE_REDACTED, {
        reviewId: review.id,
        reviewVersion: atTwo.version,
        body: '第一次区分处理',
      })
    ).prepareRedactedVersion;
    const atThree = await secrecyReview(desk, atTwo, original, {
      outcome: 'PARTIAL',
      reasons: ['STATE_SECRET'],
      basis: '《保守国家秘密法》',
      redactedContentVersionId: first.id,
      stateSecret: STATE_SECRET,
    });
    const awaiting = await approve(desk, atThree, first.id);
    const returned = (
      await desk.office.client.ok(REVIEW_RETURN, {
        id: review.id,
        version: awaiting.version,
        opinion: '删除范围不足',
      })
    ).reviewReturn;
    expect(returned).toMatchObject({ state: 'LEVEL_2', publisherId: null, approvedContentVersionId: null });
    expect(await openTasks(review.id)).toEqual([
      { kind: 'REVIEW_LEVEL_2', assignee_id: null, department_id: desk.department.id },
    ]);
    const sealed = await desk.officer.client.fails(
      `mutation U($id: ID!, $version: Int!, $body: String!) { updateRedactedVersion(id: $id, version: $version, body: $body) { id } }`,
      {
        id: first.id,
        version: (await ds.query('SELECT version FROM document_content_version WHERE id = $1', [first.id]))[0]
          .version,
        body: '再改',
      },
    );
    expect(sealed.extensions).toMatchObject({ reason: 'DOCUMENT.CONTENT_LOCKED' });
    const second = (
      await desk.officer.client.ok(PREPARE_REDACTED, {
        reviewId: review.id,
        reviewVersion: returned.version,
        body: '第二次区分处理',
      })
    ).prepareRedactedVersion;
    const again = await secrecyReview(desk, returned, original, {
      outcome: 'PARTIAL',
      reasons: ['STATE_SECRET'],
      basis: '《保守国家秘密法》',
      redactedContentVersionId: second.id,
      stateSecret: STATE_SECRET,
    });
    const confirmed = (
      await desk.office.client.ok(REVIEW_CONFIRM, {
        id: review.id,
        version: (await approve(desk, again, second.id)).version,
        contentVersionId: second.id,
        opinion: '确认',
      })
    ).reviewConfirm;
    expect(confirmed).toMatchObject({ state: 'APPROVED', approvedContentVersionId: second.id });
  });

  /** Submitted, withheld as a state secret at level 2, approved, confirmed by the leadership office. */
  const withheldAsStateSecret = async () => {
    const { document, review } = await submittedDocument(desk);
    const original = document.currentContentVersionId;
    const atThree = await secrecyReview(desk, await initialReview(desk, review, original), original, {
      outcome: 'WITHHOLD',
      reasons: ['STATE_SECRET'],
      basis: '《保守国家秘密法》',
      stateSecret: STATE_SECRET,
    });
    const awaiting = await approve(desk, atThree, original, null);
    expect(awaiting.state).toBe('AWAITING_CONFIRMATION');
    const withheld = (
      await desk.office.client.ok(REVIEW_CONFIRM, {
        id: review.id,
        version: awaiting.version,
        contentVersionId: original,
        opinion: '确认',
      })
    ).reviewConfirm;
    return { document, withheld };
  };

  it('withholds as a state secret after confirmation, removing the original', async () => {
    const { document, withheld } = await withheldAsStateSecret();
    expect(withheld.state).toBe('WITHHELD');
    const after = await readDocument(document.id);
    expect(after.state).toBe('WITHHELD');
    expect(after.contentVersions[0]).toMatchObject({ body: null });
    expect(after.currentContent.contentRemovedAt).not.toBeNull();
  });

  it('publishes formerly secret information only once its declassification is recorded [seed §4-9]', async () => {
    const { document } = await withheldAsStateSecret();
    const DECLASSIFY = `mutation D($id: ID!, $version: Int!, $reference: String!) {
      recordDocumentDeclassification(id: $id, version: $version, reference: $reference) { id version state declassificationReference availableActions } }`;
    const REDETERMINE = `mutation R($id: ID!, $version: Int!, $attribute: DisclosureAttribute!, $reason: String!) {
      redetermineDocumentAttribute(id: $id, version: $version, attribute: $attribute, reason: $reason) { id version state attribute } }`;
    const SUBMIT = `mutation S($id: ID!, $version: Int!) { submitDocumentForReview(id: $id, version: $version) { id version reviews { id version state } } }`;
    const UPDATE = `mutation U($id: ID!, $version: Int!, $input: DocumentDraftInput!) { updateDocument(id: $id, version: $version, input: $input) { id version currentContentVersionId } }`;

    // Past its term, re-assessed as disclosable: the text is supplied again at level 1 and reviewed anew.
    const withheld = await readDocument(document.id);
    const reopened = (
      await desk.head.client.ok(REDETERMINE, {
        id: document.id,
        version: withheld.version,
        attribute: 'PROACTIVE',
        reason: '保密期限已满',
      })
    ).redetermineDocumentAttribute;
    const submitted = (await desk.drafter.client.ok(SUBMIT, { id: document.id, version: reopened.version }))
      .submitDocumentForReview;
    const second = submitted.reviews.find((candidate: Row) => candidate.state === 'LEVEL_1');
    const { summary } = (
      await desk.drafter.client.ok(`query D($id: ID!) { document(id: $id) { summary } }`, { id: document.id })
    ).document;
    const revised = (
      await desk.drafter.client.ok(UPDATE, {
        id: document.id,
        version: submitted.version,
        input: {
          title: withheld.title,
          type: 'NOTICE',
          purpose: 'VITAL_INTERESTS',
          summary,
          body: '解密后的正文',
        },
      })
    ).updateDocument;
    const text = revised.currentContentVersionId as string;
    const approved = await approve(
      desk,
      await secrecyReview(desk, await initialReview(desk, second, text), text),
      text,
    );

    const refused = await desk.publisher.client.fails(REVIEW_PUBLISH, {
      id: second.id,
      version: approved.version,
      contentVersionId: text,
    });
    expect(refused.extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      reason: 'DOCUMENT.DECLASSIFICATION_REQUIRED',
    });
    expect((await desk.publisher.client.ok(REVIEW, { id: second.id })).review.availableActions).not.toContain(
      'PUBLISH',
    );

    const current = await readDocument(document.id);
    expect(current.availableActions).not.toContain('RECORD_DECLASSIFICATION');
    const headView = (await desk.head.client.ok(DOCUMENT, { id: document.id })).document;
    expect(headView.availableActions).toContain('RECORD_DECLASSIFICATION');
    const missing = await desk.head.client.fails(DECLASSIFY, {
      id: document.id,
      version: current.version,
      reference: ' ',
    });
    expect(missing.extensions?.code).toBe('BAD_USER_INPUT');
    const declassified = (
      await desk.head.client.ok(DECLASSIFY, {
        id: document.id,
        version: current.version,
        reference: '市保密局解密通知〔2026〕8号',
      })
    ).recordDocumentDeclassification;
    expect(declassified).toMatchObject({ declassificationReference: '市保密局解密通知〔2026〕8号' });
    expect(declassified.availableActions).not.toContain('RECORD_DECLASSIFICATION');

    const published = await publish(desk, approved, text);
    expect(published.state).toBe('PUBLISHED');
    expect((await readDocument(document.id)).catalogEntries[0]).toMatchObject({ body: '解密后的正文' });
  });

  it('withdraws a review back to the signed document, which is submitted again on a fresh copy of its text', async () => {
    const { document, review } = await submittedDocument(desk);
    const original = document.currentContentVersionId;
    const atTwo = await initialReview(desk, review, original);
    const cancelled = (
      await desk.head.client.ok(
        `mutation C($id: ID!, $version: Int!, $opinion: String!) { reviewCancel(id: $id, version: $version, opinion: $opinion) { id state } }`,
        {
          id: review.id,
          version: atTwo.version,
          opinion: '政策调整，暂缓公开',
        },
      )
    ).reviewCancel;
    expect(cancelled.state).toBe('CANCELLED');
    expect(await openTasks(review.id)).toEqual([]);
    const signed = await readDocument(document.id);
    expect(signed.state).toBe('SIGNED');
    testApp.clock.advanceMinutes(1);
    const again = (
      await desk.drafter.client.ok(
        `mutation S($id: ID!, $version: Int!) { submitDocumentForReview(id: $id, version: $version) { state reviews { id version state } } }`,
        { id: document.id, version: signed.version },
      )
    ).submitDocumentForReview;
    expect(again.reviews.map((candidate: Row) => candidate.state)).toEqual(['CANCELLED', 'LEVEL_1']);
    const second = again.reviews[1];
    const current = await readDocument(document.id);
    const revised = (
      await desk.drafter.client.ok(UPDATE_DOCUMENT, {
        id: document.id,
        version: current.version,
        input: {
          title: current.title,
          type: 'NOTICE',
          purpose: 'VITAL_INTERESTS',
          summary: (
            await desk.drafter.client.ok(`query D($id: ID!) { document(id: $id) { summary } }`, {
              id: document.id,
            })
          ).document.summary,
          body: '调整后的正文',
        },
      })
    ).updateDocument;
    expect(revised.currentContentVersionId).not.toBe(original);
    expect((await initialReview(desk, second, revised.currentContentVersionId)).state).toBe('LEVEL_2');
  });

  it('escalates to the leadership group, refers, records the determination and returns to the escalating level', async () => {
    const { document, review } = await submittedDocument(desk);
    const original = document.currentContentVersionId;
    const atTwo = await initialReview(desk, review, original);
    const escalated = (
      await desk.officer.client.ok(REVIEW_ESCALATE, {
        id: review.id,
        version: atTwo.version,
        opinion: '难以确定是否涉密',
      })
    ).reviewEscalate;
    expect(escalated.state).toBe('ESCALATED');
    expect(await openTasks(review.id)).toEqual([
      { kind: 'REVIEW_OFFICE', assignee_id: null, department_id: null },
    ]);
    const referred = (
      await desk.office.client.ok(REVIEW_REFER, {
        id: review.id,
        version: escalated.version,
        opinion: '报市保密局确定',
      })
    ).reviewRefer;
    expect(referred.state).toBe('REFERRED');
    const determined = (
      await desk.office.client.ok(REVIEW_DETERMINATION, {
        id: review.id,
        version: referred.version,
        opinion: '不属于国家秘密',
        reference: '湖保密〔2026〕12号',
      })
    ).reviewRecordDetermination;
    expect(determined.state).toBe('LEVEL_2');
    expect(await openTasks(review.id)).toEqual([
      { kind: 'REVIEW_LEVEL_2', assignee_id: null, department_id: desk.department.id },
    ]);
    expect((await secrecyReview(desk, determined, original)).state).toBe('LEVEL_3');
  });
});
