import { arrayMove } from '@dnd-kit/sortable';

/** Card ids per column id, in display order: what a drag rearranges before anything is sent. */
export type CardLayout = Readonly<Record<string, readonly string[]>>;

/** The column an id belongs to: itself when it is a column (an empty column is a drop target), else the card's. */
export function findColumnOf(layout: CardLayout, id: string): string | undefined {
  if (id in layout) return id;
  return Object.keys(layout).find((columnId) => layout[columnId]?.includes(id));
}

/** While dragging over another column, the card joins it where the pointer is (at the end when over the column). */
export function moveAcrossColumns(layout: CardLayout, activeId: string, overId: string): CardLayout {
  const from = findColumnOf(layout, activeId);
  const to = findColumnOf(layout, overId);
  if (!from || !to || from === to) return layout;
  const target = (layout[to] ?? []).filter((id) => id !== activeId);
  const overIndex = target.indexOf(overId);
  const index = overIndex === -1 ? target.length : overIndex;
  return {
    ...layout,
    [from]: (layout[from] ?? []).filter((id) => id !== activeId),
    [to]: [...target.slice(0, index), activeId, ...target.slice(index)],
  };
}

/** The layout after the drop: across columns if needed, then into the slot of the card it was dropped on. */
export function dropCard(layout: CardLayout, activeId: string, overId: string): CardLayout {
  const moved = moveAcrossColumns(layout, activeId, overId);
  const columnId = findColumnOf(moved, activeId);
  const ids = columnId ? moved[columnId] : undefined;
  if (!columnId || !ids) return moved;
  const from = ids.indexOf(activeId);
  const to = ids.indexOf(overId);
  if (to === -1 || from === to) return moved;
  return { ...moved, [columnId]: arrayMove([...ids], from, to) };
}
