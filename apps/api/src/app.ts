import { createRateLimiter, type Cache } from '@brisk/api-data-access-cache';
import type { Db } from '@brisk/api-data-access-db';
import { createAuthRouter, createSessionMiddleware, createSignedInHintRefresh } from '@brisk/api-feature-auth';
import { createBoardsRouter } from '@brisk/api-feature-boards';
import { createSearchRouter } from '@brisk/api-feature-search';
import { apiNotFound, apiSecurityHeaders, createErrorHandler, createRequestLogging, rateLimit } from '@brisk/api-util-http';
import { limits } from '@brisk/shared-contracts';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { Metrics } from './metrics.ts';
import { createOpenApiDocument } from './openapi.ts';
import { createDemoRouter } from './routes/demo-router.ts';
import { createHealthRouter } from './routes/health-router.ts';
import { createMetricsRouter } from './routes/metrics-router.ts';
import { createWebStaticRouter } from './routes/web-static.ts';

export interface AppDeps {
  config: Pick<Config, 'webDir' | 'trustProxy' | 'authRateLimitPerMinute' | 'redis' | 'metricsToken'>;
  db: Db;
  cache: Cache;
  redis?: Redis | undefined;
  metrics: Metrics;
  logger: Logger;
  version: string;
  /** The demo sign-in the sign-in page may show, or null. */
  demo?: { email: string; password: string } | null;
}

export function createApp({ config, db, cache, redis, metrics, logger, version, demo = null }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);

  app.use(createMetricsRouter(metrics.registry, config.metricsToken));
  app.use('/api', apiSecurityHeaders, ...createRequestLogging(logger), metrics.observeRequests);
  app.use('/api', express.json({ limit: limits.bodyBytesMax }));
  app.use(createHealthRouter(db, redis));
  const openApi = createOpenApiDocument(version);
  app.get('/api/openapi.json', (_req, res) => void res.json(openApi));
  const signInLimiter = createRateLimiter(
    { keyPrefix: `${config.redis.prefix}rl:sign-in`, points: config.authRateLimitPerMinute, durationSeconds: 60 },
    redis,
  );
  app.use(['/api/auth/login', '/api/auth/register'], rateLimit(signInLimiter, (req) => req.ip ?? 'unknown'));
  app.use('/api', createSessionMiddleware({ db, cache }));
  app.use(createAuthRouter({ db, cache }));
  app.use(createDemoRouter(demo));
  app.use(createBoardsRouter({ db, cache }));
  app.use(createSearchRouter(db));
  app.use('/api', apiNotFound);

  const web = createWebStaticRouter(config.webDir);
  if (web) {
    const headers = helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } });
    app.use(headers, createSignedInHintRefresh({ db, cache }), web);
  }
  app.use(createErrorHandler(logger));
  return app;
}
