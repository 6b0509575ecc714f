import { defineConfig } from 'vitest/config';

/**
 * Browser tests (`pnpm --filter @gdp/admin run test:e2e`, after `pnpm run build`): the built server and
 * console on a fresh embedded database (e2e/support/global-setup.ts), Debian's Chromium through
 * playwright-core. One file at a time: each starts a browser, and they share one server, on 2 cores.
 */
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    pool: 'forks',
    fileParallelism: false,
    // Flows are bounded by Playwright's own waits (15 s per action); these only end a hang.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 60_000,
    env: { TZ: 'UTC' },
  },
});
