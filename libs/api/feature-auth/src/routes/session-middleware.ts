import { setCaller } from '@brisk/api-util-http';
import type { RequestHandler } from 'express';
import { authenticate, type AuthDeps } from '../use-cases/sign-in.ts';
import { readSessionToken } from './session-cookie.ts';

/** Resolves the session cookie to a caller for the routes after it; routes decide whether they need one. */
export function createSessionMiddleware(deps: AuthDeps): RequestHandler {
  return async (req, res, next) => {
    const token = readSessionToken(req);
    const caller = token ? await authenticate(deps, token) : null;
    if (caller) setCaller(res, caller);
    next();
  };
}
