import { expect, test, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../playwright.config.ts';
import { expectNoSeriousA11yViolations } from './a11y.ts';
import { createBoard, newAccount, register } from './support.ts';

// Playwright turns Chromium's back-forward cache off; browsers keep it on, and it is what Back would restore a page from.
test.use({ launchOptions: { ...chromiumLaunchOptions, ignoreDefaultArgs: ['--disable-back-forward-cache'] } });

async function expectSignInPage(page: Page, boardName: string): Promise<void> {
  await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('heading', { name: boardName })).toHaveCount(0);
}

/** Every answer with the board's data that reaches the page from now on. */
function recordBoardAnswers(page: Page, boardId: string): string[] {
  const answers: string[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === `/api/boards/${boardId}` && response.ok()) answers.push(response.url());
  });
  return answers;
}

/** A page restored from the back-forward cache fires no load event: waiting for one would never end. */
const goBack = (page: Page) => page.goBack({ waitUntil: 'commit' });

test('after logging out, Back to a board page left by a full navigation, and its address, show the sign-in page', async ({
  page,
}) => {
  await register(page, newAccount('Lena'));
  const boardId = await createBoard(page, 'Roadmap');
  await page.goto(`/b/${boardId}`);
  await expect(page.getByRole('heading', { name: 'Roadmap' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto('/search');
  await expect(page.getByRole('heading', { name: 'Search' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Log out' }).click();
  await expectSignInPage(page, 'Roadmap');
  const boardAnswers = recordBoardAnswers(page, boardId);
  await goBack(page);

  await expectSignInPage(page, 'Roadmap');
  await page.goto(`/b/${boardId}`);
  await expectSignInPage(page, 'Roadmap');
  expect(boardAnswers).toEqual([]);
  await expectNoSeriousA11yViolations(page);
});

test('after logging out, Back within the same page load shows the sign-in page, never the board', async ({ page }) => {
  await register(page, newAccount('Mats'));
  const boardId = await createBoard(page, 'Hiring');
  await page.getByRole('link', { name: 'Members' }).click();
  await expect(page).toHaveURL(`/b/${boardId}/members`);
  await expect(page.getByRole('button', { name: 'Invite' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Log out' }).click();
  await expectSignInPage(page, 'Hiring');
  const boardAnswers = recordBoardAnswers(page, boardId);
  await goBack(page);

  await expectSignInPage(page, 'Hiring');
  expect(boardAnswers).toEqual([]);
});
