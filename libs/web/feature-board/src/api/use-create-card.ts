import { boardQueryOptions, boardsQueryOptions, createCard } from '@brisk/web-data-access-api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { putCardInBoard } from '../cache/put-card-in-board.ts';

export function useCreateCard(boardId: string, columnId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (title: string) => createCard(columnId, { title }),
    onSuccess: (card) => {
      queryClient.setQueryData(boardQueryOptions(boardId).queryKey, (detail) => detail && putCardInBoard(detail, card));
      // Card counts on the boards list are now behind; refetched when that list is next shown.
      void queryClient.invalidateQueries({ queryKey: boardsQueryOptions().queryKey });
    },
  });
}
