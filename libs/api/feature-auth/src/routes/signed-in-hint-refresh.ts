import type { RequestHandler } from 'express';
import { authenticate, type AuthDeps } from '../use-cases/sign-in.ts';
import { hasSignedInHint, readSessionToken, writeSessionCookie } from './session-cookie.ts';

/**
 * On a page load that brings a valid session but no signed-in hint (a session from before the hint existed, a browser
 * that lost the hint, or a tool that sends the session as a header and not from a cookie jar), sets both cookies
 * again: the SPA reads the hint before it starts, and without it would send a signed-in user to the login page; and
 * the session goes back into the jar beside it, since a jar's cookies replace a Cookie header sent any other way. The
 * token is the one the request brought: nothing is granted that it did not have. One session lookup (cached) per such
 * page load; assets and the API pass through.
 */
export function createSignedInHintRefresh(deps: AuthDeps): RequestHandler {
  return async (req, res, next) => {
    const token = readSessionToken(req);
    const pageLoad = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
    if (!pageLoad || !token || hasSignedInHint(req)) return next();
    try {
      if (await authenticate(deps, token)) writeSessionCookie(req, res, token);
      next();
    } catch (error) {
      next(error);
    }
  };
}
