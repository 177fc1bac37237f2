import { timingSafeEqual } from 'node:crypto';
import { AppError } from '@brisk/api-util-http';
import { Router, type Request } from 'express';
import type { Registry } from 'prom-client';

const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** Loopback callers that did not come through a proxy, or anyone presenting the configured bearer token. */
function mayScrape(req: Request, token: string | undefined): boolean {
  const presented = req.headers.authorization?.replace(/^Bearer /, '');
  if (token && presented) {
    const [a, b] = [Buffer.from(presented), Buffer.from(token)];
    if (a.length === b.length && timingSafeEqual(a, b)) return true;
  }
  return loopback.has(req.socket.remoteAddress ?? '') && req.headers['x-forwarded-for'] === undefined;
}

export function createMetricsRouter(registry: Registry, token: string | undefined): Router {
  const router = Router();
  router.get('/metrics', async (req, res) => {
    if (!mayScrape(req, token)) throw new AppError('Metrics are served to loopback or with the metrics token', { status: 403, code: 'FORBIDDEN' });
    res.type(registry.contentType).send(await registry.metrics());
  });
  return router;
}
