import type { BoardDetail, CreateBoardBody } from '@brisk/shared-contracts';
import { apiPaths } from '../client/api-paths.ts';
import { requestJson } from '../client/request-json.ts';

export function createBoard(body: CreateBoardBody): Promise<BoardDetail> {
  return requestJson<BoardDetail>(apiPaths.boards(), { method: 'POST', body });
}
