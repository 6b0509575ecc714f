import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    // Several suites start an embedded database (a PGlite child, ≈ 3 s of CPU on first start);
    // generous limits keep them from flaking on a loaded 2-core CI machine, and still end a hang.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    pool: 'forks',
  },
});
