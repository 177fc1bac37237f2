import type { UpdateColumnBody } from '@brisk/shared-contracts';
import { boardQueryOptions, isApiError, updateColumn } from '@brisk/web-data-access-api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { moveColumnInBoard, putColumnInBoard } from '../cache/put-column-in-board.ts';

export interface ColumnUpdate {
  columnId: string;
  body: UpdateColumnBody;
}

/**
 * Renames, limits or moves a column. A move shows at once and goes back if the server refuses it; a conflict or a
 * column gone refetches the board so the user sees what changed.
 */
export function useUpdateColumn(boardId: string) {
  const queryClient = useQueryClient();
  const { queryKey } = boardQueryOptions(boardId);
  return useMutation({
    mutationFn: ({ columnId, body }: ColumnUpdate) => updateColumn(columnId, body),
    onMutate: async ({ columnId, body }) => {
      const previous = queryClient.getQueryData(queryKey);
      if (!previous || body.afterColumnId === undefined) return { previous: undefined };
      await queryClient.cancelQueries({ queryKey });
      queryClient.setQueryData(queryKey, moveColumnInBoard(previous, columnId, body.afterColumnId));
      return { previous };
    },
    onSuccess: (column) => {
      queryClient.setQueryData(queryKey, (detail) => detail && putColumnInBoard(detail, column));
    },
    onError: (error, _update, context) => {
      if (context?.previous) queryClient.setQueryData(queryKey, context.previous);
      if (isApiError(error, 'VERSION_CONFLICT') || isApiError(error, 'NOT_FOUND')) {
        void queryClient.invalidateQueries({ queryKey });
      }
    },
  });
}
