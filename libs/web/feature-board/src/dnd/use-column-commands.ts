import type { BoardDetail } from '@brisk/shared-contracts';
import { useCallback, useRef } from 'react';
import { useUpdateColumn } from '../api/use-update-column.ts';

/**
 * Moves a column to an index of the board's order, the way a drop or "Move left/right" asks. Stable for the board's
 * life: the board is read at call time, so a card change does not hand every column a new callback.
 */
export function useColumnCommands(detail: BoardDetail) {
  const update = useUpdateColumn(detail.board.id);
  const latest = useRef(detail);
  latest.current = detail;
  const { mutate } = update;
  const moveColumn = useCallback(
    (columnId: string, toIndex: number) => {
      const columns = latest.current.columns;
      const column = columns.find((candidate) => candidate.id === columnId);
      const others = columns.filter((candidate) => candidate.id !== columnId);
      if (!column || columns.indexOf(column) === toIndex || toIndex < 0 || toIndex > others.length) return;
      mutate({ columnId, body: { afterColumnId: others[toIndex - 1]?.id ?? null, version: column.version } });
    },
    [mutate],
  );
  return { moveColumn, moveError: update.error, resetMoveError: update.reset };
}
