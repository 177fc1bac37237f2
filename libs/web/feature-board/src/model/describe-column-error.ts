import { isApiError } from '@brisk/web-data-access-api';

function countsOf(details: unknown): { cards: number; archivedCards: number } {
  const record = typeof details === 'object' && details !== null ? (details as Record<string, unknown>) : {};
  const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
  return { cards: count(record['cards']), archivedCards: count(record['archivedCards']) };
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** Why a column that holds cards cannot be deleted, and what to do about it. */
export function columnNotEmptyMessage({ cards, archivedCards }: { cards: number; archivedCards: number }): string {
  const held = [cards > 0 && plural(cards, 'card'), archivedCards > 0 && plural(archivedCards, 'archived card')]
    .filter(Boolean)
    .join(' and ');
  return (
    `This column still holds ${held || 'cards'}. Nothing is deleted with a column: move its cards to another ` +
    'column first, and restore or delete its archived cards from the archive.'
  );
}

/** What to tell the user when a column write failed; `action` completes "Could not … the column". */
export function describeColumnError(error: unknown, action: string): string {
  if (isApiError(error, 'COLUMN_NOT_EMPTY')) return columnNotEmptyMessage(countsOf(error.details));
  if (isApiError(error, 'VERSION_CONFLICT')) return 'Someone else changed this column; the board has been refreshed.';
  if (isApiError(error, 'NOT_FOUND')) return 'This column no longer exists; the board has been refreshed.';
  if (isApiError(error, 'FORBIDDEN')) return 'Your role on this board only lets you view it.';
  const reason = error instanceof Error ? error.message : 'unknown error';
  return `Could not ${action} the column: ${reason}`;
}
