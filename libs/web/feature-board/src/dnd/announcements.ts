import type { Card, Column } from '@brisk/shared-contracts';
import type { Announcements, UniqueIdentifier } from '@dnd-kit/core';
import { dropCard, findColumnOf, type CardLayout } from './card-layout.ts';
import { columnIdOfDrag } from './column-drag-id.ts';

export interface AnnouncementContext {
  layout: CardLayout;
  cardsById: ReadonlyMap<string, Card>;
  columns: readonly Column[];
}

/**
 * Screen-reader messages that name the card or column and its place, instead of dnd-kit's "draggable item 7f3a…".
 * A card's place is counted in the layout the drop would produce; a column's in the board's order.
 */
export function createAnnouncements({ layout, cardsById, columns }: AnnouncementContext): Announcements {
  const titleOf = (id: UniqueIdentifier) => cardsById.get(String(id))?.title ?? 'card';
  const columnName = (columnId: string | undefined) =>
    columns.find((column) => column.id === columnId)?.name ?? 'a column';
  const cardPlace = (activeId: UniqueIdentifier, overId: UniqueIdentifier) => {
    const next = dropCard(layout, String(activeId), String(overId));
    const columnId = findColumnOf(next, String(activeId));
    const ids = columnId ? next[columnId] : undefined;
    if (!columnId || !ids) return 'outside the columns';
    return `in column ${columnName(columnId)}, position ${ids.indexOf(String(activeId)) + 1} of ${ids.length}`;
  };
  const columnPlace = (overId: UniqueIdentifier) => {
    const index = columns.findIndex((column) => column.id === columnIdOfDrag(overId));
    return `at position ${index + 1} of ${columns.length}`;
  };
  const placeOf = (activeId: UniqueIdentifier, overId: UniqueIdentifier) =>
    columnIdOfDrag(activeId) ? columnPlace(overId) : cardPlace(activeId, overId);
  const subject = (activeId: UniqueIdentifier) => {
    const columnId = columnIdOfDrag(activeId);
    return columnId ? `column ${columnName(columnId)}` : `card ${titleOf(activeId)}`;
  };
  const sentenceStart = (activeId: UniqueIdentifier) => {
    const text = subject(activeId);
    return text.charAt(0).toUpperCase() + text.slice(1);
  };

  return {
    onDragStart: ({ active }) => `Picked up ${subject(active.id)}, ${placeOf(active.id, active.id)}.`,
    onDragOver: ({ active, over }) =>
      over ? `${sentenceStart(active.id)} is ${placeOf(active.id, over.id)}.` : `${sentenceStart(active.id)} is not over a drop place.`,
    onDragEnd: ({ active, over }) =>
      over
        ? `${sentenceStart(active.id)} was dropped ${placeOf(active.id, over.id)}.`
        : `${sentenceStart(active.id)} was dropped outside and stays where it was.`,
    onDragCancel: ({ active }) => `Moving ${subject(active.id)} was cancelled; it is back where it was.`,
  };
}

export const screenReaderInstructions = {
  draggable:
    'Press Space to pick it up, the arrow keys to move it (cards within and between columns, columns left and right), ' +
    'then Space to drop it or Escape to cancel. On a card, Enter opens it.',
};
