import type { Locator, Page } from '@playwright/test';
import { centerOf } from './board-locators.ts';
import { interact, settleDown, type Interaction } from './interact.ts';

/** A plain click opens the card in a dialog at /b/:boardId/c/:cardId; Escape closes it. */
export async function measureDialogOpen(page: Page, card: Locator): Promise<Interaction> {
  const at = await centerOf(card);
  await page.mouse.move(at.x, at.y);
  const open = await interact(page, { kind: 'dialog' }, 'pointerup', async () => {
    await page.mouse.down();
    await page.mouse.up();
  });
  if (!/^\/b\/[^/]+\/c\/[^/]+$/.test(new URL(page.url()).pathname)) throw new Error(`the dialog opened at ${page.url()}`);
  await interact(page, { kind: 'no-dialog' }, 'keydown', () => page.keyboard.press('Escape'));
  await settleDown(page);
  return open;
}
