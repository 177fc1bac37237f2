import { createRateLimiter } from '@brisk/api-data-access-cache';
import type { Db } from '@brisk/api-data-access-db';
import { createAuthRouter, createSessionMiddleware } from '@brisk/api-feature-auth';
import { createBoardsRouter } from '@brisk/api-feature-boards';
import { createSearchRouter } from '@brisk/api-feature-search';
import { apiNotFound, createErrorHandler, createRequestLogging, rateLimit } from '@brisk/api-util-http';
import { limits } from '@brisk/shared-contracts';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import { createOpenApiDocument } from './openapi.ts';
import { createHealthRouter } from './routes/health-router.ts';
import { createWebStaticRouter } from './routes/web-static.ts';

export interface AppDeps {
  config: Pick<Config, 'webDir' | 'trustProxy' | 'authRateLimitPerMinute' | 'redis'>;
  db: Db;
  redis?: Redis | undefined;
  logger: Logger;
  version: string;
}

export function createApp({ config, db, redis, logger, version }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));

  app.use('/api', ...createRequestLogging(logger), express.json({ limit: limits.bodyBytesMax }));
  app.use(createHealthRouter(db, redis));
  const openApi = createOpenApiDocument(version);
  app.get('/api/openapi.json', (_req, res) => void res.json(openApi));
  const signInLimiter = createRateLimiter(
    { keyPrefix: `${config.redis.prefix}rl:sign-in`, points: config.authRateLimitPerMinute, durationSeconds: 60 },
    redis,
  );
  app.use(['/api/auth/login', '/api/auth/register'], rateLimit(signInLimiter, (req) => req.ip ?? 'unknown'));
  app.use('/api', createSessionMiddleware(db));
  app.use(createAuthRouter(db));
  app.use(createBoardsRouter(db));
  app.use(createSearchRouter(db));
  app.use('/api', apiNotFound);

  const web = createWebStaticRouter(config.webDir);
  if (web) app.use(web);
  app.use(createErrorHandler(logger));
  return app;
}
