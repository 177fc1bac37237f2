import type { Locator, Page } from '@playwright/test';
import type { Condition } from '../page/probe-api.ts';
import { centerOf } from './board-locators.ts';
import { interact, type Interaction } from './interact.ts';

export interface MouseDrag {
  start: Interaction;
  drop: Interaction;
}

/**
 * A real pointer drag from `card` onto `target`: press, one move past dnd-kit's 5 px activation distance (the move
 * the drag start is timed from), a glide in 20 steps, release. `dropped` says when the drop shows.
 */
export async function measureMouseDrag(page: Page, card: Locator, target: Locator, dropped: Condition): Promise<MouseDrag> {
  const from = await centerOf(card);
  const to = await centerOf(target);
  await page.mouse.move(from.x, from.y);
  const start = await interact(page, { kind: 'dragging' }, 'pointermove', async () => {
    await page.mouse.down();
    await page.mouse.move(from.x + 10, from.y + 10);
  });
  await page.mouse.move(to.x, to.y, { steps: 20 });
  const drop = await interact(page, dropped, 'pointerup', () => page.mouse.up());
  return { start, drop };
}
