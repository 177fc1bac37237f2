import { describe, expect, it } from 'vitest';
import { makeLargeBoard } from '../test-support/board-fixture.ts';
import { moveColumnInBoard, putColumnInBoard, removeColumnFromBoard } from './put-column-in-board.ts';

const board = makeLargeBoard(4, 2);
const names = (detail: typeof board) => detail.columns.map((column) => column.name);
const [first, second, , fourth] = board.columns;

describe('column changes in the cached board', () => {
  it('when a column is renamed, then it keeps its place and its cards', () => {
    const renamed = putColumnInBoard(board, { ...second!, name: 'Renamed', version: 2 });

    expect(names(renamed)).toEqual(['Column 1', 'Renamed', 'Column 3', 'Column 4']);
    expect(renamed.columns[1]!.cards).toBe(second!.cards);
    expect(renamed.columns[0]).toBe(first);
  });

  it('when a column moves to the front or behind another, then the order follows and cards go with it', () => {
    expect(names(moveColumnInBoard(board, fourth!.id, null))).toEqual(['Column 4', 'Column 1', 'Column 2', 'Column 3']);
    const moved = moveColumnInBoard(board, first!.id, fourth!.id);
    expect(names(moved)).toEqual(['Column 2', 'Column 3', 'Column 4', 'Column 1']);
    expect(moved.columns[3]!.cards).toBe(first!.cards);
  });

  it('when a column is deleted, then it leaves the board', () => {
    expect(names(removeColumnFromBoard(board, second!.id))).toEqual(['Column 1', 'Column 3', 'Column 4']);
  });
});
