import { boardQueryOptions, deleteColumn } from '@brisk/web-data-access-api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { removeColumnFromBoard } from '../cache/put-column-in-board.ts';

export function useDeleteColumn(boardId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (columnId: string) => deleteColumn(columnId),
    onSuccess: (_nothing, columnId) => {
      queryClient.setQueryData(
        boardQueryOptions(boardId).queryKey,
        (detail) => detail && removeColumnFromBoard(detail, columnId),
      );
    },
  });
}
