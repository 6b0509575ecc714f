import { randomUUID } from 'node:crypto';
import type { Department } from '../../src/modules/organisation/department.entity.js';
import type { User } from '../../src/modules/organisation/user.entity.js';
import { createDepartment, signedIn } from './factories.js';
import type { GraphQLClient } from './graphql-client.js';
import type { TestApp } from './test-app.js';

/**
 * Documents (SPEC M2) driven through their confidentiality review (SPEC M3) as the people of one
 * department would: a drafter, a confidentiality officer, the head, two publishers; the leadership office
 * for state-secret confirmation and escalations.
 */

export const DOCUMENT_FIELDS = `id version title state attribute proposedAttribute attributeRule attributeReason
  isAttributeDeviation departmentId formedDate signedById currentContentVersionId availableActions
  currentContent { id seq kind body sealedAt contentRemovedAt }`;
export const CREATE_DOCUMENT = `mutation Create($departmentId: ID!, $input: DocumentDraftInput!) {
  createDocument(departmentId: $departmentId, input: $input) { ${DOCUMENT_FIELDS} } }`;
export const UPDATE_DOCUMENT = `mutation Update($id: ID!, $version: Int!, $input: DocumentDraftInput!) {
  updateDocument(id: $id, version: $version, input: $input) { ${DOCUMENT_FIELDS} } }`;
export const SET_ATTRIBUTE = `mutation SetAttribute($id: ID!, $version: Int!, $attribute: DisclosureAttribute!, $reason: String) {
  setDocumentAttribute(id: $id, version: $version, attribute: $attribute, reason: $reason) { ${DOCUMENT_FIELDS} } }`;
export const SIGN_DOCUMENT = `mutation Sign($id: ID!, $version: Int!) { signDocument(id: $id, version: $version) { ${DOCUMENT_FIELDS} } }`;
export const SUBMIT_DOCUMENT = `mutation Submit($id: ID!, $version: Int!) {
  submitDocumentForReview(id: $id, version: $version) { ${DOCUMENT_FIELDS} reviews { id version state } } }`;
export const REVISE_DOCUMENT = `mutation Revise($id: ID!, $version: Int!) { reviseDocument(id: $id, version: $version) { ${DOCUMENT_FIELDS} } }`;
export const DOCUMENT = `query Doc($id: ID!) { document(id: $id) { ${DOCUMENT_FIELDS}
  contentVersions { id seq kind body basedOnId sealedAt contentRemovedAt attachments { id fileName removedAt url } }
  events { action fromState toState fromAttribute toAttribute note }
  reviews { id version state }
  catalogEntries { id indexNumber entryVersion body contentVersionId state } } }`;
export const UPLOAD_ATTACHMENT = `mutation Upload($contentVersionId: ID!, $fileName: String!, $contentBase64: String!) {
  uploadDocumentAttachment(contentVersionId: $contentVersionId, fileName: $fileName, contentBase64: $contentBase64) {
    id fileName contentType sizeBytes sha256 url } }`;
export const PREPARE_REDACTED = `mutation Prepare($reviewId: ID!, $reviewVersion: Int!, $body: String!) {
  prepareRedactedVersion(reviewId: $reviewId, reviewVersion: $reviewVersion, body: $body) { id seq kind body basedOnId } }`;

export const REVIEW_FIELDS = `id version state publisherId approvedContentVersionId availableActions
  decisions { action stage userId opinion }`;
export const REVIEW = `query Review($id: ID!) { review(id: $id) { ${REVIEW_FIELDS} } }`;
export const REVIEW_INITIAL = `mutation Initial($id: ID!, $version: Int!, $contentVersionId: ID!, $opinion: String!, $assessment: ReviewAssessmentInput!) {
  reviewInitial(id: $id, version: $version, contentVersionId: $contentVersionId, opinion: $opinion, assessment: $assessment) { ${REVIEW_FIELDS} } }`;
export const REVIEW_SECRECY = `mutation Secrecy($id: ID!, $version: Int!, $contentVersionId: ID!, $opinion: String!, $outcome: ReviewOutcomeInput!) {
  reviewSecrecy(id: $id, version: $version, contentVersionId: $contentVersionId, opinion: $opinion, outcome: $outcome) { ${REVIEW_FIELDS} } }`;
export const REVIEW_APPROVE = `mutation Approve($id: ID!, $version: Int!, $contentVersionId: ID!, $opinion: String!, $publisherId: ID) {
  reviewApprove(id: $id, version: $version, contentVersionId: $contentVersionId, opinion: $opinion, publisherId: $publisherId) { ${REVIEW_FIELDS} } }`;
export const REVIEW_RETURN = `mutation Return($id: ID!, $version: Int!, $opinion: String!) {
  reviewReturn(id: $id, version: $version, opinion: $opinion) { ${REVIEW_FIELDS} } }`;
export const REVIEW_ESCALATE = `mutation Escalate($id: ID!, $version: Int!, $opinion: String!) {
  reviewEscalate(id: $id, version: $version, opinion: $opinion) { ${REVIEW_FIELDS} } }`;
export const REVIEW_REFER = `mutation Refer($id: ID!, $version: Int!, $opinion: String!) {
  reviewRefer(id: $id, version: $version, opinion: $opinion) { ${REVIEW_FIELDS} } }`;
export const REVIEW_DETERMINATION = `mutation Determine($id: ID!, $version: Int!, $opinion: String!, $reference: String!) {
  reviewRecordDetermination(id: $id, version: $version, opinion: $opinion, reference: $reference) { ${REVIEW_FIELDS} } }`;
export const REVIEW_CONFIRM = `mutation Confirm($id: ID!, $version: Int!, $contentVersionId: ID!, $opinion: String!) {
  reviewConfirm(id: $id, version: $version, contentVersionId: $contentVersionId, opinion: $opinion) { ${REVIEW_FIELDS} } }`;
export const REVIEW_PUBLISH = `mutation Publish($id: ID!, $version: Int!, $contentVersionId: ID!) {
  reviewPublish(id: $id, version: $version, contentVersionId: $contentVersionId) { ${REVIEW_FIELDS} } }`;

export type Row = Record<string, any>;
export interface Person {
  client: GraphQLClient;
  user: User;
}

/** The people of one department's document chain, and the bureau-wide leadership office. */
export interface DocumentDesk {
  department: Department;
  drafter: Person;
  officer: Person;
  head: Person;
  publisher: Person;
  otherPublisher: Person;
  office: Person;
}

export async function documentDesk(testApp: TestApp, office?: Person): Promise<DocumentDesk> {
  const department = await createDepartment(testApp.db.database.dataSource);
  const member = (role: 'DRAFTER' | 'CONFIDENTIALITY_OFFICER' | 'DEPARTMENT_HEAD' | 'PUBLISHER') =>
    signedIn(testApp, { roles: [{ role, departmentId: department.id }], departmentId: department.id });
  return {
    department,
    drafter: await member('DRAFTER'),
    officer: await member('CONFIDENTIALITY_OFFICER'),
    head: await member('DEPARTMENT_HEAD'),
    publisher: await member('PUBLISHER'),
    otherPublisher: await member('PUBLISHER'),
    office: office ?? (await signedIn(testApp, { roles: ['LEADERSHIP_OFFICE'] })),
  };
}

/** A draft input (a notice of vital interest: proposed 主动公开) with distinctive texts. */
export function draftInput(overrides: Row = {}): Row {
  const suffix = randomUUID().slice(0, 8);
  return {
    title: `关于做好文旅市场安全检查的通知${suffix}`,
    type: 'NOTICE',
    purpose: 'VITAL_INTERESTS',
    summary: `检查安排概述${suffix}`,
    body: `正文：请各单位于本月底前完成安全检查。${suffix}`,
    ...overrides,
  };
}

export async function createDraft(desk: DocumentDesk, overrides: Row = {}): Promise<Row> {
  return (
    await desk.drafter.client.ok(CREATE_DOCUMENT, {
      departmentId: desk.department.id,
      input: draftInput(overrides),
    })
  ).createDocument;
}

/** Drafted, attribute confirmed as proposed, signed by the head, submitted: the document and its review. */
export async function submittedDocument(
  desk: DocumentDesk,
  overrides: Row = {},
): Promise<{ document: Row; review: Row }> {
  const draft = await createDraft(desk, overrides);
  const attributed = (
    await desk.drafter.client.ok(SET_ATTRIBUTE, {
      id: draft.id,
      version: draft.version,
      attribute: 'PROACTIVE',
    })
  ).setDocumentAttribute;
  const signed = (await desk.head.client.ok(SIGN_DOCUMENT, { id: draft.id, version: attributed.version }))
    .signDocument;
  const document = (await desk.drafter.client.ok(SUBMIT_DOCUMENT, { id: draft.id, version: signed.version }))
    .submitDocumentForReview;
  return { document, review: document.reviews.find((review: Row) => review.state === 'LEVEL_1') };
}

export const DISCLOSE = { outcome: 'DISCLOSE', reasons: [] };

/** Level 1 by the drafter on the document's current original. */
export async function initialReview(desk: DocumentDesk, review: Row, contentVersionId: string): Promise<Row> {
  return (
    await desk.drafter.client.ok(REVIEW_INITIAL, {
      id: review.id,
      version: review.version,
      contentVersionId,
      opinion: '经核，内容不涉及国家秘密和个人隐私',
      assessment: DISCLOSE,
    })
  ).reviewInitial;
}

export async function secrecyReview(
  desk: DocumentDesk,
  review: Row,
  contentVersionId: string,
  outcome: Row = DISCLOSE,
): Promise<Row> {
  return (
    await desk.officer.client.ok(REVIEW_SECRECY, {
      id: review.id,
      version: review.version,
      contentVersionId,
      opinion: '保密员意见：同意按审查结论处理',
      outcome,
    })
  ).reviewSecrecy;
}

export async function approve(
  desk: DocumentDesk,
  review: Row,
  contentVersionId: string,
  publisherId: string | null = desk.publisher.user.id,
): Promise<Row> {
  return (
    await desk.head.client.ok(REVIEW_APPROVE, {
      id: review.id,
      version: review.version,
      contentVersionId,
      opinion: '同意',
      publisherId,
    })
  ).reviewApprove;
}

export async function publish(desk: DocumentDesk, review: Row, contentVersionId: string): Promise<Row> {
  return (
    await desk.publisher.client.ok(REVIEW_PUBLISH, {
      id: review.id,
      version: review.version,
      contentVersionId,
    })
  ).reviewPublish;
}

/** Submitted and taken through all three levels with DISCLOSE, then published by the named publisher. */
export async function publishedDocument(
  desk: DocumentDesk,
  overrides: Row = {},
): Promise<{ document: Row; review: Row }> {
  const { document, review } = await submittedDocument(desk, overrides);
  const original = document.currentContentVersionId as string;
  const published = await publish(
    desk,
    await approve(
      desk,
      await secrecyReview(desk, await initialReview(desk, review, original), original),
      original,
    ),
    original,
  );
  return {
    document: (await desk.drafter.client.ok(DOCUMENT, { id: document.id })).document,
    review: published,
  };
}

/** A minimal PDF file (recognised by its content). */
export const pdfBytes = (text = 'document') =>
  Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`);
