import type { Locator, Page } from '@playwright/test';

/**
 * The only selectors the bench relies on, stable across the board's rewrites (a virtualized column renders only the
 * cards near its viewport, so none of these assumes every card is in the DOM).
 */
export const column = (page: Page, name: string): Locator => page.getByRole('region', { name, exact: true });

export const firstCard = (page: Page, columnName: string): Locator =>
  column(page, columnName).getByRole('listitem').first().getByRole('button').first();

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A card's accessible name starts with its title; `\b` keeps "Fix login 1" from matching "Fix login 10". */
export const cardTitled = (page: Page, columnName: string, title: string): Locator =>
  column(page, columnName)
    .getByRole('listitem')
    .getByRole('button', { name: new RegExp(`^${escapeRegExp(title)}\\b`) });

export async function centerOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator.toString()} has no box on the page`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
