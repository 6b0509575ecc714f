import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // exceljs (lazy, only when exporting to Excel) is a large chunk of its own; the main bundle stays small.
    chunkSizeWarningLimit: 1200,
  },
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    server: { deps: { inline: [/react-admin/, /ra-core/, /ra-ui-materialui/, /@mui/] } },
  },
});
