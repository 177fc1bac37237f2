import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiClient, signUp } from '../test-support/api-client.ts';
import { describeApi } from '../test-support/describe-api.ts';
import { redisTestUrl } from '../test-support/redis-global-setup.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

const wrongLogin = (url: string) => new ApiClient(url).post('/api/auth/login', { email: 'x@example.test', password: 'nope' });

async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describeApi('Redis as shared, optional state', () => {
  const servers: TestServer[] = [];
  let admin: Redis;
  const start = async (env: Record<string, string>) => {
    const server = await startTestServer(env);
    servers.push(server);
    return server;
  };
  beforeAll(() => {
    admin = new Redis(redisTestUrl);
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    admin?.disconnect();
  });

  it('when two instances share Redis, then sign-in attempts on both count against one limit', async () => {
    const env = { REDIS_URL: redisTestUrl, BRISK_REDIS_PREFIX: `test:${randomUUID()}:`, AUTH_RATE_LIMIT_PER_MINUTE: '4' };
    const [a, b] = [await start(env), await start(env)];
    await waitFor(async () => (await new ApiClient(a.url).get('/api/health/ready')).body.checks.redis);
    await waitFor(async () => (await new ApiClient(b.url).get('/api/health/ready')).body.checks.redis);

    const statuses = [];
    for (const server of [a, b, a, b, a]) statuses.push((await wrongLogin(server.url)).status);
    const refused = await wrongLogin(b.url);

    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    expect(refused.body.error.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('when Redis is unreachable at start, then the app serves normally and still limits in-process', async () => {
    const server = await start({ REDIS_URL: 'redis://127.0.0.1:1', AUTH_RATE_LIMIT_PER_MINUTE: '3' });

    const user = await signUp(server.url, 'Offline');
    const board = await user.post('/api/boards', { name: 'Works without Redis' });
    const ready = await user.get('/api/health/ready');
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await wrongLogin(server.url)).status);

    expect(board.status).toBe(201);
    expect(ready.body).toEqual({ status: 'ok', checks: { database: true, redis: false } });
    expect(statuses).toEqual([401, 401, 429]);
  });

  it('when the Redis connection is killed mid-run, then requests keep succeeding and the shared limit recovers', async () => {
    const prefix = `test:${randomUUID()}:`;
    const server = await start({ REDIS_URL: redisTestUrl, BRISK_REDIS_PREFIX: prefix, AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
    const user = await signUp(server.url, 'Killed');
    await waitFor(async () => (await user.get('/api/health/ready')).body.checks.redis);

    await wrongLogin(server.url);
    const [key] = await admin.keys(`${prefix}*`);
    const countBefore = Number(await admin.get(key!));

    const killed = await admin.client('KILL', 'TYPE', 'normal', 'SKIPME', 'yes');
    const during = await Promise.all([user.get('/api/boards'), user.post('/api/boards', { name: 'During the outage' }), wrongLogin(server.url)]);
    await waitFor(async () => (await user.get('/api/health/ready')).body.checks.redis);
    await wrongLogin(server.url);
    await wrongLogin(server.url);

    expect(Number(killed)).toBeGreaterThan(0);
    expect(during.map((response) => response.status)).toEqual([200, 201, 401]);
    expect(Number(await admin.get(key!))).toBe(countBefore + 2);
  });
});
