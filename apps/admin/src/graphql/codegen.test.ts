import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import config from '../../codegen';

const adminRoot = path.resolve(import.meta.dirname, '../..');

/**
 * The generated types and documents are committed; this regenerates them in memory from
 * ../api/schema.graphql and the documents in src (offline) and fails when the committed files differ.
 * Fix: `pnpm --filter @gdp/admin codegen`.
 */
describe('generated GraphQL types', () => {
  it('match the committed schema and the documents', async () => {
    const outputs = await generate({ ...config, hooks: {}, silent: true, cwd: adminRoot }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const file = path.resolve(adminRoot, output.filename);
      const options = (await prettier.resolveConfig(file)) ?? {};
      const expected = await prettier.format(output.content, { ...options, filepath: file });
      let committed = '';
      try {
        committed = readFileSync(file, 'utf8');
      } catch {
        // missing: reported by the comparison below
      }
      expect(committed, `${output.filename} is stale: run "pnpm --filter @gdp/admin codegen"`).toBe(expected);
    }
  }, 60_000);
});
