import type { NewIndexGetter } from '@dnd-kit/sortable';

/**
 * Where an item of a sortable list sits while another one is dragged from `activeIndex` to `overIndex`. dnd-kit's
 * default copies the whole list (arrayMove) for every item on screen at every render of a drag; on a 1,000-card column
 * that is the drag's largest cost. This finds the item once and shifts it arithmetically.
 */
export const newIndexAfterMove: NewIndexGetter = ({ id, items, activeIndex, overIndex }) => {
  const index = items.indexOf(id);
  if (activeIndex < 0 || overIndex < 0 || index < 0) return index;
  if (index === activeIndex) return overIndex;
  if (activeIndex < overIndex && index > activeIndex && index <= overIndex) return index - 1;
  if (activeIndex > overIndex && index >= overIndex && index < activeIndex) return index + 1;
  return index;
};
