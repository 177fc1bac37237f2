import { isRedisReady } from '@brisk/api-data-access-cache';
import type { Db } from '@brisk/api-data-access-db';
import { bindPublicRoute } from '@brisk/api-util-http';
import { apiRoutes } from '@brisk/shared-contracts';
import { Router } from 'express';
import type { Redis } from 'ioredis';

/** Ready means the database answers and is migrated; Redis is reported but optional, so it never makes us unready. */
export function createHealthRouter(db: Db, redis?: Redis): Router {
  const router = Router();
  bindPublicRoute(router, apiRoutes.live, async () => ({ status: 'ok' as const }));
  bindPublicRoute(router, apiRoutes.ready, async (_input, { res }) => {
    const checks = { database: await db.isReady(), ...(redis ? { redis: isRedisReady(redis) } : {}) };
    res.setHeader('cache-control', 'no-store');
    if (!checks.database) {
      res.status(503).json({ status: 'unavailable', checks });
      return;
    }
    return { status: 'ok' as const, checks };
  });
  return router;
}

