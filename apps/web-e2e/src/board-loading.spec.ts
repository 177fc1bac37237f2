import { expect, test, type Page } from '@playwright/test';
import { chunkName } from './chunks.ts';
import { createBoard, newAccount, register } from './support.ts';

// Every request shows up, and can be held, in the page: no service worker answers for it.
test.use({ serviceWorkers: 'block' });

function boardDataRequested(page: Page, boardId: string): Promise<unknown> {
  return page.waitForRequest((request) => new URL(request.url()).pathname === `/api/boards/${boardId}`);
}

function boardChunkRequested(page: Page): Promise<unknown> {
  return page.waitForRequest((request) => chunkName(request.url()) === 'board-page');
}

test('opening a board asks for its data while its chunk and the session check are still loading', async ({ page }) => {
  await register(page, newAccount('Nora'));
  const boardId = await createBoard(page, 'Roadmap');
  const dataRequested = boardDataRequested(page, boardId).then(() => true);
  const heldUntilData: string[] = [];
  // A waterfall would never ask for the data while these are held, and each hold would end on its timeout instead.
  await page.route(
    (url) => chunkName(url.href) === 'board-page' || url.pathname === '/api/me',
    async (route) => {
      const timedOut = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000));
      if (await Promise.race([dataRequested, timedOut])) heldUntilData.push(new URL(route.request().url()).pathname);
      await route.continue();
    },
  );

  await page.goto(`/b/${boardId}`);

  await expect(page.getByRole('heading', { name: 'Roadmap' })).toBeVisible();
  expect(heldUntilData.map((path) => (path === '/api/me' ? path : chunkName(`http://x${path}`))).sort()).toEqual([
    '/api/me',
    'board-page',
  ]);
});

for (const [gesture, act] of [
  ['the pointer rests on', (page: Page) => page.getByRole('link', { name: /Launch/ }).hover()],
  ['the keyboard focus reaches', (page: Page) => page.getByRole('link', { name: /Launch/ }).focus()],
] as const) {
  test(`when ${gesture} a board link, then the board page chunk and the board's data are fetched ahead`, async ({
    page,
  }) => {
    await register(page, newAccount('Omar'));
    const boardId = await createBoard(page, 'Launch');
    await page.goto('/');
    await expect(page.getByRole('link', { name: /Launch/ })).toBeVisible();
    const prefetched = Promise.all([boardChunkRequested(page), boardDataRequested(page, boardId)]);

    await act(page);

    await prefetched;
    await expect(page).toHaveURL('/');
  });
}
