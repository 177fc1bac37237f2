import type { BoardDetail, Card } from '@brisk/shared-contracts';
import type { DragEndEvent, DragOverEvent, DragStartEvent } from '@dnd-kit/core';
import { useMemo, useRef, useState } from 'react';
import type { CardMove } from '../model/card-move.ts';
import { createAnnouncements } from './announcements.ts';
import { dropCard, findColumnOf, moveAcrossColumns, type CardLayout } from './card-layout.ts';
import { columnIdOfDrag } from './column-drag-id.ts';
import { computeDropMove } from './compute-drop-move.ts';

type DragState =
  | { kind: 'card'; activeId: string; startColumnId: string | undefined; start: CardLayout; layout: CardLayout }
  | { kind: 'column'; columnId: string };

export interface BoardDndCommands {
  moveCard: (move: CardMove, version: number) => void;
  moveColumn: (columnId: string, toIndex: number) => void;
}

/**
 * The board's drag state, for cards and for columns. While a card is dragged, a local layout shows where it would land
 * (also across columns); on drop the move is handed on and the layout comes from the (optimistically updated) cache
 * again. `baseLayout` is what the columns show when nothing is dragged (the filtered ids when a filter is on): a drop
 * between two shown cards lands between them, whatever is hidden around them. A column drag moves the column to the
 * index it was dropped on.
 */
export function useBoardDnd(detail: BoardDetail, baseLayout: CardLayout, commands: BoardDndCommands) {
  const cardsById = useMemo(
    () => new Map<string, Card>(detail.columns.flatMap((column) => column.cards.map((card) => [card.id, card]))),
    [detail],
  );
  const columns = detail.columns;
  const [drag, setDrag] = useState<DragState | null>(null);
  // The cache takes the optimistic move a tick after the drop (TanStack Query notifies on a timer). Until the board
  // data changes, the layout the drop showed stays: the card never flickers back, nor remounts and loses focus.
  const [dropped, setDropped] = useState<{ layout: CardLayout; base: CardLayout } | null>(null);
  const focusAfterDrop = useRef<string | null>(null);
  const cardDrag = drag?.kind === 'card' ? drag : null;
  const layout = cardDrag?.layout ?? (dropped?.base === baseLayout ? dropped.layout : baseLayout);
  const announcements = useMemo(
    () => createAnnouncements({ layout, cardsById, columns }),
    [layout, cardsById, columns],
  );

  function onDragStart({ active }: DragStartEvent) {
    setDropped(null);
    const columnId = columnIdOfDrag(active.id);
    if (columnId) {
      setDrag({ kind: 'column', columnId });
      return;
    }
    const activeId = String(active.id);
    const startColumnId = findColumnOf(baseLayout, activeId);
    setDrag({ kind: 'card', activeId, startColumnId, start: baseLayout, layout: baseLayout });
  }

  function onDragOver({ active, over }: DragOverEvent) {
    if (!over) return;
    setDrag((current) => {
      if (current?.kind !== 'card') return current;
      const next = moveAcrossColumns(current.layout, String(active.id), String(over.id));
      return next === current.layout ? current : { ...current, layout: next };
    });
  }

  function onDragEnd({ active, over, activatorEvent }: DragEndEvent) {
    setDrag(null);
    if (!drag || !over) return;
    if (drag.kind === 'column') {
      const toColumnId = columnIdOfDrag(over.id);
      const toIndex = columns.findIndex((column) => column.id === toColumnId);
      if (toIndex !== -1) commands.moveColumn(drag.columnId, toIndex);
      return;
    }
    const activeId = String(active.id);
    const move = computeDropMove(drag.start, drag.layout, activeId, String(over.id));
    const card = cardsById.get(activeId);
    if (!move || !card) return;
    setDropped({ layout: dropCard(drag.layout, activeId, String(over.id)), base: baseLayout });
    // The keyboard user's focus follows the card into its new column.
    if (activatorEvent instanceof KeyboardEvent) focusAfterDrop.current = activeId;
    commands.moveCard(move, card.version);
  }

  function onDragCancel() {
    setDrag(null);
  }

  const overColumnId = cardDrag ? findColumnOf(cardDrag.layout, cardDrag.activeId) : undefined;
  return {
    layout,
    activeCard: cardDrag ? cardsById.get(cardDrag.activeId) : undefined,
    activeColumn: drag?.kind === 'column' ? columns.find((column) => column.id === drag.columnId) : undefined,
    /** The columns a card drag started in and is over, kept rendered while the board scrolls sideways. */
    dragColumnIds: [cardDrag?.startColumnId, overColumnId].filter((id): id is string => id !== undefined),
    focusAfterDrop,
    announcements,
    handlers: { onDragStart, onDragOver, onDragEnd, onDragCancel },
  };
}
