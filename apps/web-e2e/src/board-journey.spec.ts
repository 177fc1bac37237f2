import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './a11y.ts';
import { card, column, dragWithMouse, newAccount, register, expectTitles, waitForMove } from './support.ts';

test('a team plans on a board: cards, mouse and keyboard moves, reload, search, a read-only viewer, log out', async ({
  browser,
}) => {
  const ownerContext = await browser.newContext();
  const viewerContext = await browser.newContext();
  const page = await ownerContext.newPage();
  const viewerPage = await viewerContext.newPage();
  const owner = newAccount('Olivia');
  const viewer = newAccount('Victor');

  await test.step('register and create a board', async () => {
    await register(page, owner);
    await expectNoSeriousA11yViolations(page, 'the boards list');
    await page.getByLabel('Board name').fill('Launch plan');
    await page.getByRole('button', { name: 'Create board' }).click();
    await expect(page.getByRole('heading', { name: 'Launch plan' })).toBeVisible();
  });

  const todo = column(page, 'To do');
  const doing = column(page, 'Doing');

  await test.step('add three cards', async () => {
    for (const title of ['Alpha', 'Bravo', 'Charlie']) {
      await todo.getByLabel('Card title').fill(title);
      await todo.getByRole('button', { name: 'Add card' }).click();
      await expect(card(todo, title)).toBeVisible();
    }
    await expectTitles(todo, ['Alpha', 'Bravo', 'Charlie']);
  });

  await test.step('drag a card to another column with the mouse', async () => {
    const moved = waitForMove(page);
    await dragWithMouse(page, card(todo, 'Charlie'), doing);
    expect((await moved).status()).toBe(200);
    await expectTitles(doing, ['Charlie']);
    await expectTitles(todo, ['Alpha', 'Bravo']);
  });

  await test.step('move a card down with the keyboard', async () => {
    const moved = waitForMove(page);
    await card(todo, 'Alpha').focus();
    await page.keyboard.press('Space');
    await expect(card(todo, 'Alpha')).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByText('Card Alpha is in column To do, position 2 of 2.')).toBeAttached();
    await page.keyboard.press('Space');
    expect((await moved).status()).toBe(200);
    await expectTitles(todo, ['Bravo', 'Alpha']);
  });

  await test.step('reload and find the order kept', async () => {
    await page.reload();
    await expect(card(todo, 'Bravo')).toBeVisible();
    await expectTitles(todo, ['Bravo', 'Alpha']);
    await expectTitles(doing, ['Charlie']);
  });

  await test.step('search finds a card', async () => {
    const boardUrl = page.url();
    await page.getByRole('link', { name: 'Search' }).click();
    await page.getByLabel('Search').fill('charl');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByText('Charlie')).toBeVisible();
    await expect(page.getByText('Alpha')).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, 'the search page');
    await page.goto(boardUrl);
  });

  await test.step('invite a second user as viewer, who cannot edit', async () => {
    await register(viewerPage, viewer);
    await page.getByRole('link', { name: 'Members' }).click();
    await page.getByLabel('Email').fill(viewer.email);
    await page.getByLabel('Role').selectOption('viewer');
    await page.getByRole('button', { name: 'Invite' }).click();
    await expect(page.getByText(viewer.email)).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the members page');

    const boardPath = new URL(page.url()).pathname.replace(/\/members$/, '');
    await viewerPage.goto(boardPath);
    await expect(viewerPage.getByText('Read only')).toBeVisible();
    await expectNoSeriousA11yViolations(viewerPage, 'the board, read only');
    await expect(card(column(viewerPage, 'To do'), 'Bravo')).toBeVisible();
    await expect(viewerPage.getByRole('button', { name: 'Add card' })).toHaveCount(0);
    await expect(viewerPage.getByLabel('Card title')).toHaveCount(0);

    await card(column(viewerPage, 'To do'), 'Bravo').focus();
    await viewerPage.keyboard.press('Space');
    await viewerPage.keyboard.press('ArrowDown');
    await viewerPage.keyboard.press('Space');
    await viewerPage.reload();
    await expect(card(column(viewerPage, 'To do'), 'Bravo')).toBeVisible();
    await expectTitles(column(viewerPage, 'To do'), ['Bravo', 'Alpha']);
  });

  await test.step('log out', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/login/);
  });

  await ownerContext.close();
  await viewerContext.close();
});
