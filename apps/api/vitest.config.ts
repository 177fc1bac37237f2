import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname, '../..');
const integration = ['apps/api/src/**/*.int.spec.ts'];

/**
 * The API's suites: unit specs of the api libs, then the same integration specs once per real backend. Each integration
 * file starts the real app on port 0 against its own fresh database.
 */
export default defineConfig({
  root,
  resolve: { tsconfigPaths: true },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: 'tmp/test-results/api.json' }]],
    coverage: {
      provider: 'v8',
      include: ['libs/api/*/src/**/*.ts', 'apps/api/src/**/*.ts'],
      exclude: ['**/*.spec.ts', '**/test-support/**', 'apps/api/src/main.ts'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'coverage/api',
    },
    projects: [
      { extends: true, test: { name: 'api-unit', include: ['libs/api/*/src/**/*.spec.ts', 'apps/api/src/**/*.unit.spec.ts'] } },
      { extends: true, test: { name: 'sqlite', include: integration, env: { BRISK_TEST_DB: 'sqlite' } } },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: integration,
          env: { BRISK_TEST_DB: 'postgres' },
          globalSetup: ['apps/api/src/test-support/postgres-global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'redis',
          include: ['apps/api/src/**/*.redis.spec.ts'],
          env: { BRISK_TEST_DB: 'sqlite', BRISK_TEST_BACKEND: 'redis' },
          globalSetup: ['apps/api/src/test-support/redis-global-setup.ts'],
        },
      },
    ],
  },
});
