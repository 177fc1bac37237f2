import {
  archivedCardsQueryOptions,
  boardQueryOptions,
  boardsQueryOptions,
  cardQueryOptions,
  membersQueryOptions,
} from '@brisk/web-data-access-api';
import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { loadBoardPage } from './routing/load-board-page.ts';

/**
 * The board feature's routes. Loaders start the data requests (cached data wins, `staleTime: 'static'`; the page's
 * own query refreshes it) while `lazy` fetches the page's chunk, so the two load in parallel.
 */
export function createBoardRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      index: true,
      loader: async () => {
        await queryClient.query({ ...boardsQueryOptions(), staleTime: 'static' });
        return null;
      },
      lazy: { Component: async () => (await import('./pages/boards-page.tsx')).BoardsPage },
    },
    {
      path: 'b/:boardId',
      loader: async ({ params }) => {
        const boardId = params.boardId ?? '';
        // Members name the assignees; the board shows without them, so they load beside it, not before it.
        void queryClient.prefetchQuery(membersQueryOptions(boardId));
        await queryClient.query({ ...boardQueryOptions(boardId), staleTime: 'static' });
        return null;
      },
      // The filter lives in the search string and needs no data: typing it must not reload the route.
      shouldRevalidate: ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
        currentUrl.pathname === nextUrl.pathname ? false : defaultShouldRevalidate,
      lazy: { Component: async () => (await loadBoardPage()).BoardPage },
      children: [
        {
          path: 'c/:cardId',
          loader: async ({ params }) => {
            await queryClient.query({ ...cardQueryOptions(params.cardId ?? ''), staleTime: 'static' });
            return null;
          },
          lazy: {
            Component: async () => (await import('./pages/card-dialog-page.tsx')).CardDialogPage,
            ErrorBoundary: async () => (await import('./pages/card-dialog-error.tsx')).CardDialogError,
          },
        },
      ],
    },
    {
      path: 'b/:boardId/members',
      loader: async ({ params }) => {
        const boardId = params.boardId ?? '';
        await Promise.all([
          queryClient.query({ ...boardQueryOptions(boardId), staleTime: 'static' }),
          queryClient.query({ ...membersQueryOptions(boardId), staleTime: 'static' }),
        ]);
        return null;
      },
      lazy: { Component: async () => (await import('./pages/members-page.tsx')).MembersPage },
    },
    {
      path: 'b/:boardId/archive',
      loader: async ({ params }) => {
        const boardId = params.boardId ?? '';
        await Promise.all([
          queryClient.query({ ...boardQueryOptions(boardId), staleTime: 'static' }),
          queryClient.infiniteQuery({ ...archivedCardsQueryOptions(boardId), staleTime: 'static' }),
        ]);
        return null;
      },
      lazy: { Component: async () => (await import('./pages/archive-page.tsx')).ArchivePage },
    },
    {
      path: 'b/:boardId/labels',
      loader: async ({ params }) => {
        await queryClient.query({ ...boardQueryOptions(params.boardId ?? ''), staleTime: 'static' });
        return null;
      },
      lazy: { Component: async () => (await import('./pages/labels-page.tsx')).LabelsPage },
    },
  ];
}
