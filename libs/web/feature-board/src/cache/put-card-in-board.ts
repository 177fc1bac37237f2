import type { BoardDetail, Card } from '@brisk/shared-contracts';
import { comparePositioned } from '@brisk/shared-util-ordering';

/** Puts the server's copy of a card where it belongs; an archived card leaves the board. */
export function putCardInBoard(detail: BoardDetail, card: Card): BoardDetail {
  return {
    ...detail,
    columns: detail.columns.map((column) => {
      const others = column.cards.filter((candidate) => candidate.id !== card.id);
      if (column.id === card.columnId && !card.archived) {
        return { ...column, cards: [...others, card].sort(comparePositioned) };
      }
      return others.length === column.cards.length ? column : { ...column, cards: others };
    }),
  };
}
