import type { Db } from '@brisk/api-data-access-db';
import { bindRoute } from '@brisk/api-util-http';
import { apiRoutes } from '@brisk/shared-contracts';
import type { Router } from 'express';
import { createCard, deleteCard, getCard, moveCard, updateCard } from '../use-cases/cards.ts';

export function bindCardRoutes(router: Router, db: Db): void {
  bindRoute(router, apiRoutes.createCard, async ({ params, body }, { caller }) => ({
    card: await createCard(db, params.columnId, caller.id, body),
  }));
  bindRoute(router, apiRoutes.getCard, async ({ params }, { caller }) => ({
    card: await getCard(db, params.cardId, caller.id),
  }));
  bindRoute(router, apiRoutes.updateCard, async ({ params, body }, { caller }) => ({
    card: await updateCard(db, params.cardId, caller.id, body),
  }));
  bindRoute(router, apiRoutes.deleteCard, async ({ params }, { caller }) => deleteCard(db, params.cardId, caller.id));
  bindRoute(router, apiRoutes.moveCard, async ({ params, body }, { caller }) => ({
    card: await moveCard(db, params.cardId, caller.id, body),
  }));
}
