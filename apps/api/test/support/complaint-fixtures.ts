import { randomUUID } from 'node:crypto';
import type { Department } from '../../src/modules/organisation/department.entity.js';
import type { User } from '../../src/modules/organisation/user.entity.js';
import { createApiToken, createDepartment, signedIn } from './factories.js';
import type { GraphQLClient } from './graphql-client.js';
import type { TestApp } from './test-app.js';

/**
 * Complaints driven through the API as people would (SPEC M14): an external app submits, a complaint handler
 * accepts, transfers, records the transfer's result and handles with an order to correct. The texts the
 * handler writes never contain the complainant's identity, so a test can look for that identity anywhere.
 */

export const SUBMIT_COMPLAINT = `mutation Submit($key: String!, $input: ExternalComplaintInput!) {
  submitComplaint(idempotencyKey: $key, input: $input) { caseNumber accessCode receivedAt } }`;
export const COMPLAINT_ID_BY_NUMBER = `query Find($q: String!) { complaints(filter: { q: $q }) { items { id version caseNumber } } }`;
export const ACCEPT_COMPLAINT = `mutation Accept($id: ID!, $version: Int!, $needsTransfer: Boolean!, $summary: String) {
  acceptComplaint(id: $id, version: $version, needsTransfer: $needsTransfer, summary: $summary) { id version state } }`;
export const TRANSFER_COMPLAINT = `mutation Transfer($id: ID!, $version: Int!, $toDepartmentId: ID, $toAgencyId: ID, $summary: String!) {
  transferComplaint(id: $id, version: $version, toDepartmentId: $toDepartmentId, toAgencyId: $toAgencyId, summary: $summary) {
    id version state } }`;
export const RECORD_TRANSFER_RESULT = `mutation Result($id: ID!, $version: Int!, $text: String!) {
  recordComplaintTransferResult(id: $id, version: $version, text: $text) { id version state } }`;
export const HANDLE_COMPLAINT = `mutation Handle($id: ID!, $version: Int!, $input: HandleComplaintInput!) {
  handleComplaint(id: $id, version: $version, input: $input) { id version state correctionOrders { id version state departmentId } } }`;

/** The complainant's identity as submitted: none of it may leave the sealed record but through the reveal. */
export interface ComplainantIdentityFixture {
  name: string;
  workplace: string;
  address: string;
  phone: string;
  email: string;
  content: string;
}

export interface HandledComplaintFixture {
  complaintId: string;
  caseNumber: string;
  accessCode: string;
  /** The complaint's version after handling. */
  version: number;
  correctionOrderId: string;
  /** The department complained about (transferred to, and ordered to correct). */
  department: Department;
  identity: ComplainantIdentityFixture;
  /** The external app that submitted (token scope complaints:submit). */
  portal: GraphQLClient;
  /** A complaint handler, who drove the case. */
  handler: { client: GraphQLClient; user: User };
  /** The head of the department ordered to correct. */
  departmentHead: { client: GraphQLClient; user: User };
}

/**
 * Submits a real-name complaint with `name` through an external app, then as a complaint handler accepts it
 * (needing transfer), transfers it to a department, records the result and handles it as substantiated with
 * an order to correct that department. Returns the ids, the case number and code, and the people involved.
 */
export async function submitComplaintWithName(
  testApp: TestApp,
  name: string,
  overrides: Partial<Omit<ComplainantIdentityFixture, 'name'>> = {},
): Promise<HandledComplaintFixture> {
  const ds = testApp.db.database.dataSource;
  const suffix = randomUUID().slice(0, 8);
  const identity: ComplainantIdentityFixture = {
    name,
    workplace: `举报人工作单位${suffix}`,
    address: `湖州市吴兴区举报人住址${suffix}号`,
    phone: `139${String(parseInt(suffix, 16) % 100_000_000).padStart(8, '0')}`,
    email: `reporter-${suffix}@example.cn`,
    content: `举报材料原文${suffix}：某处室网站公开的办事指南与实际不符。`,
    ...overrides,
  };
  const portal = testApp.client().withBearer((await createApiToken(ds, ['complaints:submit'])).token);
  const department = await createDepartment(ds);
  const handler = await signedIn(testApp, { roles: ['COMPLAINT_HANDLER'] });
  const departmentHead = await signedIn(testApp, {
    roles: [{ role: 'DEPARTMENT_HEAD', departmentId: department.id }],
    departmentId: department.id,
  });

  const { submitComplaint } = await portal.ok<{
    submitComplaint: { caseNumber: string; accessCode: string };
  }>(SUBMIT_COMPLAINT, {
    key: randomUUID(),
    input: {
      violationKind: 'FALSE_DISCLOSURE',
      content: identity.content,
      concernedDepartment: department.name,
      isAnonymous: false,
      wantsReply: true,
      name: identity.name,
      workplace: identity.workplace,
      address: identity.address,
      phone: identity.phone,
      email: identity.email,
      privacyNoticeAccepted: true,
    },
  });
  const [found] = (
    await handler.client.ok<{ complaints: { items: Array<{ id: string; version: number }> } }>(
      COMPLAINT_ID_BY_NUMBER,
      {
        q: submitComplaint.caseNumber,
      },
    )
  ).complaints.items;
  const accepted = (
    await handler.client.ok(ACCEPT_COMPLAINT, {
      id: found.id,
      version: found.version,
      needsTransfer: true,
      summary: '反映办事指南公开内容与实际不符',
    })
  ).acceptComplaint;
  const transferred = (
    await handler.client.ok(TRANSFER_COMPLAINT, {
      id: found.id,
      version: accepted.version,
      toDepartmentId: department.id,
      summary: '请核查办事指南公开内容是否与实际一致',
    })
  ).transferComplaint;
  const investigated = (
    await handler.client.ok(RECORD_TRANSFER_RESULT, {
      id: found.id,
      version: transferred.version,
      text: '承办处室核查：办事指南确未及时更新',
    })
  ).recordComplaintTransferResult;
  const dueDate = new Date(testApp.clock.now().getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
  const handled = (
    await handler.client.ok(HANDLE_COMPLAINT, {
      id: found.id,
      version: investigated.version,
      input: {
        outcome: 'SUBSTANTIATED',
        findings: '经查，办事指南未随政策调整及时更新，情况属实。',
        replyText: '经调查，您反映的问题属实，已责令相关处室限期更正。',
        correctionOrders: [
          { departmentId: department.id, requirement: '更正办事指南并在门户网站重新公开', dueDate },
        ],
      },
    })
  ).handleComplaint;
  return {
    complaintId: found.id,
    caseNumber: submitComplaint.caseNumber,
    accessCode: submitComplaint.accessCode,
    version: handled.version,
    correctionOrderId: handled.correctionOrders[0].id,
    department,
    identity,
    portal,
    handler,
    departmentHead,
  };
}
