import type { BoardDetail } from '@brisk/shared-contracts';
import { useCallback } from 'react';
import { BoardColumns } from './board-columns.tsx';
import { StaticColumn } from './static-column.tsx';
import { useColumnLookup } from './use-column-lookup.ts';

export interface ReadOnlyBoardProps {
  detail: BoardDetail;
  onOpenCard: (cardId: string) => void;
}

export function ReadOnlyBoard({ detail, onOpenCard }: ReadOnlyBoardProps) {
  const { columnIds, columnOf } = useColumnLookup(detail.columns);
  const renderColumn = useCallback(
    (columnId: string) => {
      const column = columnOf(columnId);
      return column && <StaticColumn column={column} onOpenCard={onOpenCard} />;
    },
    [columnOf, onOpenCard],
  );
  return <BoardColumns columnIds={columnIds} renderColumn={renderColumn} />;
}
