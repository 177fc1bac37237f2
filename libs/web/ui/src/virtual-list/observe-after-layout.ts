import type { Virtualizer } from '@tanstack/react-virtual';

type Rect = { width: number; height: number };

/**
 * The scrolling element's size, as its ResizeObserver reports it after each layout. The virtualizer's own observer
 * also reads the size the moment it attaches, inside React's commit: a forced layout per list while the board mounts.
 * Until the first report the list works from `initialRect` (the window's size, an upper bound for a list inside it).
 * Where ResizeObserver is missing (the test DOM), the size is read at once.
 */
export function observeRectAfterLayout<T extends Element>(instance: Virtualizer<T, Element>, onRect: (rect: Rect) => void) {
  const element = instance.scrollElement;
  if (!element) return undefined;
  if (typeof ResizeObserver === 'undefined') {
    const { offsetWidth, offsetHeight } = element as unknown as HTMLElement;
    onRect({ width: offsetWidth, height: offsetHeight });
    return undefined;
  }
  const observer = new ResizeObserver(([entry]) => {
    const box = entry?.borderBoxSize[0];
    if (box) onRect({ width: Math.round(box.inlineSize), height: Math.round(box.blockSize) });
  });
  observer.observe(element);
  return () => observer.disconnect();
}

/**
 * What a list inside the window can show at most, less what surrounds it: its first render's range, before the first
 * measurement.
 */
export function windowRect(surroundingWidth = 0, surroundingHeight = 0): Rect {
  return {
    width: Math.max(0, window.innerWidth - surroundingWidth),
    height: Math.max(0, window.innerHeight - surroundingHeight),
  };
}

/**
 * The scrolling element's offset, from its scroll events. The virtualizer's own observer reads it the moment it attaches
 * (another forced layout per list); a list that has just mounted is at its top, so that is what it is told, and every
 * scroll after tells the truth.
 */
export function observeOffsetAfterLayout<T extends Element>(
  instance: Virtualizer<T, Element>,
  onOffset: (offset: number, isScrolling: boolean) => void,
) {
  const element = instance.scrollElement;
  if (!element) return undefined;
  const read = () => (instance.options.horizontal ? element.scrollLeft : element.scrollTop);
  let settle: ReturnType<typeof setTimeout> | undefined;
  const onScroll = () => {
    onOffset(read(), true);
    clearTimeout(settle);
    settle = setTimeout(() => onOffset(read(), false), instance.options.isScrollingResetDelay);
  };
  onOffset(0, false);
  element.addEventListener('scroll', onScroll, { passive: true });
  return () => {
    clearTimeout(settle);
    element.removeEventListener('scroll', onScroll);
  };
}
