import type { BoardDetail } from '@brisk/shared-contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../client/api-paths.ts';
import { requestJson } from '../client/request-json.ts';
import { queryKeys } from '../query-keys.ts';
import { shareBoardDetail } from './share-board-detail.ts';

export function getBoard(boardId: string, signal?: AbortSignal): Promise<BoardDetail> {
  return requestJson<BoardDetail>(apiPaths.board(boardId), { signal });
}

export function boardQueryOptions(boardId: string) {
  return queryOptions({
    queryKey: queryKeys.board(boardId),
    queryFn: ({ signal }) => getBoard(boardId, signal),
    structuralSharing: (previous: unknown, next: unknown) => shareBoardDetail(previous, next as BoardDetail),
  });
}
