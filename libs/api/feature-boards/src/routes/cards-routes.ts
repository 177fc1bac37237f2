import type { BoardsDeps } from '../use-cases/deps.ts';
import { bindRoute } from '@brisk/api-util-http';
import { apiRoutes } from '@brisk/shared-contracts';
import type { Router } from 'express';
import { listArchivedCards } from '../use-cases/archive.ts';
import { createCard, deleteCard, getCard, moveCard, updateCard } from '../use-cases/cards.ts';

export function bindCardRoutes(router: Router, deps: BoardsDeps): void {
  bindRoute(router, apiRoutes.createCard, async ({ params, body }, { caller }) => ({
    card: await createCard(deps, params.columnId, caller.id, body),
  }));
  bindRoute(router, apiRoutes.getCard, async ({ params }, { caller }) => ({
    card: await getCard(deps, params.cardId, caller.id),
  }));
  bindRoute(router, apiRoutes.updateCard, async ({ params, body }, { caller }) => ({
    card: await updateCard(deps, params.cardId, caller.id, body),
  }));
  bindRoute(router, apiRoutes.deleteCard, async ({ params }, { caller }) => deleteCard(deps, params.cardId, caller.id));
  bindRoute(router, apiRoutes.listArchivedCards, async ({ params, query }, { caller }) =>
    listArchivedCards(deps, params.boardId, caller.id, query),
  );
  bindRoute(router, apiRoutes.moveCard, async ({ params, body }, { caller }) => ({
    card: await moveCard(deps, params.cardId, caller.id, body),
  }));
}
