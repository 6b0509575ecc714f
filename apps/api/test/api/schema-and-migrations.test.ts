import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIELD_SENSITIVITY } from '@gdp/domain';
import { ENTITIES } from '../../src/db/entities.js';
import { pendingSchemaChanges } from '../../src/db/schema-drift.js';
import { printCommittedSchema } from '../../src/schema-emit.js';
import { createTestDatabase, currentBackend, type TestDatabase } from '../support/backend.js';

describe('committed GraphQL schema', () => {
  it('apps/api/schema.graphql matches the schema the server builds (run `pnpm --filter @gdp/api schema:emit`)', async () => {
    const committed = await readFile(path.resolve(import.meta.dirname, '../../schema.graphql'), 'utf8');
    expect(await printCommittedSchema()).toBe(committed);
  });
});

describe('entities and migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it(`agree after all migrations ran (${currentBackend()})`, async () => {
    expect(await pendingSchemaChanges(db.database.dataSource)).toEqual([]);
  });

  it('every CHECK constraint of an entity allows, after all migrations, every value the entity allows', async () => {
    // Schema drift does not compare CHECK bodies: a migration that re-creates a list (task kinds, case
    // kinds…) without a newer value would refuse that value only at run time.
    const missing: string[] = [];
    for (const metadata of db.database.dataSource.entityMetadatas) {
      for (const check of metadata.checks) {
        if (!check.name) continue;
        const [row] = (await db.database.dataSource.query(
          `SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conname = $1`,
          [check.name],
        )) as Array<{ definition: string }>;
        if (!row) {
          missing.push(`${check.name}: not in the database`);
          continue;
        }
        for (const literal of check.expression.match(/'[^']*'/g) ?? []) {
          if (!row.definition.includes(literal)) missing.push(`${check.name}: ${literal}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('every persisted column has a sensitivity class (audit diffs, logs and exports mask by it)', () => {
    const unclassified: string[] = [];
    for (const metadata of db.database.dataSource.entityMetadatas) {
      const classes = FIELD_SENSITIVITY[metadata.name] ?? {};
      for (const column of metadata.columns) {
        if (!(column.propertyName in classes)) unclassified.push(`${metadata.name}.${column.propertyName}`);
      }
    }
    expect(ENTITIES.length).toBe(db.database.dataSource.entityMetadatas.length);
    expect(unclassified).toEqual([]);
  });
});
