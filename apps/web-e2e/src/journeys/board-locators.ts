import { expect, type Locator, type Page } from '@playwright/test';

/** A title as a pattern of its own: card titles may hold ( ) . ? and the like. */
export const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A card's button, found by its accessible name, which starts with its title. */
export const cardNamed = (scope: Locator | Page, title: string): Locator =>
  scope.getByRole('button', { name: new RegExp(`^${literally(title)}(\\s|$)`) });

/** The first column of the board, and the card at its top. */
export const firstColumn = (page: Page): Locator => page.getByRole('region').first();
export const topCardOf = (column: Locator): Locator => column.getByRole('listitem').first().getByRole('button').first();

/** Opens a card's dialog and tells its title (the dialog's name) and its id (from the URL). */
export async function openCard(page: Page, card: Locator): Promise<{ title: string; cardId: string }> {
  await card.click();
  await expect(page).toHaveURL(/\/c\/[^/?]+/);
  const dialog = page.getByRole('dialog');
  const title = (await dialog.getByRole('heading').first().textContent()) ?? '';
  const cardId = new URL(page.url()).pathname.split('/c/')[1] ?? '';
  return { title, cardId };
}
