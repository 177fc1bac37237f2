import { boardQueryOptions } from '@brisk/web-data-access-api';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { loadBoardPage } from '../routing/load-board-page.ts';

/**
 * Starts what opening a board needs, its page's chunk and its data, while the user is still on the way to the click.
 * The route then finds both in flight or done; a prefetch that fails is simply done again by the route.
 */
export function usePrefetchBoard(): (boardId: string) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (boardId: string) => {
      loadBoardPage().catch(() => undefined);
      void queryClient.prefetchQuery(boardQueryOptions(boardId));
    },
    [queryClient],
  );
}
