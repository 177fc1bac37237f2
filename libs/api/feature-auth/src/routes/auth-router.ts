import { bindPublicRoute, bindRoute } from '@brisk/api-util-http';
import { apiRoutes } from '@brisk/shared-contracts';
import { Router, type RequestHandler } from 'express';
import { logIn, logOut, registerUser, type AuthDeps } from '../use-cases/sign-in.ts';
import { clearSessionCookie, readSessionToken, writeSessionCookie } from './session-cookie.ts';

/** Who is signed in must never be answered from a cache: not the browser's, a proxy's or the back button's. */
const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('cache-control', 'no-store');
  next();
};

export function createAuthRouter(deps: AuthDeps): Router {
  const router = Router();
  router.use([apiRoutes.register.path, apiRoutes.login.path, apiRoutes.logout.path, apiRoutes.me.path], noStore);

  bindPublicRoute(router, apiRoutes.register, async ({ body }, { req, res }) => {
    const { user, token } = await registerUser(deps.db, body);
    writeSessionCookie(req, res, token);
    return { user };
  });

  bindPublicRoute(router, apiRoutes.login, async ({ body }, { req, res }) => {
    const { user, token } = await logIn(deps.db, body);
    const previous = readSessionToken(req);
    if (previous) await logOut(deps, previous);
    writeSessionCookie(req, res, token);
    return { user };
  });

  bindPublicRoute(router, apiRoutes.logout, async (_input, { req, res }) => {
    const token = readSessionToken(req);
    if (token) await logOut(deps, token);
    clearSessionCookie(req, res);
    // The next person at this browser must find none of this user's boards in its caches or offline copies.
    res.setHeader('clear-site-data', '"cache", "storage"');
  });

  bindRoute(router, apiRoutes.me, async (_input, { caller }) => ({
    user: { id: caller.id, email: caller.email, name: caller.name },
  }));

  return router;
}
