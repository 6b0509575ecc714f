import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { signedIn } from '../support/factories.js';

describe('smoke', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(async () => {
    await testApp?.close();
  });

  it('serves health and a signed-in query', async () => {
    const health = await fetch(`${testApp.url}/readyz`);
    expect(health.status).toBe(200);
    const { client } = await signedIn(testApp, { roles: ['SYSTEM_ADMIN'] });
    const data = await client.ok<{ me: { roles: Array<{ role: string }> } }>('{ me { roles { role } } }');
    expect(data.me.roles.map((grant) => grant.role)).toEqual(['SYSTEM_ADMIN']);
  });
});
