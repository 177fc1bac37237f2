import type { Card } from '@brisk/shared-contracts';
import { archivedCardsQueryOptions, boardQueryOptions, cardQueryOptions } from '@brisk/web-data-access-api';
import type { QueryClient } from '@tanstack/react-query';
import { putCardInArchive, removeCardFromArchive } from './put-card-in-archive.ts';
import { putCardInBoard } from './put-card-in-board.ts';

/** The server's copy of a card into every cache that shows it: its own, its board's and its board's archive. */
export function storeCard(queryClient: QueryClient, card: Card): void {
  queryClient.setQueryData(cardQueryOptions(card.id).queryKey, card);
  queryClient.setQueryData(
    boardQueryOptions(card.boardId).queryKey,
    (detail) => detail && putCardInBoard(detail, card),
  );
  queryClient.setQueryData(
    archivedCardsQueryOptions(card.boardId).queryKey,
    (archive) => archive && putCardInArchive(archive, card),
  );
}

/** A deleted card out of its board and its archive. */
export function forgetCard(queryClient: QueryClient, boardId: string, cardId: string): void {
  queryClient.setQueryData(
    boardQueryOptions(boardId).queryKey,
    (detail) =>
      detail && {
        ...detail,
        columns: detail.columns.map((column) =>
          column.cards.some((card) => card.id === cardId)
            ? { ...column, cards: column.cards.filter((card) => card.id !== cardId) }
            : column,
        ),
      },
  );
  queryClient.setQueryData(
    archivedCardsQueryOptions(boardId).queryKey,
    (archive) => archive && removeCardFromArchive(archive, cardId),
  );
}
