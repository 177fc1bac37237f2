import { observeOffsetAfterLayout, observeRectAfterLayout, scrollToOffset, usePinnedRange, windowRect } from '@brisk/web-ui';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useRef, type ReactNode } from 'react';
import styles from './board.module.css';

/** Column width and the gap between columns, in px; the CSS of `.slot` says the same. */
const columnWidth = 280;
const columnGap = 12;
const trailingWidth = 240;

export interface BoardColumnsProps {
  columnIds: readonly string[];
  renderColumn: (columnId: string) => ReactNode;
  /** Columns kept rendered however far the board is scrolled sideways: those a drag started in or is over. */
  pinnedColumnIds?: readonly string[];
  /** After the last column, e.g. the form that adds one. */
  trailing?: ReactNode;
}

/**
 * The board's columns side by side, rendered only near the viewport: a board of many columns costs the DOM of the few
 * on screen. The board scrolls sideways, each column scrolls on its own.
 */
export function BoardColumns({ columnIds, renderColumn, pinnedColumnIds = [], trailing }: BoardColumnsProps) {
  const scrollElement = useRef<HTMLDivElement>(null);
  const slots = trailing === undefined ? columnIds.length : columnIds.length + 1;
  const rangeExtractor = usePinnedRange(pinnedColumnIds.map((id) => columnIds.indexOf(id)));
  const getItemKey = useCallback((index: number) => columnIds[index] ?? 'trailing', [columnIds]);
  const virtualizer = useVirtualizer({
    horizontal: true,
    count: slots,
    getScrollElement: () => scrollElement.current,
    estimateSize: (index) => (index < columnIds.length ? columnWidth : trailingWidth),
    getItemKey,
    gap: columnGap,
    overscan: 1,
    rangeExtractor,
    observeElementRect: observeRectAfterLayout,
    observeElementOffset: observeOffsetAfterLayout,
    initialRect: windowRect(),
    scrollToFn: scrollToOffset,
  });

  return (
    <div ref={scrollElement} className={styles.columns}>
      <div className={styles.track} style={{ width: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const columnId = columnIds[item.index];
          return (
            <div
              key={item.key}
              className={columnId === undefined ? styles.trailingSlot : styles.slot}
              style={{ transform: `translateX(${item.start}px)` }}
            >
              {columnId === undefined ? trailing : renderColumn(columnId)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
