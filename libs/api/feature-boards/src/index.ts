export { createBoardsRouter } from './routes/boards-router.ts';
export { createBoard } from './use-cases/boards.ts';
export type { BoardsDeps } from './use-cases/deps.ts';
