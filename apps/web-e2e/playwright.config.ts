import path from 'node:path';
import { defineConfig, type LaunchOptions } from '@playwright/test';
import { chromiumFlags, systemChromium } from './chromium.ts';

const root = path.resolve(import.meta.dirname, '../..');
const port = Number(process.env['E2E_PORT'] ?? 4317);
/** The E2E server's SQLite directory; specs seed large boards straight into it. */
export const e2eDataDir = path.join(root, 'tmp/e2e-data');

/**
 * Runs against the production build served by the API on the embedded SQLite, in a fresh data directory. Browsers cannot
 * be downloaded here: the system Chromium is driven instead (`BRISK_CHROMIUM=bundled` uses Playwright's own).
 */
const chromium = process.env['BRISK_CHROMIUM'] ?? systemChromium;

export const chromiumLaunchOptions: LaunchOptions = {
  ...(chromium === 'bundled' ? {} : { executablePath: chromium }),
  args: chromiumFlags,
};

export default defineConfig({
  testDir: './src',
  outputDir: path.join(root, 'tmp/e2e-results'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    command: `rm -rf "${e2eDataDir}" && node dist/apps/api/main.js`,
    cwd: root,
    url: `http://127.0.0.1:${port}/api/health/ready`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      BRISK_DATA_DIR: e2eDataDir,
      BRISK_SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
    },
  },
});
