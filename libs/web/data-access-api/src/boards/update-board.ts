import type { Board, BoardResponse, UpdateBoardBody } from '@brisk/shared-contracts';
import { apiPaths } from '../client/api-paths.ts';
import { requestJson } from '../client/request-json.ts';

export async function updateBoard(boardId: string, body: UpdateBoardBody): Promise<Board> {
  const { board } = await requestJson<BoardResponse>(apiPaths.board(boardId), { method: 'PATCH', body });
  return board;
}
