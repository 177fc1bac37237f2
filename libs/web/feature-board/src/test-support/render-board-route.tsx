import type { BoardDetail } from '@brisk/shared-contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { createBoardRoutes } from '../board-routes.ts';
import { boardId } from './board-fixture.ts';

/** The board feature's routes at `path`, with the API answering `detail` for the board and 404 for anything else. */
export function renderBoardRoute(detail: BoardDetail, path = `/b/${boardId}`) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) =>
      url === `/api/boards/${boardId}`
        ? Response.json(detail)
        : Response.json({ error: { code: 'NOT_FOUND', message: 'No route' } }, { status: 404 }),
    ),
  );
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const routes = [{ path: '/', HydrateFallback: () => null, children: createBoardRoutes(queryClient) }];
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { queryClient, router };
}
