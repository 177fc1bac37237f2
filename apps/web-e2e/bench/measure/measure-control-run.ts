import type { Browser } from '@playwright/test';
import { openBenchPage } from '../browser/open-bench-page.ts';
import type { LoadFigures } from '../report/run-figures.ts';
import type { BoardServer } from '../setup/start-board-server.ts';
import { measurePageLoad } from './measure-page-load.ts';

const controlPath = '/__bench/static-list';

/**
 * One run on the control in a fresh context: the static list of the board's cards, served on the board's origin (same
 * connection, same cookie) by the browser's request routing instead of the API, until every card is in the DOM.
 */
export async function measureControlRun(
  browser: Browser,
  server: BoardServer,
  probes: string,
  { html, cards }: { html: string; cards: number },
): Promise<LoadFigures> {
  const bench = await openBenchPage(browser, server, probes, { kind: 'card-count', count: cards });
  try {
    const url = `${server.origin}${controlPath}`;
    await bench.page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    return await measurePageLoad(bench, url);
  } finally {
    await bench.context.close();
  }
}
