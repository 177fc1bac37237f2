import type { BoardsDeps } from '../use-cases/deps.ts';
import { bindRoute } from '@brisk/api-util-http';
import { apiRoutes } from '@brisk/shared-contracts';
import type { Router } from 'express';
import { renameBoard, replaceBoardLabels } from '../use-cases/board-edits.ts';
import { createBoard, deleteBoard, getBoardView, listBoards } from '../use-cases/boards.ts';

export function bindBoardRoutes(router: Router, deps: BoardsDeps): void {
  bindRoute(router, apiRoutes.listBoards, async (_input, { caller }) => ({ boards: await listBoards(deps, caller.id) }));
  bindRoute(router, apiRoutes.createBoard, async ({ body }, { caller }) => createBoard(deps, caller.id, body));
  bindRoute(router, apiRoutes.getBoard, async ({ params }, { caller }) => getBoardView(deps, params.boardId, caller.id));
  bindRoute(router, apiRoutes.updateBoard, async ({ params, body }, { caller }) => ({
    board: await renameBoard(deps, params.boardId, caller.id, body),
  }));
  bindRoute(router, apiRoutes.replaceBoardLabels, async ({ params, body }, { caller }) => ({
    board: await replaceBoardLabels(deps, params.boardId, caller.id, body),
  }));
  bindRoute(router, apiRoutes.deleteBoard, async ({ params }, { caller }) => deleteBoard(deps, params.boardId, caller.id));
}
