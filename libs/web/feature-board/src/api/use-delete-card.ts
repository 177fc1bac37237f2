import { boardsQueryOptions, cardQueryOptions, deleteCard, isApiError } from '@brisk/web-data-access-api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { forgetCard } from '../cache/store-card.ts';

/** Deletes a card for good. One someone else deleted first is just as gone: that counts as done. */
export function useDeleteCard(boardId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (cardId: string) =>
      deleteCard(cardId).catch((error: unknown) => {
        if (!isApiError(error, 'NOT_FOUND')) throw error;
      }),
    onSuccess: (_nothing, cardId) => {
      forgetCard(queryClient, boardId, cardId);
      // A dialog still showing the card keeps its copy until it closes (removing it there would refetch a 404).
      queryClient.removeQueries({ queryKey: cardQueryOptions(cardId).queryKey, type: 'inactive' });
      void queryClient.invalidateQueries({ queryKey: boardsQueryOptions().queryKey });
    },
  });
}
