import { apiRoutes, type ApiRouteName } from '@brisk/shared-contracts';
import { describe, expect, it } from 'vitest';
import { apiPaths } from './api-paths.ts';

const ids = { boardId: 'board-1', userId: 'user-1', columnId: 'column-1', cardId: 'card-1' };

function fillContractPath(name: ApiRouteName): string {
  return apiRoutes[name].path.replace(/:(\w+)/g, (_, param: keyof typeof ids) => ids[param]);
}

/** Every route the SPA calls (all but the health checks, which are for load balancers): a new route fails typecheck here. */
const builtPaths: Record<Exclude<ApiRouteName, 'live' | 'ready'>, string> = {
  register: apiPaths.register(),
  login: apiPaths.login(),
  logout: apiPaths.logout(),
  demoLogin: apiPaths.demoLogin(),
  me: apiPaths.me(),
  listBoards: apiPaths.boards(),
  createBoard: apiPaths.boards(),
  getBoard: apiPaths.board(ids.boardId),
  updateBoard: apiPaths.board(ids.boardId),
  replaceBoardLabels: apiPaths.boardLabels(ids.boardId),
  deleteBoard: apiPaths.board(ids.boardId),
  listArchivedCards: apiPaths.archive(ids.boardId),
  listMembers: apiPaths.members(ids.boardId),
  addMember: apiPaths.members(ids.boardId),
  updateMember: apiPaths.member(ids.boardId, ids.userId),
  removeMember: apiPaths.member(ids.boardId, ids.userId),
  createColumn: apiPaths.columns(ids.boardId),
  updateColumn: apiPaths.column(ids.columnId),
  deleteColumn: apiPaths.column(ids.columnId),
  createCard: apiPaths.columnCards(ids.columnId),
  getCard: apiPaths.card(ids.cardId),
  updateCard: apiPaths.card(ids.cardId),
  deleteCard: apiPaths.card(ids.cardId),
  moveCard: apiPaths.cardMove(ids.cardId),
  search: apiPaths.search(),
};

describe('apiPaths', () => {
  it.each(Object.entries(builtPaths))('when the client calls %s, then the path is the contract path', (name, path) => {
    expect(path).toBe(fillContractPath(name as ApiRouteName));
  });

  it('when an id holds URL syntax, then it stays one path segment', () => {
    expect(apiPaths.card('a/b?c')).toBe('/api/cards/a%2Fb%3Fc');
  });
});
