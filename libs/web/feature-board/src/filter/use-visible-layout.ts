import type { BoardDetail, Card } from '@brisk/shared-contracts';
import { useMemo } from 'react';
import type { CardLayout } from '../dnd/card-layout.ts';
import { cardIdsOf } from '../model/card-ids.ts';
import { createCardMatcher, isFilterActive, type CardFilter } from './card-filter.ts';

/**
 * The ids each column shows under the filter. Per column, the result is kept for as long as the column's cards are the
 * same array, so a change to one card re-filters (and re-renders) its column only.
 */
export function useVisibleLayout(detail: BoardDetail, filter: CardFilter): CardLayout {
  const { text, label, assignee, due } = filter;
  const visibleIdsOf = useMemo(() => {
    const current = { text, label, assignee, due };
    if (!isFilterActive(current)) return cardIdsOf;
    const matches = createCardMatcher(current);
    const cache = new WeakMap<readonly Card[], readonly string[]>();
    return (cards: readonly Card[]) => {
      let ids = cache.get(cards);
      if (!ids) {
        ids = cards.filter(matches).map((card) => card.id);
        cache.set(cards, ids);
      }
      return ids;
    };
  }, [text, label, assignee, due]);
  return useMemo(
    () => Object.fromEntries(detail.columns.map((column) => [column.id, visibleIdsOf(column.cards)])),
    [detail, visibleIdsOf],
  );
}
