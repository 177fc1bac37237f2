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
import { useCallback } from 'react';
import { useMoveCard } from '../../api/use-move-card.ts';
import { screenReaderInstructions } from '../../dnd/announcements.ts';
import { FocusAfterDropContext } from '../../dnd/focus-after-drop.ts';
import { useBoardDnd } from '../../dnd/use-board-dnd.ts';
import { describeCardWriteError } from '../../model/describe-write-error.ts';
import { AddColumnForm } from './add-column-form.tsx';
import { BoardColumns } from './board-columns.tsx';
import type { BoardViewProps } from './board-view-props.ts';
import { DraggedCard } from './dragged-card.tsx';
import { SortableColumn } from './sortable-column.tsx';
import { useColumnLookup } from './use-column-lookup.ts';

// Enter stays free to open the card; Space picks it up and drops it.
const keyboardCodes = { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] };
// A card that joins another column mid-drag moves every card below it; stale rects would send the next arrow key astray.
const measuring = { droppable: { strategy: MeasuringStrategy.Always } };

export function EditableBoard({ detail, visibleLayout, filtered, onOpenCard }: BoardViewProps) {
  const { move, error, reset } = useMoveCard(detail.board.id);
  const { layout, activeCard, dragColumnIds, focusAfterDrop, announcements, handlers } = useBoardDnd(
    detail,
    visibleLayout,
    move,
  );
  const { columnIds, columnOf } = useColumnLookup(detail.columns);
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a plain click still opens the card.
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates, keyboardCodes }),
  );
  const renderColumn = useCallback(
    (columnId: string) => {
      const column = columnOf(columnId);
      return (
        column && (
          <SortableColumn
            column={column}
            cardIds={layout[columnId] ?? []}
            activeCard={activeCard}
            filtered={filtered}
            onOpenCard={onOpenCard}
          />
        )
      );
    },
    [columnOf, layout, activeCard, filtered, onOpenCard],
  );

  return (
    <FocusAfterDropContext value={focusAfterDrop}>
      {error && <Alert onDismiss={reset}>{describeCardWriteError(error, 'move')}</Alert>}
      <DndContext
        sensors={sensors}
        collisionDetection={closestCorners}
        measuring={measuring}
        accessibility={{ announcements, screenReaderInstructions }}
        {...handlers}
      >
        <BoardColumns
          columnIds={columnIds}
          renderColumn={renderColumn}
          pinnedColumnIds={dragColumnIds}
          trailing={<AddColumnForm boardId={detail.board.id} />}
        />
        <DragOverlay>{activeCard && <DraggedCard card={activeCard} />}</DragOverlay>
      </DndContext>
    </FocusAfterDropContext>
  );
}
