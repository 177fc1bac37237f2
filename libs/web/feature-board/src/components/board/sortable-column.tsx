import type { Card, Column } from '@brisk/shared-contracts';
import { joinClassNames, VirtualList } from '@brisk/web-ui';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { memo, useCallback } from 'react';
import { AddCardForm } from './add-card-form.tsx';
import { cardListLayout } from './card-list-layout.ts';
import { ColumnFrame } from './column-frame.tsx';
import { SortableCard } from './sortable-card.tsx';
import { useCardLookup } from './use-card-lookup.ts';
import styles from './column.module.css';

export interface SortableColumnProps {
  column: Column & { cards: readonly Card[] };
  /** The ids shown, in order: the column's own, or what a drag in progress shows. */
  cardIds: readonly string[];
  /** The card being dragged, which may be shown here before it belongs here; pinned so it never unmounts. */
  activeCard: Card | undefined;
  /** Whether a filter decides which cards show. */
  filtered: boolean;
  onOpenCard: (cardId: string) => void;
}

/** Memoized: a column re-renders when its own cards, its ids or the drag's active card change, not for another column. */
export const SortableColumn = memo(function SortableColumn({ column, cardIds, activeCard, filtered, onOpenCard }: SortableColumnProps) {
  // The list is a drop target only while empty: with cards in it, its padded edge would sit "left of" its own cards
  // and catch the arrow keys meant for the next column.
  const { setNodeRef, isOver } = useDroppable({ id: column.id, disabled: cardIds.length > 0 });
  const cardOf = useCardLookup(column.cards, activeCard);
  const renderCard = useCallback(
    (cardId: string) => {
      const card = cardOf(cardId);
      return card && <SortableCard card={card} onOpen={onOpenCard} />;
    },
    [cardOf, onOpenCard],
  );
  return (
    <ColumnFrame
      column={column}
      cardCount={column.cards.length}
      shownCount={filtered ? cardIds.length : undefined}
      footer={
        <div className={styles.footer}>
          <AddCardForm boardId={column.boardId} columnId={column.id} />
        </div>
      }
    >
      <SortableContext id={column.id} items={cardIds as string[]} strategy={verticalListSortingStrategy}>
        <VirtualList
          keys={cardIds}
          renderItem={renderCard}
          {...cardListLayout}
          pinnedKey={activeCard?.id}
          className={joinClassNames(styles.cards, isOver && styles.dropTarget)}
          scrollerRef={setNodeRef}
        />
      </SortableContext>
    </ColumnFrame>
  );
});
