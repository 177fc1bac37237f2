import { get } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addCard, createBoardFixture, type BoardFixture } from '../test-support/board-fixture.ts';
import { describeApi } from '../test-support/describe-api.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

/** fetch() would decode the body for us; the bytes on the wire are what these tests are about. */
function rawGet(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Headers; bytes: Buffer }>((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const flat = Object.entries(response.headers).map(([name, value]) => [name, String(value)] as [string, string]);
        resolve({ status: response.statusCode ?? 0, headers: new Headers(flat), bytes: Buffer.concat(chunks) });
      });
    }).on('error', reject);
  });
}

describeApi('board responses over HTTP', () => {
  let server: TestServer;
  let f: BoardFixture;
  let url: string;
  beforeAll(async () => {
    server = await startTestServer();
    f = await createBoardFixture(server.url);
    for (let i = 0; i < 30; i++) await addCard(f.owner, f.columnIds[i % 3]!, `Card ${i}`, { description: 'x'.repeat(80) });
    url = `${server.url}/api/boards/${f.boardId}`;
  });
  afterAll(() => server?.stop());

  it('when the client accepts brotli, gzip or only identity, then it gets those bytes of the same JSON', async () => {
    const cookie = { cookie: f.owner.cookie! };
    const [br, gzip, identity, none, refused] = await Promise.all([
      rawGet(url, { ...cookie, 'accept-encoding': 'gzip, deflate, br, zstd' }),
      rawGet(url, { ...cookie, 'accept-encoding': 'gzip' }),
      rawGet(url, { ...cookie, 'accept-encoding': 'identity' }),
      rawGet(url, cookie),
      rawGet(url, { ...cookie, 'accept-encoding': 'br;q=0, gzip;q=0.5' }),
    ]);

    expect([br, gzip, identity, none, refused].map((response) => response.headers.get('content-encoding'))).toEqual([
      'br',
      'gzip',
      null,
      null,
      'gzip',
    ]);
    const json = identity.bytes.toString();
    expect(brotliDecompressSync(br.bytes).toString()).toBe(json);
    expect(gunzipSync(gzip.bytes).toString()).toBe(json);
    expect(br.bytes.length).toBeLessThan(identity.bytes.length / 3);
    for (const response of [br, gzip, identity]) {
      expect(response.headers.get('vary')).toMatch(/Accept-Encoding/i);
      expect(response.headers.get('cache-control')).toBe('private, no-cache');
      expect(response.headers.get('etag')).toBe(br.headers.get('etag'));
      expect(Number(response.headers.get('content-length'))).toBe(response.bytes.length);
    }
    expect(br.headers.get('etag')).toMatch(/^"[\w-]+"$/);
  });

  it('when the client sends its ETag, then it gets 304; after a write the ETag changes and the body comes back', async () => {
    const first = await rawGet(url, { cookie: f.owner.cookie!, 'accept-encoding': 'br' });
    const etag = first.headers.get('etag')!;

    const unchanged = await rawGet(url, { cookie: f.owner.cookie!, 'if-none-match': etag });
    await addCard(f.member, f.columnIds[0]!, 'Changes the board');
    const changed = await rawGet(url, { cookie: f.owner.cookie!, 'if-none-match': etag });

    expect(unchanged.status).toBe(304);
    expect(unchanged.bytes.length).toBe(0);
    expect(unchanged.headers.get('etag')).toBe(etag);
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(changed.bytes.toString()).toContain('Changes the board');
  });

  it('when someone without access presents a valid ETag, then authorization still answers first', async () => {
    const etag = (await rawGet(url, { cookie: f.owner.cookie! })).headers.get('etag')!;

    const outsider = await rawGet(url, { cookie: f.outsider.cookie!, 'if-none-match': etag });
    const anonymous = await rawGet(url, { 'if-none-match': etag });

    expect(outsider.status).toBe(404);
    expect(anonymous.status).toBe(401);
  });

  it('when roles differ, then each sees its own role in an otherwise identical board', async () => {
    const [owner, viewer] = await Promise.all([f.owner.get(`/api/boards/${f.boardId}`), f.viewer.get(`/api/boards/${f.boardId}`)]);

    expect(owner.body.board.role).toBe('owner');
    expect(viewer.body.board.role).toBe('viewer');
    expect(viewer.body.columns).toEqual(owner.body.columns);
    expect(viewer.headers.get('etag')).not.toBe(owner.headers.get('etag'));
  });

  it('when another JSON response is over 1 KB, then it is compressed on the fly; small ones are not', async () => {
    const search = await rawGet(`${server.url}/api/search?q=card&limit=20`, { cookie: f.owner.cookie!, 'accept-encoding': 'br' });
    const me = await rawGet(`${server.url}/api/me`, { cookie: f.owner.cookie!, 'accept-encoding': 'br' });

    expect(search.headers.get('content-encoding')).toBe('br');
    expect(JSON.parse(brotliDecompressSync(search.bytes).toString()).items).toHaveLength(20);
    expect(me.headers.get('content-encoding')).toBeNull();
  });

  it('when a board is read twice, then Server-Timing shows the database on the first read and the cache on the second', async () => {
    const board = (await f.owner.post('/api/boards', { name: 'Timing' })).body.board;

    const cold = await f.owner.get(`/api/boards/${board.id}`);
    const warm = await f.owner.get(`/api/boards/${board.id}`);

    expect(cold.headers.get('server-timing')).toMatch(/^db;dur=[\d.]+;desc="[1-4] statements", cache;desc="[^"]*miss[^"]*", total;dur=[\d.]+$/);
    expect(warm.headers.get('server-timing')).toMatch(/^db;dur=0\.00;desc="0 statements", cache;desc="l1", total;dur=[\d.]+$/);
  });
});
