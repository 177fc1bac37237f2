import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './a11y.ts';
import { addCard, card, column, createBoard, newAccount, register, waitForServiceWorker } from './support.ts';

const offlineBanner = (page: Page) =>
  page.getByRole('status').filter({ hasText: /You are offline — showing your boards as they were last loaded/ });

/** Adding a card offline is refused at once with a message that says why, and the title typed stays in the field. */
async function expectNewCardRefusedOffline(todo: Locator, title: string): Promise<void> {
  await todo.getByLabel('Card title').fill(title);
  await todo.getByRole('button', { name: 'Add card' }).click();
  await expect(todo.getByText('You are offline, so this change was not saved.', { exact: false })).toBeVisible();
  await expect(todo.getByLabel('Card title')).toHaveValue(title);
}

/** A board with one card, its list and the board itself then loaded through the service worker, which keeps copies. */
async function openBoardThroughServiceWorker(page: Page, name: string): Promise<string> {
  await register(page, newAccount('Olga'));
  const boardId = await createBoard(page, name);
  await addCard(column(page, 'To do'), 'Pack lunch');
  await waitForServiceWorker(page);
  await page.goto('/');
  await page.goto(`/b/${boardId}`);
  await expect(card(column(page, 'To do'), 'Pack lunch')).toBeVisible();
  return boardId;
}

test('a board opened online reads offline after a reload, says so, and refuses a new card without losing it', async ({
  page,
  context,
}) => {
  await openBoardThroughServiceWorker(page, 'Field trip');
  const todo = column(page, 'To do');

  await context.setOffline(true);
  await page.reload();

  await expect(page.getByRole('heading', { name: 'Field trip' })).toBeVisible();
  await expect(card(todo, 'Pack lunch')).toBeVisible();
  await expect(offlineBanner(page)).toBeVisible();
  await expectNewCardRefusedOffline(todo, 'Buy tickets');
  await expectNoSeriousA11yViolations(page);

  await context.setOffline(false);
  await todo.getByRole('button', { name: 'Add card' }).click();
  await expect(card(todo, 'Buy tickets')).toBeVisible();
  await expect(offlineBanner(page)).toHaveCount(0);
});

test('going offline with a board open: the banner appears, a write fails at once, the boards list opens from its copy', async ({
  page,
  context,
}) => {
  await openBoardThroughServiceWorker(page, 'Harbour');
  const todo = column(page, 'To do');

  await context.setOffline(true);

  await expect(offlineBanner(page)).toBeVisible();
  await expectNewCardRefusedOffline(todo, 'Check tides');
  await page.getByRole('link', { name: 'Boards', exact: true }).click();
  await expect(page.getByRole('link', { name: /Harbour/ })).toBeVisible();
});

test('when the server cannot be reached but the browser thinks it is online, the board copy comes with the banner', async ({
  page,
  context,
}) => {
  const boardId = await openBoardThroughServiceWorker(page, 'Garden');

  await context.route(`**/api/boards/${boardId}`, (route) => route.abort('connectionrefused'));
  await page.reload();

  await expect(page.getByRole('heading', { name: 'Garden' })).toBeVisible();
  await expect(offlineBanner(page)).toBeVisible();
});
