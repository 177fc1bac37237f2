import type { RequestHandler } from 'express';
import { authenticate, type AuthDeps } from '../use-cases/sign-in.ts';
import { hasSignedInHint, readSessionToken, writeSignedInHint } from './session-cookie.ts';

/**
 * On a page load that brings a valid session but no signed-in hint (a session from before the hint existed, or a
 * browser that lost the hint), sets the hint again: the SPA reads it before it starts, and without it would send a
 * signed-in user to the login page. One session lookup (cached) per such page load; assets and the API pass through.
 */
export function createSignedInHintRefresh(deps: AuthDeps): RequestHandler {
  return async (req, res, next) => {
    const token = readSessionToken(req);
    const pageLoad = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
    if (!pageLoad || !token || hasSignedInHint(req)) return next();
    try {
      if (await authenticate(deps, token)) writeSignedInHint(req, res);
      next();
    } catch (error) {
      next(error);
    }
  };
}
