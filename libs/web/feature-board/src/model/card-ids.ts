import type { Card } from '@brisk/shared-contracts';

const idsOfCards = new WeakMap<readonly Card[], readonly string[]>();

/**
 * A column's card ids, the same array for as long as its cards are the same array: the cache updates keep untouched
 * columns' arrays, so a change to one card leaves every other column's ids, and its memoized render, alone.
 */
export function cardIdsOf(cards: readonly Card[]): readonly string[] {
  let ids = idsOfCards.get(cards);
  if (!ids) {
    ids = cards.map((card) => card.id);
    idsOfCards.set(cards, ids);
  }
  return ids;
}
