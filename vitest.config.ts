import tsconfigPaths from 'vite-tsconfig-paths';
import { defineConfig } from 'vitest/config';

// Shared by every project whose `test` target is the default `vitest run --dir <projectRoot>`.
export default defineConfig({
  plugins: [tsconfigPaths({ projects: ['tsconfig.base.json'] })],
  test: {
    include: ['**/*.spec.ts', '**/*.spec.tsx'],
    exclude: ['**/node_modules/**', 'dist/**', 'apps/web-e2e/**'],
    environment: 'node',
  },
});
