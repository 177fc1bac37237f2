import type { RouteObject } from 'react-router';

/**
 * Sign-in pages: nothing to load ahead, only their chunks. A factory, not a constant: the router writes into the
 * `lazy` objects once they have loaded, so every router needs its own.
 */
export function createAuthRoutes(): RouteObject[] {
  return [
    { path: 'login', lazy: { Component: async () => (await import('./pages/login-page.tsx')).LoginPage } },
    { path: 'register', lazy: { Component: async () => (await import('./pages/register-page.tsx')).RegisterPage } },
  ];
}
