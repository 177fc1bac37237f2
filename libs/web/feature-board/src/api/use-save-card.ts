import type { UpdateCardBody } from '@brisk/shared-contracts';
import {
  boardQueryOptions,
  boardsQueryOptions,
  cardQueryOptions,
  isApiError,
  updateCard,
} from '@brisk/web-data-access-api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { putCardInBoard } from '../cache/put-card-in-board.ts';

/** Edits or archives a card; a version conflict refetches the card and its board so the form shows the latest. */
export function useSaveCard(boardId: string, cardId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateCardBody) => updateCard(cardId, body),
    onSuccess: (card) => {
      queryClient.setQueryData(cardQueryOptions(card.id).queryKey, card);
      queryClient.setQueryData(boardQueryOptions(boardId).queryKey, (detail) => detail && putCardInBoard(detail, card));
      if (card.archived) void queryClient.invalidateQueries({ queryKey: boardsQueryOptions().queryKey });
    },
    onError: (error) => {
      if (!isApiError(error, 'VERSION_CONFLICT') && !isApiError(error, 'NOT_FOUND')) return;
      void queryClient.invalidateQueries({ queryKey: cardQueryOptions(cardId).queryKey });
      void queryClient.invalidateQueries({ queryKey: boardQueryOptions(boardId).queryKey });
    },
  });
}
