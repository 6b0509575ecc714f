import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLID, getNamedType, getNullableType, GraphQLList, type GraphQLSchema } from 'graphql';
import { TOKEN_SCOPES } from '@gdp/domain';
import type { DataSource } from 'typeorm';
import { createSchema } from '../../src/schema.js';
import { createApiToken } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import {
  DISCLOSE,
  DOCUMENT,
  PREPARE_REDACTED,
  REVIEW,
  REVIEW_CONFIRM,
  REVIEW_SECRECY,
  REVISE_DOCUMENT,
  SET_ATTRIBUTE,
  SIGN_DOCUMENT,
  UPDATE_DOCUMENT,
  UPLOAD_ATTACHMENT,
  approve,
  createDraft,
  documentDesk,
  initialReview,
  pdfBytes,
  publish,
  publishedDocument,
  secrecyReview,
  submittedDocument,
  type DocumentDesk,
  type Row,
} from '../support/document-fixtures.js';
import {
  dummyValue,
  errorOf,
  operationFor,
  requiredArgs,
  rootFields,
  type RootField,
} from '../support/schema-walk.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Nothing of a document that is not public leaves through the external API (SPEC M2/M3/M5): not its
 * draft title, its original text, the reviewers' opinions, nor the ids of its records — whoever asks
 * from outside, with whatever id. Another department's staff do not find it either.
 */

const WALK_DEPTH = 5;
const OPINIONS = ['经核，内容不涉及国家秘密和个人隐私', '保密员意见：同意按审查结论处理'];

describe('documents leak nothing that is not public', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let schema: GraphQLSchema;
  let desk: DocumentDesk;
  let otherDesk: DocumentDesk;
  const needles: Array<{ label: string; value: string }> = [];
  const documents: Record<string, Row> = {};
  const reviewIds: string[] = [];
  const publicAttachmentIds: string[] = [];
  const originalAttachmentIds: string[] = [];
  let indexNumbers: string[] = [];

  const secret = (label: string, value: string) => needles.push({ label, value });
  const read = async (id: string) => (await desk.drafter.client.ok(DOCUMENT, { id })).document as Row;

  /** Every draft title and text is distinctive and secret unless the document is published. */
  const drafted = (key: string, overrides: Row = {}) => {
    const tag = `${key}${Math.random().toString(36).slice(2, 10)}`;
    const input = {
      title: `内部拟稿标题${tag}`,
      body: `原件正文${tag}`,
      summary: `拟稿摘要${tag}`,
      ...overrides,
    };
    return input;
  };

  beforeAll(async () => {
    testApp = await startTestApp({ anonymousPublicRead: true, anonymousRateLimitPerMinute: 100_000 });
    ds = testApp.db.database.dataSource;
    schema = await createSchema();
    desk = await documentDesk(testApp);
    otherDesk = await documentDesk(testApp, desk.office);

    const unpublished = async (key: string, document: Row, input: Row) => {
      documents[key] = document;
      secret(`${key} title`, input.title);
      secret(`${key} body`, input.body);
      secret(`${key} summary`, input.summary);
    };

    const draftInput = drafted('DRAFT');
    await unpublished('DRAFT', await createDraft(desk, draftInput), draftInput);
    const attachment = (
      await desk.drafter.client.ok(UPLOAD_ATTACHMENT, {
        contentVersionId: documents.DRAFT.currentContentVersionId,
        fileName: '拟稿附件.pdf',
        contentBase64: pdfBytes('draft').toString('base64'),
      })
    ).uploadDocumentAttachment;
    originalAttachmentIds.push(attachment.id);

    const signedInput = drafted('SIGNED');
    const signedDraft = await createDraft(desk, signedInput);
    const attributed = (
      await desk.drafter.client.ok(SET_ATTRIBUTE, {
        id: signedDraft.id,
        version: signedDraft.version,
        attribute: 'PROACTIVE',
      })
    ).setDocumentAttribute;
    await unpublished(
      'SIGNED',
      (await desk.head.client.ok(SIGN_DOCUMENT, { id: signedDraft.id, version: attributed.version }))
        .signDocument,
      signedInput,
    );

    const reviewInput = drafted('IN_REVIEW');
    const inReview = await submittedDocument(desk, reviewInput);
    await initialReview(desk, inReview.review, inReview.document.currentContentVersionId);
    reviewIds.push(inReview.review.id);
    await unpublished('IN_REVIEW', inReview.document, reviewInput);

    const withheldInput = drafted('WITHHELD');
    const withheld = await submittedDocument(desk, withheldInput);
    const withheldOriginal = withheld.document.currentContentVersionId;
    const withheldBasis = `不予公开依据${withheldInput.title}`;
    secret('WITHHELD basis', withheldBasis);
    const atThree = await secrecyReview(
      desk,
      await initialReview(desk, withheld.review, withheldOriginal),
      withheldOriginal,
      {
        outcome: 'WITHHOLD',
        reasons: ['PERSONAL_PRIVACY'],
        basis: withheldBasis,
      },
    );
    expect((await approve(desk, atThree, withheldOriginal, null)).state).toBe('WITHHELD');
    reviewIds.push(withheld.review.id);
    await unpublished('WITHHELD', withheld.document, withheldInput);

    const discardedInput = drafted('DISCARDED');
    const discarded = await createDraft(desk, discardedInput);
    await desk.drafter.client.ok(
      `mutation D($id: ID!, $version: Int!) { discardDocument(id: $id, version: $version) { id } }`,
      { id: discarded.id, version: discarded.version },
    );
    await unpublished('DISCARDED', discarded, discardedInput);

    const published = await publishedDocument(desk);
    documents.PUBLISHED = published.document;
    reviewIds.push(published.review.id);

    // Partial disclosures: the private part (and for a state secret, all of the original) stays out.
    for (const [key, reasons] of [
      ['REDACTED', ['PERSONAL_PRIVACY']],
      ['STATE_SECRET', ['STATE_SECRET']],
    ] as const) {
      const privatePart = `不应公开的内容${key}${Math.random().toString(36).slice(2, 10)}`;
      secret(`${key} private part`, privatePart);
      const { document, review } = await submittedDocument(desk, { body: `可以公开的内容。${privatePart}` });
      const original = document.currentContentVersionId;
      const file = (
        await desk.drafter.client.ok(UPLOAD_ATTACHMENT, {
          contentVersionId: original,
          fileName: '原件附件.pdf',
          contentBase64: pdfBytes(privatePart).toString('base64'),
        })
      ).uploadDocumentAttachment;
      originalAttachmentIds.push(file.id);
      const atTwo = await initialReview(desk, review, original);
      const redacted = (
        await desk.officer.client.ok(PREPARE_REDACTED, {
          reviewId: review.id,
          reviewVersion: atTwo.version,
          body: '可以公开的内容。',
        })
      ).prepareRedactedVersion;
      const basis = `区分处理依据${privatePart}`;
      secret(`${key} basis`, basis);
      const stateSecret =
        key === 'STATE_SECRET'
          ? { level: 'CONFIDENTIAL', term: `期限${privatePart}`, basis: '定密依据', scope: '知悉范围' }
          : null;
      const level3 = await secrecyReview(desk, atTwo, original, {
        outcome: 'PARTIAL',
        reasons,
        basis,
        redactedContentVersionId: redacted.id,
        stateSecret,
      });
      let approved = await approve(desk, level3, redacted.id);
      if (approved.state === 'AWAITING_CONFIRMATION') {
        approved = (
          await desk.office.client.ok(REVIEW_CONFIRM, {
            id: review.id,
            version: approved.version,
            contentVersionId: redacted.id,
            opinion: `确认涉密${privatePart}`,
          })
        ).reviewConfirm;
      }
      await publish(desk, approved, redacted.id);
      documents[key] = await read(document.id);
      expect(documents[key].state).toBe('PUBLISHED_REDACTED');
      reviewIds.push(review.id);
      secret(`${key} original version id`, original);
      secret(`${key} original attachment id`, file.id);
    }

    // A correction in progress: its new text is not public until reviewed again.
    const toRevise = await publishedDocument(desk);
    reviewIds.push(toRevise.review.id);
    const revising = (
      await desk.drafter.client.ok(REVISE_DOCUMENT, {
        id: toRevise.document.id,
        version: toRevise.document.version,
      })
    ).reviseDocument;
    const correction = `更正中的正文${Math.random().toString(36).slice(2, 10)}`;
    secret('REVISING body', correction);
    const full = await read(toRevise.document.id);
    await desk.drafter.client.ok(UPDATE_DOCUMENT, {
      id: full.id,
      version: revising.version,
      input: {
        title: full.title,
        type: 'NOTICE',
        purpose: 'VITAL_INTERESTS',
        summary: full.summary ?? null,
        body: correction,
      },
    });
    documents.REVISING = await read(toRevise.document.id);
    secret('REVISING version id', documents.REVISING.currentContentVersionId);

    for (const key of ['DRAFT', 'SIGNED', 'IN_REVIEW', 'WITHHELD', 'DISCARDED']) {
      const document = await read(documents[key].id);
      secret(`${key} document id`, document.id);
      for (const version of document.contentVersions) secret(`${key} version id`, version.id);
    }
    for (const [index, id] of reviewIds.entries()) secret(`review id ${index}`, id);
    for (const opinion of OPINIONS) secret('opinion', opinion);
    for (const key of ['PUBLISHED', 'REDACTED', 'STATE_SECRET', 'REVISING']) {
      const document = await read(documents[key].id);
      secret(`${key} document id`, document.id);
      for (const entry of document.catalogEntries) {
        const [{ attachment_ids: ids }] = (await ds.query(
          'SELECT attachment_ids FROM catalog_entry WHERE id = $1',
          [entry.id],
        )) as Row[];
        publicAttachmentIds.push(...(ids as string[]));
      }
    }
    indexNumbers = ((await ds.query('SELECT index_number FROM catalog_entry')) as Row[]).map(
      (row) => row.index_number as string,
    );
  }, 120_000);

  afterAll(async () => {
    await testApp?.close();
  });

  const leaksIn = (text: string) =>
    needles.filter((needle) => text.includes(needle.value)).map((needle) => needle.label);

  /** Every id an outsider could try: those of the documents, their versions, files, reviews; index numbers. */
  const candidateIds = () => [
    ...Object.values(documents).map((document) => document.id as string),
    ...needles.filter((needle) => /id/.test(needle.label)).map((needle) => needle.value),
    ...originalAttachmentIds,
    ...publicAttachmentIds,
  ];

  function valuesFor(root: RootField): Array<Record<string, unknown>> {
    let combinations: Array<Record<string, unknown>> = [{}];
    for (const arg of requiredArgs(root.field)) {
      const named = getNamedType(arg.type);
      const isList = getNullableType(arg.type) instanceof GraphQLList;
      const candidates: unknown[] =
        named === GraphQLID
          ? [...new Set(candidateIds())].map((id) => (isList ? [id] : id))
          : arg.name === 'indexNumber'
            ? indexNumbers
            : [dummyValue(arg.type)];
      combinations = combinations.flatMap((combination) =>
        candidates.map((value) => ({ ...combination, [arg.name]: value })),
      );
    }
    return combinations.slice(0, 400);
  }

  it('shows the public catalog only what was published', async () => {
    const reader = testApp.client().withBearer((await createApiToken(ds, [...TOKEN_SCOPES])).token);
    const { publicCatalogEntries } = await reader.ok(
      `{ publicCatalogEntries(page: { page: 1, perPage: 100 }) { total items { indexNumber title body } } }`,
    );
    // Published, redacted (2), and the correction's earlier publication.
    expect(publicCatalogEntries.total).toBe(4);
    expect(publicCatalogEntries.items).toHaveLength(4);
    expect(publicCatalogEntries.items.map((item: Row) => item.title).sort()).toEqual(
      ['PUBLISHED', 'REDACTED', 'STATE_SECRET', 'REVISING'].map((key) => documents[key].title).sort(),
    );
    expect(leaksIn(JSON.stringify(publicCatalogEntries))).toEqual([]);
  });

  it('answers an external app with every scope, and an anonymous caller, with none of it', async () => {
    const token = testApp.client().withBearer((await createApiToken(ds, [...TOKEN_SCOPES])).token);
    const anonymous = testApp.client();
    const leaks: string[] = [];
    const unexpected: string[] = [];
    let calls = 0;
    // The walk reads what is public (so a refusal everywhere cannot pass for safety).
    const sawPublished = new Set<string>();
    for (const [name, client] of [
      ['token', token],
      ['anonymous', anonymous],
    ] as Array<[string, GraphQLClient]>) {
      for (const root of rootFields(schema)) {
        if (root.field.name === 'logout') continue;
        const all = valuesFor(root);
        // Mutations: the guard refuses before arguments are read; one call each with a document's id is enough.
        const combinations = root.operation === 'Mutation' ? all.slice(0, 3) : all;
        for (const values of combinations) {
          const { query, variables } = operationFor(root, { values, depth: WALK_DEPTH });
          const response = await client.gql(query, variables);
          calls += 1;
          const where = `${name} → ${root.operation}.${root.field.name}(${JSON.stringify(values).slice(0, 120)})`;
          const error = errorOf(response, root.field.name);
          if (response.status >= 500 || (error && !error.extensions?.code))
            unexpected.push(`${where}: ${response.status} ${response.text.slice(0, 200)}`);
          for (const label of leaksIn(response.text)) leaks.push(`${where}: ${label}`);
          if (response.text.includes(documents.PUBLISHED.currentContent.body)) sawPublished.add(name);
        }
      }
      for (const id of [...originalAttachmentIds, ...publicAttachmentIds]) {
        const response = await client.raw('', {}, 'GET', `/public/files/${id}`);
        if (originalAttachmentIds.includes(id)) expect(response.status, `public file ${id}`).toBe(404);
        for (const label of leaksIn(response.text)) leaks.push(`${name} → /public/files/${id}: ${label}`);
      }
    }
    expect(unexpected).toEqual([]);
    expect(leaks).toEqual([]);
    expect(calls).toBeGreaterThan(rootFields(schema).length);
    expect([...sawPublished].sort()).toEqual(['anonymous', 'token']);
  }, 240_000);

  it('hides one department’s documents and reviews from another department’s staff', async () => {
    const seeded = Object.values(documents);
    const outsider = otherDesk.drafter.client;
    for (const document of seeded) {
      expect((await outsider.fails(DOCUMENT, { id: document.id })).extensions?.code, document.title).toBe(
        'NOT_FOUND',
      );
      const update = await outsider.fails(UPDATE_DOCUMENT, {
        id: document.id,
        version: document.version,
        input: { title: 'x', type: 'NOTICE', purpose: 'VITAL_INTERESTS', body: 'x' },
      });
      expect(update.extensions?.code).toBe('NOT_FOUND');
      expect(
        (await otherDesk.head.client.fails(SIGN_DOCUMENT, { id: document.id, version: document.version }))
          .extensions?.code,
      ).toBe('NOT_FOUND');
    }
    for (const id of reviewIds) {
      expect((await otherDesk.head.client.fails(REVIEW, { id })).extensions?.code).toBe('NOT_FOUND');
      const review = (await desk.head.client.ok(REVIEW, { id })).review;
      const secrecy = await otherDesk.officer.client.fails(REVIEW_SECRECY, {
        id,
        version: review.version,
        contentVersionId: documents.IN_REVIEW.currentContentVersionId,
        opinion: 'x',
        outcome: DISCLOSE,
      });
      expect(secrecy.extensions?.code).toBe('NOT_FOUND');
    }
    const prepare = await otherDesk.officer.client.fails(PREPARE_REDACTED, {
      reviewId: reviewIds[0],
      reviewVersion: 2,
      body: 'x',
    });
    expect(prepare.extensions?.code).toBe('NOT_FOUND');
    const upload = await otherDesk.drafter.client.fails(UPLOAD_ATTACHMENT, {
      contentVersionId: documents.DRAFT.currentContentVersionId,
      fileName: 'a.pdf',
      contentBase64: pdfBytes().toString('base64'),
    });
    expect(upload.extensions?.code).toBe('NOT_FOUND');

    const list = `{ documents(page: { page: 1, perPage: 100 }) { total items { id title } } reviews(page: { page: 1, perPage: 100 }) { total items { id } } }`;
    const theirs = await outsider.ok(list);
    expect(theirs.documents.total).toBe(0);
    expect(theirs.reviews.total).toBe(0);
    const ours = await desk.drafter.client.ok(list);
    expect(ours.documents.total).toBe(seeded.length);
    expect(ours.reviews.total).toBe(reviewIds.length);
    const office = await desk.office.client.ok(list);
    expect(office.documents.total).toBe(seeded.length);
  });
});
