import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_MAIN, replicaEnvironment, startApiProcess, type ApiProcess } from '../support/api-process.js';
import { createTestDatabase, currentBackend, type TestDatabase } from '../support/backend.js';
import {
  DOCUMENT,
  documentDesk,
  publishedDocument,
  type DocumentDesk,
  type Row,
} from '../support/document-fixtures.js';
import { createApiToken, signedIn } from '../support/factories.js';
import { GraphQLClient } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Emergency withdrawal (a leak, [seed §4-5]; SPEC M5): the item disappears from every public answer at once,
 * on every API replica and through every cache — two API processes on one PostgreSQL, their caches warm.
 */

const ENTRY = `query Entry($indexNumber: String!) { publicCatalogEntry(indexNumber: $indexNumber) { indexNumber title } }`;
const LIST = `query List($search: String) { publicCatalogEntries(filter: { search: $search }) { total items { indexNumber } } }`;
const EMERGENCY = `mutation Emergency($indexNumber: String!, $reason: String!) {
  emergencyWithdrawCatalogEntry(indexNumber: $indexNumber, reason: $reason) { id state withdrawalReason } }`;

// The embedded database is one process by design: replicas need PostgreSQL.
describe.skipIf(currentBackend() !== 'postgres')('emergency withdrawal across replicas', () => {
  let db: TestDatabase;
  let testApp: TestApp;
  let desk: DocumentDesk;
  const replicas: ApiProcess[] = [];

  beforeAll(async () => {
    if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: build the API first`);
    db = await createTestDatabase();
    testApp = await startTestApp({}, { db });
    desk = await documentDesk(testApp);
    replicas.push(
      ...(await Promise.all([
        startApiProcess(replicaEnvironment(db.databaseUrl as string)),
        startApiProcess(replicaEnvironment(db.databaseUrl as string)),
      ])),
    );
  });
  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.stop()));
    await testApp?.close();
    await db?.close();
  });

  it('takes a published item out of both replicas’ answers at once, cached or not', async () => {
    const { document } = await publishedDocument(desk);
    const [entry] = document.catalogEntries as Row[];
    const { token } = await createApiToken(db.database.dataSource, ['public:read'], {
      rateLimitPerMinute: 10_000,
    });
    const readers = replicas.map((replica) => new GraphQLClient(replica.url).withBearer(token));
    const search = document.title as string;

    // Both replicas serve it (and cache their answers).
    for (const reader of readers) {
      for (let round = 0; round < 2; round += 1) {
        expect((await reader.ok(ENTRY, { indexNumber: entry.indexNumber })).publicCatalogEntry.title).toBe(
          document.title,
        );
        expect((await reader.ok(LIST, { search })).publicCatalogEntries.total).toBe(1);
      }
    }

    const refused = await desk.publisher.client.fails(EMERGENCY, {
      indexNumber: entry.indexNumber,
      reason: '泄露',
    });
    expect(refused.extensions?.code).toBe('FORBIDDEN');
    const office = await signedIn(testApp, { roles: ['LEADERSHIP_OFFICE'] });
    const withdrawn = (
      await office.client.ok(EMERGENCY, { indexNumber: entry.indexNumber, reason: '含有不应公开的个人信息' })
    ).emergencyWithdrawCatalogEntry;
    expect(withdrawn).toMatchObject({
      state: 'WITHDRAWN',
      withdrawalReason: '紧急撤下：含有不应公开的个人信息',
    });

    // The very next answers of both replicas no longer have it.
    for (const reader of readers) {
      const gone = await reader.fails(ENTRY, { indexNumber: entry.indexNumber });
      expect(gone.extensions?.code).toBe('NOT_FOUND');
      expect((await reader.ok(LIST, { search })).publicCatalogEntries).toEqual({ total: 0, items: [] });
    }
    const history = (await desk.drafter.client.ok(DOCUMENT, { id: document.id })).document.events as Row[];
    expect(history.at(-1)).toMatchObject({ action: 'WITHDRAW' });
    expect(history.at(-1)?.note).toContain('紧急撤下：含有不应公开的个人信息');

    const again = await office.client.fails(EMERGENCY, { indexNumber: entry.indexNumber, reason: '重复' });
    expect(again.extensions?.code).toBe('NOT_FOUND');
  });
});
