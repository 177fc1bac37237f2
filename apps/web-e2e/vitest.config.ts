import path from 'node:path';
import { defineConfig } from 'vitest/config';

/** The pure parts of the browser bench and the Lighthouse command. src/ holds Playwright's specs, which only Playwright runs. */
export default defineConfig({
  root: path.resolve(import.meta.dirname, '../..'),
  resolve: { tsconfigPaths: true },
  test: { include: ['apps/web-e2e/{bench,lighthouse}/**/*.spec.ts'], environment: 'node' },
});
