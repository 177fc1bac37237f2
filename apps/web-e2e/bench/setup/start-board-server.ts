import { rm } from 'node:fs/promises';
import path from 'node:path';
import { onCleanup, runSeeder, signIn, startApi } from '@brisk/shared-util-lab';
import type { BenchOptions } from '../bench-options.ts';

/** The seeder's password for every user it creates (tools/seed/ensure-users.ts). */
const seedPassword = 'brisk-perf-password';

export interface BoardServer {
  cards: number;
  origin: string;
  /** `brisk_session=…`, from signing in through the API as the board's owner. */
  cookie: string;
  boardId: string;
}

/**
 * A SQLite data directory seeded with one board of `cards` cards in 5 columns, and the built API (which serves the
 * built SPA) on it, on a free port. The run's cleanup stops the API and removes the data.
 */
export async function startBoardServer(cards: number, options: BenchOptions): Promise<BoardServer> {
  const dataDir = path.join(options.runDir, `data-${cards}`);
  onCleanup(`remove ${dataDir}`, () => rm(dataDir, { recursive: true, force: true }));
  const seed = await runSeeder({ users: 1, boards: 1, cards, target: { dataDir } });
  const runtime = { apiEntry: options.apiEntry, logDir: options.runDir };
  const api = await startApi({ name: `api-${cards}-cards`, database: { dataDir } }, runtime);
  const cookie = await signIn(api.origin, seed.users[0]!.email, seedPassword);
  return { cards, origin: api.origin, cookie, boardId: seed.boards[0]!.id };
}
