import type { UniqueIdentifier } from '@dnd-kit/core';

/**
 * Columns and cards share one drag-and-drop context. A column's sortable id carries a prefix so it never collides with
 * the column's own id, which the empty-column drop target uses.
 */
const prefix = 'column:';

export const columnDragId = (columnId: string): string => `${prefix}${columnId}`;

/** The column a drag id names, or undefined when it names a card or a column's drop target. */
export function columnIdOfDrag(id: UniqueIdentifier | undefined): string | undefined {
  const text = String(id ?? '');
  return text.startsWith(prefix) ? text.slice(prefix.length) : undefined;
}
