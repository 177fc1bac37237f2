import type { Board, BoardResponse, ReplaceBoardLabelsBody } from '@brisk/shared-contracts';
import { apiPaths } from '../client/api-paths.ts';
import { requestJson } from '../client/request-json.ts';

/** Replaces the whole label set; a stale `body.version` fails with VERSION_CONFLICT and the current board. */
export async function replaceBoardLabels(boardId: string, body: ReplaceBoardLabelsBody): Promise<Board> {
  const { board } = await requestJson<BoardResponse>(apiPaths.boardLabels(boardId), { method: 'PUT', body });
  return board;
}
