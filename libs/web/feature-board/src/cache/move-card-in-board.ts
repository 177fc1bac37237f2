import type { BoardDetail, Card } from '@brisk/shared-contracts';
import { comparePositioned, positionBetween } from '@brisk/shared-util-ordering';
import type { CardMove } from '../model/card-move.ts';

function findCard(detail: BoardDetail, cardId: string): Card | undefined {
  for (const column of detail.columns) {
    const card = column.cards.find((candidate) => candidate.id === cardId);
    if (card) return card;
  }
  return undefined;
}

/** A key for the slot the move names, computed the way the server will, so the optimistic order matches its answer. */
function positionForSlot(cards: readonly Card[], move: CardMove): string {
  let index = 0;
  if (move.afterCardId !== null) index = cards.findIndex((card) => card.id === move.afterCardId) + 1;
  else if (move.beforeCardId !== null) index = Math.max(0, cards.findIndex((card) => card.id === move.beforeCardId));
  const above = cards[index - 1]?.position ?? null;
  const below = cards[index]?.position ?? null;
  // Equal neighbours only happen under concurrent writers; any valid key will do until the server's answer re-sorts.
  if (above !== null && below !== null && above >= below) return positionBetween(above, null);
  return positionBetween(above, below);
}

/** The board as it will be after the move: the card gets a new column and position, and its column is re-sorted. */
export function moveCardInBoard(detail: BoardDetail, move: CardMove): BoardDetail {
  const card = findCard(detail, move.cardId);
  const target = detail.columns.find((column) => column.id === move.toColumnId);
  if (!card || !target) return detail;
  const others = target.cards.filter((candidate) => candidate.id !== card.id);
  const moved: Card = { ...card, columnId: target.id, position: positionForSlot(others, move) };
  return {
    ...detail,
    columns: detail.columns.map((column) => {
      if (column.id === target.id) return { ...column, cards: [...others, moved].sort(comparePositioned) };
      if (column.id === card.columnId) return { ...column, cards: column.cards.filter((c) => c.id !== card.id) };
      return column;
    }),
  };
}
