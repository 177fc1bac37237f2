import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/**
 * Fractional position keys: a card or column moves by taking a key between its new neighbours, so a move writes one row.
 * Keys compare by code unit (ASCII), never by locale: PostgreSQL stores them with COLLATE "C" for the same reason.
 */
export function positionBetween(before: string | null, after: string | null): string {
  if (before !== null && after !== null && before >= after) {
    throw new RangeError(`positionBetween: ${before} is not before ${after}`);
  }
  return generateKeyBetween(before, after);
}

export function positionsBetween(before: string | null, after: string | null, count: number): string[] {
  return generateNKeysBetween(before, after, count);
}

export interface Positioned {
  id: string;
  position: string;
}

function compareCodeUnits(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Total order: position first, ties (possible only under concurrent writers) broken by id. */
export function comparePositioned(a: Positioned, b: Positioned): number {
  return compareCodeUnits(a.position, b.position) || compareCodeUnits(a.id, b.id);
}
