import type { Card, Column } from '@brisk/shared-contracts';
import { describe, expect, it } from 'vitest';
import { groupCards } from './boards.ts';

const column = (id: string): Column => ({ id, boardId: 'b', name: id, wipLimit: null, position: id, version: 1 });
const card = (id: string, columnId: string) => ({ id, columnId }) as Card;

describe('groupCards', () => {
  it('when cards arrive in board order, then each column gets its own in that order, and empty columns stay', () => {
    const grouped = groupCards([column('a'), column('b'), column('c')], [card('1', 'b'), card('2', 'a'), card('3', 'b')]);

    expect(grouped.map((group) => [group.id, group.cards.map((c) => c.id)])).toEqual([
      ['a', ['2']],
      ['b', ['1', '3']],
      ['c', []],
    ]);
  });

  it('when a card points at a column that is not listed, then it is left out rather than misplaced', () => {
    expect(groupCards([column('a')], [card('1', 'zz')])[0]!.cards).toEqual([]);
  });
});
