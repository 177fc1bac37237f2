import { stepTimeoutMs, type BenchPage } from '../browser/open-bench-page.ts';
import { measureHeapAfterGc } from '../browser/heap-after-gc.ts';
import type { LoadFigures } from '../report/run-figures.ts';
import { longTasksBetween } from '../report/timeline-figures.ts';

/**
 * Navigates to `url` and waits for the condition the page was opened with (the first card, or every card), then counts
 * the DOM and weighs the heap after a GC, before anything else happens on the page.
 */
export async function measurePageLoad({ page, cdp }: BenchPage, url: string): Promise<LoadFigures> {
  await page.goto(url, { waitUntil: 'commit' });
  const loaded = await page
    .evaluate((timeoutMs) => window.__briskBench.settled(timeoutMs), stepTimeoutMs)
    .catch((error: unknown) => {
      // A page that ended elsewhere (the login page: no session) says so, not only that the board never showed.
      throw new Error(`${error instanceof Error ? error.message : String(error)} (the page is at ${page.url()})`);
    });
  const longTasks = await page.evaluate(() => window.__briskBench.longTasks());
  return {
    interactiveMs: loaded.settledAt,
    loadLongTasks: longTasksBetween(longTasks, 0, loaded.settledAt),
    domElements: await page.evaluate(() => window.__briskBench.domElements()),
    heapMb: await measureHeapAfterGc(cdp),
  };
}
