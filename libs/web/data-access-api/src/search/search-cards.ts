import type { SearchResult } from '@brisk/shared-contracts';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiPaths } from '../client/api-paths.ts';
import { requestJson } from '../client/request-json.ts';
import { queryKeys } from '../query-keys.ts';

export interface SearchCardsParams {
  q: string;
  cursor?: string | null;
  limit?: number;
}

export function searchCards({ q, cursor, limit }: SearchCardsParams, signal?: AbortSignal): Promise<SearchResult> {
  const params = new URLSearchParams({ q });
  if (cursor) params.set('cursor', cursor);
  if (limit !== undefined) params.set('limit', String(limit));
  return requestJson<SearchResult>(`${apiPaths.search()}?${params}`, { signal });
}

/** Pages follow the server's opaque `nextCursor`; `null` means there is nothing more. */
export function searchQueryOptions(q: string) {
  return infiniteQueryOptions({
    queryKey: queryKeys.search(q),
    queryFn: ({ pageParam, signal }) => searchCards({ q, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    enabled: q.trim() !== '',
  });
}
