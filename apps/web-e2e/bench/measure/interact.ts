import type { Page } from '@playwright/test';
import { stepTimeoutMs } from '../browser/open-bench-page.ts';
import type { Condition, Settled, TimedEntry, Trigger } from '../page/probe-api.ts';
import type { InteractionFigures } from '../report/run-figures.ts';
import { slowestEventMs } from '../report/timeline-figures.ts';

export interface Interaction {
  /** Page time just before the input: the interaction's events start after it. */
  armedAt: number;
  settled: Settled;
}

/** Arms the page for `condition`, gives the input, and waits until the condition held and the next frame had run. */
export async function interact(
  page: Page,
  condition: Condition,
  trigger: Trigger,
  input: () => Promise<void>,
): Promise<Interaction> {
  const armedAt = await page.evaluate((watch) => window.__briskBench.arm(watch.condition, watch.trigger), { condition, trigger });
  await input();
  const settled = await page.evaluate((timeoutMs) => window.__briskBench.settled(timeoutMs), stepTimeoutMs);
  return { armedAt, settled };
}

export function figuresOf(events: TimedEntry[], { armedAt, settled }: Interaction): InteractionFigures {
  return { slowestEventMs: slowestEventMs(events, armedAt, settled.settledAt), wallMs: settled.settledAt - settled.inputAt };
}

/** Lets animations and late renders of the last interaction end, so the next one starts from a still page. */
export function settleDown(page: Page): Promise<void> {
  return page.evaluate(() => window.__briskBench.quiet(300, 10_000));
}
