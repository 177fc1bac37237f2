import type { Card } from '@brisk/shared-contracts';
import { useCallback, useMemo } from 'react';

/** Finds a column's cards by id, plus one visiting card (the one being dragged in from another column). */
export function useCardLookup(cards: readonly Card[], visitor?: Card): (cardId: string) => Card | undefined {
  const byId = useMemo(() => new Map(cards.map((card) => [card.id, card])), [cards]);
  return useCallback(
    (cardId: string) => byId.get(cardId) ?? (visitor?.id === cardId ? visitor : undefined),
    [byId, visitor],
  );
}
