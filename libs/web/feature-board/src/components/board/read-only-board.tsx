import { useCallback } from 'react';
import { BoardColumns } from './board-columns.tsx';
import type { BoardViewProps } from './board-view-props.ts';
import { StaticColumn } from './static-column.tsx';
import { useColumnLookup } from './use-column-lookup.ts';

export function ReadOnlyBoard({ detail, visibleLayout, filtered, onOpenCard }: BoardViewProps) {
  const { columnIds, columnOf } = useColumnLookup(detail.columns);
  const renderColumn = useCallback(
    (columnId: string) => {
      const column = columnOf(columnId);
      return (
        column && (
          <StaticColumn
            column={column}
            cardIds={visibleLayout[columnId] ?? []}
            filtered={filtered}
            onOpenCard={onOpenCard}
          />
        )
      );
    },
    [columnOf, visibleLayout, filtered, onOpenCard],
  );
  return <BoardColumns columnIds={columnIds} renderColumn={renderColumn} />;
}
