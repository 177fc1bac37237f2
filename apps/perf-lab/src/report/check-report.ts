import { pathToFileURL } from 'node:url';
import { chromiumLaunch } from '@brisk/shared-util-lab';
import { chromium } from '@playwright/test';

/**
 * Opens a report in Chromium with the network cut off and returns what is wrong with it: a script error, a request for
 * anything but the file itself, or a chart that was not drawn. An empty list means it opens from disk and draws.
 */
export async function checkReport(reportFile: string): Promise<string[]> {
  const problems: string[] = [];
  const browser = await chromium.launch(chromiumLaunch());
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    const reportUrl = pathToFileURL(reportFile).href;
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (url === reportUrl) return route.continue();
      problems.push(`requested ${url}: the report must be self-contained`);
      return route.abort();
    });
    await page.goto(reportUrl, { waitUntil: 'load' });
    const embedded = (await page.locator('#run-data').count()) === 1 ? await page.locator('#run-data').textContent() : null;
    const expected = embedded ? (JSON.parse(embedded) as { charts: unknown[] }).charts.length : 0;
    const drawn = await page.locator('.uplot canvas').count();
    if (expected === 0) problems.push('the report embeds no chart');
    if (drawn !== expected) problems.push(`${drawn} of ${expected} charts were drawn`);
    if ((await page.locator('h1').count()) !== 1) problems.push('the report has no heading');
  } finally {
    await browser.close();
  }
  return problems;
}
