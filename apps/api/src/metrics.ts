import type { CacheEvents } from '@brisk/api-data-access-cache';
import type { QueryEvent } from '@brisk/api-data-access-db';
import { currentRequestContext } from '@brisk/api-util-http';
import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** Prometheus metrics of one process: defaults, HTTP, SQL, cache tiers and Redis errors. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const httpDuration = new Histogram({
    name: 'brisk_http_request_duration_seconds',
    help: 'HTTP request duration by method, route template and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const sqlPerRequest = new Histogram({
    name: 'brisk_db_statements_per_request',
    help: 'SQL statements issued while serving one request, by route template',
    labelNames: ['route'],
    buckets: [0, 1, 2, 3, 4, 5, 8, 13, 21],
    registers: [registry],
  });
  const sqlDuration = new Histogram({
    name: 'brisk_db_statement_duration_seconds',
    help: 'SQL statement duration',
    labelNames: ['outcome'],
    buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5],
    registers: [registry],
  });
  const cacheLookups = new Counter({
    name: 'brisk_cache_lookups_total',
    help: 'Cache lookups by result (hit or miss) and the tier that answered',
    labelNames: ['result', 'tier'],
    registers: [registry],
  });
  const redisErrors = new Counter({
    name: 'brisk_redis_errors_total',
    help: 'Redis operations that failed or were refused by the circuit breaker',
    labelNames: ['operation'],
    registers: [registry],
  });

  const cacheEvents: CacheEvents = {
    hit: (tier) => {
      cacheLookups.inc({ result: 'hit', tier });
      currentRequestContext()?.timing.noteCache(tier);
    },
    miss: () => {
      cacheLookups.inc({ result: 'miss', tier: 'source' });
      currentRequestContext()?.timing.noteCache('miss');
    },
    redisError: (operation) => redisErrors.inc({ operation }),
  };

  const onQuery = ({ durationMs, failed }: QueryEvent) => {
    sqlDuration.observe({ outcome: failed ? 'error' : 'ok' }, durationMs / 1000);
    currentRequestContext()?.timing.noteQuery(durationMs);
  };

  /** Mounted after the request context exists, so each request's statements are counted under its route template. */
  const observeRequests: RequestHandler = (req, res, next) => {
    const timing = currentRequestContext()?.timing;
    res.on('finish', () => {
      const route = req.route?.path ? String(req.route.path) : 'unmatched';
      const labels = { method: req.method, route, status: String(res.statusCode) };
      httpDuration.observe(labels, (timing?.elapsedMs() ?? 0) / 1000);
      sqlPerRequest.observe({ route }, timing?.dbStatements ?? 0);
    });
    next();
  };

  return { registry, cacheEvents, onQuery, observeRequests };
}
export type Metrics = ReturnType<typeof createMetrics>;
