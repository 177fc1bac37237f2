import type { ColumnWithCards } from '@brisk/shared-contracts';
import { VirtualList } from '@brisk/web-ui';
import { memo, useCallback } from 'react';
import { cardIdsOf } from '../../model/card-ids.ts';
import { cardListLayout } from './card-list-layout.ts';
import { ColumnFrame } from './column-frame.tsx';
import { StaticCard } from './static-card.tsx';
import { useCardLookup } from './use-card-lookup.ts';
import styles from './column.module.css';

export interface StaticColumnProps {
  column: ColumnWithCards;
  onOpenCard: (cardId: string) => void;
}

export const StaticColumn = memo(function StaticColumn({ column, onOpenCard }: StaticColumnProps) {
  const cardOf = useCardLookup(column.cards);
  const renderCard = useCallback(
    (cardId: string) => {
      const card = cardOf(cardId);
      return card && <StaticCard card={card} onOpen={onOpenCard} />;
    },
    [cardOf, onOpenCard],
  );
  return (
    <ColumnFrame column={column} cardCount={column.cards.length}>
      <VirtualList keys={cardIdsOf(column.cards)} renderItem={renderCard} {...cardListLayout} className={styles.cards} />
    </ColumnFrame>
  );
});
