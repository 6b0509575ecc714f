import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../support/factories.js';
import {
  DOCUMENT,
  REVIEW_SECRECY,
  approve,
  documentDesk,
  initialReview,
  pdfBytes,
  publish,
  submittedDocument,
  type DocumentDesk,
  type Person,
  type Row,
} from '../support/document-fixtures.js';
import type { GraphQLResponse } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Art. 15 exceptions recorded at level 2 [seed §4-6]: commercial secrets and privacy disclosed with the
 * rights-holder's consent (its letter uploaded to the review) or a leadership public-interest decision
 * (its reference). The evidence stays in the review's internal record, never in what is published.
 */

const EXCEPTION_FIELDS = `id version state availableActions decisions { action }
  outcome { outcome exceptions { reason ground evidence evidenceFileId } }
  evidenceFiles { id reviewId fileName contentType sizeBytes sha256 uploadedAt url }`;
const REVIEW_WITH_EVIDENCE = `query Review($id: ID!) { review(id: $id) { ${EXCEPTION_FIELDS} } }`;
const UPLOAD_EVIDENCE = `mutation Upload($reviewId: ID!, $fileName: String!, $contentBase64: String!) {
  uploadReviewEvidence(reviewId: $reviewId, fileName: $fileName, contentBase64: $contentBase64) {
    id reviewId fileName contentType sizeBytes sha256 url } }`;
const PUBLIC_ENTRY = `query Entry($indexNumber: String!) {
  publicCatalogEntry(indexNumber: $indexNumber) { indexNumber title body summary attachments { fileName sha256 sizeBytes url } } }`;

const CONSENT = {
  reason: 'PERSONAL_PRIVACY',
  ground: 'RIGHTS_HOLDER_CONSENT',
  evidence: '张某书面同意书（2026-11-20）',
};
const PUBLIC_INTEREST = {
  reason: 'COMMERCIAL_SECRET',
  ground: 'PUBLIC_INTEREST',
  evidence: '领导小组会议纪要〔2026〕7号',
};
const CHINESE = /\p{Script=Han}/u;

describe('art. 15 disclosure exceptions with their evidence (SPEC M3, seed §4-6)', () => {
  let testApp: TestApp;
  let desk: DocumentDesk;
  let otherDesk: DocumentDesk;

  beforeAll(async () => {
    testApp = await startTestApp();
    desk = await documentDesk(testApp);
    otherDesk = await documentDesk(testApp, desk.office);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  /** A document of `desk` at level 2, with the original's id. */
  const atLevelTwo = async () => {
    const { document, review } = await submittedDocument(desk);
    const original = document.currentContentVersionId as string;
    return { document, original, review: await initialReview(desk, review, original) };
  };
  const readReview = async (id: string, person: Person = desk.officer) =>
    (await person.client.ok(REVIEW_WITH_EVIDENCE, { id })).review as Row;
  const upload = (person: Person, reviewId: string, bytes: Buffer, fileName = '张某同意书.pdf') =>
    person.client.gql(UPLOAD_EVIDENCE, { reviewId, fileName, contentBase64: bytes.toString('base64') });
  const uploadOk = async (reviewId: string, bytes: Buffer, fileName?: string) => {
    const response = await upload(desk.officer, reviewId, bytes, fileName);
    expect(response.errors).toBeUndefined();
    return (response.data as Row).uploadReviewEvidence as Row;
  };
  const decide = (review: Row, original: string, exceptions: Row[]) =>
    desk.officer.client.gql(REVIEW_SECRECY, {
      id: review.id,
      version: review.version,
      contentVersionId: original,
      opinion: '经权利人同意，可以公开',
      outcome: { outcome: 'DISCLOSE', reasons: [], exceptions },
    });
  const errorOf = (response: GraphQLResponse) => response.errors?.[0];
  const cookie = (person: Person) => ({ cookie: `gdp_session=${person.client.sessionCookie}` });

  it('refuses a consent without its letter, and leaves the review as it was', async () => {
    const { review, original } = await atLevelTwo();
    const refused = errorOf(await decide(review, original, [CONSENT]));
    expect(refused?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REVIEW.INVALID_OUTCOME' });
    expect(refused?.extensions?.fields?.exceptions?.[0]).toMatch(CHINESE);
    const after = await readReview(review.id);
    expect(after).toMatchObject({
      state: 'LEVEL_2',
      version: review.version,
      outcome: null,
      evidenceFiles: [],
    });
    expect(after.decisions.map((decision: Row) => decision.action)).toEqual(['INITIAL_REVIEW']);
  });

  it('takes evidence only from whoever may take the level-2 decision now', async () => {
    const { review, original } = await atLevelTwo();
    const bytes = pdfBytes('consent');
    const code = async (person: Person, reviewId = review.id) =>
      errorOf(await upload(person, reviewId, bytes))?.extensions?.code;
    expect(await code(desk.drafter)).toBe('FORBIDDEN');
    expect(await code(desk.head)).toBe('FORBIDDEN');
    expect(await code(otherDesk.officer)).toBe('NOT_FOUND');
    expect(await code(desk.officer, '00000000-0000-0000-0000-000000000000')).toBe('NOT_FOUND');
    expect((await readReview(review.id)).evidenceFiles).toEqual([]);

    const refusedType = errorOf(
      await upload(desk.officer, review.id, Buffer.from('MZ not a pdf'), '同意书.pdf'),
    );
    expect(refusedType?.extensions?.reason).toMatch(/^STORAGE\./);

    // Once level 2 has decided, evidence can no longer be added.
    const file = await uploadOk(review.id, bytes);
    const decided = await decide(review, original, [{ ...CONSENT, evidenceFileId: file.id }]);
    expect(decided.errors).toBeUndefined();
    expect(await code(desk.officer)).toBe('INVALID_TRANSITION');
  });

  it('refuses evidence uploaded to another review', async () => {
    const first = await atLevelTwo();
    const second = await atLevelTwo();
    const foreign = await uploadOk(second.review.id, pdfBytes('other review'));
    for (const evidenceFileId of [foreign.id, 'not-a-file']) {
      const refused = errorOf(await decide(first.review, first.original, [{ ...CONSENT, evidenceFileId }]));
      expect(refused?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'REVIEW.EVIDENCE_FILE_NOT_FOUND',
      });
      expect(refused?.extensions?.fields?.exceptions?.[0]).toMatch(CHINESE);
    }
    expect(await readReview(first.review.id)).toMatchObject({
      state: 'LEVEL_2',
      version: first.review.version,
    });
  });

  it('publishes with a consent on file; the letter stays with the review’s readers, out of every public answer', async () => {
    const { document, review, original } = await atLevelTwo();
    const bytes = pdfBytes('张某书面同意书');
    const file = await uploadOk(review.id, bytes);
    expect(file).toMatchObject({
      reviewId: review.id,
      fileName: '张某同意书.pdf',
      contentType: 'application/pdf',
      sizeBytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      url: `/files/${file.id}`,
    });

    const decided = await decide(review, original, [{ ...CONSENT, evidenceFileId: file.id }]);
    expect(decided.errors).toBeUndefined();
    const atThree = await readReview(review.id);
    expect(atThree.state).toBe('LEVEL_3');
    expect(atThree.outcome.exceptions).toEqual([{ ...CONSENT, evidenceFileId: file.id }]);
    expect(atThree.evidenceFiles).toEqual([
      expect.objectContaining({ id: file.id, fileName: '张某同意书.pdf', url: `/files/${file.id}` }),
    ]);
    const published = await publish(desk, await approve(desk, atThree, original), original);
    expect(published.state).toBe('PUBLISHED');

    // Staff who read the review download the letter; another department's staff do not see it.
    const url = `${testApp.url}/files/${file.id}`;
    for (const reader of [desk.drafter, desk.officer, desk.head, desk.office]) {
      const response = await fetch(url, { headers: cookie(reader) });
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
    }
    expect((await fetch(url, { headers: cookie(otherDesk.officer) })).status).toBe(404);
    expect((await fetch(url, { headers: cookie(otherDesk.drafter) })).status).toBe(404);
    expect((await fetch(url)).status).toBe(401);
    const stranger = errorOf(await otherDesk.officer.client.gql(REVIEW_WITH_EVIDENCE, { id: review.id }));
    expect(stranger?.extensions?.code).toBe('NOT_FOUND');

    // Published: the entry is public, the letter is not part of it, and the public route does not serve it.
    const { catalogEntries } = (await desk.drafter.client.ok(DOCUMENT, { id: document.id })).document;
    expect(catalogEntries).toHaveLength(1);
    const { token } = await createApiToken(testApp.db.database.dataSource, ['public:read']);
    const publicClient = testApp.client().withBearer(token);
    const entry = await publicClient.gql(PUBLIC_ENTRY, { indexNumber: catalogEntries[0].indexNumber });
    expect(entry.errors).toBeUndefined();
    expect((entry.data as Row).publicCatalogEntry.attachments).toEqual([]);
    for (const trace of [file.id, file.sha256, '张某同意书', CONSENT.evidence]) {
      expect(entry.text).not.toContain(trace);
    }
    const publicFile = await publicClient.raw('', {}, 'GET', `/public/files/${file.id}`);
    expect(publicFile.status).toBe(404);
    expect(publicFile.text).not.toContain('张某');
    // Without anonymous public reading configured, an anonymous caller is turned away before any lookup.
    expect((await testApp.client().raw('', {}, 'GET', `/public/files/${file.id}`)).status).toBe(401);
  });

  it('accepts a public-interest decision by its reference alone', async () => {
    const { review, original } = await atLevelTwo();
    const decided = await decide(review, original, [PUBLIC_INTEREST]);
    expect(decided.errors).toBeUndefined();
    const after = await readReview(review.id);
    expect(after.state).toBe('LEVEL_3');
    expect(after.outcome.exceptions).toEqual([{ ...PUBLIC_INTEREST, evidenceFileId: null }]);

    const { review: other, original: otherOriginal } = await atLevelTwo();
    const refused = errorOf(await decide(other, otherOriginal, [{ ...PUBLIC_INTEREST, evidence: ' ' }]));
    expect(refused?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REVIEW.INVALID_OUTCOME' });
  });
});
