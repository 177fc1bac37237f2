import type { Db } from '@brisk/api-data-access-db';
import { createAuthRouter, createSessionMiddleware } from '@brisk/api-feature-auth';
import { createBoardsRouter } from '@brisk/api-feature-boards';
import { createSearchRouter } from '@brisk/api-feature-search';
import { apiNotFound, createErrorHandler, createRequestLogging } from '@brisk/api-util-http';
import { limits } from '@brisk/shared-contracts';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import { createOpenApiDocument } from './openapi.ts';
import { createHealthRouter } from './routes/health-router.ts';
import { createWebStaticRouter } from './routes/web-static.ts';

export interface AppDeps {
  config: Pick<Config, 'webDir' | 'trustProxy'>;
  db: Db;
  logger: Logger;
  version: string;
}

export function createApp({ config, db, logger, version }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));

  app.use('/api', ...createRequestLogging(logger), express.json({ limit: limits.bodyBytesMax }));
  app.use(createHealthRouter(db));
  const openApi = createOpenApiDocument(version);
  app.get('/api/openapi.json', (_req, res) => void res.json(openApi));
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
