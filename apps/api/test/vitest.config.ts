import { defineConfig } from 'vitest/config';

/**
 * Three projects: `db` (the database layer, each test opening its own), and the API suites run once per
 * backend — `postgres` and `embedded`. TEST_BACKENDS (default "postgres,embedded") selects the API
 * backends; the README's test command provides the PostgreSQL server.
 */
const backends = (process.env.TEST_BACKENDS ?? 'postgres,embedded').split(',').map((name) => name.trim()).filter(Boolean);

const shared = {
  environment: 'node' as const,
  // Suites start databases (a PGlite child costs ≈ 3 s of CPU on first start): generous limits keep a
  // loaded 2-core machine from flaking, and still end a hang.
  testTimeout: 30_000,
  hookTimeout: 90_000,
  teardownTimeout: 30_000,
  pool: 'forks' as const,
  env: { TZ: 'UTC' },
};

export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { ...shared, name: 'db', include: ['test/db/**/*.test.ts', 'src/**/*.test.ts'] } },
      ...backends.map((backend) => ({
        extends: true,
        test: {
          ...shared,
          name: backend,
          include: ['test/api/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          env: { ...shared.env, TEST_BACKEND: backend },
        },
      })),
    ],
  },
});
