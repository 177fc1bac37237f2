import type { BoardDetail, Card } from '@brisk/shared-contracts';
import type { DragEndEvent, DragOverEvent, DragStartEvent } from '@dnd-kit/core';
import { useMemo, useRef, useState } from 'react';
import type { CardMove } from '../model/card-move.ts';
import { createAnnouncements } from './announcements.ts';
import { dropCard, findColumnOf, moveAcrossColumns, type CardLayout } from './card-layout.ts';
import { computeDropMove } from './compute-drop-move.ts';

interface DragState {
  activeId: string;
  startColumnId: string | undefined;
  start: CardLayout;
  layout: CardLayout;
}

/**
 * The board's drag state: while dragging, a local layout shows where the card would land (also across columns);
 * on drop the move is handed to `onMove` and the layout comes from the (optimistically updated) cache again.
 * `baseLayout` is what the columns show when nothing is dragged (the filtered ids when a filter is on): a drop between
 * two shown cards lands between them, whatever is hidden around them.
 */
export function useBoardDnd(
  detail: BoardDetail,
  baseLayout: CardLayout,
  onMove: (move: CardMove, version: number) => void,
) {
  const cardsById = useMemo(
    () => new Map<string, Card>(detail.columns.flatMap((column) => column.cards.map((card) => [card.id, card]))),
    [detail],
  );
  const columnNames = useMemo(
    () => new Map(detail.columns.map((column) => [column.id, column.name])),
    [detail.columns],
  );
  const [drag, setDrag] = useState<DragState | null>(null);
  // The cache takes the optimistic move a tick after the drop (TanStack Query notifies on a timer). Until the board
  // data changes, the layout the drop showed stays: the card never flickers back, nor remounts and loses focus.
  const [dropped, setDropped] = useState<{ layout: CardLayout; base: CardLayout } | null>(null);
  const focusAfterDrop = useRef<string | null>(null);
  const layout = drag?.layout ?? (dropped?.base === baseLayout ? dropped.layout : baseLayout);
  const announcements = useMemo(
    () => createAnnouncements({ layout, cardsById, columnNames }),
    [layout, cardsById, columnNames],
  );

  function onDragStart({ active }: DragStartEvent) {
    const activeId = String(active.id);
    setDropped(null);
    setDrag({ activeId, startColumnId: findColumnOf(baseLayout, activeId), start: baseLayout, layout: baseLayout });
  }

  function onDragOver({ active, over }: DragOverEvent) {
    if (!over) return;
    setDrag((current) => {
      if (!current) return current;
      const next = moveAcrossColumns(current.layout, String(active.id), String(over.id));
      return next === current.layout ? current : { ...current, layout: next };
    });
  }

  function onDragEnd({ active, over, activatorEvent }: DragEndEvent) {
    const activeId = String(active.id);
    const move = drag && over ? computeDropMove(drag.start, drag.layout, activeId, String(over.id)) : null;
    const card = cardsById.get(activeId);
    setDrag(null);
    if (!drag || !over || !move || !card) return;
    setDropped({ layout: dropCard(drag.layout, activeId, String(over.id)), base: baseLayout });
    // The keyboard user's focus follows the card into its new column.
    if (activatorEvent instanceof KeyboardEvent) focusAfterDrop.current = activeId;
    onMove(move, card.version);
  }

  function onDragCancel() {
    setDrag(null);
  }

  const overColumnId = drag ? findColumnOf(drag.layout, drag.activeId) : undefined;
  return {
    layout,
    activeCard: drag ? cardsById.get(drag.activeId) : undefined,
    /** The columns the drag started in and is over, kept rendered while the board scrolls sideways. */
    dragColumnIds: [drag?.startColumnId, overColumnId].filter((id): id is string => id !== undefined),
    focusAfterDrop,
    announcements,
    handlers: { onDragStart, onDragOver, onDragEnd, onDragCancel },
  };
}
