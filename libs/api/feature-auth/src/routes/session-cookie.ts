import type { CookieOptions, Request, Response } from 'express';
import { parseCookie } from 'cookie';
import { sessionTtlMs } from '../use-cases/session-token.ts';

export const sessionCookieName = 'brisk_session';

/**
 * Set and cleared beside the session cookie, and readable by script: the SPA sends a visitor without it straight to the
 * login page, with no API call bound to fail. A hint, never trusted: authorization only ever reads the session cookie.
 */
const signedInHintCookieName = 'brisk_signed_in';

function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  return header ? parseCookie(header)[name] : undefined;
}

export function readSessionToken(req: Request): string | undefined {
  return readCookie(req, sessionCookieName);
}

export function hasSignedInHint(req: Request): boolean {
  return readCookie(req, signedInHintCookieName) !== undefined;
}

/** SameSite=Lax, and Secure whenever the request came over HTTPS (directly or via a trusted proxy). */
function cookieOptions(req: Request): CookieOptions {
  return { sameSite: 'lax', secure: req.secure, path: '/' };
}

/** The session is HttpOnly; its hint lives exactly as long. */
export function writeSessionCookie(req: Request, res: Response, token: string): void {
  res.cookie(sessionCookieName, token, { ...cookieOptions(req), httpOnly: true, maxAge: sessionTtlMs });
  res.cookie(signedInHintCookieName, '1', { ...cookieOptions(req), maxAge: sessionTtlMs });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(sessionCookieName, { ...cookieOptions(req), httpOnly: true });
  res.clearCookie(signedInHintCookieName, cookieOptions(req));
}
