/**
 * Every cache key in one place. Lists, details and members sit under separate second segments so invalidating one
 * never refetches the others by prefix.
 */
export const queryKeys = {
  me: ['me'] as const,
  demoLogin: ['demo-login'] as const,
  boards: ['boards', 'list'] as const,
  board: (boardId: string) => ['boards', 'detail', boardId] as const,
  members: (boardId: string) => ['boards', 'members', boardId] as const,
  archive: (boardId: string) => ['boards', 'archive', boardId] as const,
  card: (cardId: string) => ['cards', cardId] as const,
  search: (query: string) => ['search', query] as const,
};
