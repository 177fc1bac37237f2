import type { Db } from '@brisk/api-data-access-db';
import { bindPublicRoute } from '@brisk/api-util-http';
import { apiRoutes } from '@brisk/shared-contracts';
import { Router } from 'express';

export function createHealthRouter(db: Db): Router {
  const router = Router();
  bindPublicRoute(router, apiRoutes.live, async () => ({ status: 'ok' as const }));
  bindPublicRoute(router, apiRoutes.ready, async (_input, { res }) => {
    const database = await db.isReady();
    res.setHeader('cache-control', 'no-store');
    if (!database) {
      res.status(503).json({ status: 'unavailable', checks: { database } });
      return;
    }
    return { status: 'ok' as const, checks: { database } };
  });
  return router;
}

