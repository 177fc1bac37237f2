import type { MoveCardBody } from '@brisk/shared-contracts';

/** Where a card lands: its column and the cards that end up just above and just below it (null at either end). */
export interface CardMove {
  cardId: string;
  toColumnId: string;
  afterCardId: string | null;
  beforeCardId: string | null;
}

/** The API takes one anchor: the card above if there is one, else the card below, else neither (an empty column). */
export function toMoveBody(move: CardMove, version: number): MoveCardBody {
  if (move.afterCardId) return { toColumnId: move.toColumnId, afterCardId: move.afterCardId, version };
  if (move.beforeCardId) return { toColumnId: move.toColumnId, beforeCardId: move.beforeCardId, version };
  return { toColumnId: move.toColumnId, version };
}
