import type { ColumnWithCards } from '@brisk/shared-contracts';
import { VirtualList } from '@brisk/web-ui';
import { memo, useCallback } from 'react';
import { cardListLayout } from './card-list-layout.ts';
import { ColumnFrame } from './column-frame.tsx';
import { StaticCard } from './static-card.tsx';
import { useCardLookup } from './use-card-lookup.ts';
import styles from './column.module.css';

export interface StaticColumnProps {
  column: ColumnWithCards;
  cardIds: readonly string[];
  /** Whether a filter decides which cards show. */
  filtered: boolean;
  onOpenCard: (cardId: string) => void;
}

export const StaticColumn = memo(function StaticColumn({ column, cardIds, filtered, onOpenCard }: StaticColumnProps) {
  const cardOf = useCardLookup(column.cards);
  const renderCard = useCallback(
    (cardId: string) => {
      const card = cardOf(cardId);
      return card && <StaticCard card={card} onOpen={onOpenCard} />;
    },
    [cardOf, onOpenCard],
  );
  return (
    <ColumnFrame column={column} cardCount={column.cards.length} shownCount={filtered ? cardIds.length : undefined}>
      <VirtualList keys={cardIds} renderItem={renderCard} {...cardListLayout} className={styles.cards} />
    </ColumnFrame>
  );
});
