import type { BoardDetail } from '@brisk/shared-contracts';
import { Alert } from '@brisk/web-ui';
import {
  closestCorners,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MeasuringStrategy,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useMoveCard } from '../../api/use-move-card.ts';
import { screenReaderInstructions } from '../../dnd/announcements.ts';
import { useBoardDnd } from '../../dnd/use-board-dnd.ts';
import { describeCardWriteError } from '../../model/describe-write-error.ts';
import { AddColumnForm } from './add-column-form.tsx';
import { DraggedCard } from './dragged-card.tsx';
import { SortableColumn } from './sortable-column.tsx';
import styles from './board.module.css';

// Enter stays free to open the card; Space picks it up and drops it.
const keyboardCodes = { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] };
// A card that joins another column mid-drag moves every card below it; stale rects would send the next arrow key astray.
const measuring = { droppable: { strategy: MeasuringStrategy.Always } };

export interface EditableBoardProps {
  detail: BoardDetail;
  onOpenCard: (cardId: string) => void;
}

export function EditableBoard({ detail, onOpenCard }: EditableBoardProps) {
  const { move, error, reset } = useMoveCard(detail.board.id);
  const { layout, cardsById, activeCard, announcements, handlers } = useBoardDnd(detail, move);
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a plain click still opens the card.
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates, keyboardCodes }),
  );

  return (
    <>
      {error && <Alert onDismiss={reset}>{describeCardWriteError(error, 'move')}</Alert>}
      <DndContext
        sensors={sensors}
        collisionDetection={closestCorners}
        measuring={measuring}
        accessibility={{ announcements, screenReaderInstructions }}
        {...handlers}
      >
        <div className={styles.columns}>
          {detail.columns.map((column) => (
            <SortableColumn
              key={column.id}
              column={column}
              cardIds={layout[column.id] ?? []}
              cardsById={cardsById}
              onOpenCard={onOpenCard}
            />
          ))}
          <AddColumnForm boardId={detail.board.id} />
        </div>
        <DragOverlay>{activeCard && <DraggedCard card={activeCard} />}</DragOverlay>
      </DndContext>
    </>
  );
}
