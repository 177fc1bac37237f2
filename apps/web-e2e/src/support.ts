import { randomUUID } from 'node:crypto';
import { expect, type Locator, type Page } from '@playwright/test';

export interface Account {
  email: string;
  name: string;
  password: string;
}

export function newAccount(name: string): Account {
  return { email: `${name.toLowerCase()}-${randomUUID().slice(0, 8)}@example.test`, name, password: 'correct horse battery' };
}

export async function register(page: Page, account: Account): Promise<void> {
  await page.goto('/register');
  await page.getByLabel('Name').fill(account.name);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL('/');
}

/** Creates a board from the boards page and waits for it to open; returns its id. */
export async function createBoard(page: Page, name: string): Promise<string> {
  await page.getByLabel('Board name').fill(name);
  await page.getByRole('button', { name: 'Create board' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  return new URL(page.url()).pathname.split('/')[2]!;
}

export const column = (page: Page, name: string): Locator => page.getByRole('region', { name, exact: true });

export const card = (scope: Locator, title: string): Locator =>
  scope.getByRole('button', { name: new RegExp(`^${title}\\b`) });

export async function addCard(scope: Locator, title: string): Promise<void> {
  await scope.getByLabel('Card title').fill(title);
  await scope.getByRole('button', { name: 'Add card' }).click();
  await expect(card(scope, title)).toBeVisible();
}

/** Resolves once a service worker controls the page, so what the page fetches from now on goes through it. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** The column shows exactly these cards, top to bottom (retrying until it settles). */
export async function expectTitles(scope: Locator, titles: string[]): Promise<void> {
  await expect(scope.getByRole('listitem')).toHaveText(titles.map((title) => new RegExp(`^\\s*${title}\\b`)));
}

export function waitForMove(page: Page) {
  return page.waitForResponse((response) => response.url().endsWith('/move') && response.request().method() === 'POST');
}

/** A real pointer drag: press, nudge past the activation distance, glide to the target, release. */
export async function dragWithMouse(page: Page, source: Locator, target: Locator): Promise<void> {
  const from = (await source.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 40, { steps: 20 });
  await page.mouse.move(to.x + to.width / 2, to.y + 42, { steps: 2 });
  await page.mouse.up();
}
