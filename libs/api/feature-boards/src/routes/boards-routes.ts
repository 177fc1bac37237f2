import type { BoardsDeps } from '../use-cases/deps.ts';
import { bindRoute } from '@brisk/api-util-http';
import { apiRoutes } from '@brisk/shared-contracts';
import type { Router } from 'express';
import { createBoard, deleteBoard, getBoardView, listBoards, renameBoard } from '../use-cases/boards.ts';

export function bindBoardRoutes(router: Router, deps: BoardsDeps): void {
  bindRoute(router, apiRoutes.listBoards, async (_input, { caller }) => ({ boards: await listBoards(deps, caller.id) }));
  bindRoute(router, apiRoutes.createBoard, async ({ body }, { caller }) => createBoard(deps, caller.id, body));
  bindRoute(router, apiRoutes.getBoard, async ({ params }, { caller }) => getBoardView(deps, params.boardId, caller.id));
  bindRoute(router, apiRoutes.updateBoard, async ({ params, body }, { caller }) => ({
    board: await renameBoard(deps, params.boardId, caller.id, body),
  }));
  bindRoute(router, apiRoutes.deleteBoard, async ({ params }, { caller }) => deleteBoard(deps, params.boardId, caller.id));
}
