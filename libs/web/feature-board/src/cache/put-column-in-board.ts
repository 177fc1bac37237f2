import type { BoardDetail, Column } from '@brisk/shared-contracts';
import { comparePositioned, positionBetween } from '@brisk/shared-util-ordering';

/** Puts the server's copy of a column (new, renamed, limited or moved) in its place; its cards stay as they are. */
export function putColumnInBoard(detail: BoardDetail, column: Column): BoardDetail {
  const cards = detail.columns.find((candidate) => candidate.id === column.id)?.cards ?? [];
  const others = detail.columns.filter((candidate) => candidate.id !== column.id);
  return { ...detail, columns: [...others, { ...column, cards }].sort(comparePositioned) };
}

export function removeColumnFromBoard(detail: BoardDetail, columnId: string): BoardDetail {
  return { ...detail, columns: detail.columns.filter((column) => column.id !== columnId) };
}

/**
 * The board after a column moves behind `afterColumnId` (null: to the front), keyed the way the server keys it so
 * the optimistic order matches its answer.
 */
export function moveColumnInBoard(detail: BoardDetail, columnId: string, afterColumnId: string | null): BoardDetail {
  const column = detail.columns.find((candidate) => candidate.id === columnId);
  if (!column) return detail;
  const others = detail.columns.filter((candidate) => candidate.id !== columnId);
  const index = afterColumnId === null ? 0 : others.findIndex((candidate) => candidate.id === afterColumnId) + 1;
  const position = positionBetween(others[index - 1]?.position ?? null, others[index]?.position ?? null);
  return putColumnInBoard(detail, { ...column, position });
}
