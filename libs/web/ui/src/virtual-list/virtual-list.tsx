import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useRef, type ReactNode, type Ref } from 'react';
import { joinClassNames } from '../class-names.ts';
import { observeOffsetAfterLayout, observeRectAfterLayout, windowRect } from './observe-after-layout.ts';
import { scrollToOffset } from './scroll-to-offset.ts';
import { useMergedRef } from './use-merged-ref.ts';
import { usePinnedRange } from './use-pinned-range.ts';
import styles from './virtual-list.module.css';

export interface VirtualListProps {
  /** One stable key per item, in display order. */
  keys: readonly string[];
  renderItem: (key: string, index: number) => ReactNode;
  /** A guess at an item's height in px; real heights are measured once items render. */
  estimateSize: number;
  /** Space between items, and before the first and after the last, in px: the list lays items out itself, so CSS
   * gaps and vertical paddings do not apply (horizontal padding goes on the scroller, through `className`). */
  gap?: number;
  paddingStart?: number;
  paddingEnd?: number;
  /** How much of the window's height is not the list's (headers, forms): the first render, before the list is
   * measured, fills the rest, and renders no more items than that can show. */
  surroundingHeight?: number;
  /** Kept rendered wherever the list is scrolled: a dragged item must not unmount under the pointer. */
  pinnedKey?: string | undefined;
  className?: string;
  listClassName?: string;
  /** The scrolling element, for callers that need it too (a drop target, auto-scroll). */
  scrollerRef?: Ref<HTMLDivElement>;
}

/**
 * An item's height as its ResizeObserver reported it. When an item mounts, the virtualizer would read its height at
 * once (a forced layout for each item, and a re-render for each that differs from the estimate, all inside React's
 * commit: a 400 ms task on a 500-card board); the size it already has stands until the observer's first report, which
 * comes after layout with every new item's height in one batch.
 */
function measureFromResizeObserver(
  element: Element,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLDivElement, Element>,
): number {
  const box = entry?.borderBoxSize[0];
  if (box) return Math.round(box.blockSize);
  return instance.measurementsCache[Number(element.getAttribute('data-index'))]?.size ?? instance.options.estimateSize(0);
}

/**
 * A vertical list that renders only the items near its viewport, however long it is, with measured (variable) heights.
 * Items sit absolutely in a list as tall as all of them, so the scrollbar reflects the whole list; each one says its
 * place (`aria-posinset`) because a screen reader cannot count the ones that are not rendered.
 */
export function VirtualList({
  keys,
  renderItem,
  estimateSize,
  gap = 0,
  paddingStart = 0,
  paddingEnd = 0,
  surroundingHeight = 0,
  pinnedKey,
  className,
  listClassName,
  scrollerRef,
}: VirtualListProps) {
  const scrollElement = useRef<HTMLDivElement | null>(null);
  const rangeExtractor = usePinnedRange(pinnedKey === undefined ? [] : [keys.indexOf(pinnedKey)]);
  // Stable while the keys are: the virtualizer recomputes every item's offset when its key function changes.
  const getItemKey = useCallback((index: number) => keys[index] ?? index, [keys]);
  const virtualizer = useVirtualizer({
    count: keys.length,
    getScrollElement: () => scrollElement.current,
    estimateSize: () => estimateSize,
    measureElement: measureFromResizeObserver,
    observeElementRect: observeRectAfterLayout,
    observeElementOffset: observeOffsetAfterLayout,
    initialRect: windowRect(0, surroundingHeight),
    scrollToFn: scrollToOffset,
    getItemKey,
    gap,
    paddingStart,
    paddingEnd,
    overscan: 1,
    rangeExtractor,
  });

  const ref = useMergedRef(scrollElement, scrollerRef);
  return (
    <div ref={ref} className={joinClassNames(styles.scroller, className)}>
      <ul className={joinClassNames(styles.list, listClassName)} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const key = keys[item.index];
          if (key === undefined) return null;
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              aria-posinset={item.index + 1}
              aria-setsize={keys.length}
              className={styles.item}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {renderItem(key, item.index)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
