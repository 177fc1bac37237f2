import type { BoardList, BoardSummary } from '@brisk/shared-contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../client/api-paths.ts';
import { requestJson } from '../client/request-json.ts';
import { queryKeys } from '../query-keys.ts';

export async function listBoards(signal?: AbortSignal): Promise<BoardSummary[]> {
  const { boards } = await requestJson<BoardList>(apiPaths.boards(), { signal });
  return boards;
}

export function boardsQueryOptions() {
  return queryOptions({ queryKey: queryKeys.boards, queryFn: ({ signal }) => listBoards(signal) });
}
