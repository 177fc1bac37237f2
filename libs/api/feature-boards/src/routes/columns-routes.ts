import type { Db } from '@brisk/api-data-access-db';
import { bindRoute } from '@brisk/api-util-http';
import { apiRoutes } from '@brisk/shared-contracts';
import type { Router } from 'express';
import { createColumn, deleteColumn, updateColumn } from '../use-cases/columns.ts';

export function bindColumnRoutes(router: Router, db: Db): void {
  bindRoute(router, apiRoutes.createColumn, async ({ params, body }, { caller }) => ({
    column: await createColumn(db, params.boardId, caller.id, body),
  }));
  bindRoute(router, apiRoutes.updateColumn, async ({ params, body }, { caller }) => ({
    column: await updateColumn(db, params.columnId, caller.id, body),
  }));
  bindRoute(router, apiRoutes.deleteColumn, async ({ params }, { caller }) =>
    deleteColumn(db, params.columnId, caller.id),
  );
}
