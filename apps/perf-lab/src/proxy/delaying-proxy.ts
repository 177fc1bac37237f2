import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

export interface DelayingProxy {
  origin: string;
  close(): Promise<void>;
}

// Headers that describe one connection, not the message: never forwarded (RFC 9110 §7.6.1), nor any the Connection
// header names.
const hopByHop = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer']);
const upstreamTimeoutMs = 120_000;

function endToEnd(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const named = new Set(
    String(headers.connection ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase()),
  );
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !hopByHop.has(name.toLowerCase()) && !named.has(name.toLowerCase())));
}

/**
 * Node's timers count whole milliseconds (and make 0 into 1), too coarse for a share of a 3 ms request. The delay is
 * rounded up or down at random in proportion to its fraction, so on average it is exact, and a delay under 1 ms waits
 * for the next turn of the event loop instead of a whole millisecond.
 */
export function wholeMilliseconds(ms: number, random: () => number = Math.random): number {
  return Math.floor(ms) + (random() < ms - Math.floor(ms) ? 1 : 0);
}

function holdFor(ms: number, send: () => void): void {
  const whole = wholeMilliseconds(ms);
  if (whole === 0) setImmediate(send);
  else setTimeout(send, whole);
}

function bodyMayHaveLength(method: string | undefined, status: number): boolean {
  return method !== 'HEAD' && status !== 204 && status !== 304;
}

/**
 * A reverse proxy that makes the system under test look `slowdownPercent` slower: it waits for the whole upstream
 * response, then holds it back for that share of the time the upstream took. Every request slows by the same ratio,
 * fast or slow, which is what a slower build looks like, without touching the app. At 0% it is the control: the same
 * extra hop, and the response goes on as soon as it is complete. For rehearsing `compare`; the API itself never has a
 * slowdown switch.
 */
export async function startDelayingProxy(upstreamOrigin: string, slowdownPercent: number): Promise<DelayingProxy> {
  const upstream = new URL(upstreamOrigin);
  const client = upstream.protocol === 'https:' ? https : http;
  const agent = new client.Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });
  const factor = slowdownPercent / 100;
  const hostname = upstream.hostname.replace(/^\[(.*)\]$/, '$1');
  const server = http.createServer((request, response) => {
    const startedAt = performance.now();
    const forwarded = client.request(
      { protocol: upstream.protocol, hostname, port: upstream.port, method: request.method, path: request.url, headers: { ...endToEnd(request.headers), host: upstream.host }, agent },
      (upstreamResponse) => {
        const chunks: Buffer[] = [];
        upstreamResponse.on('data', (chunk: Buffer) => chunks.push(chunk));
        upstreamResponse.on('end', () => {
          const body = Buffer.concat(chunks);
          const status = upstreamResponse.statusCode ?? 502;
          const headers = endToEnd(upstreamResponse.headers);
          if (headers['content-length'] === undefined && bodyMayHaveLength(request.method, status)) headers['content-length'] = String(body.length);
          const send = () => {
            if (!response.destroyed) response.writeHead(status, headers).end(body);
          };
          if (factor === 0) send();
          else holdFor((performance.now() - startedAt) * factor, send);
        });
        upstreamResponse.on('error', () => response.destroy());
      },
    );
    forwarded.setTimeout(upstreamTimeoutMs, () => forwarded.destroy(new Error('upstream timed out')));
    forwarded.on('error', () => {
      if (!response.headersSent) response.writeHead(502, { 'content-type': 'application/json' }).end('{"error":{"code":"PROXY_UPSTREAM_ERROR"}}');
      else response.destroy();
    });
    // A client that gives up (its own timeout, a reset) takes the upstream request down with it.
    response.on('close', () => {
      if (!response.writableFinished) forwarded.destroy();
    });
    request.pipe(forwarded);
  });
  // Outlast the clients' think times, as the API does, so the proxy adds no reconnects of its own.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}
