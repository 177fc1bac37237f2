import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './a11y.ts';
import { archiveUndoRestore } from './journeys/archive-undo-restore.ts';
import { seedBoard, signInAsSeededUser } from './seeded-boards.ts';
import { card, column, waitForMove, waitForServiceWorker } from './support.ts';

/** The boards a 5,000-card board is checked on, and against: seeded once, straight into the database. */
let large: string;
let small: string;

test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1366, height: 768 } });

test.beforeAll(async () => {
  large = await seedBoard('Large board', 5_000);
  small = await seedBoard('Small board', 50);
});

test.beforeEach(async ({ page }) => {
  await signInAsSeededUser(page);
});

async function openBoard(page: Page, boardId: string): Promise<void> {
  await page.goto(`/b/${boardId}`);
  await expect(column(page, 'Backlog').getByRole('listitem').first()).toBeVisible();
}

/** The cards of a column, top to bottom, as the server has them. */
async function serverTitles(page: Page, boardId: string, columnName: string): Promise<string[]> {
  const detail = await (await page.request.get(`/api/boards/${boardId}`)).json();
  const found = detail.columns.find((candidate: { name: string }) => candidate.name === columnName);
  return found.cards.map((item: { title: string }) => item.title);
}

/** How many of a column's cards are inside its scrolling viewport right now. */
const cardsOnScreen = (region: Locator) =>
  region.evaluate((element) => {
    const scroller = element.querySelector('ul')!.parentElement!.getBoundingClientRect();
    return Array.from(element.querySelectorAll('li')).filter((item) => {
      const box = item.getBoundingClientRect();
      return box.top >= scroller.top && box.bottom <= scroller.bottom;
    }).length;
  });

test('the DOM of a 5,000-card board is at most 1.5 times that of a 50-card board in the same viewport', async ({ page }) => {
  const count = () => page.evaluate(() => document.getElementsByTagName('*').length);
  await openBoard(page, small);
  const smallCount = await count();
  await openBoard(page, large);
  const largeCount = await count();

  test.info().annotations.push({ type: 'DOM elements', description: `50 cards: ${smallCount}, 5,000: ${largeCount}` });
  expect(largeCount).toBeLessThanOrEqual(1.5 * smallCount);
  await expectNoSeriousA11yViolations(page);
});

test('at 1366 px every column and Add column can be scrolled to', async ({ page }) => {
  await openBoard(page, large);

  for (const name of ['Backlog', 'To do', 'Doing', 'Review', 'Done']) {
    await column(page, name).scrollIntoViewIfNeeded();
    await expect(column(page, name)).toBeInViewport();
  }
  const addColumn = page.getByRole('form', { name: 'Add a column' });
  await addColumn.scrollIntoViewIfNeeded();
  await expect(addColumn).toBeInViewport();
});

test('a card dragged with the mouse lands where auto-scroll took it, past what was on screen', async ({ page }) => {
  await openBoard(page, large);
  const backlog = column(page, 'Backlog');
  const todo = column(page, 'To do');
  const title = (await serverTitles(page, large, 'Backlog'))[0]!;
  const source = card(backlog, title);
  const onScreenAtStart = await cardsOnScreen(todo);
  const from = (await source.boundingBox())!;
  const to = (await todo.getByRole('list').locator('..').boundingBox())!;

  const moved = waitForMove(page);
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 5 });
  // Near the bottom edge of the other column, which scrolls while the pointer rests there.
  await page.mouse.move(to.x + to.width / 2, to.y + to.height - 20, { steps: 20 });
  await expect.poll(() => todo.getByRole('list').locator('..').evaluate((e) => e.scrollTop)).toBeGreaterThan(600);
  await page.mouse.up();

  expect((await moved).status()).toBe(200);
  const titles = await serverTitles(page, large, 'To do');
  expect(titles.indexOf(title)).toBeGreaterThan(onScreenAtStart);
  await expect(card(todo, title)).toBeVisible();
});

test('a keyboard move into another column, below what was on screen, keeps the focus on the card', async ({ page }) => {
  await openBoard(page, large);
  const doing = column(page, 'Doing');
  const title = (await serverTitles(page, large, 'Backlog'))[0]!;
  const source = card(column(page, 'Backlog'), title);
  const onScreenAtStart = await cardsOnScreen(doing);
  const placeInDoing = async () => {
    const said = await page.getByText(new RegExp(`^Card ${title} is in column Doing, position \\d+`)).textContent();
    return Number(said?.match(/position (\d+)/)?.[1]);
  };

  const moved = waitForMove(page);
  await source.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(new RegExp(`^Card ${title} is in column To do`))).toBeAttached();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(new RegExp(`^Card ${title} is in column Doing`))).toBeAttached();
  // One step at a time, as a person presses: each arrow key moves the card further down, the list scrolling along.
  for (let place = await placeInDoing(); place <= onScreenAtStart + 2; place = await placeInDoing()) {
    await page.keyboard.press('ArrowDown');
    await expect.poll(placeInDoing).toBeGreaterThan(place);
  }
  await page.keyboard.press('Space');

  expect((await moved).status()).toBe(200);
  expect((await serverTitles(page, large, 'Doing')).indexOf(title)).toBeGreaterThan(onScreenAtStart);
  await expect(card(doing, title)).toBeFocused();
});

test('the filter narrows 5,000 cards as the user types, keeps it in the URL, and clears', async ({ page }) => {
  await openBoard(page, large);
  const detail = await (await page.request.get(`/api/boards/${large}`)).json();
  type SeededCard = { title: string; description: string; labels: string[] };
  const cards: SeededCard[] = detail.columns.flatMap((item: { cards: SeededCard[] }) => item.cards);
  const matches = cards.filter(({ title, description, labels }) =>
    ['login', 'page'].every((word) => `${title} ${description} ${labels.join(' ')}`.toLowerCase().includes(word)),
  );

  await page.getByLabel('Filter cards').fill('login page');

  await expect(page.getByText(`Showing ${matches.length.toLocaleString('en')} of 5,000 cards`)).toBeVisible();
  await expect(page).toHaveURL(/[?&]q=login\+page/);
  const shown = await column(page, 'Backlog').getByRole('listitem').allTextContents();
  expect(shown.length).toBeGreaterThan(0);
  for (const text of shown) expect(matches.some(({ title }) => text.startsWith(title))).toBe(true);
  await page.getByLabel('Due').selectOption('overdue');
  await expect(page).toHaveURL(/[?&]due=overdue/);
  await page.getByRole('button', { name: 'Clear filter' }).click();
  await expect(page.getByText('5,000 cards', { exact: true })).toBeVisible();
});

test('a column is renamed, a new one is deleted, and one holding cards explains why it stays', async ({ page }) => {
  await openBoard(page, large);

  await page.getByRole('button', { name: 'Actions for column Review' }).click();
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  await page.getByLabel('New name').fill('In review');
  await page.keyboard.press('Enter');
  await expect(column(page, 'In review')).toBeVisible();

  const addColumn = page.getByRole('form', { name: 'Add a column' });
  await addColumn.scrollIntoViewIfNeeded();
  await addColumn.getByLabel('Column name').fill('Parking lot');
  await addColumn.getByRole('button', { name: 'Add column' }).click();
  await page.getByRole('button', { name: 'Actions for column Parking lot' }).click();
  await page.getByRole('button', { name: 'Delete column' }).click();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('dialog').getByRole('button', { name: 'Delete column' }).click();
  await expect(column(page, 'Parking lot')).toHaveCount(0);

  await page.getByRole('button', { name: 'Actions for column Done' }).click();
  await page.getByRole('button', { name: 'Delete column' }).click();
  await expect(page.getByRole('dialog')).toContainText(/This column still holds 1,?000 cards\./);
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await expect(column(page, 'Done')).toBeVisible();
});

test('a card is archived, brought back by Undo, archived again and restored from the archive page', async ({ page }) => {
  await archiveUndoRestore(page, `/b/${large}`);
});

test('the visited 5,000-card board reads offline after a reload, and says so', async ({ page, context }) => {
  await openBoard(page, large);
  await waitForServiceWorker(page);
  await openBoard(page, large);

  await context.setOffline(true);
  await page.reload();

  await expect(page.getByRole('heading', { name: 'Large board 1' })).toBeVisible();
  await expect(column(page, 'Backlog').getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^You are offline/ })).toBeVisible();
  await context.setOffline(false);
});

test('after logging out, Back shows the sign-in page, not the 5,000-card board', async ({ page }) => {
  await page.goto('/');
  await openBoard(page, large);

  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goBack();

  await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Large board 1' })).toHaveCount(0);
});
