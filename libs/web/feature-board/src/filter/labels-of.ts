import type { BoardDetail } from '@brisk/shared-contracts';

/**
 * Every label on the board's cards, sorted for a picker: by code unit of the lower-cased label, not localeCompare, whose
 * collator costs more to set up than a board's whole first render has to spare.
 */
export function labelsOf(detail: BoardDetail): string[] {
  const labels = new Set<string>();
  for (const column of detail.columns) for (const card of column.cards) for (const label of card.labels) labels.add(label);
  const key = (label: string) => label.toLowerCase();
  return [...labels].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
