const segment = encodeURIComponent;

/** URL builders for the routes in `apiRoutes` (shared contracts); a spec keeps the two in step. */
export const apiPaths = {
  register: () => '/api/auth/register',
  login: () => '/api/auth/login',
  logout: () => '/api/auth/logout',
  demoLogin: () => '/api/auth/demo',
  me: () => '/api/me',
  boards: () => '/api/boards',
  board: (boardId: string) => `/api/boards/${segment(boardId)}`,
  boardLabels: (boardId: string) => `/api/boards/${segment(boardId)}/labels`,
  archive: (boardId: string) => `/api/boards/${segment(boardId)}/archive`,
  members: (boardId: string) => `/api/boards/${segment(boardId)}/members`,
  member: (boardId: string, userId: string) => `/api/boards/${segment(boardId)}/members/${segment(userId)}`,
  columns: (boardId: string) => `/api/boards/${segment(boardId)}/columns`,
  column: (columnId: string) => `/api/columns/${segment(columnId)}`,
  columnCards: (columnId: string) => `/api/columns/${segment(columnId)}/cards`,
  card: (cardId: string) => `/api/cards/${segment(cardId)}`,
  cardMove: (cardId: string) => `/api/cards/${segment(cardId)}/move`,
  search: () => '/api/search',
};
