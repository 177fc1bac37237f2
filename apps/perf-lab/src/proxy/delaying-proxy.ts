import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

export interface DelayingProxy {
  origin: string;
  close(): Promise<void>;
}

// Headers that describe one connection, not the message: never forwarded (RFC 9110 §7.6.1).
const hopByHop = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer']);

function endToEnd(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !hopByHop.has(name.toLowerCase())));
}

/**
 * A reverse proxy that makes the system under test look `slowdownPercent` slower: it waits for the whole upstream
 * response, then holds it back for that share of the time the upstream took. Every request slows by the same ratio,
 * fast or slow, which is what a slower build looks like, without touching the app. At 0% it is the control: the same
 * extra hop, no delay. For rehearsing `compare`; the API itself never has a slowdown switch.
 */
export async function startDelayingProxy(upstreamOrigin: string, slowdownPercent: number): Promise<DelayingProxy> {
  const upstream = new URL(upstreamOrigin);
  const client = upstream.protocol === 'https:' ? https : http;
  const agent = new client.Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });
  const factor = slowdownPercent / 100;
  const server = http.createServer((request, response) => {
    const startedAt = performance.now();
    const forwarded = client.request(
      { protocol: upstream.protocol, hostname: upstream.hostname, port: upstream.port, method: request.method, path: request.url, headers: { ...endToEnd(request.headers), host: upstream.host }, agent },
      (upstreamResponse) => {
        const chunks: Buffer[] = [];
        upstreamResponse.on('data', (chunk: Buffer) => chunks.push(chunk));
        upstreamResponse.on('end', () => {
          const body = Buffer.concat(chunks);
          const headers = { ...endToEnd(upstreamResponse.headers), 'content-length': String(body.length) };
          setTimeout(() => response.writeHead(upstreamResponse.statusCode ?? 502, headers).end(body), (performance.now() - startedAt) * factor);
        });
        upstreamResponse.on('error', () => response.destroy());
      },
    );
    forwarded.on('error', () => {
      if (!response.headersSent) response.writeHead(502, { 'content-type': 'application/json' }).end('{"error":{"code":"PROXY_UPSTREAM_ERROR"}}');
      else response.destroy();
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
