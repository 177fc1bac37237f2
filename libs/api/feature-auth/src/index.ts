export { createAuthRouter } from './routes/auth-router.ts';
export { createSessionMiddleware } from './routes/session-middleware.ts';
export { sessionCookieName } from './routes/session-cookie.ts';
export { createSignedInHintRefresh } from './routes/signed-in-hint-refresh.ts';
export { deleteExpiredSessions, type AuthDeps } from './use-cases/sign-in.ts';
export { hashPassword, verifyPassword } from './use-cases/password.ts';
