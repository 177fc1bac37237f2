import type { Card, Column } from '@brisk/shared-contracts';
import { IconButton, joinClassNames, VirtualList } from '@brisk/web-ui';
import { useDndContext, useDroppable } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useCallback } from 'react';
import { columnDragId, columnIdOfDrag } from '../../dnd/column-drag-id.ts';
import { EditableColumnHeader } from '../column/editable-column-header.tsx';
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
  index: number;
  columnCount: number;
  onMoveColumn: (columnId: string, toIndex: number) => void;
  onOpenCard: (cardId: string) => void;
}

/**
 * A column a member can change: cards sort within and between columns, the column itself drags by its grip.
 * Memoized: a column re-renders when its own cards, its ids or the drag change, not for another column.
 */
export const SortableColumn = memo(function SortableColumn({
  column,
  cardIds,
  activeCard,
  filtered,
  index,
  columnCount,
  onMoveColumn,
  onOpenCard,
}: SortableColumnProps) {
  // Cards and columns never drop on each other: while one kind moves, the other kind's drop targets are off.
  const draggingColumn = columnIdOfDrag(useDndContext().active?.id) !== undefined;
  const sortable = useSortable({
    id: columnDragId(column.id),
    disabled: { draggable: false, droppable: activeCard !== undefined },
  });
  // The list is a drop target only while empty: with cards in it, its padded edge would sit "left of" its own cards
  // and catch the arrow keys meant for the next column.
  const { setNodeRef, isOver } = useDroppable({ id: column.id, disabled: cardIds.length > 0 || draggingColumn });
  const cardOf = useCardLookup(column.cards, activeCard);
  const renderCard = useCallback(
    (cardId: string) => {
      const card = cardOf(cardId);
      return card && <SortableCard card={card} onOpen={onOpenCard} />;
    },
    [cardOf, onOpenCard],
  );
  const dragHandle = (
    <IconButton
      ref={sortable.setActivatorNodeRef}
      className={styles.handle}
      {...sortable.attributes}
      {...sortable.listeners}
      label={`Move column ${column.name}`}
    >
      ⠿
    </IconButton>
  );
  return (
    <ColumnFrame
      column={column}
      cardCount={column.cards.length}
      shownCount={filtered ? cardIds.length : undefined}
      frameRef={sortable.setNodeRef}
      style={{ transform: CSS.Translate.toString(sortable.transform), transition: sortable.transition }}
      lifted={sortable.isDragging}
      header={
        <EditableColumnHeader
          column={column}
          cardCount={column.cards.length}
          index={index}
          columnCount={columnCount}
          dragHandle={dragHandle}
          onMove={onMoveColumn}
        />
      }
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
