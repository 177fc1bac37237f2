import { performance } from 'node:perf_hooks';
import type { Db } from '@brisk/api-data-access-db';
import { createBoardShell, ensureMembers, readBoardShell, type BoardShell } from './ensure-board.ts';
import { ensureUsers, type SeededUser } from './ensure-users.ts';
import { runLimited } from './run-limited.ts';
import type { SeedOptions } from './seed-options.ts';
import { topUpCards } from './top-up-cards.ts';

export interface SeededBoard extends BoardShell {
  created: boolean;
  cardsInserted: number;
}

export interface SeedResult {
  users: SeededUser[];
  boards: SeededBoard[];
  cardsInserted: number;
  /** Wall time of the card inserts only: hashing and migrations are not what the rate measures. */
  cardSeconds: number;
  cardsPerSecond: number;
  totalSeconds: number;
}

export function nameSeedBoard(index: number, boardName = 'Perf board'): string {
  return `${boardName} ${index + 1}`;
}

async function ensureBoards(db: Db, users: SeededUser[], options: SeedOptions): Promise<(BoardShell & { created: boolean })[]> {
  const owner = users[0]!;
  const existing = new Map((await db.boards.listForUser(owner.id)).map((board) => [board.name, board.id]));
  const boards = [];
  for (let index = 0; index < options.boards; index++) {
    const name = nameSeedBoard(index, options.boardName);
    const id = existing.get(name);
    const shell = id ? await readBoardShell(db, id, name) : await createBoardShell(db, owner, name, options.columns);
    await ensureMembers(db, shell.id, users, !id);
    boards.push({ ...shell, created: !id });
  }
  return boards;
}

/**
 * Idempotent by name: users are user1…userN@brisk.test, boards are user1's boards named "Perf board 1…N" (or another
 * `boardName`), so boards of different sizes can live side by side. What exists is
 * kept and topped up (missing users, boards, memberships and cards are added; nothing is deleted or rewritten), so a
 * rerun with the same arguments inserts nothing and one with larger numbers adds only the difference.
 */
export async function seedData(db: Db, options: SeedOptions): Promise<SeedResult> {
  const started = performance.now();
  const users = await ensureUsers(db, options.users);
  const shells = await ensureBoards(db, users, options);
  const cardsStarted = performance.now();
  // Two boards in flight on PostgreSQL let the server insert one batch while Node builds the next; SQLite writes serially.
  const boards = await runLimited(shells, db.kind === 'postgres' ? 2 : 1, async (shell) => ({
    ...shell,
    cardsInserted: await topUpCards(db, shell, users, options.cards),
  }));
  const cardSeconds = (performance.now() - cardsStarted) / 1000;
  const cardsInserted = boards.reduce((sum, board) => sum + board.cardsInserted, 0);
  return {
    users,
    boards,
    cardsInserted,
    cardSeconds,
    cardsPerSecond: cardSeconds > 0 ? cardsInserted / cardSeconds : 0,
    totalSeconds: (performance.now() - started) / 1000,
  };
}
