export { createBoardsRouter } from './routes/boards-router.ts';
export { createBoard } from './use-cases/boards.ts';
