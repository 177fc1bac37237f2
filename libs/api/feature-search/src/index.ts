export { createSearchRouter } from './routes/search-router.ts';
