import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types and typed documents generated from the API's committed schema (the contract). Offline: reads
 * ../api/schema.graphql only. `src/graphql/codegen.test.ts` fails when the committed output is stale.
 */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/graphql/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTimeISO: 'string', JSON: 'unknown' },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        dedupeFragments: true,
        onlyOperationTypes: true,
      },
    },
    'src/graphql/generated/operation-labels.ts': {
      plugins: ['./codegen/operation-labels.cjs'],
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
