import { bindPublicRoute } from '@brisk/api-util-http';
import { apiRoutes, type DemoLogin } from '@brisk/shared-contracts';
import { Router } from 'express';

/** Tells the sign-in page the demo login, so a first visitor can look around without registering. */
export function createDemoRouter(demo: DemoLogin['demo']): Router {
  const router = Router();
  bindPublicRoute(router, apiRoutes.demoLogin, async () => ({ demo }));
  return router;
}
