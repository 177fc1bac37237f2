import { createHash, randomBytes } from 'node:crypto';

export const sessionTtlMs = 30 * 24 * 60 * 60 * 1000;

/** The client holds the token; the database holds only its SHA-256, so a leaked table cannot sign anyone in. */
export function createSessionToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashSessionToken(token) };
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
