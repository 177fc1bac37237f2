import type { Db } from '@brisk/api-data-access-db';
import { Router } from 'express';
import { bindBoardRoutes } from './boards-routes.ts';
import { bindCardRoutes } from './cards-routes.ts';
import { bindColumnRoutes } from './columns-routes.ts';
import { bindMemberRoutes } from './members-routes.ts';

/** Boards, their members, columns and cards. */
export function createBoardsRouter(db: Db): Router {
  const router = Router();
  bindBoardRoutes(router, db);
  bindMemberRoutes(router, db);
  bindColumnRoutes(router, db);
  bindCardRoutes(router, db);
  return router;
}
