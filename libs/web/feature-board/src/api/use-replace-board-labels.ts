import type { Board, ReplaceBoardLabelsBody } from '@brisk/shared-contracts';
import { boardQueryOptions, conflictCurrentOf, replaceBoardLabels } from '@brisk/web-data-access-api';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** Saves a board's label set; a version conflict stores the board the server sent, so the board shows its set. */
export function useReplaceBoardLabels(boardId: string) {
  const queryClient = useQueryClient();
  const storeBoard = (board: Board) =>
    queryClient.setQueryData(boardQueryOptions(boardId).queryKey, (detail) => detail && { ...detail, board });
  return useMutation({
    mutationFn: (body: ReplaceBoardLabelsBody) => replaceBoardLabels(boardId, body),
    onSuccess: storeBoard,
    onError: (error) => {
      const current = conflictCurrentOf<Board>(error);
      if (current) storeBoard(current);
    },
  });
}
