import type { Locator, Page } from '@playwright/test';
import { interact, settleDown, type Interaction } from './interact.ts';

/** Space on a focused card picks it up (dnd-kit's keyboard sensor); Escape puts it back where it was. */
export async function measureKeyboardPickup(page: Page, card: Locator): Promise<Interaction> {
  await card.focus();
  const pickup = await interact(page, { kind: 'dragging' }, 'keydown', () => page.keyboard.press('Space'));
  await interact(page, { kind: 'not-dragging' }, 'keydown', () => page.keyboard.press('Escape'));
  await settleDown(page);
  return pickup;
}
