import type { Role } from '@brisk/shared-contracts';

const roles: Role[] = ['owner', 'member', 'viewer'];

/** Every cached value that shows board data, named in one place so each write can drop exactly what it changed. */
export const cacheKeys = {
  access: (boardId: string) => `access:${boardId}`,
  boardView: (boardId: string, role: Role) => `board:${boardId}:${role}`,
  boardViews: (boardId: string) => roles.map((role) => cacheKeys.boardView(boardId, role)),
  boardList: (userId: string) => `boards:${userId}`,
  card: (cardId: string) => `card:${cardId}`,
};
