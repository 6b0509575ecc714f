import { afterAll, beforeAll, describe, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { signedIn } from '../support/factories.js';

describe('probe', () => {
  let testApp: TestApp;
  beforeAll(async () => { testApp = await startTestApp(); });
  afterAll(async () => { await testApp?.close(); });
  it('probe', async () => {
    const { client: admin } = await signedIn(testApp, { roles: ['SYSTEM_ADMIN', 'SECURITY_ADMIN'] });
    const qs = [
      '{ user(id: "x") { id } }',
      'mutation { updateDepartment(id: "x", version: 1, input: { code: "AB", name: "某处", kind: DIVISION }) { id } }',
      'mutation { setDepartmentActive(id: "x", version: 1, isActive: false) { id } }',
      'mutation { revokeApiToken(id: "x", version: 1) { id } }',
      'mutation { updateUser(id: "x", version: 1, input: { username: "abc", displayName: "某人" }) { id } }',
      'mutation { setUserActive(id: "x", version: 1, isActive: false) { id } }',
      'mutation { unlockUser(id: "x") { id } }',
      'mutation { grantRole(userId: "x", role: AUDITOR) { id } }',
      'mutation { revokeRole(grantId: "x") { id } }',
      'mutation { grantPermission(userId: "x", permission: COMPLAINT_IDENTITY_REVEAL) { id } }',
      'mutation { createUser(initialPassword: "Abcdefg-123456", input: { username: "abcuser", displayName: "某人", departmentId: "x" }) { id } }',
      'mutation { createDepartment(input: { code: "a b", name: "", kind: DIVISION }) { id } }',
      '{ apiTokenUsage(id: "x") { minute } }',
      '{ departments(filter: { ids: ["x"] }) { total } }',
      '{ users(filter: { ids: ["x"], departmentId: "x" }) { total } }',
      '{ auditLogs(filter: { actorId: "x" }) { total } }',
    ];
    for (const q of qs) console.log('### ' + q.slice(0, 50), (await admin.gql(q)).text.slice(0, 400));
  });
});
