import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './a11y.ts';
import { newAccount, register, waitForServiceWorker } from './support.ts';

const serviceWorkerFile = path.resolve(import.meta.dirname, '../../../dist/apps/web/sw.js');

/** The built file and its precompressed copies, whichever the server sends. */
async function writeServiceWorker(source: string): Promise<void> {
  await Promise.all([
    writeFile(serviceWorkerFile, source),
    writeFile(`${serviceWorkerFile}.br`, brotliCompressSync(source)),
    writeFile(`${serviceWorkerFile}.gz`, gzipSync(source)),
  ]);
}

/** What a deploy changes for an open tab: /sw.js (a release changes its precache list). Returns the undo. */
async function deployNewRelease(): Promise<() => Promise<void>> {
  const original = await readFile(serviceWorkerFile, 'utf8');
  await writeServiceWorker(`${original}\n// the next release`);
  return () => writeServiceWorker(original);
}

const waitingWorker = (page: Page) =>
  page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? null);

test('when a new release is deployed, then the open app offers to reload into it, and the reload runs it', async ({
  page,
}) => {
  await register(page, newAccount('Rosa'));
  await waitForServiceWorker(page);
  const undeploy = await deployNewRelease();
  try {
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

    const banner = page.getByRole('status').filter({ hasText: 'A new version of Brisk is available' });
    await expect(banner).toBeVisible();
    expect(await waitingWorker(page), 'the new worker waits for the user').toBe('installed');
    await expectNoSeriousA11yViolations(page);
    const reloaded = page.waitForEvent('load');
    await banner.getByRole('button', { name: 'Reload' }).click();
    await reloaded;

    await expect(page.getByRole('heading', { name: 'Your boards' })).toBeVisible();
    await expect(banner).toHaveCount(0);
    expect(await waitingWorker(page)).toBeNull();
  } finally {
    await undeploy();
  }
});
