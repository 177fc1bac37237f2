import { apiPaths } from '../client/api-paths.ts';
import { requestJson } from '../client/request-json.ts';

export function deleteBoard(boardId: string): Promise<void> {
  return requestJson<void>(apiPaths.board(boardId), { method: 'DELETE' });
}
