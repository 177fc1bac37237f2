export { createBoardRoutes } from './board-routes.ts';
