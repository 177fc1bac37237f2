import { afterEach, expect, it } from 'vitest';
import { ApiClient } from '../test-support/api-client.ts';
import { describeApi } from '../test-support/describe-api.ts';
import { createTestDatabase, startTestServer, type TestDatabase, type TestServer } from '../test-support/test-server.ts';

describeApi('demo login on the sign-in page', () => {
  const started: TestServer[] = [];
  let database: TestDatabase | undefined;
  afterEach(async () => {
    for (const server of started.splice(0)) await server.stop();
    await database?.drop();
    database = undefined;
  });
  async function start(env: Record<string, string>, shared?: TestDatabase) {
    const server = await startTestServer(env, shared);
    started.push(server);
    return server;
  }

  it('when the instance did not seed the demo, then the sign-in page is told there is none', async () => {
    const server = await start({ BRISK_SEED_DEMO: 'false' });

    const response = await new ApiClient(server.url).get('/api/auth/demo');

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ demo: null });
  });

  it('when the instance seeded the demo, then its sign-in is offered, and it signs in', async () => {
    const server = await start({ BRISK_SEED_DEMO: 'true' });
    const client = new ApiClient(server.url);

    const { body } = await client.get('/api/auth/demo');
    const login = await client.post('/api/auth/login', body.demo);

    expect(body.demo).toEqual({ email: 'demo@brisk.local', password: 'brisk-demo' });
    expect(login.status).toBe(200);
  });

  it('when someone else registered the demo email with their own password, then no demo is offered', async () => {
    database = await createTestDatabase();
    const first = await start({ BRISK_SEED_DEMO: 'false' }, database);
    await new ApiClient(first.url).post('/api/auth/register', {
      email: 'demo@brisk.local',
      name: 'Not the demo',
      password: 'a secret of their own',
    });
    const seeding = await start({ BRISK_SEED_DEMO: 'true' }, database);

    const response = await new ApiClient(seeding.url).get('/api/auth/demo');

    expect(response.body).toEqual({ demo: null });
  });
});
