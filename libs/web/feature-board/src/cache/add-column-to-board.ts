import type { BoardDetail, Column } from '@brisk/shared-contracts';
import { comparePositioned } from '@brisk/shared-util-ordering';

export function addColumnToBoard(detail: BoardDetail, column: Column): BoardDetail {
  const others = detail.columns.filter((candidate) => candidate.id !== column.id);
  return { ...detail, columns: [...others, { ...column, cards: [] }].sort(comparePositioned) };
}
