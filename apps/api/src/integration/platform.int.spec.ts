import { Agent, get } from 'node:http';
import { apiRoutes } from '@brisk/shared-contracts';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiClient } from '../test-support/api-client.ts';
import { describeApi } from '../test-support/describe-api.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

describeApi('health and OpenAPI', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.stop());

  it('when the database is migrated, then live and ready both answer ok', async () => {
    const client = new ApiClient(server.url);

    expect((await client.get('/api/health/live')).body).toEqual({ status: 'ok' });
    expect((await client.get('/api/health/ready')).body).toEqual({ status: 'ok', checks: { database: true } });
  });

  it('when the OpenAPI document is fetched, then it is 3.1 and lists every contract route', async () => {
    const { body } = await new ApiClient(server.url).get('/api/openapi.json');

    expect(body.openapi).toBe('3.1.0');
    for (const route of Object.values(apiRoutes)) {
      const path = route.path.replace(/:(\w+)/g, '{$1}');
      expect(body.paths[path]?.[route.method], `${route.method} ${path}`).toBeDefined();
    }
    expect(body.paths['/api/cards/{cardId}/move'].post.requestBody.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/MoveCardBody',
    });
    expect(body.components.schemas.MoveCardBody.required).toEqual(expect.arrayContaining(['toColumnId', 'version']));
  });

  it('when the database goes away, then ready turns 503 while live stays up', async () => {
    const other = await startTestServer();
    await other.db.close();

    const ready = await new ApiClient(other.url).get('/api/health/ready');
    const live = await new ApiClient(other.url).get('/api/health/live');
    await other.stop();

    expect(ready.status).toBe(503);
    expect(live.status).toBe(200);
  });

  it('when a client pauses longer than Node\'s default keep-alive (5 s + 1 s buffer), then its next request reuses the socket and succeeds', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const ports: number[] = [];
    const call = () =>
      new Promise<number>((resolve, reject) => {
        get(`${server.url}/api/health/live`, { agent }, (response) => {
          ports.push(response.socket.localPort ?? 0);
          response.resume().on('end', () => resolve(response.statusCode ?? 0));
        }).on('error', reject);
      });

    const first = await call();
    await new Promise((resolve) => setTimeout(resolve, 7_000));
    const second = await call();
    agent.destroy();

    expect([first, second]).toEqual([200, 200]);
    expect(ports[1]).toBe(ports[0]);
  });
});
