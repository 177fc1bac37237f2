import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signUp } from '../test-support/api-client.ts';
import { describeApi } from '../test-support/describe-api.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

function rawGet(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: Buffer }>((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, bytes: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describeApi('the built SPA', () => {
  let server: TestServer;
  let webDir: string;
  const script = `console.log(${JSON.stringify('x'.repeat(2000))});`;
  const workerSource = `self.addEventListener('fetch', () => {}); // ${'w'.repeat(1000)}`;
  const manifestSource = JSON.stringify({ name: 'Brisk', start_url: '/' });

  beforeAll(async () => {
    webDir = await mkdtemp(path.join(tmpdir(), 'brisk-web-'));
    await mkdir(path.join(webDir, 'assets'));
    await writeFile(path.join(webDir, 'index.html'), '<!doctype html><div id="root"></div>');
    await writeFile(path.join(webDir, 'assets', 'app-3f9a1c.js'), script);
    await writeFile(path.join(webDir, 'assets', 'app-3f9a1c.js.br'), brotliCompressSync(script));
    await writeFile(path.join(webDir, 'assets', 'app-3f9a1c.js.gz'), gzipSync(script));
    await writeFile(path.join(webDir, 'sw.js'), workerSource);
    await writeFile(path.join(webDir, 'sw.js.br'), brotliCompressSync(workerSource));
    await writeFile(path.join(webDir, 'manifest.webmanifest'), manifestSource);
    server = await startTestServer({ BRISK_WEB_DIR: webDir });
  });
  afterAll(async () => {
    await server?.stop();
    await rm(webDir, { recursive: true, force: true });
  });

  it('when a hashed asset is fetched, then its precompressed file is sent with immutable caching', async () => {
    const [br, gzip, plain] = await Promise.all([
      rawGet(`${server.url}/assets/app-3f9a1c.js`, { 'accept-encoding': 'gzip, br' }),
      rawGet(`${server.url}/assets/app-3f9a1c.js`, { 'accept-encoding': 'gzip' }),
      rawGet(`${server.url}/assets/app-3f9a1c.js`),
    ]);

    expect([br.headers['content-encoding'], gzip.headers['content-encoding'], plain.headers['content-encoding']]).toEqual(['br', 'gzip', undefined]);
    expect(br.bytes).toEqual(brotliCompressSync(script));
    expect(plain.bytes.toString()).toBe(script);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['vary']).toMatch(/Accept-Encoding/i);
  });

  it('when a client route or index.html is fetched, then the shell comes back and is always revalidated', async () => {
    const [deepLink, root] = await Promise.all([rawGet(`${server.url}/b/some-board/c/some-card`), rawGet(`${server.url}/`)]);

    for (const response of [deepLink, root]) {
      expect(response.status).toBe(200);
      expect(response.bytes.toString()).toContain('<div id="root">');
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-security-policy']).toMatch(/script-src 'self'/);
      expect(response.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('when the service worker or the manifest is fetched, then the file comes back, revalidated every time', async () => {
    const [worker, plainWorker, manifest] = await Promise.all([
      rawGet(`${server.url}/sw.js`, { 'accept-encoding': 'br' }),
      rawGet(`${server.url}/sw.js`),
      rawGet(`${server.url}/manifest.webmanifest`),
    ]);

    expect([worker.status, plainWorker.status, manifest.status]).toEqual([200, 200, 200]);
    expect(worker.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(worker.bytes).toString()).toBe(workerSource);
    expect(plainWorker.bytes.toString()).toBe(workerSource);
    expect(worker.headers['content-type']).toMatch(/javascript/);
    expect(manifest.bytes.toString()).toBe(manifestSource);
    expect(manifest.headers['content-type']).toMatch(/^application\/manifest\+json/);
    for (const response of [worker, plainWorker, manifest]) expect(response.headers['cache-control']).toBe('no-cache');
  });

  it.each(['/favicon.ico', '/robots.txt', '/assets/app-000000.js', '/assets/gone', '/b/some-board/missing.png'])(
    'when %s is not a file, then it is a short plain 404 that is revalidated, never the SPA shell',
    async (missing) => {
      const response = await rawGet(`${server.url}${missing}`);

      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toMatch(/^text\/plain/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.bytes.toString()).toBe('Not found');
    },
  );

  it('when a page loads with a valid session but no signed-in hint, then both go (back) into the jar; else nothing is set', async () => {
    const { cookie: session } = await signUp(server.url, 'Hinted');
    const page = (cookie: string) => rawGet(`${server.url}/b/some-board`, { accept: 'text/html', cookie });
    const cookieSet = (response: Awaited<ReturnType<typeof rawGet>>, name: string) =>
      ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((cookie) => cookie.startsWith(`${name}=`));
    const hintOf = (response: Awaited<ReturnType<typeof rawGet>>) => cookieSet(response, 'brisk_signed_in');

    const refreshed = await page(session!);
    const alreadyHinted = await page(`${session}; brisk_signed_in=1`);
    const noSession = await page('');
    const badSession = await page('brisk_session=not-a-session');
    const asset = await rawGet(`${server.url}/assets/app-3f9a1c.js`, { accept: '*/*', cookie: session! });

    expect(refreshed.status).toBe(200);
    expect(hintOf(refreshed)).toMatch(/^brisk_signed_in=1; Max-Age=\d+; Path=\/;.*SameSite=Lax/);
    expect(hintOf(refreshed)).not.toMatch(/HttpOnly/i);
    expect(cookieSet(refreshed, 'brisk_session')).toMatch(new RegExp(`^${session}; .*HttpOnly`, 'i'));
    expect([alreadyHinted, noSession, badSession, asset].map(hintOf)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('when an unknown API path is fetched, then it is a JSON 404, not the SPA shell', async () => {
    const response = await rawGet(`${server.url}/api/nothing-here`);

    expect(response.status).toBe(404);
    expect(JSON.parse(response.bytes.toString()).error.code).toBe('NOT_FOUND');
  });
});
