import { describe, expect, it } from 'vitest';
import { moveAcrossColumns, type CardLayout } from './card-layout.ts';
import { computeDropMove } from './compute-drop-move.ts';

const start: CardLayout = { todo: ['a', 'b', 'c', 'd'], doing: ['e', 'f'], done: [] };

describe('computeDropMove', () => {
  it('when a card is dropped lower in its column, then the card above is the one it was dropped on', () => {
    const move = computeDropMove(start, start, 'a', 'c');

    expect(move).toEqual({ cardId: 'a', toColumnId: 'todo', afterCardId: 'c', beforeCardId: 'd' });
  });

  it('when a card is dropped on the first card, then it goes to the top with nothing above it', () => {
    const move = computeDropMove(start, start, 'c', 'a');

    expect(move).toEqual({ cardId: 'c', toColumnId: 'todo', afterCardId: null, beforeCardId: 'a' });
  });

  it('when a card is dragged into another column and dropped in the slot shown there, then its neighbours are in that column', () => {
    const current = moveAcrossColumns(start, 'b', 'f');

    const move = computeDropMove(start, current, 'b', 'b');

    expect(move).toEqual({ cardId: 'b', toColumnId: 'doing', afterCardId: 'e', beforeCardId: 'f' });
  });

  it('when a card is dropped on an empty column, then it has no neighbours there', () => {
    const current = moveAcrossColumns(start, 'd', 'done');

    const move = computeDropMove(start, current, 'd', 'done');

    expect(move).toEqual({ cardId: 'd', toColumnId: 'done', afterCardId: null, beforeCardId: null });
  });

  it('when a card is dropped on itself, then there is nothing to move', () => {
    expect(computeDropMove(start, start, 'b', 'b')).toBeNull();
  });
});
