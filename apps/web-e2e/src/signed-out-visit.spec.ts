import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './a11y.ts';
import { chunkName, signedInChunks } from './chunks.ts';

function recordRequests(page: Page): URL[] {
  const requested: URL[] = [];
  page.on('request', (request) => requested.push(new URL(request.url())));
  return requested;
}

test('a signed-out visit to / goes straight to the login page: no API call bound to fail, no signed-in chunk', async ({
  page,
}) => {
  const requested = recordRequests(page);

  await page.goto('/', { waitUntil: 'networkidle' });

  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await expect(page).toHaveURL('/login?next=%2F');
  const chunks = requested.map((url) => chunkName(url.href)).filter((name) => name !== undefined);
  expect(chunks, 'the login page chunk is recognised').toContain('login-page');
  expect(chunks.filter((name) => signedInChunks.includes(name))).toEqual([]);
  // The one call the login page makes is public and always answers (is there a demo login to mention?).
  expect(requested.filter((url) => url.pathname.startsWith('/api/')).map((url) => url.pathname)).toEqual([
    '/api/auth/demo',
  ]);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: 'Sign up' }).click();
  await expect(page.getByRole('heading', { name: 'Create your account' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('a stale signed-in hint (no session behind it) still ends on the login page, and is dropped', async ({
  page,
  context,
  baseURL,
}) => {
  await context.addCookies([{ name: 'brisk_signed_in', value: '1', url: baseURL! }]);

  await page.goto('/b/0190a000-0000-7000-8000-000000000001');

  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await expect(page).toHaveURL('/login?next=%2Fb%2F0190a000-0000-7000-8000-000000000001');
  expect((await context.cookies()).map(({ name }) => name)).not.toContain('brisk_signed_in');
});
