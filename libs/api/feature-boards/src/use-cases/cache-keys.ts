import type { Role } from '@brisk/shared-contracts';

const roles: Role[] = ['owner', 'member', 'viewer'];
/**
 * Moves on whenever the board view's JSON changes shape (2: the board's labels and version), so a release never sends
 * a view that the one before it left in Redis.
 */
const boardViewShape = 2;

/** Every cached value that shows board data, named in one place so each write can drop exactly what it changed. */
export const cacheKeys = {
  access: (boardId: string) => `access:${boardId}`,
  boardView: (boardId: string, role: Role) => `board:v${boardViewShape}:${boardId}:${role}`,
  boardViews: (boardId: string) => roles.map((role) => cacheKeys.boardView(boardId, role)),
  boardList: (userId: string) => `boards:${userId}`,
  card: (cardId: string) => `card:${cardId}`,
};
