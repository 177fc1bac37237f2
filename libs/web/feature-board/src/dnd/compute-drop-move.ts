import type { CardMove } from '../model/card-move.ts';
import { dropCard, findColumnOf, type CardLayout } from './card-layout.ts';

function neighboursOf(layout: CardLayout, cardId: string): CardMove | null {
  const toColumnId = findColumnOf(layout, cardId);
  const ids = toColumnId ? layout[toColumnId] : undefined;
  if (!toColumnId || !ids) return null;
  const index = ids.indexOf(cardId);
  return { cardId, toColumnId, afterCardId: ids[index - 1] ?? null, beforeCardId: ids[index + 1] ?? null };
}

function isSameSlot(a: CardMove, b: CardMove): boolean {
  return a.toColumnId === b.toColumnId && a.afterCardId === b.afterCardId && a.beforeCardId === b.beforeCardId;
}

/**
 * The move a drop asks for, or null when the card ends where it started.
 * `start` is the layout when the drag began, `current` the one the drag has shown so far (it may already hold the card
 * in another column), `overId` the card or column it was dropped on.
 */
export function computeDropMove(start: CardLayout, current: CardLayout, activeId: string, overId: string): CardMove | null {
  const move = neighboursOf(dropCard(current, activeId, overId), activeId);
  const before = neighboursOf(start, activeId);
  if (!move || (before && isSameSlot(move, before))) return null;
  return move;
}
