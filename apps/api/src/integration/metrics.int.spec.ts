import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiClient } from '../test-support/api-client.ts';
import { createBoardFixture, readBoard, type BoardFixture } from '../test-support/board-fixture.ts';
import { describeApi } from '../test-support/describe-api.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

const token = 'metrics-token-for-tests-0123456789';

describeApi('metrics', () => {
  let server: TestServer;
  let f: BoardFixture;
  beforeAll(async () => {
    server = await startTestServer({ METRICS_TOKEN: token });
    f = await createBoardFixture(server.url);
  });
  afterAll(() => server?.stop());

  it('when a loopback client scrapes /metrics, then it gets Prometheus text with HTTP, SQL and cache series', async () => {
    await readBoard(f.owner, f.boardId);
    await readBoard(f.owner, f.boardId);

    const response = await new ApiClient(server.url).get('/metrics');

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.text).toMatch(
      /brisk_http_request_duration_seconds_count\{method="GET",route="\/api\/boards\/:boardId",status="200"\} [1-9]/,
    );
    expect(response.text).toMatch(/brisk_db_statements_per_request_bucket\{le="4",route="\/api\/boards\/:boardId"\} [1-9]/);
    expect(response.text).toMatch(/brisk_db_statement_duration_seconds_count\{outcome="ok"\} [1-9]/);
    expect(response.text).toMatch(/brisk_cache_lookups_total\{result="hit",tier="l1"\} [1-9]/);
    expect(response.text).toMatch(/process_resident_memory_bytes \d+/);
  });

  it('when a request comes through a proxy, then /metrics needs the token', async () => {
    const proxied = new ApiClient(server.url);

    const refused = await proxied.get('/metrics', { headers: { 'x-forwarded-for': '203.0.113.9' } });
    const wrong = await proxied.get('/metrics', { headers: { 'x-forwarded-for': '203.0.113.9', authorization: 'Bearer nope' } });
    const allowed = await proxied.get('/metrics', { headers: { 'x-forwarded-for': '203.0.113.9', authorization: `Bearer ${token}` } });

    expect([refused.status, wrong.status, allowed.status]).toEqual([403, 403, 200]);
    expect(refused.body.error.code).toBe('FORBIDDEN');
  });
});
