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
import { horizontalListSortingStrategy, SortableContext, sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useCallback, useMemo } from 'react';
import { useMoveCard } from '../../api/use-move-card.ts';
import { screenReaderInstructions } from '../../dnd/announcements.ts';
import { columnDragId } from '../../dnd/column-drag-id.ts';
import { FocusAfterDropContext } from '../../dnd/focus-after-drop.ts';
import { useBoardDnd } from '../../dnd/use-board-dnd.ts';
import { useColumnCommands } from '../../dnd/use-column-commands.ts';
import { describeCardWriteError } from '../../model/describe-write-error.ts';
import { describeColumnError } from '../../model/describe-column-error.ts';
import { AddColumnForm } from './add-column-form.tsx';
import { BoardColumns } from './board-columns.tsx';
import type { BoardViewProps } from './board-view-props.ts';
import { DraggedCard } from './dragged-card.tsx';
import { SortableColumn } from './sortable-column.tsx';
import { useColumnLookup } from './use-column-lookup.ts';
import styles from './column.module.css';

// Enter stays free to open the card; Space picks it up and drops it.
const keyboardCodes = { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] };
// Drop targets are measured while a drag runs (again whenever targets mount or a list's items change), not while the
// board idles: measuring every card at each mount and scroll forced a layout each time.
const measuring = { droppable: { strategy: MeasuringStrategy.WhileDragging } };

export function EditableBoard({ detail, visibleLayout, filtered, onOpenCard }: BoardViewProps) {
  const { move: moveCard, error: moveError, reset: resetMoveError } = useMoveCard(detail.board.id);
  const columnCommands = useColumnCommands(detail);
  const { layout, activeCard, activeColumn, dragColumnIds, focusAfterDrop, announcements, handlers } = useBoardDnd(
    detail,
    visibleLayout,
    { moveCard, moveColumn: columnCommands.moveColumn },
  );
  const { columnIds, columnOf } = useColumnLookup(detail.columns);
  const sortableColumnIds = useMemo(() => columnIds.map(columnDragId), [columnIds]);
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a plain click still opens the card.
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates, keyboardCodes }),
  );
  const { moveColumn } = columnCommands;
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
            index={columnIds.indexOf(columnId)}
            columnCount={columnIds.length}
            onMoveColumn={moveColumn}
            onOpenCard={onOpenCard}
          />
        )
      );
    },
    [columnOf, columnIds, layout, activeCard, filtered, moveColumn, onOpenCard],
  );

  return (
    <FocusAfterDropContext value={focusAfterDrop}>
      {moveError && <Alert onDismiss={resetMoveError}>{describeCardWriteError(moveError, 'move')}</Alert>}
      {columnCommands.moveError && (
        <Alert onDismiss={columnCommands.resetMoveError}>{describeColumnError(columnCommands.moveError, 'move')}</Alert>
      )}
      <DndContext
        sensors={sensors}
        collisionDetection={closestCorners}
        measuring={measuring}
        accessibility={{ announcements, screenReaderInstructions }}
        {...handlers}
      >
        <SortableContext items={sortableColumnIds} strategy={horizontalListSortingStrategy}>
          <BoardColumns
            columnIds={columnIds}
            renderColumn={renderColumn}
            pinnedColumnIds={activeColumn ? [activeColumn.id] : dragColumnIds}
            trailing={<AddColumnForm boardId={detail.board.id} />}
          />
        </SortableContext>
        <DragOverlay>
          {activeCard && <DraggedCard card={activeCard} />}
          {activeColumn && <div className={styles.overlay}>{activeColumn.name}</div>}
        </DragOverlay>
      </DndContext>
    </FocusAfterDropContext>
  );
}
