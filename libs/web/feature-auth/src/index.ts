export { createAuthRoutes } from './auth-routes.ts';
