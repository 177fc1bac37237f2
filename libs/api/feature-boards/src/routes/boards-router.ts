import type { BoardsDeps } from '../use-cases/deps.ts';
import { Router } from 'express';
import { bindBoardRoutes } from './boards-routes.ts';
import { bindCardRoutes } from './cards-routes.ts';
import { bindColumnRoutes } from './columns-routes.ts';
import { bindMemberRoutes } from './members-routes.ts';

/** Boards, their members, columns and cards. */
export function createBoardsRouter(deps: BoardsDeps): Router {
  const router = Router();
  bindBoardRoutes(router, deps);
  bindMemberRoutes(router, deps);
  bindColumnRoutes(router, deps);
  bindCardRoutes(router, deps);
  return router;
}
