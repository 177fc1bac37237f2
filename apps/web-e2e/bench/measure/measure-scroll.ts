import type { Page } from '@playwright/test';
import { viewport } from '../browser/open-bench-page.ts';
import type { ScrollRecord } from '../page/probe-api.ts';

const plannedMs = 2_000;
const plannedSteps = 120;
const stepsBetweenAims = 15;

/**
 * How far each wheel step goes to reach the bottom in the steps left. Re-aimed every few steps: a list that lays its
 * rows out only as they come into view (content-visibility, a virtual list) grows while it scrolls.
 */
async function aimStep(page: Page, step: number): Promise<number> {
  const { top, range } = await page.evaluate(() => window.__briskBench.scrollPosition());
  return Math.ceil(((range - top) * 1.1) / Math.max(stepsBetweenAims, plannedSteps - step));
}

/**
 * Scrolls a column's card list from top to bottom with the mouse wheel, one step every ~17 ms for about 2 s, while the
 * page records its animation frames. Bounded however the page copes: at most twice the planned steps and five times the
 * planned time (a busy main thread delays each wheel event, and a list whose rows change size can eat the distance);
 * the share of the list reached says how far it got.
 */
export async function measureScroll(page: Page, columnName: string): Promise<ScrollRecord> {
  const scroller = await page.evaluate((name) => window.__briskBench.findScroller(name), columnName);
  if (!scroller) throw new Error(`no scrollable card list in the column ${columnName}`);
  const { x, y, width, height } = scroller;
  await page.mouse.move(x + width / 2, Math.min(y + height / 2, (y + viewport.height) / 2));
  await page.evaluate(() => window.__briskBench.startScrollRecord());
  const startedAt = Date.now();
  let delta = 0;
  for (let step = 0; step < 2 * plannedSteps && Date.now() - startedAt < 5 * plannedMs; step++) {
    if (step % stepsBetweenAims === 0) delta = await aimStep(page, step);
    if (delta <= 0) break;
    await page.mouse.wheel(0, delta);
    const wait = startedAt + ((step + 1) * plannedMs) / plannedSteps - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  return page.evaluate((timeoutMs) => window.__briskBench.stopScrollRecord(timeoutMs), 10_000);
}
