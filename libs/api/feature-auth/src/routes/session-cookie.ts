import type { Request, Response } from 'express';
import { parseCookie } from 'cookie';
import { sessionTtlMs } from '../use-cases/session-token.ts';

export const sessionCookieName = 'brisk_session';

export function readSessionToken(req: Request): string | undefined {
  const header = req.headers.cookie;
  return header ? parseCookie(header)[sessionCookieName] : undefined;
}

/** HttpOnly, SameSite=Lax, and Secure whenever the request came over HTTPS (directly or via a trusted proxy). */
export function writeSessionCookie(req: Request, res: Response, token: string): void {
  res.cookie(sessionCookieName, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.secure,
    path: '/',
    maxAge: sessionTtlMs,
  });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(sessionCookieName, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' });
}
