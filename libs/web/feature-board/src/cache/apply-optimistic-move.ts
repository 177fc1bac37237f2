import { boardQueryOptions } from '@brisk/web-data-access-api';
import type { QueryClient } from '@tanstack/react-query';
import type { CardMove } from '../model/card-move.ts';
import { moveCardInBoard } from './move-card-in-board.ts';

/**
 * Shows the move in the cached board right away, in the same tick as the drop so the card never flickers back, and
 * returns how to undo it.
 */
export function applyOptimisticMove(queryClient: QueryClient, boardId: string, move: CardMove): () => void {
  const { queryKey } = boardQueryOptions(boardId);
  const previous = queryClient.getQueryData(queryKey);
  if (!previous) return () => undefined;
  // A refetch already on its way would land on top with the old order.
  void queryClient.cancelQueries({ queryKey });
  queryClient.setQueryData(queryKey, moveCardInBoard(previous, move));
  return () => queryClient.setQueryData(queryKey, previous);
}
