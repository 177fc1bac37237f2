import type { BoardsDeps } from '../use-cases/deps.ts';
import { bindRoute } from '@brisk/api-util-http';
import { apiRoutes } from '@brisk/shared-contracts';
import type { Router } from 'express';
import { createColumn, deleteColumn, updateColumn } from '../use-cases/columns.ts';

export function bindColumnRoutes(router: Router, deps: BoardsDeps): void {
  bindRoute(router, apiRoutes.createColumn, async ({ params, body }, { caller }) => ({
    column: await createColumn(deps, params.boardId, caller.id, body),
  }));
  bindRoute(router, apiRoutes.updateColumn, async ({ params, body }, { caller }) => ({
    column: await updateColumn(deps, params.columnId, caller.id, body),
  }));
  bindRoute(router, apiRoutes.deleteColumn, async ({ params }, { caller }) =>
    deleteColumn(deps, params.columnId, caller.id),
  );
}
