import type { BoardDetail } from '@brisk/shared-contracts';

/** Every label on the board's cards, sorted for a picker. */
export function labelsOf(detail: BoardDetail): string[] {
  const labels = new Set<string>();
  for (const column of detail.columns) for (const card of column.cards) for (const label of card.labels) labels.add(label);
  return [...labels].sort((a, b) => a.localeCompare(b));
}
