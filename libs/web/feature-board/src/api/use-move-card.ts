import { boardQueryOptions, cardQueryOptions, moveCard } from '@brisk/web-data-access-api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { applyOptimisticMove } from '../cache/apply-optimistic-move.ts';
import { putCardInBoard } from '../cache/put-card-in-board.ts';
import { toMoveBody, type CardMove } from '../model/card-move.ts';

interface MoveVariables {
  move: CardMove;
  version: number;
  rollback: () => void;
}

/** Moves a card optimistically; on failure the board goes back and is refetched, and `error` says why. */
export function useMoveCard(boardId: string) {
  const queryClient = useQueryClient();
  const { mutate, error, reset } = useMutation({
    mutationFn: ({ move, version }: MoveVariables) => moveCard(move.cardId, toMoveBody(move, version)),
    onSuccess: (card) => {
      queryClient.setQueryData(cardQueryOptions(card.id).queryKey, card);
      queryClient.setQueryData(boardQueryOptions(boardId).queryKey, (detail) => detail && putCardInBoard(detail, card));
    },
    onError: (_error, { rollback }) => {
      rollback();
      void queryClient.invalidateQueries({ queryKey: boardQueryOptions(boardId).queryKey });
    },
  });

  const move = useCallback(
    (cardMove: CardMove, version: number) => {
      const rollback = applyOptimisticMove(queryClient, boardId, cardMove);
      mutate({ move: cardMove, version, rollback });
    },
    [queryClient, boardId, mutate],
  );

  return { move, error, reset };
}
