import type { BoardDetail } from '@brisk/shared-contracts';
import { boardQueryOptions } from '@brisk/web-data-access-api';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { applyOptimisticMove } from './apply-optimistic-move.ts';

const card = {
  boardId: 'board',
  description: '',
  labels: [],
  assigneeId: null,
  dueDate: null,
  archived: false,
  version: 1,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

const board: BoardDetail = {
  board: { id: 'board', name: 'Board', role: 'member', labels: [], version: 1, createdAt: '2025-01-01T00:00:00.000Z' },
  columns: [
    {
      id: 'todo',
      boardId: 'board',
      name: 'To do',
      wipLimit: null,
      position: 'a0',
      version: 1,
      cards: [
        { ...card, id: 'x', columnId: 'todo', title: 'X', position: 'a0' },
        { ...card, id: 'y', columnId: 'todo', title: 'Y', position: 'a1' },
      ],
    },
    { id: 'done', boardId: 'board', name: 'Done', wipLimit: null, position: 'a1', version: 1, cards: [] },
  ],
};

function cardIdsByColumn(queryClient: QueryClient) {
  return queryClient
    .getQueryData(boardQueryOptions('board').queryKey)
    ?.columns.map((column) => column.cards.map((c) => c.id));
}

describe('applyOptimisticMove', () => {
  it('when a move is applied, then the cached board shows it at once', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(boardQueryOptions('board').queryKey, board);

    applyOptimisticMove(queryClient, 'board', { cardId: 'x', toColumnId: 'done', afterCardId: null, beforeCardId: null });

    expect(cardIdsByColumn(queryClient)).toEqual([['y'], ['x']]);
  });

  it('when the move is rolled back, then the cached board is the one from before the move', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(boardQueryOptions('board').queryKey, board);
    const rollback = applyOptimisticMove(queryClient, 'board', {
      cardId: 'x',
      toColumnId: 'done',
      afterCardId: null,
      beforeCardId: null,
    });

    rollback();

    expect(queryClient.getQueryData(boardQueryOptions('board').queryKey)).toEqual(board);
  });
});
