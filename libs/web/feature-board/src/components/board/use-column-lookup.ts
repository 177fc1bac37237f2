import type { ColumnWithCards } from '@brisk/shared-contracts';
import { useCallback, useMemo } from 'react';

/** The board's column ids in order, and each column by id, recomputed only when the columns change. */
export function useColumnLookup(columns: readonly ColumnWithCards[]) {
  const byId = useMemo(() => new Map(columns.map((column) => [column.id, column])), [columns]);
  const columnIds = useMemo(() => columns.map((column) => column.id), [columns]);
  const columnOf = useCallback((columnId: string) => byId.get(columnId), [byId]);
  return { columnIds, columnOf };
}
