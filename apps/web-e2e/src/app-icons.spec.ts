import { expect, test } from '@playwright/test';

test('the shell links a web manifest, and its icons and the favicons browsers ask for are real images', async ({
  page,
  request,
}) => {
  await page.goto('/login');
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  const iconHrefs = await page
    .locator('link[rel="icon"], link[rel="apple-touch-icon"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));

  const manifest = await (await request.get(manifestHref!)).json();

  expect(manifest).toMatchObject({ name: 'Brisk', short_name: 'Brisk', start_url: '/', display: 'standalone' });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
  expect(manifest.icons.map(({ sizes }: { sizes: string }) => sizes)).toEqual(['192x192', '512x512']);
  for (const { src, sizes } of manifest.icons as Array<{ src: string; sizes: string }>) {
    const icon = await request.get(src);
    expect(icon.headers()['content-type']).toBe('image/png');
    const png = await icon.body();
    // A PNG states its width and height, big-endian, at bytes 16 and 20.
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, src).toBe(sizes);
  }
  for (const href of [...iconHrefs, '/favicon.ico']) {
    const icon = await request.get(href);
    expect(icon.status(), href).toBe(200);
    expect(icon.headers()['content-type'], href).toMatch(/^image\//);
  }
});
