import type { Db } from '@brisk/api-data-access-db';
import { bindRoute } from '@brisk/api-util-http';
import { apiRoutes } from '@brisk/shared-contracts';
import { Router } from 'express';
import { searchCards } from '../use-cases/search-cards.ts';

export function createSearchRouter(db: Db): Router {
  const router = Router();
  bindRoute(router, apiRoutes.search, async ({ query }, { caller }) => searchCards(db, caller.id, query));
  return router;
}
