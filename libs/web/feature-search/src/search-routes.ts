import { searchQueryOptions } from '@brisk/web-data-access-api';
import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';

export function createSearchRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: 'search',
      loader: async ({ request }) => {
        const q = new URL(request.url).searchParams.get('q')?.trim();
        // Prefetch only: a failed search is shown next to the query box, not as a broken page.
        if (q) await queryClient.infiniteQuery({ ...searchQueryOptions(q), staleTime: 'static' }).catch(() => undefined);
        return null;
      },
      lazy: { Component: async () => (await import('./pages/search-page.tsx')).SearchPage },
    },
  ];
}
