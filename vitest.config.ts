import { defineConfig } from 'vitest/config';

// Shared by every project whose `test` target is the default `vitest run --dir <projectRoot>`.
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ['**/*.spec.ts', '**/*.spec.tsx'],
    exclude: ['**/node_modules/**', 'dist/**', 'apps/web-e2e/**'],
    environment: 'node',
  },
});
