import type { UpdateBoardBody } from '@brisk/shared-contracts';
import { boardQueryOptions, boardsQueryOptions, deleteBoard, updateBoard } from '@brisk/web-data-access-api';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** Renames a board (owners); the boards list is refetched when next shown. */
export function useUpdateBoard(boardId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateBoardBody) => updateBoard(boardId, body),
    onSuccess: (board) => {
      queryClient.setQueryData(boardQueryOptions(boardId).queryKey, (detail) => detail && { ...detail, board });
      void queryClient.invalidateQueries({ queryKey: boardsQueryOptions().queryKey });
    },
  });
}

/** Deletes a board (owners); its cached copy goes with it. */
export function useDeleteBoard(boardId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteBoard(boardId),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: boardQueryOptions(boardId).queryKey });
      void queryClient.invalidateQueries({ queryKey: boardsQueryOptions().queryKey });
    },
  });
}
