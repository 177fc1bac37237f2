import { apiPaths } from '../client/api-paths.ts';
import { requestJson } from '../client/request-json.ts';

export function removeMember(boardId: string, userId: string): Promise<void> {
  return requestJson<void>(apiPaths.member(boardId, userId), { method: 'DELETE' });
}
