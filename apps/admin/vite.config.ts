import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // react-admin + MUI + Apollo make one ~1.5 MB (≈450 KB gzipped) chunk; exceljs (≈930 KB) and qrcode load lazily.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      // The holiday package has no `sideEffects` flag: without this it lands in the console whole, because a
      // domain module the console reads (calendar enums, input schemas) imports it for functions the console
      // never calls. It stays whenever one of its exports is used.
      treeshake: { moduleSideEffects: (id: string) => !id.includes('/chinese-days/') },
    },
  },
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
