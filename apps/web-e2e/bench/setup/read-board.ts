import { BoardDetailSchema, type BoardDetail } from '@brisk/shared-contracts';
import type { BoardServer } from './start-board-server.ts';

/**
 * The board as the API serves it, in order. Read before every run: it names the cards the run will move and open, and
 * it rebuilds the API's cached view after the last run's move, so the page loads from a warm server.
 */
export async function readBoard(server: BoardServer): Promise<BoardDetail> {
  const response = await fetch(`${server.origin}/api/boards/${server.boardId}`, {
    headers: { cookie: server.cookie },
    signal: AbortSignal.timeout(30_000),
  });
  if (!response.ok) throw new Error(`GET the ${server.cards}-card board answered ${response.status}`);
  return BoardDetailSchema.parse(await response.json());
}
