import type { Card } from '@brisk/shared-contracts';
import type { Announcements, UniqueIdentifier } from '@dnd-kit/core';
import { dropCard, findColumnOf, type CardLayout } from './card-layout.ts';

export interface AnnouncementContext {
  layout: CardLayout;
  cardsById: ReadonlyMap<string, Card>;
  columnNames: ReadonlyMap<string, string>;
}

/** Screen-reader messages that name the card, its column and its place, instead of dnd-kit's "draggable item 7f3a…". */
export function createAnnouncements({ layout, cardsById, columnNames }: AnnouncementContext): Announcements {
  const titleOf = (id: UniqueIdentifier) => cardsById.get(String(id))?.title ?? 'card';
  // Where the card would land if dropped now, counted in the layout the drop would produce.
  const placeOf = (activeId: UniqueIdentifier, overId: UniqueIdentifier) => {
    const next = dropCard(layout, String(activeId), String(overId));
    const columnId = findColumnOf(next, String(activeId));
    const ids = columnId ? next[columnId] : undefined;
    if (!columnId || !ids) return 'outside the columns';
    const name = columnNames.get(columnId) ?? 'a column';
    return `in column ${name}, position ${ids.indexOf(String(activeId)) + 1} of ${ids.length}`;
  };

  return {
    onDragStart: ({ active }) => `Picked up card ${titleOf(active.id)}, ${placeOf(active.id, active.id)}.`,
    onDragOver: ({ active, over }) =>
      over
        ? `Card ${titleOf(active.id)} is ${placeOf(active.id, over.id)}.`
        : `Card ${titleOf(active.id)} is not over a column.`,
    onDragEnd: ({ active, over }) =>
      over
        ? `Card ${titleOf(active.id)} was dropped ${placeOf(active.id, over.id)}.`
        : `Card ${titleOf(active.id)} was dropped outside the columns and stays where it was.`,
    onDragCancel: ({ active }) => `Moving card ${titleOf(active.id)} was cancelled; it is back where it was.`,
  };
}

export const screenReaderInstructions = {
  draggable:
    'Press Enter to open the card. To move it, press Space to pick it up, use the arrow keys to move it within and ' +
    'between columns, then Space to drop it or Escape to cancel.',
};
