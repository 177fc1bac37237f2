import type { BoardDetail, Card } from '@brisk/shared-contracts';
import { describe, expect, it } from 'vitest';
import { shareBoardDetail } from './share-board-detail.ts';

function card(id: string, columnId: string, version = 1): Card {
  return {
    id,
    boardId: 'b',
    columnId,
    title: `Card ${id}`,
    description: '',
    labels: [],
    assigneeId: null,
    dueDate: null,
    position: `a${id}`,
    archived: false,
    version,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: `2026-01-01T00:00:0${version}.000Z`,
  };
}

function board(cards: Record<string, Card[]>): BoardDetail {
  return {
    board: { id: 'b', name: 'Board', role: 'owner', labels: [], version: 1, createdAt: '2026-01-01T00:00:00.000Z' },
    columns: Object.entries(cards).map(([id, columnCards], index) => ({
      id,
      boardId: 'b',
      name: id,
      wipLimit: null,
      position: `a${index}`,
      version: 1,
      cards: columnCards,
    })),
  };
}

/** The same board as the server would send it again: equal values, all new objects. */
const refetched = (detail: BoardDetail): BoardDetail => structuredClone(detail);

describe('shareBoardDetail', () => {
  it('when a refetch brings the same board, then the previous object is kept whole', () => {
    const previous = board({ todo: [card('1', 'todo'), card('2', 'todo')], done: [card('3', 'done')] });

    expect(shareBoardDetail(previous, refetched(previous))).toBe(previous);
  });

  it('when one card changed, then only its column and itself are new; the other column and cards are kept', () => {
    const previous = board({ todo: [card('1', 'todo'), card('2', 'todo')], done: [card('3', 'done')] });
    const next = refetched(previous);
    next.columns[0]!.cards[1] = { ...card('2', 'todo', 2), title: 'Renamed' };

    const shared = shareBoardDetail(previous, next);

    expect(shared).not.toBe(previous);
    expect(shared.columns[1]).toBe(previous.columns[1]);
    expect(shared.columns[0]!.cards[0]).toBe(previous.columns[0]!.cards[0]);
    expect(shared.columns[0]!.cards[1]!.title).toBe('Renamed');
    expect(shared.board).toBe(previous.board);
  });

  it('when a card moved to another column, then both columns are new and the moved card is the new copy', () => {
    const previous = board({ todo: [card('1', 'todo'), card('2', 'todo')], done: [card('3', 'done')] });
    const next = refetched(previous);
    const moved = { ...card('2', 'done', 2) };
    next.columns[0]!.cards.splice(1, 1);
    next.columns[1]!.cards.push(moved);

    const shared = shareBoardDetail(previous, next);

    expect(shared.columns[0]!.cards.map((c) => c.id)).toEqual(['1']);
    expect(shared.columns[0]!.cards[0]).toBe(previous.columns[0]!.cards[0]);
    expect(shared.columns[1]!.cards.at(-1)).toBe(moved);
  });

  it('when there was nothing before, then the new board is taken as it is', () => {
    const next = board({ todo: [card('1', 'todo')] });

    expect(shareBoardDetail(undefined, next)).toBe(next);
  });
});
