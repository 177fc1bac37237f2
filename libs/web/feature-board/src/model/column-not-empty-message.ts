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

/** The message for a refused delete: the server's counts when it refused, else none to explain. */
export function describeColumnNotEmpty(error: unknown): string | undefined {
  return isApiError(error, 'COLUMN_NOT_EMPTY') ? columnNotEmptyMessage(countsOf(error.details)) : undefined;
}
