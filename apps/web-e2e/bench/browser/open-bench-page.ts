import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import type { Condition } from '../page/probe-api.ts';

export const viewport = { width: 1280, height: 800 };
/** How long one step may take: the 5,000-card board of today blocks the main thread for over 10 s on a busy machine. */
export const stepTimeoutMs = 60_000;

export interface BenchPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
}

/**
 * A fresh context (empty cache, no service worker) signed in with `cookie`, whose pages get the probes before their own
 * scripts, already watching for `loaded`: the condition that ends the navigation being measured.
 */
export async function openBenchPage(
  browser: Browser,
  { origin, cookie }: { origin: string; cookie: string },
  probes: string,
  loaded: Condition,
): Promise<BenchPage> {
  const context = await browser.newContext({ viewport, locale: 'en-US', serviceWorkers: 'block' });
  try {
    await context.addCookies(
      cookie.split('; ').map((pair) => {
        const separator = pair.indexOf('=');
        return { name: pair.slice(0, separator), value: pair.slice(separator + 1), url: origin };
      }),
    );
    await context.addInitScript({ content: `${probes}\nwindow.__briskBench.arm(${JSON.stringify(loaded)}, 'navigation');` });
    const page = await context.newPage();
    page.setDefaultTimeout(stepTimeoutMs);
    return { context, page, cdp: await context.newCDPSession(page) };
  } catch (error) {
    await context.close();
    throw error;
  }
}
