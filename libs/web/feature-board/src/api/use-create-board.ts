import type { CreateBoardBody } from '@brisk/shared-contracts';
import { boardQueryOptions, boardsQueryOptions, createBoard } from '@brisk/web-data-access-api';
import { useMutation, useQueryClient } from '@tanstack/react-query';

export function useCreateBoard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateBoardBody) => createBoard(body),
    onSuccess: (detail) => {
      queryClient.setQueryData(boardQueryOptions(detail.board.id).queryKey, detail);
      void queryClient.invalidateQueries({ queryKey: boardsQueryOptions().queryKey });
    },
  });
}
