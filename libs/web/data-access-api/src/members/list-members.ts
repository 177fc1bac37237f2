import type { Member, MemberList } from '@brisk/shared-contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../client/api-paths.ts';
import { requestJson } from '../client/request-json.ts';
import { queryKeys } from '../query-keys.ts';

export async function listMembers(boardId: string, signal?: AbortSignal): Promise<Member[]> {
  const { members } = await requestJson<MemberList>(apiPaths.members(boardId), { signal });
  return members;
}

export function membersQueryOptions(boardId: string) {
  return queryOptions({ queryKey: queryKeys.members(boardId), queryFn: ({ signal }) => listMembers(boardId, signal) });
}
