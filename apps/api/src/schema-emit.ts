import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createSchema } from './schema.js';

/** The schema as committed in apps/api/schema.graphql (a test fails when it drifts). */
export async function printCommittedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const target = path.resolve(import.meta.dirname, '../schema.graphql');
  await writeFile(target, await printCommittedSchema());
  process.stdout.write(`schema written to ${target}\n`);
}
