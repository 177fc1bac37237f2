import type { BoardDetail, Card } from '@brisk/shared-contracts';
import type { DragEndEvent, DragOverEvent, DragStartEvent } from '@dnd-kit/core';
import { useMemo, useState } from 'react';
import type { CardMove } from '../model/card-move.ts';
import { createAnnouncements } from './announcements.ts';
import { layoutOf, moveAcrossColumns, type CardLayout } from './card-layout.ts';
import { computeDropMove } from './compute-drop-move.ts';

interface DragState {
  activeId: string;
  start: CardLayout;
  layout: CardLayout;
}

/**
 * The board's drag state: while dragging, a local layout shows where the card would land (also across columns);
 * on drop the move is handed to `onMove` and the layout comes from the (optimistically updated) cache again.
 */
export function useBoardDnd(detail: BoardDetail, onMove: (move: CardMove, version: number) => void) {
  const baseLayout = useMemo(() => layoutOf(detail), [detail]);
  const cardsById = useMemo(
    () => new Map<string, Card>(detail.columns.flatMap((column) => column.cards.map((card) => [card.id, card]))),
    [detail],
  );
  const columnNames = useMemo(
    () => new Map(detail.columns.map((column) => [column.id, column.name])),
    [detail.columns],
  );
  const [drag, setDrag] = useState<DragState | null>(null);
  const layout = drag?.layout ?? baseLayout;
  const announcements = useMemo(
    () => createAnnouncements({ layout, cardsById, columnNames }),
    [layout, cardsById, columnNames],
  );

  function onDragStart({ active }: DragStartEvent) {
    setDrag({ activeId: String(active.id), start: baseLayout, layout: baseLayout });
  }

  function onDragOver({ active, over }: DragOverEvent) {
    if (!over) return;
    setDrag((current) => {
      if (!current) return current;
      const next = moveAcrossColumns(current.layout, String(active.id), String(over.id));
      return next === current.layout ? current : { ...current, layout: next };
    });
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    const activeId = String(active.id);
    const move = drag && over ? computeDropMove(drag.start, drag.layout, activeId, String(over.id)) : null;
    const card = cardsById.get(activeId);
    setDrag(null);
    if (move && card) onMove(move, card.version);
  }

  function onDragCancel() {
    setDrag(null);
  }

  return {
    layout,
    cardsById,
    activeCard: drag ? cardsById.get(drag.activeId) : undefined,
    announcements,
    handlers: { onDragStart, onDragOver, onDragEnd, onDragCancel },
  };
}
