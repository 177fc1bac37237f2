import type { ColumnWithCards } from '@brisk/shared-contracts';
import { useCallback, useMemo } from 'react';

/**
 * The board's column ids in order, and each column by id. The ids keep their array until the columns themselves
 * change (not their cards), so what depends on the order alone does not change with every card.
 */
export function useColumnLookup(columns: readonly ColumnWithCards[]) {
  const byId = useMemo(() => new Map(columns.map((column) => [column.id, column])), [columns]);
  const order = columns.map((column) => column.id).join(' ');
  const columnIds = useMemo(() => (order === '' ? [] : order.split(' ')), [order]);
  const columnOf = useCallback((columnId: string) => byId.get(columnId), [byId]);
  return { columnIds, columnOf };
}
