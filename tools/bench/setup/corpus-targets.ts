import { withPgClient } from '@brisk/shared-util-lab';
import type { MoveSlot } from '../load/driver-spec.ts';
import type { SeededBoard } from '../../seed/seed-data.ts';

export interface CorpusTargets {
  /** Cards the read scenarios cycle through. */
  readCardIds: string[];
  /** Every column of the corpus: creates go round-robin over them. */
  columnIds: string[];
  /** Cards the move scenario owns, two per column, so no two requests ever move the same card at once. */
  moveSlots: MoveSlot[];
}

export function pickCorpusTargets(databaseUrl: string, boards: SeededBoard[], readCards: number): Promise<CorpusTargets> {
  return withPgClient(databaseUrl, async (client) => {
    // md5 of the id: a spread over every board and column that is the same on every run of the same seed.
    const reads = await client.query<{ id: string }>('SELECT id FROM cards ORDER BY md5(id::text) LIMIT $1', [readCards]);
    const firsts = await client.query<{ id: string; column_id: string; version: number }>(
      `SELECT id, column_id, version FROM (
         SELECT id, column_id, version, row_number() OVER (PARTITION BY column_id ORDER BY position, id) AS place FROM cards
       ) ranked WHERE place <= 2`,
    );
    const boardOfColumn = new Map(boards.flatMap((board) => board.columnIds.map((columnId) => [columnId, board.columnIds])));
    const moveSlots = firsts.rows.map((row) => {
      const columnIds = boardOfColumn.get(row.column_id) ?? [row.column_id];
      return { cardId: row.id, version: row.version, columnIds, columnIndex: columnIds.indexOf(row.column_id) };
    });
    return { readCardIds: reads.rows.map((row) => row.id), columnIds: boards.flatMap((board) => board.columnIds), moveSlots };
  });
}

const settleCheckMs = 250;
const settleAttempts = 20;

/**
 * Moves of earlier runs (and any a crashed driver left half-done) changed versions and columns: read them again, once
 * they have settled. A closed-loop generator exits with up to one request per connection still being served, and a
 * move committed after this read would turn the next run's first move of that card into a 409; so the read repeats
 * every 250 ms (at most 5 s) until two reads agree.
 */
export function refreshMoveSlots(databaseUrl: string, slots: MoveSlot[]): Promise<MoveSlot[]> {
  return withPgClient(databaseUrl, async (client) => {
    const read = async () => {
      const { rows } = await client.query<{ id: string; column_id: string; version: number }>(
        'SELECT id, column_id, version FROM cards WHERE id = ANY($1::uuid[]) ORDER BY id',
        [slots.map((slot) => slot.cardId)],
      );
      return rows;
    };
    const fingerprint = (rows: { id: string; column_id: string; version: number }[]) =>
      rows.map((row) => `${row.id}:${row.version}:${row.column_id}`).join(',');
    let rows = await read();
    for (let attempt = 0; attempt < settleAttempts; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, settleCheckMs));
      const again = await read();
      const settled = fingerprint(again) === fingerprint(rows);
      rows = again;
      if (settled) break;
    }
    const current = new Map(rows.map((row) => [row.id, row]));
    return slots.map((slot) => {
      const row = current.get(slot.cardId);
      return row ? { ...slot, version: row.version, columnIndex: slot.columnIds.indexOf(row.column_id) } : slot;
    });
  });
}
