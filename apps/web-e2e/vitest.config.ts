import path from 'node:path';
import { defineConfig } from 'vitest/config';

/** The browser bench's pure parts. src/ holds Playwright's specs, which only Playwright runs. */
export default defineConfig({
  root: path.resolve(import.meta.dirname, '../..'),
  resolve: { tsconfigPaths: true },
  test: { include: ['apps/web-e2e/bench/**/*.spec.ts'], environment: 'node' },
});
