import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DelayingProxy, startDelayingProxy, wholeMilliseconds } from './delaying-proxy.ts';

const upstreamMs = 200;
let upstream: http.Server;
let upstreamOrigin: string;

beforeAll(async () => {
  // Takes upstreamMs, then echoes what it was sent.
  upstream = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      setTimeout(() => {
        response.writeHead(201, { 'content-type': 'application/json', 'x-upstream': 'yes' });
        response.end(JSON.stringify({ method: request.method, url: request.url, body: Buffer.concat(chunks).toString(), cookie: request.headers.cookie }));
      }, upstreamMs);
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  upstreamOrigin = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => upstream.close(() => resolve())));

async function timedPost(proxy: DelayingProxy): Promise<{ ms: number; response: Response; body: unknown }> {
  const startedAt = performance.now();
  const response = await fetch(`${proxy.origin}/api/cards?x=1`, { method: 'POST', body: 'hello', headers: { cookie: 'sid=abc' } });
  const body: unknown = await response.json();
  return { ms: performance.now() - startedAt, response, body };
}

describe('delaying proxy', { timeout: 15_000 }, () => {
  it('when the slowdown is 0%, then the request and the response pass through whole', async () => {
    const proxy = await startDelayingProxy(upstreamOrigin, 0);
    try {
      const { ms, response, body } = await timedPost(proxy);

      expect(response.status).toBe(201);
      expect(response.headers.get('x-upstream')).toBe('yes');
      expect(body).toEqual({ method: 'POST', url: '/api/cards?x=1', body: 'hello', cookie: 'sid=abc' });
      expect(ms).toBeGreaterThanOrEqual(upstreamMs);
    } finally {
      await proxy.close();
    }
  });

  it('when the slowdown is 100%, then the response is held back as long again as the upstream took', async () => {
    const proxy = await startDelayingProxy(upstreamOrigin, 100);
    try {
      const { ms, response } = await timedPost(proxy);

      expect(response.status).toBe(201);
      expect(ms).toBeGreaterThanOrEqual(upstreamMs * 2);
    } finally {
      await proxy.close();
    }
  });

  it('when the upstream is down, then the client gets a 502 with a stable code, not a hang', async () => {
    const proxy = await startDelayingProxy('http://127.0.0.1:9', 30);
    try {
      const response = await fetch(`${proxy.origin}/api/health`);

      expect(response.status).toBe(502);
      expect(await response.json()).toEqual({ error: { code: 'PROXY_UPSTREAM_ERROR' } });
    } finally {
      await proxy.close();
    }
  });

  it('when a delay is a fraction of a millisecond, then it is rounded up or down at random so the average is exact', () => {
    const draws = Array.from({ length: 1000 }, (_, index) => (index + 0.5) / 1000);
    const rounded = draws.map((random) => wholeMilliseconds(1.3, () => random));

    expect(new Set(rounded)).toEqual(new Set([1, 2]));
    expect(rounded.reduce((sum, ms) => sum + ms, 0) / rounded.length).toBeCloseTo(1.3, 2);
    expect(wholeMilliseconds(0.2, () => 0.5)).toBe(0);
  });
});
