import type { Card, UpdateCardBody } from '@brisk/shared-contracts';
import {
  boardQueryOptions,
  boardsQueryOptions,
  cardQueryOptions,
  conflictCurrentOf,
  isApiError,
  updateCard,
} from '@brisk/web-data-access-api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { storeCard } from '../cache/store-card.ts';

export interface SaveCardVariables {
  cardId: string;
  body: UpdateCardBody;
}

/**
 * Edits, archives or restores a card. A version conflict stores the current card the server sent, so every view shows
 * it at once; the caller still has the error (and `details.current`) to offer the user's changes again.
 */
export function useSaveCard(boardId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ cardId, body }: SaveCardVariables) => updateCard(cardId, body),
    onSuccess: (card, { body }) => {
      storeCard(queryClient, card);
      // Card counts on the boards list leave out archived cards.
      if (body.archived !== undefined) void queryClient.invalidateQueries({ queryKey: boardsQueryOptions().queryKey });
    },
    onError: (error, { cardId }) => {
      const current = conflictCurrentOf<Card>(error);
      if (current) return storeCard(queryClient, current);
      if (!isApiError(error, 'NOT_FOUND')) return;
      void queryClient.invalidateQueries({ queryKey: cardQueryOptions(cardId).queryKey });
      void queryClient.invalidateQueries({ queryKey: boardQueryOptions(boardId).queryKey });
    },
  });
}
