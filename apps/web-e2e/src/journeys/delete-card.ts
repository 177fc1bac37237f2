import { expect, type Page } from '@playwright/test';
import { cardNamed, openCard } from './board-locators.ts';

/** Deletes a card from its dialog, through the confirmation, and checks it is gone from the board and the server. */
export async function deleteCard(page: Page, boardPath: string, title: string): Promise<void> {
  await page.goto(boardPath);
  const { cardId } = await openCard(page, cardNamed(page, title));
  await page.getByRole('dialog', { name: title }).getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog', { name: `Delete card ${title}?` }).getByRole('button', { name: 'Delete card' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(cardNamed(page, title)).toHaveCount(0);
  expect((await page.request.get(`/api/cards/${cardId}`)).status()).toBe(404);
}
