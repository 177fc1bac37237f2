import type { Db, NewCard, Repositories } from '@brisk/api-data-access-db';
import { positionsBetween } from '@brisk/shared-util-ordering';
import { v7 as uuidv7 } from 'uuid';
import type { BoardShell } from './ensure-board.ts';
import type { SeededUser } from './ensure-users.ts';
import { describeCard } from './vocabulary.ts';

/** 250 rows (3,250 parameters) per statement: far below both drivers' bound-parameter limits, and faster than larger batches. */
const rowsPerStatement = 100;

interface ColumnGap {
  columnIndex: number;
  columnId: string;
  existing: number;
  missing: number;
}

function shareOf(total: number, parts: number, index: number): number {
  return Math.floor(total / parts) + (index < total % parts ? 1 : 0);
}

async function findGaps(db: Db, board: BoardShell, cardsPerBoard: number): Promise<ColumnGap[]> {
  const gaps: ColumnGap[] = [];
  for (const [columnIndex, columnId] of board.columnIds.entries()) {
    const held = await db.cards.countInColumn(columnId);
    const existing = held.cards + held.archivedCards;
    const missing = shareOf(cardsPerBoard, board.columnIds.length, columnIndex) - existing;
    if (missing > 0) gaps.push({ columnIndex, columnId, existing, missing });
  }
  return gaps;
}

async function fillGap(tx: Repositories, board: BoardShell, gap: ColumnGap, users: SeededUser[]): Promise<void> {
  const last = await tx.cards.positions.last(gap.columnId);
  const positions = positionsBetween(last?.position ?? null, null, gap.missing);
  for (let start = 0; start < gap.missing; start += rowsPerStatement) {
    const rows: NewCard[] = positions.slice(start, start + rowsPerStatement).map((position, offset) => {
      // Numbered by (column, place in column), so a top-up continues the numbering a first run would have used.
      const n = gap.columnIndex + board.columnIds.length * (gap.existing + start + offset);
      return {
        id: uuidv7(),
        boardId: board.id,
        columnId: gap.columnId,
        ...describeCard(n),
        assigneeId: n % 4 === 0 ? users[n % users.length]!.id : null,
        dueDate: n % 7 === 0 ? '2026-03-31' : null,
        position,
      };
    });
    await tx.cards.insertMany(rows);
  }
}

/** Adds the cards a board lacks (never removes any) in one transaction; returns how many it inserted. */
export async function topUpCards(db: Db, board: BoardShell, users: SeededUser[], cardsPerBoard: number): Promise<number> {
  const gaps = await findGaps(db, board, cardsPerBoard);
  if (gaps.length === 0) return 0;
  await db.transaction(async (tx) => {
    for (const gap of gaps) await fillGap(tx, board, gap, users);
  });
  return gaps.reduce((sum, gap) => sum + gap.missing, 0);
}
