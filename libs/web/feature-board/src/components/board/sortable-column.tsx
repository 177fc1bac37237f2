import type { Card, Column } from '@brisk/shared-contracts';
import { joinClassNames } from '@brisk/web-ui';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { AddCardForm } from './add-card-form.tsx';
import { ColumnFrame } from './column-frame.tsx';
import { SortableCard } from './sortable-card.tsx';
import styles from './column.module.css';

export interface SortableColumnProps {
  column: Column;
  cardIds: string[];
  cardsById: ReadonlyMap<string, Card>;
  onOpenCard: (cardId: string) => void;
}

export function SortableColumn({ column, cardIds, cardsById, onOpenCard }: SortableColumnProps) {
  // The list is a drop target only while empty: with cards in it, its padded edge would sit "left of" its own cards
  // and catch the arrow keys meant for the next column.
  const { setNodeRef, isOver } = useDroppable({ id: column.id, disabled: cardIds.length > 0 });
  return (
    <ColumnFrame
      column={column}
      cardCount={cardIds.length}
      footer={
        <div className={styles.footer}>
          <AddCardForm boardId={column.boardId} columnId={column.id} />
        </div>
      }
    >
      <SortableContext id={column.id} items={cardIds} strategy={verticalListSortingStrategy}>
        <ul ref={setNodeRef} className={joinClassNames(styles.cards, isOver && styles.dropTarget)}>
          {cardIds.map((cardId) => {
            const card = cardsById.get(cardId);
            return card && <SortableCard key={cardId} card={card} onOpen={onOpenCard} />;
          })}
        </ul>
      </SortableContext>
    </ColumnFrame>
  );
}
