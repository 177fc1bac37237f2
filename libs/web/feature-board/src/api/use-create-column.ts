import { boardQueryOptions, createColumn } from '@brisk/web-data-access-api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { putColumnInBoard } from '../cache/put-column-in-board.ts';

export function useCreateColumn(boardId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => createColumn(boardId, { name }),
    onSuccess: (column) => {
      queryClient.setQueryData(boardQueryOptions(boardId).queryKey, (detail) => detail && putColumnInBoard(detail, column));
    },
  });
}
