import type { Browser } from '@playwright/test';
import { openBenchPage, stepTimeoutMs } from '../browser/open-bench-page.ts';
import { trackRequests } from '../browser/track-requests.ts';
import type { BoardRunFigures } from '../report/run-figures.ts';
import { frameTimes, longTasksBetween } from '../report/timeline-figures.ts';
import { readBoard } from '../setup/read-board.ts';
import type { BoardServer } from '../setup/start-board-server.ts';
import { cardTitled, firstCard } from './board-locators.ts';
import { figuresOf, settleDown } from './interact.ts';
import { measureDialogOpen } from './measure-dialog-open.ts';
import { measureKeyboardPickup } from './measure-keyboard-pickup.ts';
import { measureMouseDrag } from './measure-mouse-drag.ts';
import { measurePageLoad } from './measure-page-load.ts';
import { measureScroll } from './measure-scroll.ts';

/**
 * One run on the board in a fresh context: load, then pick the first card of the first column up with the keyboard and
 * put it back, drag it into the second column, open the next first card in its dialog and close it, and scroll the first
 * column to the bottom. Every run moves one card, so the board is read anew each time.
 */
export async function measureBoardRun(browser: Browser, server: BoardServer, probes: string): Promise<BoardRunFigures> {
  const { board, columns } = await readBoard(server);
  const [first, second] = columns;
  const moved = first?.cards[0];
  if (!first || !second || !moved || first.cards.length < 2) throw new Error('the board has fewer than two columns or cards');
  const bench = await openBenchPage(browser, server, probes, { kind: 'first-card', column: first.name });
  const { page } = bench;
  try {
    const requests = trackRequests(page);
    const load = await measurePageLoad(bench, `${server.origin}/b/${server.boardId}`);
    await page.getByRole('heading', { name: board.name, exact: true }).waitFor();
    await requests.quiet(stepTimeoutMs);
    const card = cardTitled(page, first.name, moved.title);
    const pickup = await measureKeyboardPickup(page, card);
    const dropped = { kind: 'dropped', column: second.name, title: moved.title } as const;
    const drag = await measureMouseDrag(page, card, firstCard(page, second.name), dropped);
    await requests.quiet(stepTimeoutMs);
    await settleDown(page);
    await cardTitled(page, second.name, moved.title).waitFor();
    const dialog = await measureDialogOpen(page, firstCard(page, first.name));
    await requests.quiet(stepTimeoutMs);
    const scroll = await measureScroll(page, first.name);
    const events = await page.evaluate(() => window.__briskBench.eventEntries());
    const longTasks = await page.evaluate(() => window.__briskBench.longTasks());
    const frames = frameTimes(scroll.frames);
    return {
      ...load,
      keyboardPickup: figuresOf(events, pickup),
      dragStart: figuresOf(events, drag.start),
      drop: figuresOf(events, drag.drop),
      dragLongTasks: longTasksBetween(longTasks, drag.start.armedAt, drag.drop.settled.settledAt),
      dialogOpen: figuresOf(events, dialog),
      scroll: {
        frameP95Ms: frames.p95Ms,
        frameMaxMs: frames.maxMs,
        longTasks: longTasksBetween(longTasks, scroll.startedAt, scroll.endedAt),
        reached: scroll.reached,
      },
    };
  } finally {
    await bench.context.close();
  }
}
