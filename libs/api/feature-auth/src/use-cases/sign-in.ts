import { jsonCodec, type Cache } from '@brisk/api-data-access-cache';
import type { Db } from '@brisk/api-data-access-db';
import type { LoginBody, RegisterBody, User } from '@brisk/shared-contracts';
import { AppError, type Caller } from '@brisk/api-util-http';
import { v7 as uuidv7 } from 'uuid';
import { decoyHash, hashPassword, verifyPassword } from './password.ts';
import { createSessionToken, hashSessionToken, sessionTtlMs } from './session-token.ts';

export interface SignedIn {
  user: User;
  token: string;
}

async function startSession(db: Db, user: User): Promise<SignedIn> {
  const { token, tokenHash } = createSessionToken();
  const now = new Date();
  await db.sessions.insert({ id: tokenHash, userId: user.id, createdAt: now, expiresAt: new Date(+now + sessionTtlMs) });
  return { user, token };
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export async function registerUser(db: Db, body: RegisterBody): Promise<SignedIn> {
  const user = await db.users.insert({
    id: uuidv7(),
    email: normalizeEmail(body.email),
    name: body.name,
    passwordHash: await hashPassword(body.password),
  });
  if (!user) throw new AppError('An account with this email already exists', { status: 409, code: 'EMAIL_TAKEN' });
  return startSession(db, user);
}

/** Unknown email and wrong password fail alike, after the same amount of hashing work. */
export async function logIn(db: Db, body: LoginBody): Promise<SignedIn> {
  const row = await db.users.findByEmail(normalizeEmail(body.email));
  const matches = await verifyPassword(body.password, row?.passwordHash ?? (await decoyHash()));
  if (!row || !matches) {
    throw new AppError('Wrong email or password', { status: 401, code: 'INVALID_CREDENTIALS' });
  }
  return startSession(db, { id: row.id, email: row.email, name: row.name });
}

export interface AuthDeps {
  db: Db;
  cache: Cache;
}

const sessionKey = (tokenHash: string) => `session:${tokenHash}`;
const sessionCodec = jsonCodec<{ user: User; expiresAt: string } | null>();

export async function logOut({ db, cache }: AuthDeps, token: string): Promise<void> {
  const tokenHash = hashSessionToken(token);
  await db.sessions.delete(tokenHash);
  await cache.invalidate([sessionKey(tokenHash)]);
}

/** Sessions are cached (unknown tokens too), so a signed-in request needs no SQL to know who is calling. */
export async function authenticate({ db, cache }: AuthDeps, token: string): Promise<Caller | null> {
  const tokenHash = hashSessionToken(token);
  const { value } = await cache.getOrLoad(sessionKey(tokenHash), sessionCodec, async () => {
    const session = await db.sessions.findUser(tokenHash, new Date());
    return session && { user: session.user, expiresAt: session.expiresAt.toISOString() };
  });
  return value && Date.parse(value.expiresAt) > Date.now() ? value.user : null;
}

export function deleteExpiredSessions(db: Db): Promise<number> {
  return db.sessions.deleteExpired(new Date());
}
