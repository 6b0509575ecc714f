import { defineConfig } from 'vitest/config';

/**
 * Three projects: `db` (the database layer, each test opening its own), and the API suites run once per
 * backend — `postgres` and `embedded`. TEST_BACKENDS (default "postgres,embedded") selects the API
 * backends; the README's test command provides the PostgreSQL server.
 */
const backends = (process.env.TEST_BACKENDS ?? 'postgres,embedded')
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);

const shared = {
  environment: 'node' as const,
  // Suites start databases (a PGlite child costs ≈ 3 s of CPU on first start): generous limits keep a
  // loaded 2-core machine from flaking, and still end a hang.
  testTimeout: 30_000,
  hookTimeout: 90_000,
  teardownTimeout: 30_000,
  pool: 'forks' as const,
};

export default defineConfig({
  // graphql 16 has no exports map: Vite would pick its ESM build for our code while type-graphql and
  // Apollo load the CommonJS one — two copies, and instanceof checks fail. One copy for all.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    projects: [
      { extends: true as const, test: { ...shared, name: 'db', include: ['test/db/**/*.test.ts', 'src/**/*.test.ts'], env: { TZ: 'UTC' } } },
      ...backends.map((backend) => ({
        extends: true as const,
        test: {
          ...shared,
          name: backend,
          include: ['test/api/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          env: { TZ: 'UTC', TEST_BACKEND: backend },
        },
      })),
    ],
  },
});
