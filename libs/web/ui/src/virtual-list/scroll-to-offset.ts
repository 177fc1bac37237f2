import { elementScroll, type Virtualizer } from '@tanstack/react-virtual';

const attached = new WeakSet<Element>();

/**
 * A virtualizer scrolls its element to its starting offset as it attaches. On a list that has just mounted that is
 * where the element already is, and the call only forces a layout (one per list: with a board's 6 lists, a 40 ms task
 * on its first render). So the first scroll to the top an element gets is skipped; every later one goes through.
 */
export function scrollToOffset<T extends Element>(
  offset: number,
  options: Parameters<typeof elementScroll>[1],
  instance: Virtualizer<T, Element>,
): void {
  const element = instance.scrollElement;
  if (element && !attached.has(element)) {
    attached.add(element);
    if (offset + (options.adjustments ?? 0) === 0) return;
  }
  elementScroll(offset, options, instance);
}
