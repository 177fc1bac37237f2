import type { ArchivedCards } from '@brisk/shared-contracts';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiPaths } from '../client/api-paths.ts';
import { requestJson } from '../client/request-json.ts';
import { queryKeys } from '../query-keys.ts';

export interface ListArchivedCardsParams {
  boardId: string;
  cursor?: string | null;
  limit?: number;
}

export function listArchivedCards(
  { boardId, cursor, limit }: ListArchivedCardsParams,
  signal?: AbortSignal,
): Promise<ArchivedCards> {
  const params = new URLSearchParams();
  if (cursor) params.set('cursor', cursor);
  if (limit !== undefined) params.set('limit', String(limit));
  const query = params.size > 0 ? `?${params}` : '';
  return requestJson<ArchivedCards>(`${apiPaths.archive(boardId)}${query}`, { signal });
}

/** Most recently archived first; pages follow the server's `nextCursor` until it is `null`. */
export function archivedCardsQueryOptions(boardId: string) {
  return infiniteQueryOptions({
    queryKey: queryKeys.archive(boardId),
    queryFn: ({ pageParam, signal }) => listArchivedCards({ boardId, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}
