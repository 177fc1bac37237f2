export { createSearchRoutes } from './search-routes.ts';
