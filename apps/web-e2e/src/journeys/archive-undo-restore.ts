import { expect, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../a11y.ts';
import { firstColumn, literally, openCard, topCardOf } from './board-locators.ts';

async function archivedOnServer(page: Page, cardId: string): Promise<boolean> {
  const response = await page.request.get(`/api/cards/${cardId}`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { card: { archived: boolean } }).card.archived;
}

/**
 * The top card of the board's first column, archived from its dialog and brought back twice: once with the toast's
 * Undo, once from the archive page. Each time it must be back on top of its column. Works on any board a member can
 * edit whose first column holds a card, whatever its size.
 */
export async function archiveUndoRestore(page: Page, boardPath: string): Promise<void> {
  await page.goto(boardPath);
  const column = firstColumn(page);
  const top = column.getByRole('listitem').first();
  const { title, cardId } = await openCard(page, topCardOf(column));
  const onTop = new RegExp(`^\\s*${literally(title)}`);
  const toast = page.getByRole('status').filter({ hasText: /^Card / });

  await page.getByRole('dialog').getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(toast).toContainText('Card archived');
  await expect(top).not.toHaveText(onTop);
  expect(await archivedOnServer(page, cardId)).toBe(true);
  await expectNoSeriousA11yViolations(page, 'the board with the Undo toast');

  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(toast).toContainText('Card restored');
  await expect(top).toHaveText(onTop);
  expect(await archivedOnServer(page, cardId)).toBe(false);

  await openCard(page, topCardOf(column));
  await page.getByRole('dialog').getByRole('button', { name: 'Archive' }).click();
  await expect(toast).toContainText('Card archived');
  await page.getByRole('link', { name: 'Archive', exact: true }).click();
  const archive = page.getByRole('list', { name: 'Archived cards' });
  await expect(archive.getByRole('listitem').first()).toContainText(title);
  await expectNoSeriousA11yViolations(page, 'the archive page');

  await archive.getByRole('button', { name: `Restore ${title}`, exact: true }).click();
  await expect(page.getByText(`${title} is back in`)).toBeVisible();
  await page.getByRole('link', { name: /^Back to / }).click();
  await expect(top).toHaveText(onTop);
  expect(await archivedOnServer(page, cardId)).toBe(false);
}
