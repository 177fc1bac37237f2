import { randomUUID } from 'node:crypto';
import {
  createRedisBus,
  createRedisCircuit,
  createRedisConnection,
  jsonCodec,
  silentCacheEvents,
  TieredCache,
} from '@brisk/api-data-access-cache';
import { Redis } from 'ioredis';
import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiClient } from '../test-support/api-client.ts';
import { addCard, createBoardFixture, readBoard, type BoardFixture } from '../test-support/board-fixture.ts';
import { describeApi } from '../test-support/describe-api.ts';
import { startLaggingProxy } from '../test-support/lagging-proxy.ts';
import { redisTestUrl } from '../test-support/redis-global-setup.ts';
import { createTestDatabase, startTestServer, type TestDatabase, type TestServer } from '../test-support/test-server.ts';

async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const tierOf = (response: { headers: Headers }) => /cache;desc="([^"]*)"/.exec(response.headers.get('server-timing') ?? '')?.[1];

/** The same user agent pointed at another instance: sessions live in the shared database. */
function onInstance(client: ApiClient, server: TestServer): ApiClient {
  const copy = new ApiClient(server.url);
  copy.cookie = client.cookie;
  return copy;
}

describeApi('tiered cache across instances', () => {
  let database: TestDatabase;
  let admin: Redis;
  const prefix = `test:${randomUUID()}:`;
  const servers: TestServer[] = [];
  let a: TestServer;
  let b: TestServer;
  let f: BoardFixture;
  const start = async (env: Record<string, string> = {}) => {
    const server = await startTestServer({ REDIS_URL: redisTestUrl, BRISK_REDIS_PREFIX: prefix, ...env }, database);
    servers.push(server);
    await waitFor(async () => (await new ApiClient(server.url).get('/api/health/ready')).body.checks.redis);
    return server;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    admin = new Redis(redisTestUrl);
    [a, b] = [await start(), await start()];
    f = await createBoardFixture(a.url);
  });
  afterAll(async () => {
    for (const server of servers) await server.stop();
    admin?.disconnect();
    await database?.drop();
  });

  it('when a write on A returns, then B never serves the old board, list or card', async () => {
    const ownerOnB = onInstance(f.owner, b);
    const column = f.columnIds[0]!;
    for (let i = 0; i < 20; i++) {
      await readBoard(ownerOnB, f.boardId);
      const before = (await ownerOnB.get('/api/boards')).body.boards[0].cardCount;

      const card = await addCard(f.owner, column, `Written on A ${i}`);
      const board = await readBoard(ownerOnB, f.boardId);
      const list = (await ownerOnB.get('/api/boards')).body.boards[0];
      await ownerOnB.get(`/api/cards/${card.id}`);
      await f.owner.patch(`/api/cards/${card.id}`, { title: `Edited on A ${i}`, version: 1 });
      const edited = await ownerOnB.get(`/api/cards/${card.id}`);

      expect(board.columns[0].cards.map((c: { id: string }) => c.id)).toContain(card.id);
      expect(list.cardCount).toBe(before + 1);
      expect(edited.body.card.title).toBe(`Edited on A ${i}`);
    }
  });

  it("when B's link to Redis lags, then A's write still returns only after B has dropped the old value", async () => {
    const proxy = await startLaggingProxy(Number(new URL(redisTestUrl).port || 6379), 150);
    const laggard = await start({ REDIS_URL: proxy.url, CACHE_BUS_ACK_TIMEOUT_MS: '2000' });
    const ownerOnLaggard = onInstance(f.owner, laggard);
    const stale: string[] = [];
    for (let i = 0; i < 5; i++) {
      // Let earlier messages land, and make sure the laggard really holds the board in process before the write.
      await waitFor(async () => tierOf(await ownerOnLaggard.get(`/api/boards/${f.boardId}`)) === 'l1');

      const card = await addCard(f.owner, f.columnIds[2]!, `Lagged ${i}`);
      const board = await readBoard(ownerOnLaggard, f.boardId);

      if (!board.columns[2].cards.some((c: { id: string }) => c.id === card.id)) stale.push(card.title);
    }
    proxy.close();

    expect(stale).toEqual([]);
  });

  it('when an instance keeps nothing in process, then its hits come from Redis with no SQL', async () => {
    const c = await start({ CACHE_L1_MAX_BYTES: '0' });
    await readBoard(f.owner, f.boardId);

    const fromL2 = await onInstance(f.owner, c).get(`/api/boards/${f.boardId}`);

    expect(fromL2.status).toBe(200);
    expect(tierOf(fromL2)).toBe('l2');
    expect(fromL2.headers.get('server-timing')).toMatch(/desc="0 statements"/);
  });

  it('when a slow load on one instance races a write on another, then neither tier keeps the old value', async () => {
    const logger = pino({ level: 'silent' });
    const make = () => {
      const redis = createRedisConnection(redisTestUrl, logger);
      const circuit = createRedisCircuit(redis, silentCacheEvents);
      const bus = createRedisBus(redis, circuit, { prefix, ackTimeoutMs: 500 });
      const cache = new TieredCache({
        ...{ l1MaxBytes: 1e6, l1TtlMs: 60_000, l1DegradedTtlMs: 1_000, l2TtlMs: 60_000 },
        ...{ prefix, events: silentCacheEvents, bus, circuit },
      });
      return { cache, bus, close: () => (bus.close(), redis.disconnect()) };
    };
    const [slow, writer, fresh] = [make(), make(), make()];
    await waitFor(() => slow.bus.isHealthy() && writer.bus.isHealthy() && fresh.bus.isHealthy());
    const codec = jsonCodec<string>();
    let release!: (value: string) => void;

    const stale = slow.cache.getOrLoad('race', codec, () => new Promise<string>((resolve) => (release = resolve)));
    await waitFor(() => release !== undefined);
    await writer.cache.invalidate(['race']);
    release('before the write');
    await stale;
    const afterOnFresh = await fresh.cache.getOrLoad('race', codec, async () => 'after the write');
    const afterOnSlow = await slow.cache.getOrLoad('race', codec, async () => 'after the write');
    [slow, writer, fresh].forEach((instance) => instance.close());

    expect(afterOnFresh).toEqual({ value: 'after the write', tier: 'source' });
    expect(afterOnSlow.value).toBe('after the write');
  });

  it('when the Redis connections are killed mid-run, then requests keep succeeding and the cache heals itself', async () => {
    const ownerOnB = onInstance(f.owner, b);
    await readBoard(ownerOnB, f.boardId);
    const showsOutageCard = async () =>
      (await readBoard(ownerOnB, f.boardId)).columns[1].cards.some((card: { title: string }) => card.title === 'During the outage');

    const killed = await admin.client('KILL', 'TYPE', 'normal', 'SKIPME', 'yes');
    const during = await Promise.all([
      ownerOnB.get(`/api/boards/${f.boardId}`),
      f.owner.post(`/api/columns/${f.columnIds[1]}/cards`, { title: 'During the outage' }),
      ownerOnB.get('/api/boards'),
    ]);
    await waitFor(async () => (await ownerOnB.get('/api/health/ready')).body.checks.redis);
    // A write whose invalidation could not reach Redis is settled when its instance reconnects: eventually, not at once.
    await waitFor(showsOutageCard);
    await waitFor(async () => tierOf(await ownerOnB.get(`/api/boards/${f.boardId}`)) === 'l1');

    expect(Number(killed)).toBeGreaterThan(0);
    expect(during.map((response) => response.status)).toEqual([200, 201, 200]);
    expect(await showsOutageCard()).toBe(true);
  });

  it('when Redis is unreachable at start, then reads come from L1 and the database, and others\' writes show within the degraded TTL', async () => {
    const offline = await startTestServer(
      { REDIS_URL: 'redis://127.0.0.1:1', BRISK_REDIS_PREFIX: prefix, CACHE_DEGRADED_L1_TTL_MS: '500' },
      database,
    );
    servers.push(offline);
    const ownerOffline = onInstance(f.owner, offline);

    const first = await ownerOffline.get(`/api/boards/${f.boardId}`);
    const second = await ownerOffline.get(`/api/boards/${f.boardId}`);
    const card = await addCard(f.owner, f.columnIds[0]!, 'Written while the other is offline');
    await new Promise((resolve) => setTimeout(resolve, 600));
    const later = await readBoard(ownerOffline, f.boardId);

    expect([first.status, second.status]).toEqual([200, 200]);
    expect(tierOf(second)).toBe('l1');
    expect(later.columns[0].cards.map((c: { id: string }) => c.id)).toContain(card.id);
  });
});
