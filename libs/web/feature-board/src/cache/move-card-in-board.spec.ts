import type { BoardDetail, Card, ColumnWithCards } from '@brisk/shared-contracts';
import { positionsBetween } from '@brisk/shared-util-ordering';
import { describe, expect, it } from 'vitest';
import { moveCardInBoard } from './move-card-in-board.ts';

function makeColumn(id: string, cardIds: string[]): ColumnWithCards {
  const positions = positionsBetween(null, null, cardIds.length);
  const cards = cardIds.map(
    (cardId, index): Card => ({
      id: cardId,
      boardId: 'board',
      columnId: id,
      title: `Card ${cardId}`,
      description: '',
      labels: [],
      assigneeId: null,
      dueDate: null,
      position: positions[index] ?? '',
      archived: false,
      version: 1,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    }),
  );
  return { id, boardId: 'board', name: id, wipLimit: null, position: id, version: 1, cards };
}

const board: BoardDetail = {
  board: { id: 'board', name: 'Board', role: 'member', labels: [], version: 1, createdAt: '2025-01-01T00:00:00.000Z' },
  columns: [makeColumn('a-todo', ['a', 'b', 'c']), makeColumn('b-doing', ['d', 'e'])],
};

function idsIn(detail: BoardDetail, columnId: string): string[] {
  return detail.columns.find((column) => column.id === columnId)?.cards.map((card) => card.id) ?? [];
}

describe('moveCardInBoard', () => {
  it('when a card moves down its column, then the column is re-sorted with the card in its new slot', () => {
    const moved = moveCardInBoard(board, { cardId: 'a', toColumnId: 'a-todo', afterCardId: 'b', beforeCardId: 'c' });

    expect(idsIn(moved, 'a-todo')).toEqual(['b', 'a', 'c']);
  });

  it('when a card moves to another column, then it leaves the old one and takes that column and a key between its neighbours', () => {
    const moved = moveCardInBoard(board, { cardId: 'b', toColumnId: 'b-doing', afterCardId: 'd', beforeCardId: 'e' });

    expect(idsIn(moved, 'a-todo')).toEqual(['a', 'c']);
    expect(idsIn(moved, 'b-doing')).toEqual(['d', 'b', 'e']);
    const card = moved.columns[1]?.cards[1];
    const [d, e] = board.columns[1]?.cards ?? [];
    expect(card?.columnId).toBe('b-doing');
    expect(d && e && card && d.position < card.position && card.position < e.position).toBe(true);
  });

  it('when a card moves to the top, then it sorts before every other card', () => {
    const moved = moveCardInBoard(board, { cardId: 'e', toColumnId: 'a-todo', afterCardId: null, beforeCardId: 'a' });

    expect(idsIn(moved, 'a-todo')).toEqual(['e', 'a', 'b', 'c']);
  });

  it('when it moves a card, then the board it was given is left as it was', () => {
    const before = structuredClone(board);

    moveCardInBoard(board, { cardId: 'a', toColumnId: 'b-doing', afterCardId: 'e', beforeCardId: null });

    expect(board).toEqual(before);
  });
});
