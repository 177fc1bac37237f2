import type { Db } from '@brisk/api-data-access-db';
import { bindRoute } from '@brisk/api-util-http';
import { apiRoutes } from '@brisk/shared-contracts';
import type { Router } from 'express';
import { createBoard, deleteBoard, getBoardDetail, listBoards, renameBoard } from '../use-cases/boards.ts';

export function bindBoardRoutes(router: Router, db: Db): void {
  bindRoute(router, apiRoutes.listBoards, async (_input, { caller }) => ({ boards: await listBoards(db, caller.id) }));
  bindRoute(router, apiRoutes.createBoard, async ({ body }, { caller }) => createBoard(db, caller.id, body));
  bindRoute(router, apiRoutes.getBoard, async ({ params }, { caller }) => getBoardDetail(db, params.boardId, caller.id));
  bindRoute(router, apiRoutes.updateBoard, async ({ params, body }, { caller }) => ({
    board: await renameBoard(db, params.boardId, caller.id, body),
  }));
  bindRoute(router, apiRoutes.deleteBoard, async ({ params }, { caller }) => deleteBoard(db, params.boardId, caller.id));
}
