import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
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

  beforeAll(async () => {
    webDir = await mkdtemp(path.join(tmpdir(), 'brisk-web-'));
    await mkdir(path.join(webDir, 'assets'));
    await writeFile(path.join(webDir, 'index.html'), '<!doctype html><div id="root"></div>');
    await writeFile(path.join(webDir, 'assets', 'app-3f9a1c.js'), script);
    await writeFile(path.join(webDir, 'assets', 'app-3f9a1c.js.br'), brotliCompressSync(script));
    await writeFile(path.join(webDir, 'assets', 'app-3f9a1c.js.gz'), gzipSync(script));
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

  it('when an unknown API path is fetched, then it is a JSON 404, not the SPA shell', async () => {
    const response = await rawGet(`${server.url}/api/nothing-here`);

    expect(response.status).toBe(404);
    expect(JSON.parse(response.bytes.toString()).error.code).toBe('NOT_FOUND');
  });
});
