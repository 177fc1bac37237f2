import { joinClassNames } from '@brisk/web-ui';
import { useDndContext } from '@dnd-kit/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useCallback } from 'react';
import { columnIdOfDrag } from '../../dnd/column-drag-id.ts';
import { useFocusAfterDrop } from '../../dnd/focus-after-drop.ts';
import { newIndexAfterMove } from '../../dnd/new-index-after-move.ts';
import { CardSummary } from './card-summary.tsx';
import type { CardItemProps } from './static-card.tsx';
import styles from './card-item.module.css';

/**
 * The card is its own drag handle: the pointer drags it after a few pixels (a click still opens it), Space picks it up
 * from the keyboard and Enter opens it.
 */
export const SortableCard = memo(function SortableCard({ card, onOpen }: CardItemProps) {
  // A column being dragged passes over cards without dropping on them.
  const draggingColumn = columnIdOfDrag(useDndContext().active?.id) !== undefined;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: card.id,
    disabled: { draggable: false, droppable: draggingColumn },
    getNewIndex: newIndexAfterMove,
  });
  const focusTarget = useFocusAfterDrop<HTMLButtonElement>(card.id);
  const setButton = useCallback(
    (node: HTMLButtonElement | null) => {
      focusTarget.current = node;
      setActivatorNodeRef(node);
    },
    [focusTarget, setActivatorNodeRef],
  );
  return (
    <div
      ref={setNodeRef}
      className={joinClassNames(isDragging && styles.placeholder)}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <button
        ref={setButton}
        type="button"
        className={joinClassNames(styles.card, styles.sortable)}
        onClick={() => onOpen(card.id)}
        {...attributes}
        {...listeners}
      >
        <CardSummary card={card} />
      </button>
    </div>
  );
});
